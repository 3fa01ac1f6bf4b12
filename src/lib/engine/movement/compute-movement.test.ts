import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { ordersFromRows } from '../tables/test-tables';
import {
	computeMovement,
	computeMovementFromTables,
	groupIndexOf,
	listCellRows,
	type MovementResult
} from './compute-movement';
import { MovementOptionsError, type MovementOptions } from './movement-options';
import { dayAfterFrom, FROM, movementRows, TO } from './test-movement';

const orders = ordersFromRows(movementRows());

/** Customer id → [from slug, to slug]. */
function moves(result: MovementResult): Record<string, [string, string]> {
	const out: Record<string, [string, string]> = {};
	for (let r = 0; r < result.rows; r++) {
		const a = result.afterEntry[r];
		const id = a >= 0 ? result.after.ids[a] : result.before.ids[result.beforeEntry[r]];
		out[id] = [result.groups[result.fromCode[r]].slug, result.groups[result.toCode[r]].slug];
	}
	return out;
}

function cell(result: MovementResult, from: string, to: string) {
	const G = result.groups.length;
	const k = groupIndexOf(result, from) * G + groupIndexOf(result, to);
	return {
		customers: result.counts[k],
		valueBefore: result.valueBefore[k],
		valueAfter: result.valueAfter[k],
		critical: result.critical[k] === 1
	};
}

const rfm = (extra: Partial<MovementOptions> = {}) =>
	computeMovement(orders, { from: FROM, to: TO, ...extra });

describe('computeMovement (RFM)', () => {
	// From-date cut points, by hand (six customers: type-7 quintiles are the 2nd…5th values):
	// recency 2|3|4|5, orders 2|3|4|5, value 200|300|400|500. Scores A 555, B 544, C 433, D 322,
	// E 211, F 111 → Champions, Potential Loyalist ×2, Loyal Customers, About To Sleep, Lost.
	it('takes the from-date cut points as type-7 quintiles of the earlier table', () => {
		const result = rfm();
		expect(result.referenceBefore).toEqual({
			family: 'rfm',
			bins: 5,
			cutPoints: { recency: [2, 3, 4, 5], frequency: [2, 3, 4, 5], monetary: [200, 300, 400, 500] }
		});
	});

	// Frozen, at the to-date: A (R1 F5 M5) At Risk, B and D (555) Champions, C (133) Need
	// Attention, E and F (111) Lost, G (R5 F1 M5) New Customers.
	it('applies the frozen cut points to the later table', () => {
		expect(moves(rfm())).toEqual({
			A: ['champions', 'at-risk'],
			B: ['potential-loyalist', 'champions'],
			C: ['potential-loyalist', 'need-attention'],
			D: ['loyal-customers', 'champions'],
			E: ['about-to-sleep', 'lost'],
			F: ['lost', 'lost'],
			G: ['new', 'new-customers']
		});
	});

	// Recomputed on seven customers: recency cuts 1.2|41.6|102.2|104.6, orders 1.2|2.8|5.2|6,
	// value 240|480|600|600 → A 343 and B, D 543 Potential Loyalist, C 232 Loyal Customers,
	// E 121 and F 111 Lost, G 415 Promising.
	it('recomputes the later cut points when asked', () => {
		const result = rfm({ cutPoints: 'recomputed' });
		const expected = {
			recency: [1.2, 41.6, 102.2, 104.6],
			frequency: [1.2, 2.8, 5.2, 6],
			monetary: [240, 480, 600, 600]
		};
		if (result.referenceAfter.family !== 'rfm') throw new Error('expected an RFM reference');
		const { cutPoints } = result.referenceAfter;
		for (const dimension of ['recency', 'frequency', 'monetary'] as const) {
			cutPoints[dimension].forEach((cut, k) => expect(cut).toBeCloseTo(expected[dimension][k], 9));
		}
		expect(moves(result)).toEqual({
			A: ['champions', 'potential-loyalist'],
			B: ['potential-loyalist', 'potential-loyalist'],
			C: ['potential-loyalist', 'loyal-customers'],
			D: ['loyal-customers', 'potential-loyalist'],
			E: ['about-to-sleep', 'lost'],
			F: ['lost', 'lost'],
			G: ['new', 'promising']
		});
	});

	it('sums the value of each cell at both dates', () => {
		const result = rfm();
		expect(cell(result, 'potential-loyalist', 'champions')).toEqual({
			customers: 1,
			valueBefore: 500,
			valueAfter: 600,
			critical: false
		});
		expect(cell(result, 'new', 'new-customers')).toMatchObject({
			customers: 1,
			valueBefore: 0,
			valueAfter: 1000
		});
	});

	it('flags Champions → At Risk as a critical downgrade', () => {
		expect(cell(rfm(), 'champions', 'at-risk')).toMatchObject({ customers: 1, critical: true });
	});

	it('flags only the pairs given when the list is changed', () => {
		const result = rfm({ criticalDowngrades: [['about-to-sleep', 'lost']] });
		expect(cell(result, 'champions', 'at-risk').critical).toBe(false);
		expect(cell(result, 'about-to-sleep', 'lost').critical).toBe(true);
	});

	it('puts customers with no order in the last goneAfterDays days in Gone', () => {
		// At the to-date A, C, E, F last ordered 101, 103, 105, 106 days before.
		const result = rfm({ includeGone: true, goneAfterDays: 100 });
		expect(moves(result)).toMatchObject({
			A: ['champions', 'gone'],
			B: ['potential-loyalist', 'champions'],
			C: ['potential-loyalist', 'gone'],
			E: ['about-to-sleep', 'gone'],
			F: ['lost', 'gone'],
			G: ['new', 'new-customers']
		});
		expect(cell(result, 'champions', 'gone').critical).toBe(true);
		expect(result.toGroups.map((k) => result.groups[k].slug)).toContain('gone');
	});

	it('leaves Gone out of the rows and columns unless chosen', () => {
		const result = rfm();
		const slugs = (list: number[]) => list.map((k) => result.groups[k].slug);
		expect(slugs(result.fromGroups)).not.toContain('gone');
		expect(slugs(result.toGroups)).not.toContain('gone');
		expect(slugs(result.fromGroups).at(-1)).toBe('new');
	});

	it('lists the customers of one cell, of a whole row, and of everyone', () => {
		const result = rfm();
		const ids = (rows: Int32Array) => Array.from(rows, (r) => result.after.ids[r]).sort();
		const pl = groupIndexOf(result, 'potential-loyalist');
		const champions = groupIndexOf(result, 'champions');
		expect(ids(listCellRows(result, pl, champions))).toEqual(['B']);
		expect(ids(listCellRows(result, pl, null))).toEqual(['B', 'C']);
		expect(ids(listCellRows(result, null, champions))).toEqual(['B', 'D']);
		expect(listCellRows(result, null, null).length).toBe(7);
	});

	it('gives the same answer from prebuilt tables', () => {
		const before = buildCustomerTable(orders, { analysisDay: Date.parse(FROM) / 86_400_000 });
		const after = buildCustomerTable(orders, { analysisDay: Date.parse(TO) / 86_400_000 });
		const result = computeMovementFromTables(before, after, { from: FROM, to: TO });
		expect(Array.from(result.counts)).toEqual(Array.from(rfm().counts));
	});

	it('refuses tables built at other dates than the options say', () => {
		const before = buildCustomerTable(orders, { analysisDay: Date.parse(FROM) / 86_400_000 });
		const after = buildCustomerTable(orders, { analysisDay: Date.parse(TO) / 86_400_000 + 1 });
		expect(() => computeMovementFromTables(before, after, { from: FROM, to: TO })).toThrow(
			/built at the from- and to-date/
		);
	});
});

