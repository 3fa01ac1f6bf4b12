/**
 * Personas benchmark, 50,000 synthetic customers: (1) k-means on six features, k chosen by
 * silhouette over 2–8 and k set to 6; (2) the whole persona step from a customer table built from
 * synthetic order lines: features, clustering, cards. Prints the median of a few runs.
 *   node --import tsx bench/personas.bench.ts
 */
import { buildCustomerTable } from '../src/lib/engine/customers/customer-table';
import type { DictColumn, OrdersTable } from '../src/lib/engine/tables/orders-table';
import { clusterCustomers, type FeatureMatrix } from '../src/lib/engine/personas/cluster-customers';
import { describePersonas } from '../src/lib/engine/personas/describe-personas';
import { personaFeatures } from '../src/lib/engine/personas/persona-features';
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

/**
 * Order lines for `customers` customers of four behaviours (one-time, regular full-price, discount
 * seekers, single-category buyers), 1–3 lines per order, 10 categories, 3 channels, a discount flag,
 * over two years ending on day 20,000.
 */
function syntheticOrders(customers: number, seed: number): OrdersTable {
	const random = createPrng(seed);
	const customerCodes: number[] = [];
	const orderCodes: number[] = [];
	const days: number[] = [];
	const amounts: number[] = [];
	const flags: number[] = [];
	const categories: number[] = [];
	const channels: number[] = [];
	let order = 0;
	for (let c = 0; c < customers; c++) {
		const type = Math.floor(random() * 4);
		const orders =
			type === 0 ? 1 : type === 1 ? 6 + Math.floor(random() * 15) : 2 + Math.floor(random() * 6);
		const favourite = Math.floor(random() * 10);
		const channel = type === 1 ? 0 : Math.floor(random() * 3);
		for (let o = 0; o < orders; o++, order++) {
			const day = 20_000 - Math.floor(random() * (type === 0 ? 730 : 365));
			const discounted = type === 2 ? (random() < 0.85 ? 1 : 0) : random() < 0.1 ? 1 : 0;
			const lines = 1 + Math.floor(random() * 3);
			for (let l = 0; l < lines; l++) {
				customerCodes.push(c);
				orderCodes.push(order);
				days.push(day);
				amounts.push(Math.round((type === 1 ? 40 : 15) * (0.5 + random()) * 100) / 100);
				flags.push(discounted);
				categories.push(type === 3 || random() < 0.5 ? favourite : Math.floor(random() * 10));
				channels.push(channel);
			}
		}
	}
	const dictionary = (codes: number[], size: number, prefix: string): DictColumn => ({
		codes: Int32Array.from(codes),
		values: Array.from({ length: size }, (_, i) => `${prefix}${i}`)
	});
	return {
		rowCount: customerCodes.length,
		customer: dictionary(customerCodes, customers, 'C'),
		order: dictionary(orderCodes, order, 'O'),
		day: Int32Array.from(days),
		amount: Float64Array.from(amounts),
		quantity: null,
		cost: null,
		discounted: Uint8Array.from(flags),
		product: null,
		category: dictionary(categories, 10, 'Category '),
		channel: { codes: Int32Array.from(channels), values: ['online', 'store', 'phone'] }
	};
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

const orders = syntheticOrders(CUSTOMERS, 7);
const tableStart = performance.now();
const customers = buildCustomerTable(orders);
const tableMs = performance.now() - tableStart;
const steps = {
	features: [] as number[],
	cluster: [] as number[],
	cards: [] as number[],
	total: [] as number[]
};
let names: string[] = [];
for (let run = 0; run < RUNS; run++) {
	const t0 = performance.now();
	const matrix = personaFeatures(customers);
	const t1 = performance.now();
	const clusters = clusterCustomers(matrix);
	const t2 = performance.now();
	const cards = describePersonas(customers, clusters.assignments, clusters.k, {
		features: matrix,
		categoryNames: orders.category!.values,
		channelNames: orders.channel!.values
	});
	const t3 = performance.now();
	steps.features.push(t1 - t0);
	steps.cluster.push(t2 - t1);
	steps.cards.push(t3 - t2);
	steps.total.push(t3 - t0);
	names = cards.map((card) => `${card.name} (${card.customers})`);
}
console.log(
	`persona step on a customer table of ${customers.count.toLocaleString('en')} customers ` +
		`(${orders.rowCount.toLocaleString('en')} lines; buildCustomerTable ${tableMs.toFixed(0)} ms, not counted): ` +
		`median ${median(steps.total).toFixed(0)} ms of ${RUNS} = personaFeatures ${median(steps.features).toFixed(0)} + ` +
		`clusterCustomers ${median(steps.cluster).toFixed(0)} + describePersonas ${median(steps.cards).toFixed(0)} ms; ` +
		`personas: ${names.join(', ')}`
);
