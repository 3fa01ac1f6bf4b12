/**
 * Profit benchmark (issue 11), 50,000 synthetic customers (about a million order lines with a cost
 * column, returns, ten categories, an effort attribute and tickets): (1) the whole profit step once
 * per cost change — grouping by RFM segment, `computeProfit` (one pass over the lines) and the
 * report; (2) the what-if recompute the slider triggers — `buildProfitReport` with new multipliers
 * on the columns already computed (nothing rebuilt). Target for (2): under 100 ms. Prints medians.
 *   node --import tsx bench/profit.bench.ts
 */
import { buildCustomerTable } from '../src/lib/engine/customers/customer-table';
import { groupCustomers } from '../src/lib/engine/customers/group-by';
import { createPrng } from '../src/lib/engine/personas/prng';
import { computeProfit } from '../src/lib/engine/profit/compute-profit';
import {
	withProfitDefaults,
	type CostKind,
	type ProfitOptions
} from '../src/lib/engine/profit/profit-options';
import { buildProfitReport } from '../src/lib/engine/profit/profit-report';
import type {
	AttributesTable,
	DictColumn,
	OrdersTable
} from '../src/lib/engine/tables/orders-table';

const CUSTOMERS = 50_000;
const RUNS = 9;

/**
 * Order lines for `customers` customers: 1–20 orders each (heavy-tailed), 1–4 lines per order at a
 * 35–65% cost share, about 3% of orders followed by a return of one line on its own order id.
 */
function syntheticOrders(customers: number, seed: number): OrdersTable {
	const random = createPrng(seed);
	const customerCodes: number[] = [];
	const orderCodes: number[] = [];
	const days: number[] = [];
	const amounts: number[] = [];
	const costs: number[] = [];
	const categories: number[] = [];
	let order = 0;
	const push = (c: number, o: number, day: number, amount: number, cost: number, k: number) => {
		customerCodes.push(c);
		orderCodes.push(o);
		days.push(day);
		amounts.push(amount);
		costs.push(cost);
		categories.push(k);
	};
	for (let c = 0; c < customers; c++) {
		const orders = 1 + Math.floor(19 * random() ** 3);
		const span = 30 + Math.floor(random() * 700);
		const last = 20_000 - Math.floor(random() * 400);
		const spend = 5 + 60 * random();
		for (let o = 0; o < orders; o++) {
			const day = last - Math.floor(random() * span);
			const lines = 1 + Math.floor(random() * 4);
			const sale = order++;
			let returned = -1;
			for (let l = 0; l < lines; l++) {
				const amount = Math.round(spend * (0.5 + random()) * 100) / 100;
				const k = Math.floor(random() * 10);
				const cost = Math.round(amount * (0.35 + 0.03 * k) * 100) / 100;
				push(c, sale, day, amount, cost, k);
				if (l === 0 && random() < 0.03) returned = amount;
			}
			if (returned > 0) push(c, order++, day + 5, -returned, -returned * 0.5, 0);
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
		cost: Float64Array.from(costs),
		discounted: null,
		product: null,
		category: dictionary(categories, 10, 'Category '),
		channel: null
	};
}

/** Effort 1–10 for 95% of customers (the rest have none), skewed low. */
function syntheticEffort(customers: number, seed: number): AttributesTable {
	const random = createPrng(seed);
	const values = Float64Array.from({ length: customers }, () =>
		random() < 0.05 ? NaN : 1 + Math.floor(10 * random() ** 2)
	);
	return {
		customerIds: Array.from({ length: customers }, (_, i) => `C${i}`),
		columns: [{ name: 'service_effort', kind: 'numeric', values }]
	};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

const orders = syntheticOrders(CUSTOMERS, 11);
const tableStart = performance.now();
const customers = buildCustomerTable(orders, {}, syntheticEffort(CUSTOMERS, 12));
const tableMs = performance.now() - tableStart;
const ticketRandom = createPrng(13);
const tickets = Int32Array.from({ length: customers.count }, () =>
	Math.floor(-Math.log(1 - ticketRandom()) * 0.6)
);
const options: ProfitOptions = withProfitDefaults({
	costPerOrder: 3,
	costPerReturn: 12,
	costPerTicket: 8,
	costPerEffortPoint: 2,
	marketingPerCustomer: { champions: 5, 'at-risk': 4, 'cant-lose-them': 6 }
});

console.log(
	`profit bench: ${customers.count.toLocaleString('en')} customers, ${orders.rowCount.toLocaleString('en')} lines ` +
		`(buildCustomerTable ${tableMs.toFixed(0)} ms, once per dataset, not counted)`
);

// (1) A cost changed: group, compute, report.
const groupTimes: number[] = [];
const computeTimes: number[] = [];
const reportTimes: number[] = [];
let losing = 0;
let peak = '';
for (let run = 0; run < RUNS; run++) {
	const t0 = performance.now();
	const grouping = groupCustomers(customers, 'rfm');
	const t1 = performance.now();
	const runOptions = { ...options, costPerOrder: 3 + run / 10 };
	const profit = computeProfit({ orders, customers, grouping, tickets }, runOptions);
	const t2 = performance.now();
	const report = buildProfitReport({ ids: customers.ids, profit, grouping, options: runOptions });
	const t3 = performance.now();
	groupTimes.push(t1 - t0);
	computeTimes.push(t2 - t1);
	reportTimes.push(t3 - t2);
	losing = report.losing.count;
	const p = report.whale.peak;
	peak = `best ${(p.customerShare * 100).toFixed(1)}% make ${((p.share ?? NaN) * 100).toFixed(1)}%`;
}
const whole = groupTimes.map((g, k) => g + computeTimes[k] + reportTimes[k]);
console.log(
	`  cost changed (group by RFM + computeProfit + report): median ${median(whole).toFixed(1)} ms of ${RUNS} ` +
		`(group ${median(groupTimes).toFixed(1)}, compute ${median(computeTimes).toFixed(1)}, report ${median(reportTimes).toFixed(1)}); ` +
		`losing ${losing}, whale: ${peak}`
);

// (2) The what-if slider: new multipliers on the columns computed once.
const grouping = groupCustomers(customers, 'rfm');
const base = computeProfit({ orders, customers, grouping, tickets }, options);
const kinds: CostKind[] = ['goods', 'orders', 'returns', 'tickets', 'effort', 'marketing'];
const whatIfTimes: number[] = [];
const changed: string[] = [];
for (let run = 0; run < RUNS * 3; run++) {
	const kind = kinds[run % kinds.length];
	const factor = 0.5 + ((run * 7) % 11) / 10; // 0.5 … 1.5
	const multipliers = { ...options.multipliers, [kind]: factor };
	const start = performance.now();
	const report = buildProfitReport({
		ids: customers.ids,
		profit: base,
		grouping,
		options: { ...options, multipliers }
	});
	whatIfTimes.push(performance.now() - start);
	if (run < kinds.length) changed.push(`${kind} × ${factor}: ${report.whatIf?.changedSign ?? 0}`);
}
console.log(
	`  what-if recompute (new multiplier → full report): median ${median(whatIfTimes).toFixed(1)} ms, ` +
		`first ${whatIfTimes[0].toFixed(1)} ms, max of the rest ${Math.max(...whatIfTimes.slice(1)).toFixed(1)} ms ` +
		`(${whatIfTimes.length} changes); target < 100 ms`
);
console.log(`  customers changing sign: ${changed.join('; ')}`);