describe('computeMovement (other families)', () => {
	// From-date values 600…100 (total 2100): A–D reach 1800 ≥ 80% only with E, so A–D are class A
	// (lowest value 300), E is B (200), F is C. Frozen: every later value ≥ 300 is A.
	it('keeps the from-date ABC value boundaries when frozen', () => {
		const result = computeMovement(orders, { from: FROM, to: TO, family: 'abc' });
		expect(result.referenceBefore).toMatchObject({ boundaries: { a: 300, b: 200 } });
		expect(moves(result)).toEqual({
			A: ['a', 'a'],
			B: ['a', 'a'],
			C: ['a', 'a'],
			D: ['a', 'a'],
			E: ['b', 'b'],
			F: ['c', 'c'],
			G: ['new', 'a']
		});
	});

	// Later total 3500: G 1000, then the three 600s reach 2800 = 80%, so C (400) starts at 2800
	// and is B, E (200, from 3200 < 3325) B, F C.
	it('recomputes ABC classes on the later table when asked', () => {
		const result = computeMovement(orders, {
			from: FROM,
			to: TO,
			family: 'abc',
			cutPoints: 'recomputed'
		});
		expect(moves(result)).toMatchObject({
			C: ['a', 'b'],
			E: ['b', 'b'],
			F: ['c', 'c'],
			G: ['new', 'a']
		});
	});

	// B's and D's late orders break their ten-day rhythm (gap CVs above 0.75): regular →
	// irregular, a critical move.
	it('moves customers between purchase patterns', () => {
		const result = computeMovement(orders, { from: FROM, to: TO, family: 'pattern' });
		expect(moves(result)).toEqual({
			A: ['regular', 'regular'],
			B: ['regular', 'irregular'],
			C: ['regular', 'regular'],
			D: ['regular', 'irregular'],
			E: ['irregular', 'irregular'],
			F: ['one-time', 'one-time'],
			G: ['new', 'one-time']
		});
		expect(cell(result, 'regular', 'irregular')).toMatchObject({ customers: 2, critical: true });
	});

	it('applies the from-date persona clusters to the later table', () => {
		const result = computeMovement(orders, {
			from: FROM,
			to: TO,
			family: 'persona',
			persona: { k: 2, seed: 1 }
		});
		const reference = result.referenceBefore;
		if (reference.family !== 'persona') throw new Error('expected a persona reference');
		expect(result.referenceAfter).toEqual(reference);
		// Nearest centroid by hand, from the reference's own means, scales and centroids.
		const dims = reference.featureNames.length;
		const features = (i: number) => [
			Math.sign(result.after.value[i]) * Math.log1p(Math.abs(result.after.value[i])),
			Math.log(result.after.orders[i]),
			result.after.recencyDays[i],
			Math.sign(result.after.averageOrderValue[i]) *
				Math.log1p(Math.abs(result.after.averageOrderValue[i]))
		];
		expect(reference.featureNames).toEqual(['logValue', 'logOrders', 'recencyDays', 'aov']);
		for (let i = 0; i < result.after.count; i++) {
			const x = features(i);
			const distances = Array.from({ length: reference.k }, (_, p) => {
				let d = 0;
				for (let f = 0; f < dims; f++) {
					const z =
						reference.scales[f] === 0 ? 0 : (x[f] - reference.means[f]) / reference.scales[f];
					d += (z - reference.centroids[p * dims + f]) ** 2;
				}
				return d;
			});
			expect(result.toCode[i]).toBe(distances.indexOf(Math.min(...distances)));
		}
	});
});

