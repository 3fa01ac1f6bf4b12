import { describe, expect, it } from 'vitest';
import { buildCustomerTable, type CustomerTable } from '../customers/customer-table';
import {
	groupCustomers,
	groupingFromAssignments,
	type CustomerGrouping
} from '../customers/group-by';
import { ordersFromRows, type TestRow } from '../tables/test-tables';
import type { OrdersTable } from '../tables/orders-table';
import { clvByGroup, type ClvByGroup } from './clv-by-group';
import { DEFAULT_CLV_OPTIONS, JOINED_CLV_OPTIONS, type ClvOptions } from './clv-options';
import { computeClv, withMargin, type ClvResult } from './compute-clv';
import { cdnowRows } from '../../../../tests/unit/cdnow-sample';

function fit(orders: OrdersTable, options: ClvOptions): ClvResult {
	const result = computeClv(orders, options);
	if (result.status !== 'computed') throw new Error(result.reason);
	return result;
}

function computed(answer: ReturnType<typeof clvByGroup>): ClvByGroup {
	if (answer.status !== 'computed') throw new Error(answer.reason);
	return answer;
}

/**
 * Per group, by customer id (not by the engine's join): Σ CLV, Σ expected purchases, Σ P(alive)
 * and the customers the fit predicts, from the fit's per-customer columns.
 */
function sumsById(
	result: ClvResult,
	orders: OrdersTable,
	customers: CustomerTable,
	grouping: CustomerGrouping
) {
	const byId = new Map<string, number>();
	for (let i = 0; i < result.summary.count; i++) {
		byId.set(orders.customer.values[result.summary.customerCode[i]], i);
	}
	const sums = grouping.labels.map(() => ({ value: 0, purchases: 0, alive: 0, predicted: 0 }));
	customers.ids.forEach((id, entry) => {
		const i = byId.get(id);
		if (i === undefined) return;
		const group = sums[grouping.codes[entry]];
		group.value += result.customers!.clv![i];
		group.purchases += result.customers!.expectedPurchases[i];
		group.alive += result.customers!.pAlive[i];
		group.predicted++;
	});
	return sums;
}

describe('clvByGroup on CDNOW with the joined fit (calibration to the last day)', () => {
	const orders = ordersFromRows(cdnowRows());
	const customers = buildCustomerTable(orders);
	const result = fit(orders, JOINED_CLV_OPTIONS);

	it('calibrates to the last day of the data, 1998-06-30, with no holdout', () => {
		const answer = computed(clvByGroup(result, customers, groupCustomers(customers, 'abc')));
		expect(answer.calibrationEnd).toBe('1998-06-30');
		expect(answer.holdoutEnd).toBeNull();
		expect(result.holdout).toBeNull();
	});

	it.each(['rfm', 'abc', 'pattern'] as const)(
		'sums each %s group’s CLV, expected purchases and P(alive) as the customers’ own figures add up',
		(family) => {
			const grouping = groupCustomers(customers, family);
			const answer = computed(clvByGroup(result, customers, grouping));
			const expected = sumsById(result, orders, customers, grouping);
			expect(answer.groups.map((g) => g.name)).toEqual(grouping.labels);
			answer.groups.forEach((row, g) => {
				expect(row.predicted).toBe(expected[g].predicted);
				expect(row.expectedValue).toBeCloseTo(expected[g].value, 6);
				expect(row.expectedPurchases).toBeCloseTo(expected[g].purchases, 8);
				if (row.predicted > 0) {
					expect(row.meanValue).toBeCloseTo(expected[g].value / expected[g].predicted, 8);
					expect(row.meanPAlive).toBeCloseTo(expected[g].alive / expected[g].predicted, 12);
				} else expect(row.meanPAlive).toBeNull();
			});
		}
	);

	it('predicts every one of the 2,357 customers, and the groups add up to the total', () => {
		const answer = computed(clvByGroup(result, customers, groupCustomers(customers, 'rfm')));
		expect(answer.total.customers).toBe(2357);
		expect(answer.total.predicted).toBe(2357);
		const sum = answer.groups.reduce((s, g) => s + g.expectedValue!, 0);
		expect(sum / answer.total.expectedValue!).toBeCloseTo(1, 12);
		const shares = answer.groups.reduce((s, g) => s + (g.valueShare ?? 0), 0);
		expect(shares).toBeCloseTo(1, 12);
	});

	it('reports a revenue CLV without a margin', () => {
		const answer = computed(clvByGroup(result, customers, groupCustomers(customers, 'abc')));
		expect(answer.margin).toBeNull();
		expect(answer.valueKind).toBe('revenue');
	});

	it('multiplies every customer’s money CLV by the margin exactly, and nothing else', () => {
		const contribution = fit(orders, { ...JOINED_CLV_OPTIONS, margin: 0.3 });
		const revenue = result.customers!;
		const margined = contribution.customers!;
		for (let i = 0; i < result.summary.count; i++) {
			expect(margined.clv![i]).toBe(0.3 * revenue.clv![i]);
		}
		expect(margined.expectedSpend).toEqual(revenue.expectedSpend);
		expect(margined.pAlive).toEqual(revenue.pAlive);
		const grouping = groupCustomers(customers, 'abc');
		const answer = computed(clvByGroup(contribution, customers, grouping));
		const plain = computed(clvByGroup(result, customers, grouping));
		expect(answer.valueKind).toBe('contribution');
		expect(answer.margin).toBe(0.3);
		answer.groups.forEach((row, g) => {
			expect(row.expectedValue! / (0.3 * plain.groups[g].expectedValue!)).toBeCloseTo(1, 12);
			expect(row.meanPAlive).toBe(plain.groups[g].meanPAlive);
		});
	});

	it('gives a revenue fit the margin without fitting again, equal to a fit with that margin', () => {
		const refitted = fit(orders, { ...JOINED_CLV_OPTIONS, margin: 0.3 });
		const scaled = withMargin(result, 0.3);
		expect(scaled.margin).toBe(0.3);
		expect(scaled.customers!.clv).toEqual(refitted.customers!.clv);
		expect(result.customers!.clv![0]).not.toBe(scaled.customers!.clv![0]);
		expect(withMargin(result, null)).toBe(result);
		expect(() => withMargin(refitted, 0.5)).toThrow(/already has a margin/);
	});

	it('applies a margin given with the grouping to the revenue fit', () => {
		const grouping = groupCustomers(customers, 'abc');
		const refitted = fit(orders, { ...JOINED_CLV_OPTIONS, margin: 0.3 });
		expect(clvByGroup(result, customers, grouping, 0.3)).toEqual(
			clvByGroup(refitted, customers, grouping)
		);
	});

	it('throws when the grouping is of another table', () => {
		const grouping = groupingFromAssignments('abc', ['A'], [0, 0], 2);
		expect(() => clvByGroup(result, customers, grouping)).toThrow(/2 customers.*2357/);
	});
});

