/**
 * A small seeded pseudo-random generator, so that clustering is reproducible: the same seed always
 * gives the same sequence, in the browser and in Node alike.
 */

/**
 * Returns a generator of floats in [0, 1) from a 32-bit seed: mulberry32 (Tommy Ettinger, public
 * domain). Not cryptographic; fast and well mixed enough for seeding and sampling.
 */
export function createPrng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Returns `size` distinct indices of 0..n−1 in increasing order, drawn with a seeded partial
 * Fisher–Yates shuffle; all of 0..n−1 when `size ≥ n`.
 */
export function sampleIndices(n: number, size: number, seed: number): Int32Array {
	if (size >= n) return Int32Array.from({ length: n }, (_, i) => i);
	const pool = Int32Array.from({ length: n }, (_, i) => i);
	const random = createPrng(seed);
	for (let i = 0; i < size; i++) {
		const j = i + Math.floor(random() * (n - i));
		const swap = pool[i];
		pool[i] = pool[j];
		pool[j] = swap;
	}
	return pool.slice(0, size).sort();
}
