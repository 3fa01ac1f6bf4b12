import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../../engine/customers/customer-table';
import { groupCustomers } from '../../engine/customers/group-by';
import { computeProfit, type ProfitResult } from '../../engine/profit/compute-profit';
import { listLosingCustomers, type LosingCustomers } from '../../engine/profit/losing-customers';
import { withProfitDefaults } from '../../engine/profit/profit-options';
import { importAttributes, importOrders, sniffOrders } from '../index';
import { COSTLY_CUSTOMERS, DEMO_COSTS } from './costs';
import { generateDemoBusiness } from './index';

// The planted costly customers are found twice: from the CSV text alone (by what they are: many
// returns and effort ≥ 9), and by the profit family with the demo's suggested costs.

interface TextFigures {
	revenue: number;
	cost: number;
	orders: number;
	returns: number;
	lines: number;
}

function parse(text: string): string[][] {
	return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

async function* chunksOf(text: string): AsyncIterable<Uint8Array> {
	yield new TextEncoder().encode(text);
}

let figures: Map<string, TextFigures>;
let effort: Map<string, number>;
let planted: string[];
let profit: ProfitResult;
let ids: string[];
let losing: LosingCustomers;

beforeAll(async () => {
	const demo = generateDemoBusiness();
	// From the text: per order id its customer and sum; per customer revenue, cost, orders, returns.
	const [, ...rows] = parse(demo.ordersCsv);
	const orderSum = new Map<string, { customer: string; sum: number }>();
	figures = new Map();
	for (const row of rows) {
		const [order, customer, , , , quantity, unitPrice, , cost] = row;
		const amount = Number(quantity) * Number(unitPrice);
		const entry = orderSum.get(order) ?? { customer, sum: 0 };
		entry.sum += amount;
		orderSum.set(order, entry);
		const f = figures.get(customer) ?? { revenue: 0, cost: 0, orders: 0, returns: 0, lines: 0 };
		f.revenue += amount;
		f.cost += Number(cost);
		f.lines++;
		figures.set(customer, f);
	}
	for (const { customer, sum } of orderSum.values()) {
		const f = figures.get(customer)!;
		if (sum < 0) f.returns++;
		else f.orders++;
	}
	const [header, ...people] = parse(demo.customersCsv);
	const effortColumn = header.indexOf('service_effort');
	effort = new Map(people.map((row) => [row[0], Number(row[effortColumn])]));
	planted = [...figures.entries()]
		.filter(([id, f]) => f.orders > 0 && f.returns >= 2 && effort.get(id)! >= 9)
		.map(([id]) => id);

	// Through the page's own path: sniff, import, customer table, profit with the demo costs.
	const bytes = new TextEncoder().encode(demo.ordersCsv);
	const { mapping } = sniffOrders(bytes.subarray(0, 1 << 20), false);
	const { table: orders } = await importOrders(chunksOf(demo.ordersCsv), mapping);
	const { table: attributes } = await importAttributes(chunksOf(demo.customersCsv));
	const customers = buildCustomerTable(orders, {}, attributes);
	const grouping = groupCustomers(customers, 'pattern');
	profit = computeProfit({ orders, customers, grouping }, withProfitDefaults(DEMO_COSTS));
	ids = customers.ids;
	losing = listLosingCustomers(profit, ids);
}, 60_000);

describe('the demo’s customers who cost more than they bring', () => {
	it('are there in the text: a few dozen with two or more returns and effort 9–10', () => {
		expect(planted.length).toBeGreaterThanOrEqual(COSTLY_CUSTOMERS.count);
		expect(planted.length).toBeLessThanOrEqual(COSTLY_CUSTOMERS.count + 5);
	});

	it('buy small baskets: a median net order under 25', () => {
		const perOrder = planted
			.map((id) => figures.get(id)!)
			.map((f) => f.revenue / f.orders)
			.sort((a, b) => a - b);
		expect(perOrder[Math.floor(perOrder.length / 2)]).toBeLessThan(25);
	});

	it('all lose money with the demo costs, as a hand computation from the text says', () => {
		const { costPerOrder, costPerReturn, costPerEffortPoint } = DEMO_COSTS;
		for (const id of planted) {
			const f = figures.get(id)!;
			const hand =
				f.revenue -
				f.cost -
				f.orders * costPerOrder -
				f.returns * costPerReturn -
				effort.get(id)! * costPerEffortPoint;
			expect(hand, id).toBeLessThan(0);
			const i = ids.indexOf(id);
			expect(Math.abs(profit.contribution[i] - hand), id).toBeLessThan(1e-6);
		}
	});

	it('are found by the losing-customers list, with returns or effort as their largest cost', () => {
		const listed = new Map(losing.customers.map((c) => [c.id, c]));
		for (const id of planted) {
			expect(listed.has(id), id).toBe(true);
			expect(['returns', 'effort']).toContain(listed.get(id)!.largestCost);
		}
	});

	it('are a small part of a shop that makes money overall', () => {
		let total = 0;
		for (let i = 0; i < profit.count; i++) total += profit.contribution[i];
		expect(total).toBeGreaterThan(0);
		expect(losing.count / profit.count).toBeLessThan(0.25);
	});
});
