import { sampleIndices } from './prng';

/** Above this many rows the silhouette is estimated on a seeded sample of this many rows. */
export const SILHOUETTE_EXACT_LIMIT = 3000;

/** A clustering to score: cluster 0..k−1 per row. */
export interface Labelling {
	k: number;
	assignments: Int32Array;
}

/**
 * Mean silhouette (Rousseeuw 1987) of one clustering of a row-major matrix, Euclidean distance:
 * s(i) = (b − a) / max(a, b), with a = mean distance to the rest of i's cluster and b = the lowest
 * mean distance to another cluster; s(i) = 0 for a row alone in its cluster. Exact, O(n²·dims).
 */
export function silhouetteScore(matrix: Float64Array, dims: number, labelling: Labelling): number {
	const rows = labelling.assignments.length;
	return silhouetteScores(matrix, dims, [labelling], { sampleSize: rows })[0];
}

/** Options of `silhouetteScores`. */
export interface SilhouetteOptions {
	/** Rows scored: all when n ≤ sampleSize, else a seeded sample of this size. Default 3000. */
	sampleSize?: number;
	/** Seed of the sample. Default 1. */
	seed?: number;
}

/**
 * Mean silhouette of several clusterings of the same rows, every pairwise distance computed once.
 * Exact on n ≤ sampleSize rows (default 3,000); above that, estimated on a fixed seeded sample of
 * sampleSize rows, distances within the sample only (as scikit-learn's `sample_size`).
 */
export function silhouetteScores(
	matrix: Float64Array,
	dims: number,
	labellings: Labelling[],
	options: SilhouetteOptions = {}
): number[] {
	if (labellings.length === 0) return [];
	const rows = labellings[0].assignments.length;
	const sample = sampleIndices(
		rows,
		options.sampleSize ?? SILHOUETTE_EXACT_LIMIT,
		options.seed ?? 1
	);
	const m = sample.length;
	const count = labellings.length;
	// One flat table for every clustering: columns offset[t]..offset[t]+k_t−1 belong to clustering t,
	// and cell [s, offset[t] + c] sums the distances from sample row s to cluster c of clustering t.
	const offset = new Int32Array(count);
	let width = 0;
	labellings.forEach((l, t) => {
		offset[t] = width;
		width += l.k;
	});
	const column = new Int32Array(m * count);
	for (let s = 0; s < m; s++) {
		for (let t = 0; t < count; t++)
			column[s * count + t] = offset[t] + labellings[t].assignments[sample[s]];
	}
	const sizes = new Int32Array(width);
	for (const c of column) sizes[c]++;
	const distanceSums = new Float64Array(m * width);
	const points = new Float64Array(m * dims);
	for (let s = 0; s < m; s++)
		points.set(matrix.subarray(sample[s] * dims, sample[s] * dims + dims), s * dims);

	for (let i = 0; i < m; i++) {
		const a = i * dims;
		const rowI = i * width;
		const columnsI = i * count;
		for (let j = i + 1; j < m; j++) {
			const b = j * dims;
			let squared = 0;
			for (let f = 0; f < dims; f++) {
				const diff = points[a + f] - points[b + f];
				squared += diff * diff;
			}
			const distance = Math.sqrt(squared);
			const rowJ = j * width;
			const columnsJ = j * count;
			for (let t = 0; t < count; t++) {
				distanceSums[rowI + column[columnsJ + t]] += distance;
				distanceSums[rowJ + column[columnsI + t]] += distance;
			}
		}
	}

	return labellings.map((l, t) => {
		const k = l.k;
		const first = offset[t];
		let total = 0;
		for (let i = 0; i < m; i++) {
			const own = column[i * count + t];
			if (sizes[own] < 2) continue;
			const row = i * width;
			const within = distanceSums[row + own] / (sizes[own] - 1);
			let nearest = Infinity;
			for (let c = first; c < first + k; c++) {
				if (c === own || sizes[c] === 0) continue;
				const mean = distanceSums[row + c] / sizes[c];
				if (mean < nearest) nearest = mean;
			}
			if (nearest === Infinity) continue;
			const spread = Math.max(within, nearest);
			if (spread > 0) total += (nearest - within) / spread;
		}
		return m > 0 ? total / m : 0;
	});
}
