import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { computePareto, giniCoefficient, sortByValueDescending } from './pareto';
import { ordersFromRows, type TestRow } from '../tables/test-tables';

/** One order per customer with the given value (a negative net value needs a return). */
function shop(values: Record<string, number>): TestRow[] {
	const rows: TestRow[] = [];
	for (const [customer, value] of Object.entries(values)) {
		if (value > 0)
			rows.push({ customer, order: `${customer}-1`, date: '2024-03-01', amount: value });
		else {
			rows.push({ customer, order: `${customer}-1`, date: '2024-03-01', amount: 10 });
			rows.push({ customer, order: `${customer}-r`, date: '2024-03-02', amount: value - 10 });
		}
	}
	return rows;
}

describe('computePareto', () => {
	// By hand: sorted 50, 20, 15, 10, 5 (total 100); cumulative 50, 70, 85, 95, 100.
	const five = computePareto(
		buildCustomerTable(ordersFromRows(shop({ D: 10, A: 50, E: 5, B: 20, C: 15 })))
	);

	it('sorts customers by value descending', () => {
		expect(Array.from(five.order, (i) => five.values[i])).toEqual([50, 20, 15, 10, 5]);
		expect(five.total).toBe(100);
	});

	it('takes the top share over the top ⌈0.2·N⌉ customers', () => {
		expect(five.topCount).toBe(1);
		expect(five.topShare).toBe(0.5);
	});

	it('finds the smallest share of customers reaching 80% of value', () => {
		expect(five.countFor80).toBe(3);
		expect(five.shareFor80).toBe(0.6);
	});

	it('computes the Gini coefficient as the mean absolute difference over twice the mean', () => {
		// Σ|xi − xj| over ordered pairs = 400; 2·n²·mean = 2·25·20 = 1000.
		expect(five.gini).toBeCloseTo(0.4, 12);
	});

	it('puts the first 80% of value in A, the next 15% in B and the rest in C', () => {
		expect(five.abcSummary.A).toEqual({ count: 3, value: 85, valueShare: 0.85 });
		expect(five.abcSummary.B).toEqual({ count: 1, value: 10, valueShare: 0.1 });
		expect(five.abcSummary.C).toEqual({ count: 1, value: 5, valueShare: 0.05 });
		expect(Array.from(five.order, (i) => five.abc[i])).toEqual([0, 0, 0, 1, 2]);
	});

	it('keeps negative values in the shares but clips them at zero for Gini', () => {
		// F nets −20: total 80, top ⌈1.2⌉ = 2 customers bring 70/80, 64 is reached after 2 of 6.
		const six = computePareto(
			buildCustomerTable(ordersFromRows(shop({ A: 50, B: 20, C: 15, D: 10, E: 5, F: -20 })))
		);
		expect(six.total).toBe(80);
		expect(six.topCount).toBe(2);
		expect(six.topShare).toBe(70 / 80);
		expect(six.shareFor80).toBe(2 / 6);
		// Clipped values 0, 5, 10, 15, 20, 50: Σ|xi − xj| = 600, 2·36·(100/6) = 1200.
		expect(six.gini).toBeCloseTo(0.5, 12);
		expect(six.abcSummary.A.count).toBe(2);
		expect(six.abcSummary.B.count).toBe(1);
		expect(six.abcSummary.C).toMatchObject({ count: 3, value: -5 });
	});

	it('downsamples the curve to the origin, then evenly spaced ranks to the end', () => {
		const coarse = computePareto(
			buildCustomerTable(ordersFromRows(shop({ A: 50, B: 20, C: 15, D: 10, E: 5 }))),
			{ maxPoints: 3 }
		);
		expect(Array.from(coarse.curve.rank)).toEqual([0, 3, 5]);
		expect(Array.from(coarse.curve.customerShare)).toEqual([0, 0.6, 1]);
		expect(Array.from(coarse.curve.valueShare)).toEqual([0, 0.85, 1]);
		expect(five.curve.rank.length).toBe(6);
	});

	it('keeps every rank of the head of a downsampled curve, where the top customers are', () => {
		const values: Record<string, number> = {};
		for (let i = 1; i <= 40; i++) values[`C${i}`] = i;
		const curve = computePareto(buildCustomerTable(ordersFromRows(shop(values))), {
			maxPoints: 12
		}).curve;
		// 12 points: a head of ⌊12/4⌋ = 3 ranks (0, 1, 2), then 9 points from rank 2 to 40.
		expect(Array.from(curve.rank.slice(0, 3))).toEqual([0, 1, 2]);
		expect(curve.rank[11]).toBe(40);
		expect(Array.from(curve.rank).every((r, i) => i === 0 || r > curve.rank[i - 1])).toBe(true);
	});

	it('refuses a profit basis without a cost column', () => {
		const table = buildCustomerTable(ordersFromRows(shop({ A: 1 })));
		expect(() => computePareto(table, { basis: 'profit' })).toThrow(/cost/);
	});
});

describe('sortByValueDescending', () => {
	it('keeps table order among equal values', () => {
		expect(Array.from(sortByValueDescending(Float64Array.from([3, 7, 3, 7, 1])))).toEqual([
			1, 3, 0, 2, 4
		]);
	});
});

describe('giniCoefficient', () => {
	it('is 0 for equal values and (n − 1)/n when one customer has everything', () => {
		expect(giniCoefficient([4, 4, 4, 4])).toBeCloseTo(0, 12);
		expect(giniCoefficient([0, 0, 0, 9])).toBeCloseTo(0.75, 12);
		expect(giniCoefficient([])).toBe(0);
	});
});
