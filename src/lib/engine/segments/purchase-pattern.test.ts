import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { formatDay, parseIsoDay } from '../tables/orders-table';
import { classifyPurchasePattern } from './purchase-pattern';
import { ordersFromRows, type TestRow } from '../tables/test-tables';

const analysisDay = parseIsoDay('2024-12-31');

/** One order per offset, `offsets` in days before the analysis day. */
function customer(id: string, offsets: number[]): TestRow[] {
	return offsets.map((offset, k) => ({
		customer: id,
		order: `${id}-${k}`,
		date: formatDay(analysisDay - offset),
		amount: 10
	}));
}

const customers = buildCustomerTable(
	ordersFromRows([
		...customer('once', [40]),
		...customer('steady', [95, 65, 35, 5]), // gaps 30, 30, 30: CV 0
		...customer('edge', [13, 6, 5]), // gaps 7, 1: CV = 6 / 8 = 0.75 exactly
		...customer('bursty', [21, 6, 5]), // gaps 15, 1: CV = 14 / 16
		...customer('twice', [50, 20]),
		...customer('lapsed', [45, 35, 25]), // mean gap 10, 25 days since: lapsing
		...customer('due', [60, 40, 20]) // mean gap 20, 20 days since
	]),
	{ analysisDay }
);
const result = classifyPurchasePattern(customers);
const patternOf = (id: string) =>
	['one-time', 'regular', 'irregular'][result.pattern[customers.ids.indexOf(id)]];
const lapsingOf = (id: string) => result.lapsing[customers.ids.indexOf(id)] === 1;

describe('classifyPurchasePattern', () => {
	it('calls one order one-time', () => {
		expect(patternOf('once')).toBe('one-time');
	});

	it('calls ≥ 3 orders with gap CV ≤ 0.75 regular, the boundary included', () => {
		expect(patternOf('steady')).toBe('regular');
		expect(patternOf('edge')).toBe('regular');
		expect(patternOf('lapsed')).toBe('regular');
	});

	it('calls the rest irregular', () => {
		expect(patternOf('bursty')).toBe('irregular');
		expect(patternOf('twice')).toBe('irregular');
	});

	it('tags lapsing only when the current gap is more than twice the mean gap', () => {
		expect(lapsingOf('lapsed')).toBe(true); // 25 > 2 × 10
		expect(lapsingOf('due')).toBe(false); // 20 ≤ 2 × 20
		expect(lapsingOf('edge')).toBe(false); // 5 ≤ 2 × 4
		expect(lapsingOf('once')).toBe(false);
		expect(lapsingOf('twice')).toBe(false); // 20 ≤ 2 × 30
		expect(result.lapsingCount).toBe(1);
	});

	it('counts each pattern', () => {
		expect(result.counts).toEqual({ 'one-time': 1, regular: 4, irregular: 2 });
	});

	it('takes its thresholds from options', () => {
		const strict = classifyPurchasePattern(customers, {
			regularMinOrders: 4,
			regularMaxGapCv: 0.5,
			lapsingFactor: 3
		});
		expect(strict.counts).toEqual({ 'one-time': 1, regular: 1, irregular: 5 });
		expect(strict.lapsingCount).toBe(0); // lapsed: 25 ≤ 3 × 10
	});
});
