import { describe, expect, it } from 'vitest';
import { attributesFromRows, ordersFromRows } from '../tables/test-tables';
import { buildCustomerTable } from './customer-table';
import { groupForMovement } from './group-by-movement';

// Five customers with 1…5 orders of 10 each, the last one 1…5 days before 2024-02-01.
const rows = [1, 2, 3, 4, 5].flatMap((n) =>
	Array.from({ length: n }, (_, k) => ({
		customer: `C${n}`,
		order: `C${n}-${k}`,
		date: `2024-01-${String(31 - n + 1 - 5 * k).padStart(2, '0')}`,
		amount: 10
	}))
);
const customers = buildCustomerTable(ordersFromRows(rows), {
	analysisDay: Date.parse('2024-02-01') / 86_400_000
});

describe('groupForMovement', () => {
	it('applies given RFM cut points instead of the table’s quantiles', () => {
		const cutPoints = {
			recency: [1, 2, 3, 4],
			frequency: [1, 2, 3, 4],
			monetary: [10, 20, 30, 40]
		};
		const grouping = groupForMovement(customers, 'rfm', {}, { family: 'rfm', bins: 5, cutPoints });
		expect(grouping.source).toBe('given');
		expect(grouping.reference).toEqual({ family: 'rfm', bins: 5, cutPoints });
		// C5: recency 5 > all four cuts → R1; 5 orders → F5; 50 → M5: At Risk.
		const c5 = customers.ids.indexOf('C5');
		expect(grouping.groups[grouping.code[c5]].slug).toBe('at-risk');
	});

	it('computes the reference from the table when none is given', () => {
		const grouping = groupForMovement(customers, 'rfm');
		expect(grouping.source).toBe('computed');
		// Type-7 quintiles of 1…5: 1.8, 2.6, 3.4, 4.2.
		if (grouping.reference.family !== 'rfm') throw new Error('expected RFM');
		grouping.reference.cutPoints.recency.forEach((cut, k) =>
			expect(cut).toBeCloseTo([1.8, 2.6, 3.4, 4.2][k], 12)
		);
	});

	it('refuses a reference of another family', () => {
		expect(() =>
			groupForMovement(customers, 'abc', {}, { family: 'rfm', bins: 5, cutPoints: {} as never })
		).toThrow('a rfm reference cannot group by abc');
	});

	it('puts every customer in C when the A and B classes of the reference were empty', () => {
		const grouping = groupForMovement(
			customers,
			'abc',
			{},
			{
				family: 'abc',
				valueBasis: 'revenue',
				boundaries: { a: null, b: null }
			}
		);
		expect(Array.from(grouping.code)).toEqual([2, 2, 2, 2, 2]);
	});

	it('refuses persona clusters whose features the later table does not have', () => {
		const withAge = buildCustomerTable(
			ordersFromRows(rows),
			{ analysisDay: Date.parse('2024-02-01') / 86_400_000 },
			attributesFromRows(['C1', 'C2', 'C3', 'C4', 'C5'].map((id, i) => ({ id, age: 20 + i })))
		);
		const earlier = groupForMovement(withAge, 'persona', {
			persona: { k: 2, include: ['logValue', 'attribute:age'] }
		});
		expect(() => groupForMovement(customers, 'persona', {}, earlier.reference)).toThrow(
			/unknown persona feature 'attribute:age'/
		);
	});

	it('gives each persona the parts of its generated name', () => {
		const grouping = groupForMovement(customers, 'persona', { persona: { k: 2 } });
		// Each name is its parts in English, "buyers" last (name-persona.ts: "Frequent buyers").
		for (const group of grouping.groups) {
			const words = group.nameParts!.parts.map((part) => (part.kind === 'word' ? part.word : '?'));
			expect(group.name.toLowerCase().replace(/ \d+$/, '')).toBe(
				[...words, 'buyers'].join(' ').replace(/^buyers$/, 'typical buyers')
			);
		}
	});
});