describe('clvByGroup on customers the fit does not predict', () => {
	// CDNOW calibrated to 1997-09-30, plus one customer whose first purchase comes after it.
	const rows = [...cdnowRows(), { customer: 'late', date: '1998-01-15', amount: 30 }];
	const orders = ordersFromRows(rows);
	const customers = buildCustomerTable(orders);
	const result = fit(orders, { ...DEFAULT_CLV_OPTIONS, calibrationEnd: '1997-09-30' });
	const late = customers.ids.indexOf('late');
	const codes = Array.from({ length: customers.count }, (_, e) => (e === late ? 1 : 0));
	const grouping = groupingFromAssignments(
		'persona',
		['Everyone else', 'Late'],
		codes,
		codes.length
	);
	const answer = computed(clvByGroup(result, customers, grouping));

	it('counts them in their group but gives the group no means', () => {
		expect(answer.groups[1]).toMatchObject({
			customers: 1,
			predicted: 0,
			expectedValue: 0,
			meanValue: null,
			meanPAlive: null,
			meanExpectedPurchases: null
		});
	});

	it('leaves them out of the other figures', () => {
		expect(answer.total.customers).toBe(2358);
		expect(answer.total.predicted).toBe(2357);
		expect(answer.groups[0].predicted).toBe(2357);
	});
});

describe('clvByGroup when a model fails', () => {
	const day = (d: number) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);

	it('answers with the BG/NBD failure when there is nothing to predict with', () => {
		const orders = ordersFromRows(
			[0, 10, 30].map((d) => ({ customer: 'solo', date: day(d), amount: 20 }))
		);
		const customers = buildCustomerTable(orders);
		const answer = clvByGroup(
			computeClv(orders, JOINED_CLV_OPTIONS),
			customers,
			groupCustomers(customers, 'abc')
		);
		expect(answer).toMatchObject({ status: 'failed', reason: expect.stringContaining('only 1') });
	});

	it('gives P(alive) and purchases but no value when only Gamma-Gamma fails, and says why', () => {
		// Repeat buyers, but one only with a positive repeat spend: Gamma-Gamma cannot be fitted.
		const rows: TestRow[] = [];
		for (let c = 0; c < 40; c++) {
			rows.push({ customer: `c${c}`, date: day(c % 20), amount: 10 + c });
			if (c % 3 === 0) rows.push({ customer: `c${c}`, date: day(40 + c), amount: c === 0 ? 5 : 0 });
		}
		const orders = ordersFromRows(rows);
		const customers = buildCustomerTable(orders);
		const answer = computed(
			clvByGroup(
				computeClv(orders, JOINED_CLV_OPTIONS),
				customers,
				groupCustomers(customers, 'abc')
			)
		);
		expect(answer.valueFailure).toMatchObject({ status: 'failed' });
		expect(answer.total.expectedValue).toBeNull();
		expect(answer.total.meanValue).toBeNull();
		expect(answer.total.meanPAlive).not.toBeNull();
		expect(JSON.stringify(answer)).not.toMatch(/NaN|Infinity/);
	});
});
