import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from './customer-table';
import { parseIsoDay } from '../tables/orders-table';
import { attributesFromRows, ordersFromRows, type TestRow } from '../tables/test-tables';

// Hand-checkable shop. A: three orders (31 and 60 days apart: February 2024 has 29 days), one
// return; B: one big order; C: returns only; D: an order id that nets to zero, then one small order.
const rows: TestRow[] = [
	{
		customer: 'A',
		order: 'o1',
		date: '2024-01-10',
		amount: 100,
		quantity: 2,
		cost: 60,
		category: 'X',
		discounted: true,
		channel: 'online'
	},
	{
		customer: 'A',
		order: 'o1',
		date: '2024-01-10',
		amount: 50,
		quantity: 1,
		cost: 20,
		category: 'Y',
		discounted: false,
		channel: 'online'
	},
	{
		customer: 'A',
		order: 'o2',
		date: '2024-02-10',
		amount: 80,
		quantity: 4,
		cost: 50,
		category: 'X',
		discounted: false,
		channel: 'store'
	},
	{
		customer: 'A',
		order: 'o3',
		date: '2024-04-10',
		amount: 40,
		quantity: 1,
		cost: 25,
		category: 'X',
		discounted: true,
		channel: 'online'
	},
	{
		customer: 'A',
		order: 'r1',
		date: '2024-04-15',
		amount: -30,
		quantity: -1,
		cost: -15,
		category: 'X',
		discounted: false,
		channel: 'online'
	},
	{
		customer: 'B',
		order: 'o4',
		date: '2024-03-01',
		amount: 500,
		quantity: 10,
		cost: 300,
		category: 'Y',
		discounted: false,
		channel: 'phone'
	},
	{
		customer: 'C',
		order: 'r2',
		date: '2024-03-05',
		amount: -20,
		quantity: -1,
		category: 'Y',
		discounted: false,
		channel: 'online'
	},
	{
		customer: 'D',
		order: 'z1',
		date: '2024-01-01',
		amount: 50,
		quantity: 1,
		category: 'Y',
		discounted: false,
		channel: 'store'
	},
	{
		customer: 'D',
		order: 'z1',
		date: '2024-01-01',
		amount: -50,
		quantity: -1,
		category: 'Y',
		discounted: false,
		channel: 'store'
	},
	{
		customer: 'D',
		order: 'o5',
		date: '2024-05-01',
		amount: 10,
		quantity: 2,
		category: 'Y',
		discounted: false,
		channel: 'store'
	}
];

const day = (iso: string) => parseIsoDay(iso);

