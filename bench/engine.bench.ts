/**
 * Engine timings on a synthetic, deterministic 1M-line OrdersTable (50,000 customers, ~200,000
 * orders over two years, every optional column). Run: `node --import tsx bench/engine.bench.ts`.
 * Prints the median of 5 runs after one warm-up run, per step.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { tagBehaviour } from '../src/lib/engine/segments/behaviour-tags';
import { buildCustomerTable } from '../src/lib/engine/customers/customer-table';
import type { OrdersTable } from '../src/lib/engine/tables/orders-table';
import { computePareto } from '../src/lib/engine/value/pareto';
import { summariseSegments } from '../src/lib/engine/segments/playbook';
import { classifyPurchasePattern } from '../src/lib/engine/segments/purchase-pattern';
import { scoreRfm } from '../src/lib/engine/segments/rfm';
import { assignSegments, DEFAULT_SEGMENT_RULES } from '../src/lib/engine/segments/segment-rules';

/** mulberry32: a small seeded PRNG, so the table is the same on every run. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** A synthetic OrdersTable: skewed customers (a few buy often), 1–9 lines per order, 2% returns. */
export function syntheticOrders(
	lineCount = 1_000_000,
	customerCount = 50_000,
	seed = 1
): OrdersTable {
	const random = mulberry32(seed);
	const customer = new Int32Array(lineCount);
	const order = new Int32Array(lineCount);
	const day = new Int32Array(lineCount);
	const amount = new Float64Array(lineCount);
	const quantity = new Float64Array(lineCount);
	const cost = new Float64Array(lineCount);
	const discounted = new Uint8Array(lineCount);
	const product = new Int32Array(lineCount);
	const category = new Int32Array(lineCount);
	const channel = new Int32Array(lineCount);
	const firstDay = Date.UTC(2024, 0, 1) / 86_400_000;
	let line = 0;
	let orderCount = 0;
	while (line < lineCount) {
		// Every customer orders at least once; afterwards a squared uniform favours low codes.
		const c = orderCount < customerCount ? orderCount : Math.floor(customerCount * random() ** 2);
		const orderDay = firstDay + Math.floor(random() * 730);
		const isReturn = random() < 0.02;
		const isDiscounted = random() < 0.2 ? 1 : 0;
		const orderChannel = Math.floor(random() * 3);
		const lines = Math.min(1 + Math.floor(random() * 9), lineCount - line);
		for (let k = 0; k < lines; k++, line++) {
			const p = Math.floor(random() * 2_000);
			const q = (1 + Math.floor(random() * 5)) * (isReturn ? -1 : 1);
			const price = 1 + (p % 97);
			customer[line] = c;
			order[line] = orderCount;
			day[line] = orderDay;
			quantity[line] = q;
			amount[line] = q * price;
			cost[line] = q * price * 0.6;
			discounted[line] = isDiscounted;
			product[line] = p;
			category[line] = p % 20;
			channel[line] = orderChannel;
		}
		orderCount++;
	}
	const names = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `${prefix}${k}`);
	return {
		rowCount: lineCount,
		customer: { codes: customer, values: names('C', customerCount) },
		order: { codes: order, values: names('O', orderCount) },
		day,
		amount,
		quantity,
		cost,
		discounted,
		product: { codes: product, values: names('P', 2_000) },
		category: { codes: category, values: names('K', 20) },
		channel: { codes: channel, values: ['online', 'store', 'phone'] }
	};
}

function time(label: string, run: () => unknown): void {
	run();
	const samples: number[] = [];
	for (let k = 0; k < 5; k++) {
		const start = performance.now();
		run();
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	console.log(`${label.padEnd(44)} ${samples[2].toFixed(1).padStart(8)} ms (median of 5)`);
}

function main(): void {
	const orders = syntheticOrders();
	const customers = buildCustomerTable(orders);
	console.log(
		`synthetic table: ${orders.rowCount} lines, ${orders.order.values.length} order ids, ${customers.count} customers`
	);
	time('buildCustomerTable', () => buildCustomerTable(orders));
	time('computePareto', () => computePareto(customers));
	time('scoreRfm + assignSegments', () =>
		assignSegments(scoreRfm(customers), DEFAULT_SEGMENT_RULES)
	);
	time('re-segmentation (RFM, rules, patterns, tags, summaries)', () => {
		const assignment = assignSegments(scoreRfm(customers), DEFAULT_SEGMENT_RULES);
		classifyPurchasePattern(customers);
		tagBehaviour(customers);
		summariseSegments(customers, assignment, DEFAULT_SEGMENT_RULES);
	});
}

// Run only when executed, so other benchmarks can import `syntheticOrders`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
