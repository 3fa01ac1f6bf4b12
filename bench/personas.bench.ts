/**
 * Personas benchmark: k-means clustering of 50,000 synthetic customers on six features, k chosen by
 * silhouette over 2–8 and k set to 6. Prints the median of a few runs.
 *   node --import tsx bench/personas.bench.ts
 */
import { clusterCustomers, type FeatureMatrix } from '../src/lib/engine/personas/cluster-customers';
import { createPrng } from '../src/lib/engine/personas/prng';

const CUSTOMERS = 50_000;
const RUNS = 3;

/** Customer-like features: five overlapping behaviour groups on different scales, deterministic. */
function syntheticFeatures(customers: number, seed: number): FeatureMatrix {
	const random = createPrng(seed);
	const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
	const groups = [
		{ share: 0.1, logValue: 8, logOrders: 2.8, recency: 20, aov: 150, discount: 0.05, focus: 0.4 },
		{ share: 0.45, logValue: 4, logOrders: 0, recency: 260, aov: 60, discount: 0.1, focus: 0.95 },
		{ share: 0.2, logValue: 6, logOrders: 1.8, recency: 60, aov: 45, discount: 0.8, focus: 0.6 },
		{
			share: 0.15,
			logValue: 6.5,
			logOrders: 1.3,
			recency: 120,
			aov: 90,
			discount: 0.1,
			focus: 0.98
		},
		{ share: 0.1, logValue: 7, logOrders: 2.2, recency: 300, aov: 110, discount: 0.2, focus: 0.5 }
	];
	const names = ['logValue', 'logOrders', 'recencyDays', 'aov', 'discountShare', 'concentration'];
	const columns = names.map(() => new Float64Array(customers));
	for (let i = 0; i < customers; i++) {
		let pick = random();
		let g = 0;
		while (g < groups.length - 1 && pick > groups[g].share) pick -= groups[g++].share;
		const group = groups[g];
		columns[0][i] = group.logValue + 0.6 * normal();
		columns[1][i] = Math.max(0, group.logOrders + 0.4 * normal());
		columns[2][i] = Math.max(0, group.recency + 40 * normal());
		columns[3][i] = Math.max(1, group.aov * Math.exp(0.3 * normal()));
		columns[4][i] = Math.min(1, Math.max(0, group.discount + 0.1 * normal()));
		columns[5][i] = Math.min(1, Math.max(0, group.focus + 0.08 * normal()));
	}
	return { names, columns };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

const features = syntheticFeatures(CUSTOMERS, 2026);
for (const options of [{}, { k: 6 }]) {
	const times: number[] = [];
	let summary = '';
	for (let run = 0; run < RUNS; run++) {
		const start = performance.now();
		const result = clusterCustomers(features, options);
		times.push(performance.now() - start);
		const silhouettes = result.silhouetteByK.map((s) => `${s.k}:${s.silhouette.toFixed(3)}`);
		summary = `k=${result.k} silhouette=${result.silhouette.toFixed(3)} by k [${silhouettes.join(' ')}]`;
	}
	const label = 'k' in options ? `k set to ${options.k}` : 'k by silhouette 2–8';
	console.log(
		`clusterCustomers, ${CUSTOMERS.toLocaleString('en')} customers × ${features.names.length} features, ${label}: ` +
			`median ${median(times).toFixed(0)} ms of ${RUNS} (${times.map((t) => t.toFixed(0)).join(', ')}); ${summary}`
	);
}