describe('buildCustomerTable', () => {
	const table = buildCustomerTable(ordersFromRows(rows));
	const a = table.ids.indexOf('A');
	const b = table.ids.indexOf('B');
	const d = table.ids.indexOf('D');

	it('holds the customers with at least one order and counts returns-only customers apart', () => {
		expect(table.ids).toEqual(['A', 'B', 'D']);
		expect(table.count).toBe(3);
		expect(table.returnsOnlyCustomers).toBe(1);
		expect(table.indexByCode[2]).toBe(-1);
	});

	it('uses the day after the last line as the default analysis day', () => {
		expect(table.analysisDay).toBe(day('2024-05-02'));
	});

	it('counts orders as order ids summing above zero and nets returns into revenue', () => {
		expect(Array.from(table.orders)).toEqual([3, 1, 1]);
		expect(Array.from(table.lines)).toEqual([5, 1, 3]);
		expect(Array.from(table.netRevenue)).toEqual([240, 500, 10]);
		expect(Array.from(table.returnedValue)).toEqual([30, 0, 50]);
		expect(Array.from(table.units ?? [])).toEqual([7, 10, 2]);
	});

	it('computes average order value and average unit price over sold lines', () => {
		expect(table.averageOrderValue[a]).toBe(80);
		expect(table.averageOrderValue[b]).toBe(500);
		expect(table.averageUnitPrice?.[a]).toBe(270 / 8);
		// D: sold lines 50/1 and 10/2 → 60 / 3 units.
		expect(table.averageUnitPrice?.[d]).toBe(20);
	});

	it('measures recency and tenure from the analysis day, ignoring the zero-sum order', () => {
		expect(table.recencyDays[a]).toBe(22);
		expect(table.tenureDays[a]).toBe(113);
		expect(table.recencyDays[b]).toBe(62);
		expect(table.firstOrderDay[d]).toBe(day('2024-05-01'));
		expect(table.tenureDays[d]).toBe(1);
	});

	it('computes the mean gap and its coefficient of variation', () => {
		expect(table.meanGapDays[a]).toBe(45.5);
		expect(table.gapCv[a]).toBeCloseTo(14.5 / 45.5, 12);
		expect(table.meanGapDays[b]).toBeNaN();
		expect(table.gapCv[b]).toBeNaN();
	});

	it('derives discount share, category concentration, channel mix and seasonality', () => {
		expect(table.discountShare?.[a]).toBeCloseTo(2 / 3, 12);
		expect(table.discountedOrders?.[a]).toBe(2);
		expect(table.discountShare?.[b]).toBe(0);
		expect(table.categoryCount?.[a]).toBe(2);
		expect(table.categoryConcentration?.[a]).toBe(190 / 240);
		expect(table.topCategory?.[a]).toBe(0); // 'X' is the first category seen
		const online = 0; // channel codes: online, store, phone
		expect(table.channelShares?.[online][a]).toBeCloseTo(2 / 3, 12);
		expect(table.topChannel?.[b]).toBe(2);
		expect(table.seasonality[a]).toBeCloseTo(1 / 3, 12);
		expect(table.topMonth[a]).toBe(1);
		expect(table.orderYears[a]).toBe(1);
	});

	it('lists each customer’s orders by day', () => {
		const start = table.orderStart[a];
		expect(Array.from(table.orderDay.subarray(start, start + 3))).toEqual([
			day('2024-01-10'),
			day('2024-02-10'),
			day('2024-04-10')
		]);
		expect(Array.from(table.orderValue.subarray(start, start + 3))).toEqual([150, 80, 40]);
	});

	it('computes profit with unknown costs at zero, and uses it as value on request', () => {
		expect(table.valueBasis).toBe('revenue');
		expect(table.value).toBe(table.netRevenue);
		const byProfit = buildCustomerTable(ordersFromRows(rows), { valueBasis: 'profit' });
		expect(byProfit.valueBasis).toBe('profit');
		expect(Array.from(byProfit.value)).toEqual([100, 200, 10]);
	});

	it('falls back to revenue when profit is asked for without a cost column', () => {
		const noCost = rows.map(({ cost: _cost, ...row }) => row);
		const built = buildCustomerTable(ordersFromRows(noCost), { valueBasis: 'profit' });
		expect(built.valueBasis).toBe('revenue');
		expect(built.profit).toBeNull();
	});

	it('leaves out lines on or after an earlier analysis day', () => {
		const early = buildCustomerTable(ordersFromRows(rows), { analysisDay: day('2024-04-01') });
		expect(early.ids).toEqual(['A', 'B']);
		expect(early.linesAfterAnalysisDay).toBe(3);
		expect(Array.from(early.orders)).toEqual([2, 1]);
		expect(early.recencyDays[0]).toBe(51); // 10 February → 1 April
		expect(early.returnsOnlyCustomers).toBe(2); // C, and D whose only order nets to zero
	});

	it('gives the same table whatever the order of the lines', () => {
		const shuffled = [
			rows[9],
			rows[3],
			rows[6],
			rows[0],
			rows[8],
			rows[5],
			rows[2],
			rows[7],
			rows[4],
			rows[1]
		];
		const other = buildCustomerTable(ordersFromRows(shuffled));
		for (const id of ['A', 'B', 'D']) {
			const i = table.ids.indexOf(id);
			const j = other.ids.indexOf(id);
			expect(other.netRevenue[j]).toBe(table.netRevenue[i]);
			expect(other.orders[j]).toBe(table.orders[i]);
			expect(other.gapCv[j]).toBe(table.gapCv[i]);
			expect(other.recencyDays[j]).toBe(table.recencyDays[i]);
		}
	});

	it('joins the customers file on the id and counts ids it cannot match', () => {
		const attributes = attributesFromRows([
			{ id: 'A', age: 30, city: 'London' },
			{ id: 'B', age: 50, city: 'Paris' },
			{ id: 'X', age: 20, city: 'Rome' }
		]);
		const joined = buildCustomerTable(ordersFromRows(rows), {}, attributes);
		expect(joined.unmatchedAttributeIds).toBe(1);
		expect(joined.customersWithAttributes).toBe(2);
		const age = joined.attributes.find((column) => column.name === 'age');
		const city = joined.attributes.find((column) => column.name === 'city');
		expect(age?.kind).toBe('numeric');
		if (age?.kind !== 'numeric' || city?.kind !== 'categorical') throw new Error('column kinds');
		expect(Array.from(age.values)).toEqual([30, 50, NaN]);
		expect(Array.from(city.codes, (code) => (code >= 0 ? city.values[code] : null))).toEqual([
			'London',
			'Paris',
			null
		]);
	});

	it('has no gap variation when every order falls on one day', () => {
		const sameDay = buildCustomerTable(
			ordersFromRows([
				{ customer: 'E', order: 'e1', date: '2024-06-01', amount: 5 },
				{ customer: 'E', order: 'e2', date: '2024-06-01', amount: 7 }
			])
		);
		expect(sameDay.meanGapDays[0]).toBe(0);
		expect(sameDay.gapCv[0]).toBeNaN();
	});

	it('keeps an order id used by two customers as one order each', () => {
		const shared = buildCustomerTable(
			ordersFromRows([
				{ customer: 'P', order: 'X', date: '2024-01-02', amount: 30 },
				{ customer: 'Q', order: 'X', date: '2024-01-03', amount: -5 },
				{ customer: 'P', order: 'Y', date: '2024-01-01', amount: 10 },
				{ customer: 'Q', order: 'X', date: '2024-01-03', amount: 20 }
			])
		);
		expect(shared.ids).toEqual(['P', 'Q']);
		expect(Array.from(shared.orders)).toEqual([2, 1]);
		expect(Array.from(shared.orderValue)).toEqual([10, 30, 15]);
		expect(Array.from(shared.orderCode)).toEqual([1, 0, 0]);
	});

	it('sorts orders by day even when the days span centuries', () => {
		const wide = buildCustomerTable(
			ordersFromRows([
				{ customer: 'W', order: 'a', date: '2100-01-01', amount: 1 },
				{ customer: 'W', order: 'b', date: '1800-01-01', amount: 2 },
				{ customer: 'W', order: 'c', date: '1900-01-01', amount: 3 }
			])
		);
		expect(Array.from(wide.orderValue)).toEqual([2, 3, 1]);
		expect(wide.firstOrderDay[0]).toBe(day('1800-01-01'));
		expect(wide.orderYears[0]).toBe(3);
	});

	it('computes category figures the same way with thousands of categories', () => {
		// 2,100 customers × 2,101 categories is past the dense-matrix limit of 2²² cells.
		const many: TestRow[] = Array.from({ length: 2_100 }, (_, k) => ({
			customer: `m${k}`,
			order: `m${k}`,
			date: '2024-01-01',
			amount: 5,
			category: `k${k}`
		}));
		many.push({ customer: 'm0', order: 'm0', date: '2024-01-01', amount: 15, category: 'extra' });
		many.push({ customer: 'm1', order: 'm1', date: '2024-01-01', amount: -2, category: 'extra' });
		// m2's spend on 'extra' passes through zero before it ends at 4.
		for (const amount of [3, -3, 4]) {
			many.push({ customer: 'm2', order: 'm2', date: '2024-01-01', amount, category: 'extra' });
		}
		const table = buildCustomerTable(ordersFromRows(many));
		expect(table.categoryCount?.[2]).toBe(2);
		expect(table.categoryConcentration?.[2]).toBe(5 / 9);
		expect(table.categoryCount?.[0]).toBe(2);
		expect(table.categoryConcentration?.[0]).toBe(0.75);
		expect(table.topCategory?.[0]).toBe(2_100); // 'extra', the last category seen
		expect(table.categoryCount?.[1]).toBe(1);
		expect(table.categoryConcentration?.[1]).toBe(1);
		expect(table.topCategory?.[1]).toBe(1);
	});
});

