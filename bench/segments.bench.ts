/**
 * Re-segmentation benchmark (issue 6, item 8): on a 50,000-customer table, the time the worker
 * takes to answer a changed cut point or rule with new scores, assignment, summaries, grid and
 * the page's output — the same `computeSegments` (with its memo) + `buildSegmentsReport` the Segments view
 * calls. Target: under 100 ms. Prints the median of a few runs of each change.
 *   node --import tsx bench/segments.bench.ts
 */
import { buildCustomerTable } from '../src/lib/engine/customers/customer-table';
import type { DictColumn, OrdersTable } from '../src/lib/engine/tables/orders-table';
import { createPrng } from '../src/lib/engine/personas/prng';
import { computeSegments, SegmentsMemo } from '../src/lib/engine/segments/compute-segments';
import {
	DEFAULT_SEGMENTS_OPTIONS,
	type SegmentsOptions
} from '../src/lib/engine/segments/segments-options';
import { buildSegmentsReport } from '../src/lib/engine/segments/segments-report';

const CUSTOMERS = 50_000;
const RUNS = 7;

/**
 * Order lines for `customers` customers: 1–20 orders each (heavy-tailed), 1–3 lines per order,
 * over two years ending on day 20,000, with a discount flag and 10 categories.
 */
function syntheticOrders(customers: number, seed: number): OrdersTable {
	const random = createPrng(seed);
	const customerCodes: number[] = [];
	const orderCodes: number[] = [];
	const days: number[] = [];
	const amounts: number[] = [];
	const flags: number[] = [];
	const categories: number[] = [];
	let order = 0;
	for (let c = 0; c < customers; c++) {
		const orders = 1 + Math.floor(19 * random() ** 3);
		const span = 30 + Math.floor(random() * 700);
		const last = 20_000 - Math.floor(random() * 400);
		const spend = 10 + 90 * random();
		for (let o = 0; o < orders; o++, order++) {
			const day = last - Math.floor(random() * span);
			const discounted = random() < 0.2 ? 1 : 0;
			const lines = 1 + Math.floor(random() * 3);
			for (let l = 0; l < lines; l++) {
				customerCodes.push(c);
				orderCodes.push(order);
				days.push(day);
				amounts.push(Math.round(spend * (0.5 + random()) * 100) / 100);
				flags.push(discounted);
				categories.push(Math.floor(random() * 10));
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
		channel: null
	};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

const orders = syntheticOrders(CUSTOMERS, 11);
const tableStart = performance.now();
const customers = buildCustomerTable(orders);
const tableMs = performance.now() - tableStart;
const memo = new SegmentsMemo();
const base: SegmentsOptions = structuredClone(DEFAULT_SEGMENTS_OPTIONS);

/** One answer of the worker for `options`: compute (cached parts reused) and shape for the page. */
function answer(options: SegmentsOptions): { ms: number; segments: string } {
	const start = performance.now();
	const output = buildSegmentsReport(computeSegments(customers, options, memo));
	const ms = performance.now() - start;
	const segments = output.segments.map((s) => `${s.slug} ${s.customers}`).join(', ');
	return { ms, segments };
}

const first = answer(base);
console.log(
	`segments bench: ${customers.count.toLocaleString('en')} customers, ${orders.rowCount.toLocaleString('en')} lines ` +
		`(buildCustomerTable ${tableMs.toFixed(0)} ms, once per dataset, not counted)`
);
console.log(`  first answer (scores, segments, patterns, tags, grid): ${first.ms.toFixed(1)} ms`);

const quantiles = buildSegmentsReport(computeSegments(customers, base, memo)).cutPoints;
const changes: { label: string; options: (run: number) => SegmentsOptions }[] = [
	{
		label: 'change an M cut point',
		options: (run) => ({
			...base,
			cutPoints: {
				...base.cutPoints,
				monetary: quantiles.monetary.map((c, k) => (k === 1 ? c + run + 1 : c))
			}
		})
	},
	{
		label: "widen a rule (Champions' R range)",
		options: (run) => ({
			...base,
			rules: base.rules.map((rule) =>
				rule.slug === 'champions' ? { ...rule, recency: [run % 2 === 0 ? 4 : 3, 5] } : rule
			)
		})
	},
	{
		label: 'change a tag threshold (discount seeker share)',
		options: (run) => ({
			...base,
			tags: { ...base.tags, discountSeekerMinShare: 0.3 + run / 100 }
		})
	},
	{ label: 'change the bins (5 → 4)', options: (run) => ({ ...base, bins: 4 + (run % 2) }) }
];
for (const change of changes) {
	const times: number[] = [];
	let last = '';
	for (let run = 0; run < RUNS; run++) {
		const result = answer(change.options(run));
		times.push(result.ms);
		last = result.segments;
	}
	console.log(
		`  ${change.label}: median ${median(times).toFixed(1)} ms of ${RUNS} ` +
			`(${times.map((t) => t.toFixed(1)).join(', ')}); last: ${last}`
	);
}
