import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { ordersFromRows } from '../tables/test-tables';
import { DEFAULT_VALUE_OPTIONS, type ValueOptions } from './value-options';
import {
	analyseValue,
	predictedOrder,
	topCustomersFile,
	ValueMemo,
	type PredictedColumn
} from './value-session';

// By hand: A 150, B 30, C 70 (value order A, C, B).
const orders = ordersFromRows([
	{ customer: 'A', date: '2024-01-02', amount: 150 },
	{ customer: 'B', date: '2024-01-03', amount: 30 },
	{ customer: 'C', date: '2024-01-04', amount: 70 }
]);
const customers = buildCustomerTable(orders);
const entry = (id: string) => customers.ids.indexOf(id);
const options = (predicted: ValueOptions['predicted']): ValueOptions => ({
	...DEFAULT_VALUE_OPTIONS,
	topN: 3,
	predicted
});
/** Predicted values by hand: B 500, A 10, C none (first purchase after the cut-off). */
function predicted(): PredictedColumn & { status: 'computed' } {
	const values = new Float64Array(customers.count).fill(NaN);
	values[entry('B')] = 500;
	values[entry('A')] = 10;
	return { status: 'computed', calibrationEnd: '2024-01-03', horizonDays: 365, values };
}

describe('the Value session', () => {
	it('keeps the computation for the same customer table', () => {
		const memo = new ValueMemo();
		const first = memo.get(customers, options('off'));
		expect(memo.get(customers, options('off'))).toBe(first);
		memo.clear();
		expect(memo.get(customers, options('off'))).not.toBe(first);
	});

	it('refuses a bad option before any work, naming it', () => {
		expect(() => new ValueMemo().get(customers, { ...options('off'), topN: -1 })).toThrow(/topN/);
	});

	it('orders by predicted value, customers without one last in value order', () => {
		const memo = new ValueMemo();
		const { pareto } = memo.get(customers, options('off'));
		const order = predictedOrder(predicted().values, pareto.order);
		expect(Array.from(order, (e) => customers.ids[e])).toEqual(['B', 'A', 'C']);
	});

	it('does not ask for the prediction when it is off', async () => {
		let asked = 0;
		const computation = new ValueMemo().get(customers, options('off'));
		const report = await analyseValue(computation, orders, options('off'), async () => {
			asked++;
			return predicted();
		});
		expect(report.predicted).toBeNull();
		expect(asked).toBe(0);
	});

	it('shows each top customer’s predicted value beside the value order', async () => {
		const computation = new ValueMemo().get(customers, options('show'));
		const report = await analyseValue(computation, orders, options('show'), async () =>
			predicted()
		);
		expect(report.top.map((row) => row.id)).toEqual(['A', 'C', 'B']);
		expect(report.predicted).toEqual({
			status: 'computed',
			calibrationEnd: '2024-01-03',
			horizonDays: 365,
			ranked: false,
			values: [10, null, 500]
		});
	});

	it('ranks the list and its file by predicted value when asked to', async () => {
		const computation = new ValueMemo().get(customers, options('rank'));
		const report = await analyseValue(computation, orders, options('rank'), async () =>
			predicted()
		);
		expect(report.top.map((row) => [row.rank, row.id])).toEqual([
			[1, 'B'],
			[2, 'A'],
			[3, 'C']
		]);
		const file = await topCustomersFile(computation, options('rank'), 'Shop', '', async () =>
			predicted()
		);
		const ids = file.csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n')
			.slice(1);
		expect(ids.map((line) => line.split(',')[0])).toEqual(['B', 'A', 'C']);
	});

	it('reports a failed model in words and keeps the value order', async () => {
		const failed: PredictedColumn = {
			status: 'failed',
			reason: 'no one bought again',
			suggestion: 'wait'
		};
		const computation = new ValueMemo().get(customers, options('rank'));
		const report = await analyseValue(computation, orders, options('rank'), async () => failed);
		expect(report.predicted).toEqual(failed);
		expect(report.top.map((row) => row.id)).toEqual(['A', 'C', 'B']);
	});
});