describe('buildCustomerTable and the order rule', () => {
	// The worked example of issue 10: C1's O1 = 0.1 + 0.2 − 0.3 is zero with a negative line (a
	// return); C2's O2 = 10 and C3's O3 = 5 are orders; C4's O3 = −4 is a return of its own pair.
	const example = buildCustomerTable(
		ordersFromRows([
			{ customer: 'C1', order: 'O1', date: '2024-01-01', amount: 0.1 },
			{ customer: 'C1', order: 'O1', date: '2024-01-01', amount: 0.2 },
			{ customer: 'C1', order: 'O1', date: '2024-01-01', amount: -0.3 },
			{ customer: 'C2', order: 'O2', date: '2024-01-01', amount: 10 },
			{ customer: 'C3', order: 'O3', date: '2024-01-01', amount: 5 },
			{ customer: 'C4', order: 'O3', date: '2024-01-01', amount: -4 }
		])
	);

	it('gives 2 customers with 2 orders and 2 returns-only customers for the worked example', () => {
		expect(example.ids).toEqual(['C2', 'C3']);
		expect(Array.from(example.orders)).toEqual([1, 1]);
		expect(example.returnsOnlyCustomers).toBe(2);
	});

	it('gives a value total of 15 for the worked example', () => {
		expect(example.value.reduce((sum, v) => sum + v, 0)).toBe(15);
	});

	it('counts a free order (non-negative lines summing to zero) as an order', () => {
		const free = buildCustomerTable(
			ordersFromRows([
				{ customer: 'F', order: 'f1', date: '2024-01-01', amount: 0 },
				{ customer: 'F', order: 'f1', date: '2024-01-01', amount: 0 }
			])
		);
		expect(free.ids).toEqual(['F']);
		expect(Array.from(free.orders)).toEqual([1]);
		expect(Array.from(free.value)).toEqual([0]);
	});
});

describe('buildCustomerTable with a start day', () => {
	const shop = ordersFromRows([
		{ customer: 'A', order: 'a1', date: '2024-01-05', amount: 10 },
		{ customer: 'A', order: 'a2', date: '2024-03-05', amount: 20 },
		{ customer: 'B', order: 'b1', date: '2024-01-20', amount: 7 }
	]);
	const table = buildCustomerTable(shop, {
		startDay: day('2024-02-01'),
		analysisDay: day('2024-04-01')
	});

	it('leaves out lines before the start day, and customers with no order after it', () => {
		expect(table.ids).toEqual(['A']);
		expect(Array.from(table.orders)).toEqual([1]);
		expect(Array.from(table.netRevenue)).toEqual([20]);
		expect(table.linesBeforeStartDay).toBe(2);
	});

	it('still measures recency from the analysis day', () => {
		// 2024-03-05 → 2024-04-01: 27 days.
		expect(Array.from(table.recencyDays)).toEqual([27]);
	});
});
