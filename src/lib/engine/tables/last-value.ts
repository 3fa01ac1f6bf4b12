/**
 * One remembered value for one key: the last computation only, never two at once (the old value
 * is let go before the new one is made). Keys are compared item by item: objects by identity,
 * strings and numbers by value.
 */
export class LastValue<T> {
	#key: unknown[] | null = null;
	#value: T | null = null;

	/** The value for `key`: the remembered one when the key is the same, else `make()`. */
	get(key: unknown[], make: () => T): T {
		const same =
			this.#key !== null &&
			this.#key.length === key.length &&
			this.#key.every((part, i) => part === key[i]);
		if (same) return this.#value as T;
		this.#key = null;
		this.#value = null; // let the old one go before making the new
		const value = make();
		this.#key = key;
		this.#value = value;
		return value;
	}

	clear(): void {
		this.#key = null;
		this.#value = null;
	}
}
