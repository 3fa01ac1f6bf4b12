import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './adjusted-rand';
import { clusterCustomers, type FeatureMatrix } from './cluster-customers';

/** An independent generator for test data: a 32-bit LCG and Box–Muller normals. */
function normalSource(seed: number): () => number {
	let state = seed >>> 0;
	const uniform = () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return (state + 0.5) / 4294967296;
	};
	return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/**
 * Planted customer groups on very different scales (spend in thousands, shares in 0..1), so the
 * clustering only finds them if it standardises. Each group: [mean, sd] per feature.
 */
const PLANTED: { size: number; features: [number, number][] }[] = [
	// loyal: high spend, many orders, recent, full price
	{
		size: 300,
		features: [
			[8, 0.3],
			[20, 3],
			[15, 8],
			[0.05, 0.04],
			[0.4, 0.08]
		]
	},
	// one-time: low spend, one-ish order, long ago
	{
		size: 500,
		features: [
			[4, 0.3],
			[1.2, 0.4],
			[250, 30],
			[0.1, 0.06],
			[0.95, 0.04]
		]
	},
	// discount seekers: middle spend, several orders, mostly discounted
	{
		size: 350,
		features: [
			[6, 0.3],
			[6, 1.2],
			[60, 20],
			[0.8, 0.08],
			[0.6, 0.1]
		]
	},
	// specialists: middle spend, one category
	{
		size: 250,
		features: [
			[6.5, 0.3],
			[4, 1],
			[120, 25],
			[0.1, 0.06],
			[0.98, 0.02]
		]
	}
];
const NAMES = ['logValue', 'orders', 'recencyDays', 'discountShare', 'categoryConcentration'];

function plantedSet(scale: number, seed: number): { features: FeatureMatrix; truth: Int32Array } {
	const normal = normalSource(seed);
	const n = PLANTED.reduce((sum, group) => sum + group.size * scale, 0);
	const columns = NAMES.map(() => new Float64Array(n));
	const truth = new Int32Array(n);
	let row = 0;
	PLANTED.forEach((group, g) => {
		for (let i = 0; i < group.size * scale; i++, row++) {
			truth[row] = g;
			group.features.forEach(([mean, sd], f) => (columns[f][row] = mean + sd * normal()));
		}
	});
	return { features: { names: NAMES, columns }, truth };
}

describe('clusterCustomers', () => {
	const { features, truth } = plantedSet(1, 17);

	it('recovers four planted groups (adjusted Rand index ≥ 0.9) and picks k = 4 by silhouette', () => {
		const result = clusterCustomers(features);
		expect(result.k).toBe(4);
		expect(adjustedRandIndex(truth, result.assignments)).toBeGreaterThanOrEqual(0.9);
		expect(result.silhouetteByK.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
		const best = Math.max(...result.silhouetteByK.map((s) => s.silhouette));
		expect(result.silhouette).toBe(best);
		expect(result.silhouetteSampled).toBe(false);
	});

	it('gives identical output on a rerun with the same seed', () => {
		const first = clusterCustomers(features, { seed: 5 });
		const second = clusterCustomers(features, { seed: 5 });
		expect(second.assignments).toEqual(first.assignments);
		expect(second.centroids).toEqual(first.centroids);
		expect(second.silhouetteByK).toEqual(first.silhouetteByK);
	});

	it('recovers the groups with another seed too, and with k set by the user', () => {
		const result = clusterCustomers(features, { seed: 99, k: 4 });
		expect(result.silhouetteByK.map((s) => s.k)).toEqual([4]);
		expect(adjustedRandIndex(truth, result.assignments)).toBeGreaterThanOrEqual(0.9);
	});

	it('reports centres in z-scores: the loyal group sits far above the mean on orders', () => {
		const result = clusterCustomers(features, { k: 4 });
		const loyal = result.assignments[0];
		const ordersIndex = NAMES.indexOf('orders');
		expect(result.centroids[loyal * NAMES.length + ordersIndex]).toBeGreaterThan(1.5);
		// The population mean of orders, by hand from the plan: (300·20 + 500·1.2 + 350·6 + 250·4)/1400.
		expect(result.means[ordersIndex]).toBeCloseTo((6000 + 600 + 2100 + 1000) / 1400, 0);
	});

	it('ignores a constant feature instead of failing on it', () => {
		const withConstant: FeatureMatrix = {
			names: [...features.names, 'constant'],
			columns: [...features.columns, new Float64Array(truth.length).fill(3)]
		};
		const result = clusterCustomers(withConstant, { k: 4 });
		expect(adjustedRandIndex(truth, result.assignments)).toBeGreaterThanOrEqual(0.9);
		expect(result.scales[NAMES.length]).toBe(0);
	});

	it('estimates silhouettes on a sample above 3,000 customers and still finds the planted groups', () => {
		const large = plantedSet(4, 23);
		const result = clusterCustomers(large.features);
		expect(result.silhouetteSampled).toBe(true);
		expect(result.k).toBe(4);
		expect(adjustedRandIndex(large.truth, result.assignments)).toBeGreaterThanOrEqual(0.9);
	});

	it('rejects k outside 2–20 and more personas than customers', () => {
		expect(() => clusterCustomers(features, { k: 1 })).toThrow(RangeError);
		expect(() => clusterCustomers(features, { k: 21 })).toThrow(RangeError);
		const tiny: FeatureMatrix = { names: ['x'], columns: [Float64Array.of(1, 2, 3)] };
		expect(() => clusterCustomers(tiny, { k: 4 })).toThrow(RangeError);
	});
});
