import { runKMeans, type KMeansResult } from './kmeans';
import { silhouetteScores, SILHOUETTE_EXACT_LIMIT } from './silhouette';
import { standardiseColumns } from './standardise';

/** Columnar features to cluster on: one Float64Array per feature, all of the same length n. */
export interface FeatureMatrix {
	names: string[];
	columns: Float64Array[];
	/** Per feature: true for a one-hot (0/1) column, which is centred but not scaled. Default: none. */
	isIndicator?: boolean[];
}

/** Options of `clusterCustomers` (plain JSON: they travel in share links). */
export interface ClusterOptions {
	/** Number of personas, 2–20. Absent: the k of 2–8 with the highest silhouette (ties: the smaller). */
	k?: number;
	/** Seed of k-means++ and of the silhouette sample. Default 1. */
	seed?: number;
	/** Lloyd iterations per restart. Default 100. */
	maxIterations?: number;
	/** k-means++ restarts per k, the lowest inertia kept. Default 4. */
	restarts?: number;
}

export interface ClusterResult {
	k: number;
	/** Persona 0..k−1 of each customer. */
	assignments: Int32Array;
	/** Row-major k × features: each persona's centre in z-scores (0 = the population mean). */
	centroids: Float64Array;
	featureNames: string[];
	/** Per feature: the population mean, and the divisor of the z-scores (the standard deviation;
	 * 1 for an indicator, 0 for a constant column). */
	means: Float64Array;
	scales: Float64Array;
	/** The silhouette of every k tried (only the chosen k when k is set). */
	silhouetteByK: { k: number; silhouette: number }[];
	silhouette: number;
	/** True when silhouettes were estimated on a sample (more than 3,000 customers). */
	silhouetteSampled: boolean;
	inertia: number;
	iterations: number;
}

export const DEFAULT_K_RANGE = { min: 2, max: 8 } as const;
export const USER_K_RANGE = { min: 2, max: 20 } as const;

/**
 * Clusters customers into personas: z-scored features, k-means (k-means++ seeding, several
 * restarts, lowest inertia kept), k set or chosen by mean silhouette over 2–8. Silhouettes are exact
 * up to 3,000 customers, else estimated on a fixed seeded sample of 3,000. Deterministic per seed.
 */
export function clusterCustomers(
	features: FeatureMatrix,
	options: ClusterOptions = {}
): ClusterResult {
	if (features.names.length !== features.columns.length) {
		throw new RangeError(
			`${features.names.length} feature names for ${features.columns.length} feature columns`
		);
	}
	if (features.columns.length === 0) throw new RangeError('no features to cluster on');
	const rows = features.columns[0].length;
	if (rows === 0) throw new RangeError('no customers to cluster');
	const seed = options.seed ?? 1;
	const { matrix, dims, means, scales } = standardiseColumns(
		features.columns,
		rows,
		features.isIndicator
	);
	const fitOptions = { seed, maxIterations: options.maxIterations, restarts: options.restarts };

	let candidates: number[];
	if (options.k !== undefined) {
		const k = options.k;
		if (!Number.isInteger(k) || k < USER_K_RANGE.min || k > USER_K_RANGE.max) {
			throw new RangeError(
				`k must be an integer from ${USER_K_RANGE.min} to ${USER_K_RANGE.max}, got ${k}`
			);
		}
		if (k > rows) throw new RangeError(`k = ${k} is more than the ${rows} customers`);
		candidates = [k];
	} else {
		const max = Math.min(DEFAULT_K_RANGE.max, rows);
		candidates = [];
		for (let k = DEFAULT_K_RANGE.min; k <= max; k++) candidates.push(k);
		if (candidates.length === 0) candidates.push(1);
	}

	const fits: KMeansResult[] = candidates.map((k) => runKMeans(matrix, rows, dims, k, fitOptions));
	const silhouettes = silhouetteScores(matrix, dims, fits, {
		sampleSize: SILHOUETTE_EXACT_LIMIT,
		seed
	});
	let chosen = 0;
	for (let t = 1; t < fits.length; t++) if (silhouettes[t] > silhouettes[chosen]) chosen = t;
	const fit = fits[chosen];
	return {
		k: fit.k,
		assignments: fit.assignments,
		centroids: fit.centroids,
		featureNames: [...features.names],
		means,
		scales,
		silhouetteByK: fits.map((f, t) => ({ k: f.k, silhouette: silhouettes[t] })),
		silhouette: silhouettes[chosen],
		silhouetteSampled: rows > SILHOUETTE_EXACT_LIMIT,
		inertia: fit.inertia,
		iterations: fit.iterations
	};
}