describe('computeMovement (period start)', () => {
	it('leaves lines before the dataset-wide start day out at both dates', () => {
		// From 25 days before the from-date: A keeps its orders of days −1, −11, −21; F (day −6)
		// keeps its only one; nobody's earlier orders count.
		const startDay = Date.parse(dayAfterFrom(-25)) / 86_400_000;
		const result = computeMovement(orders, { from: FROM, to: TO }, { tableOptions: { startDay } });
		const a = result.before.ids.indexOf('A');
		expect(result.before.orders[a]).toBe(3);
		expect(result.before.value[a]).toBe(300);
		expect(result.after.orders[result.after.ids.indexOf('A')]).toBe(3);
	});
});

describe('computeMovement (customers whose orders became returns)', () => {
	it('puts them in "No orders left" at the to-date', () => {
		const rows = [
			...movementRows(),
			{ customer: 'H', order: 'H1', date: dayAfterFrom(-5), amount: 50 },
			{ customer: 'H', order: 'H1', date: dayAfterFrom(10), amount: -50 }
		];
		const result = computeMovement(ordersFromRows(rows), { from: FROM, to: TO });
		expect(result.rows).toBe(8);
		expect(moves(result).H[1]).toBe('no-orders');
		expect(result.toGroups.map((k) => result.groups[k].slug)).toContain('no-orders');
		expect(cell(result, moves(result).H[0], 'no-orders')).toMatchObject({
			customers: 1,
			valueBefore: 50,
			valueAfter: 0
		});
	});
});

describe('computeMovement (bad dates)', () => {
	const problems = (options: MovementOptions): string[] => {
		try {
			computeMovement(orders, options);
		} catch (error) {
			if (error instanceof MovementOptionsError) return error.problems.map((p) => p.message);
			throw error;
		}
		return [];
	};

	it('says when the from-date is on or before the first order', () => {
		// The first order is A's sixth-last: 51 days before the from-date.
		const first = dayAfterFrom(-51);
		expect(problems({ from: first, to: TO })).toEqual([
			`The from-date ${first} is on or before the first order (${first}): no customer had ordered yet. Choose a from-date after ${first}.`
		]);
		expect(problems({ from: dayAfterFrom(-50), to: TO })).toEqual([]);
	});

	it('says when the dates are in the wrong order', () => {
		expect(problems({ from: TO, to: FROM })).toEqual([
			`The from-date ${TO} is after the to-date ${FROM}: swap them.`
		]);
	});

	it('says when both dates are equal', () => {
		expect(problems({ from: FROM, to: FROM })).toEqual([
			`Both dates are ${FROM}: choose an earlier from-date to see who moved.`
		]);
	});
});
