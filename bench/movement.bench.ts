/**
 * Movement benchmark (issue 14, item 4): on 100,000 customers, the time from a changed date to a
 * new answer — the customer table at the changed date (the other date's table cached, as a worker
 * keeps it), both groupings, the from × to matrix and the report. Target: under 1 s. Also the
 * answer with both tables rebuilt, a policy switch (no table rebuilt), and a flow's CSV export.
 * Prints the median of a few runs of each.
 *   node --import tsx bench/movement.bench.ts [--customers N] [--runs N]
 */
import { buildCustomerTable, type CustomerTable } from '../src/lib/engine/customers/customer-table';
import { computeMovementFromTables } from '../src/lib/engine/movement/compute-movement';
import { movementExportRows } from '../src/lib/engine/movement/export-movement';
import type { MovementOptions } from '../src/lib/engine/movement/movement-options';
import { describeMovement, type MovementReport } from '../src/lib/engine/movement/movement-report';
import { toCsv } from '../src/lib/engine/tables/csv-export';
import {
	formatDay,
	type DictColumn,
	type OrdersTable
} from '../src/lib/engine/tables/orders-table';
import { createRandom } from './lib/random';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
	const at = args.indexOf(name);
	return at >= 0 ? Number(args[at + 1]) : fallback;
};
const CUSTOMERS = option('--customers', 100_000);
const RUNS = option('--runs', 5);
const LAST_DAY = 20_000;
const SPAN_DAYS = 730;

/**
 * Order lines for `customers` customers over two years ending on day 20,000: each customer starts
 * on a uniform day, places 1–20 orders (heavy-tailed) spread from then on, 1–3 lines per order;
 * 2% of orders are followed by a full cancellation under their own id (a return).
 */
function syntheticOrders(customers: number, seed: number): OrdersTable {
	const random = createRandom(seed);
	const customerCodes: number[] = [];
	const orderCodes: number[] = [];
	const days: number[] = [];
	const amounts: number[] = [];
	let order = 0;
	for (let c = 0; c < customers; c++) {
		const first = LAST_DAY - Math.floor(random() * SPAN_DAYS);
		const orders = 1 + Math.floor(19 * random() ** 3);
		const spend = 10 + 90 * random();
		for (let o = 0; o < orders; o++) {
			const day = o === 0 ? first : first + Math.floor(random() * (LAST_DAY - first + 1));
			const lines = 1 + Math.floor(random() * 3);
			const lineAmounts: number[] = [];
			for (let l = 0; l < lines; l++) {
				const amount = Math.round(spend * (0.5 + random()) * 100) / 100;
				lineAmounts.push(amount);
				customerCodes.push(c);
				orderCodes.push(order);
				days.push(day);
				amounts.push(amount);
			}
			order++;
			if (random() < 0.02) {
				for (const amount of lineAmounts) {
					customerCodes.push(c);
					orderCodes.push(order);
					days.push(Math.min(LAST_DAY, day + 3));
					amounts.push(-amount);
				}
				order++;
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
		discounted: null,
		product: null,
		category: null,
		channel: null
	};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

const orders = syntheticOrders(CUSTOMERS, 14);
const toDay = LAST_DAY + 1;
const tableAt = (day: number) => buildCustomerTable(orders, { analysisDay: day });
const after = tableAt(toDay);
const options = (fromDay: number, extra: Partial<MovementOptions> = {}): MovementOptions => ({
	from: formatDay(fromDay),
	to: formatDay(toDay),
	...extra
});

console.log(
	`movement bench: ${CUSTOMERS.toLocaleString('en')} customers (${after.count.toLocaleString('en')} with an order), ` +
		`${orders.rowCount.toLocaleString('en')} lines, to-date ${formatDay(toDay)}, median of ${RUNS} runs`
);

/** Times `step` RUNS times (each run with its own from-date) and prints the median. */
function measure(
	label: string,
	step: (run: number) => { report: MovementReport; extra?: string }
): void {
	const times: number[] = [];
	let last: MovementReport | null = null;
	let extra = '';
	for (let run = 0; run < RUNS; run++) {
		const start = performance.now();
		const result = step(run);
		times.push(performance.now() - start);
		last = result.report;
		extra = result.extra ?? '';
	}
	const t = last!.totals;
	console.log(
		`  ${label}: median ${median(times).toFixed(0)} ms (${times.map((x) => x.toFixed(0)).join(', ')}); ` +
			`last: ${t.customersBefore} → ${t.customersAfter} customers, ${last!.flows.length} flows, ` +
			`${t.moved} moved, ${t.criticalCustomers} critical${extra}`
	);
}

// Each run moves the from-date by a week, so no run reuses an earlier run's table.
const fromDayOf = (run: number) => toDay - 182 - 7 * run;
for (const family of ['rfm', 'abc', 'pattern'] as const) {
	measure(`${family}: from-date changed (its table rebuilt, to-date table cached)`, (run) => {
		const before = tableAt(fromDayOf(run));
		return {
			report: describeMovement(
				computeMovementFromTables(before, after, options(fromDayOf(run), { family }))
			)
		};
	});
}
measure('rfm: both dates changed (both tables rebuilt)', (run) => {
	const before = tableAt(fromDayOf(run));
	const later: CustomerTable = tableAt(toDay);
	return {
		report: describeMovement(computeMovementFromTables(before, later, options(fromDayOf(run))))
	};
});
const cachedBefore = tableAt(fromDayOf(0));
measure('rfm: frozen ↔ recomputed (no table rebuilt)', (run) => ({
	report: describeMovement(
		computeMovementFromTables(
			cachedBefore,
			after,
			options(fromDayOf(0), { cutPoints: run % 2 === 0 ? 'recomputed' : 'frozen' })
		)
	)
}));
const cachedResult = computeMovementFromTables(cachedBefore, after, options(fromDayOf(0)));
measure('rfm: CSV of the largest flow', () => {
	const report = describeMovement(cachedResult);
	const largest = [...report.flows].sort((a, b) => b.customers - a.customers)[0];
	const csv = toCsv(movementExportRows(cachedResult, '', { from: largest.from, to: largest.to }));
	return {
		report,
		extra: `; ${largest.from} → ${largest.to}, ${largest.customers} rows, ${(csv.length / 1e6).toFixed(1)} MB`
	};
});
measure(
	'persona (k by silhouette at the from-date, applied at the to-date): from-date changed',
	(run) => {
		const before = tableAt(fromDayOf(run));
		return {
			report: describeMovement(
				computeMovementFromTables(before, after, options(fromDayOf(run), { family: 'persona' }))
			)
		};
	}
);
