/**
 * The analysis settings of the open dataset, one section per view (`value`, `segments`,
 * `personas`). They start from what was saved with the dataset, overridden by settings in the URL
 * fragment (a shared link carries the method); every change is saved with the dataset and written
 * back to the fragment.
 */
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { saveSettings } from '../storage/index';
import { decodeSettingsFragment, encodeSettingsFragment, mergeSettings } from './link-settings';

/** One reactive section (a class field, so `$state` makes its object deeply reactive). */
class Section<T> {
	value = $state() as T;
	constructor(initial: T) {
		this.value = initial;
	}
}

export class DatasetSettings {
	#datasetId: string;
	#sections: Record<string, Section<unknown>> = {};
	#timer: ReturnType<typeof setTimeout> | null = null;
	/** Set when saving failed; the settings still apply in this tab. */
	saveError = $state<string | null>(null);

	constructor(datasetId: string, stored: Record<string, unknown>, hash: string) {
		this.#datasetId = datasetId;
		this.#stored = { ...stored, ...(decodeSettingsFragment(hash) ?? {}) };
	}

	#stored: Record<string, unknown>;

	/**
	 * The reactive options of one view: the defaults filled with saved or linked values of the same
	 * type. Call once per view; the same object is returned for the same name.
	 */
	section<T extends object>(name: string, defaults: T): T {
		if (!(name in this.#sections)) {
			this.#sections[name] = new Section(
				mergeSettings(structuredClone(defaults), this.#stored[name])
			);
		}
		return this.#sections[name].value as T;
	}

	/** Saves every section with the dataset and writes them to the URL fragment (debounced). */
	persist(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#flush(), 300);
	}

	async #flush(): Promise<void> {
		const snapshot: Record<string, unknown> = { ...this.#stored };
		for (const [name, section] of Object.entries(this.#sections)) {
			snapshot[name] = $state.snapshot(section.value);
		}
		this.#stored = snapshot;
		replaceState(
			`${location.pathname}${location.search}${encodeSettingsFragment(snapshot)}`,
			page.state
		);
		try {
			await saveSettings(this.#datasetId, snapshot);
			this.saveError = null;
		} catch (error) {
			this.saveError = `Settings could not be saved in this browser: ${(error as Error).message}`;
		}
	}
}
