import { createPrng, sampleIndices } from './prng';

/** Options of one k-means fit. */
export interface KMeansOptions {
	/** Seed of the k-means++ draws; restart r uses a seed derived from it. Default 1. */
	seed?: number;
	/** Lloyd iterations per restart before giving up on convergence. Default 100. */
	maxIterations?: number;
	/** Independent k-means++ starts; the one with the lowest inertia wins (ties: the first). Default 4. */
	restarts?: number;
	/**
	 * Above this many rows the restarts compete on a seeded sample of this size, and only the winning
	 * centres are then refined on every row. Default 10,000.
	 */
	restartSampleSize?: number;
	/**
	 * Stop once the centres' total squared movement in one iteration is at most this fraction of the
	 * mean column variance (scikit-learn's `tol`). Default 1e-4; 0 means iterate until no row moves.
	 */
	tolerance?: number;
}

export interface KMeansResult {
	k: number;
	/** Cluster 0..k−1 of each row. */
	assignments: Int32Array;
	/** Row-major k × dims: each cluster's mean, in the matrix's (standardised) units. */
	centroids: Float64Array;
	/** Sum of squared distances of rows to their centroid. */
	inertia: number;
	/** Iterations of the winning restart. */
	iterations: number;
	converged: boolean;
}

const GOLDEN = 0x9e3779b9;

/**
 * k-means on a row-major matrix: k-means++ seeding (Arthur & Vassilvitskii 2007), then Lloyd's
 * iterations accelerated with Hamerly's bounds (2010), which give exactly Lloyd's assignments.
 * Deterministic for a given seed. Throws a RangeError when k < 1 or k > rows.
 */
export function runKMeans(
	matrix: Float64Array,
	rows: number,
	dims: number,
	k: number,
	options: KMeansOptions = {}
): KMeansResult {
	if (!Number.isInteger(k) || k < 1 || k > rows) {
		throw new RangeError(`k must be an integer from 1 to the number of rows (${rows}), got ${k}`);
	}
	const seed = options.seed ?? 1;
	const maxIterations = options.maxIterations ?? 100;
	const restarts = Math.max(1, options.restarts ?? 4);
	const minimumShift = (options.tolerance ?? 1e-4) * meanColumnVariance(matrix, rows, dims);
	const sampleSize = Math.max(k, options.restartSampleSize ?? 10_000);
	if (restarts === 1 || rows <= sampleSize) {
		return bestOfRestarts(matrix, rows, dims, k, seed, restarts, maxIterations, minimumShift);
	}
	// Restarts mostly differ in where they start; a sample tells the good starts from the bad ones at a
	// fraction of the cost, and the refinement on all rows starts close to its optimum.
	const sample = sampleIndices(rows, sampleSize, seed);
	const sampled = new Float64Array(sampleSize * dims);
	for (let s = 0; s < sampleSize; s++) {
		sampled.set(matrix.subarray(sample[s] * dims, sample[s] * dims + dims), s * dims);
	}
	const start = bestOfRestarts(
		sampled,
		sampleSize,
		dims,
		k,
		seed,
		restarts,
		maxIterations,
		minimumShift
	);
	return fitOnce(matrix, rows, dims, k, start.centroids, maxIterations, minimumShift);
}

function bestOfRestarts(
	matrix: Float64Array,
	rows: number,
	dims: number,
	k: number,
	seed: number,
	restarts: number,
	maxIterations: number,
	minimumShift: number
): KMeansResult {
	let best: KMeansResult | null = null;
	for (let r = 0; r < restarts; r++) {
		const start = seedCentroids(matrix, rows, dims, k, (seed + Math.imul(r, GOLDEN)) >>> 0);
		const result = fitOnce(matrix, rows, dims, k, start, maxIterations, minimumShift);
		if (best === null || result.inertia < best.inertia) best = result;
	}
	return best as KMeansResult;
}

function squaredDistance(
	matrix: Float64Array,
	row: number,
	centroids: Float64Array,
	centre: number,
	dims: number
): number {
	const a = row * dims;
	const b = centre * dims;
	let sum = 0;
	for (let f = 0; f < dims; f++) {
		const diff = matrix[a + f] - centroids[b + f];
		sum += diff * diff;
	}
	return sum;
}

/** k-means++: each next centre drawn with probability proportional to D², the squared distance to the nearest centre so far. */
function seedCentroids(
	matrix: Float64Array,
	rows: number,
	dims: number,
	k: number,
	seed: number
): Float64Array {
	const random = createPrng(seed);
	const centroids = new Float64Array(k * dims);
	const chosen = new Uint8Array(rows);
	const nearest = new Float64Array(rows).fill(Infinity);
	let pick = Math.floor(random() * rows);
	for (let c = 0; c < k; c++) {
		chosen[pick] = 1;
		centroids.set(matrix.subarray(pick * dims, pick * dims + dims), c * dims);
		if (c === k - 1) break;
		let total = 0;
		for (let i = 0; i < rows; i++) {
			const d = squaredDistance(matrix, i, centroids, c, dims);
			if (d < nearest[i]) nearest[i] = d;
			total += nearest[i];
		}
		if (total > 0) {
			const target = random() * total;
			let cumulative = 0;
			pick = -1;
			for (let i = 0; i < rows; i++) {
				cumulative += nearest[i];
				if (nearest[i] > 0 && cumulative > target) {
					pick = i;
					break;
				}
			}
			// Rounding can leave the target just above the last cumulative sum: take the last candidate.
			if (pick < 0) for (let i = rows - 1; i >= 0 && pick < 0; i--) if (nearest[i] > 0) pick = i;
		} else {
			// Fewer distinct rows than k: duplicate centres are unavoidable; take the next unused row.
			pick = chosen.indexOf(0);
		}
	}
	return centroids;
}

