/**
 * Stable counting sort: the items of `input` (or 0…keys.length−1) ordered by `keys[item]`, a
 * whole number in [0, keyCount). O(items + keyCount).
 */
export function countingSort(
	input: Int32Array | null,
	keys: ArrayLike<number>,
	keyCount: number
): Int32Array {
	const n = input ? input.length : keys.length;
	const offsets = new Int32Array(keyCount + 1);
	if (input) {
		for (let j = 0; j < n; j++) offsets[keys[input[j]] + 1]++;
	} else {
		for (let item = 0; item < n; item++) offsets[keys[item] + 1]++;
	}
	for (let k = 0; k < keyCount; k++) offsets[k + 1] += offsets[k];
	const out = new Int32Array(n);
	if (input) {
		for (let j = 0; j < n; j++) {
			const item = input[j];
			out[offsets[keys[item]]++] = item;
		}
	} else {
		for (let item = 0; item < n; item++) out[offsets[keys[item]]++] = item;
	}
	return out;
}