function fitOnce(
	matrix: Float64Array,
	rows: number,
	dims: number,
	k: number,
	start: Float64Array,
	maxIterations: number,
	minimumShift: number
): KMeansResult {
	const centroids = Float64Array.from(start);
	const assignments = new Int32Array(rows);
	const upper = new Float64Array(rows);
	const lower = new Float64Array(rows);
	const counts = new Int32Array(k);
	const sums = new Float64Array(k * dims);
	const previous = new Float64Array(k * dims);
	const moved = new Float64Array(k);
	const halfGap = new Float64Array(k);

	// Scans every centre for row i: nearest → assignment and upper bound, second nearest → lower bound.
	const scan = (i: number): void => {
		let d1 = Infinity;
		let d2 = Infinity;
		let a = 0;
		for (let c = 0; c < k; c++) {
			const d = squaredDistance(matrix, i, centroids, c, dims);
			if (d < d1) {
				d2 = d1;
				d1 = d;
				a = c;
			} else if (d < d2) d2 = d;
		}
		assignments[i] = a;
		upper[i] = Math.sqrt(d1);
		lower[i] = Math.sqrt(d2);
	};

	// Recomputes every centre as the mean of its rows; an empty cluster takes the row farthest from its own centre.
	// Returns the centres' total squared movement.
	const moveCentroids = (): number => {
		previous.set(centroids);
		counts.fill(0);
		sums.fill(0);
		for (let i = 0; i < rows; i++) {
			const a = assignments[i];
			counts[a]++;
			const base = i * dims;
			const target = a * dims;
			for (let f = 0; f < dims; f++) sums[target + f] += matrix[base + f];
		}
		for (let c = 0; c < k; c++) {
			if (counts[c] > 0) continue;
			let farthest = -1;
			let farthestDistance = 0;
			for (let i = 0; i < rows; i++) {
				if (counts[assignments[i]] < 2) continue;
				const d = squaredDistance(matrix, i, previous, assignments[i], dims);
				if (d > farthestDistance) {
					farthestDistance = d;
					farthest = i;
				}
			}
			if (farthest < 0) continue;
			const from = assignments[farthest];
			const base = farthest * dims;
			for (let f = 0; f < dims; f++) {
				sums[from * dims + f] -= matrix[base + f];
				sums[c * dims + f] = matrix[base + f];
			}
			counts[from]--;
			counts[c] = 1;
			assignments[farthest] = c;
			upper[farthest] = 0;
			lower[farthest] = 0;
		}
		for (let c = 0; c < k; c++) {
			if (counts[c] === 0) continue;
			for (let f = 0; f < dims; f++) centroids[c * dims + f] = sums[c * dims + f] / counts[c];
		}
		let largest = 0;
		let largestCentre = -1;
		let secondLargest = 0;
		let shift = 0;
		for (let c = 0; c < k; c++) {
			const squared = squaredDistance(centroids, c, previous, c, dims);
			shift += squared;
			moved[c] = Math.sqrt(squared);
			if (moved[c] > largest) {
				secondLargest = largest;
				largest = moved[c];
				largestCentre = c;
			} else if (moved[c] > secondLargest) secondLargest = moved[c];
		}
		for (let i = 0; i < rows; i++) {
			const a = assignments[i];
			upper[i] += moved[a];
			lower[i] -= a === largestCentre ? secondLargest : largest;
		}
		return shift;
	};

	for (let i = 0; i < rows; i++) scan(i);
	let iterations = 0;
	let converged = false;
	while (iterations < maxIterations) {
		const shift = moveCentroids();
		iterations++;
		// The centres are the means of the assignments here, so stopping keeps that invariant.
		if (shift <= minimumShift) {
			converged = true;
			break;
		}
		for (let c = 0; c < k; c++) {
			let gap = Infinity;
			for (let other = 0; other < k; other++) {
				if (other === c) continue;
				const d = squaredDistance(centroids, c, centroids, other, dims);
				if (d < gap) gap = d;
			}
			halfGap[c] = k > 1 ? Math.sqrt(gap) / 2 : Infinity;
		}
		let changed = 0;
		for (let i = 0; i < rows; i++) {
			const a = assignments[i];
			const bound = Math.max(halfGap[a], lower[i]);
			if (upper[i] <= bound) continue;
			upper[i] = Math.sqrt(squaredDistance(matrix, i, centroids, a, dims));
			if (upper[i] <= bound) continue;
			scan(i);
			if (assignments[i] !== a) changed++;
		}
		if (changed === 0) {
			converged = true;
			break;
		}
	}
	// Stopped by maxIterations: the centres must still be the means of the final assignments.
	if (!converged) moveCentroids();
	let inertia = 0;
	for (let i = 0; i < rows; i++)
		inertia += squaredDistance(matrix, i, centroids, assignments[i], dims);
	return { k, assignments, centroids, inertia, iterations, converged };
}

function meanColumnVariance(matrix: Float64Array, rows: number, dims: number): number {
	if (rows === 0 || dims === 0) return 0;
	let total = 0;
	for (let f = 0; f < dims; f++) {
		let sum = 0;
		for (let i = 0; i < rows; i++) sum += matrix[i * dims + f];
		const mean = sum / rows;
		let squares = 0;
		for (let i = 0; i < rows; i++) {
			const diff = matrix[i * dims + f] - mean;
			squares += diff * diff;
		}
		total += squares / rows;
	}
	return total / dims;
}
