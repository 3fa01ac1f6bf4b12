import { describe, expect, it } from 'vitest';
import { ordersFromRows } from '../tables/test-tables';
import { computeMovement } from './compute-movement';
import { describeMovement, movementPolicy } from './movement-report';
import { FROM, movementRows, TO } from './test-movement';

const orders = ordersFromRows(movementRows());
const report = describeMovement(computeMovement(orders, { from: FROM, to: TO }));

describe('describeMovement', () => {
	// Moves checked by hand in compute-movement.test.ts (frozen RFM).
	it('lists one flow per non-empty cell with customers and value at the to-date', () => {
		expect(
			report.flows.map(({ from, to, customers, value }) => ({ from, to, customers, value }))
		).toEqual([
			{ from: 'champions', to: 'at-risk', customers: 1, value: 600 },
			{ from: 'potential-loyalist', to: 'champions', customers: 1, value: 600 },
			{ from: 'potential-loyalist', to: 'need-attention', customers: 1, value: 400 },
			{ from: 'loyal-customers', to: 'champions', customers: 1, value: 600 },
			{ from: 'about-to-sleep', to: 'lost', customers: 1, value: 200 },
			{ from: 'lost', to: 'lost', customers: 1, value: 100 },
			{ from: 'new', to: 'new-customers', customers: 1, value: 1000 }
		]);
	});

	it('gives each flow its earlier value and the change', () => {
		const flow = report.flows.find((f) => f.from === 'loyal-customers');
		expect(flow).toMatchObject({ valueBefore: 300, value: 600, valueChange: 300, isStay: false });
	});

	it('counts new, stayed, moved and critical customers', () => {
		expect(report.totals).toMatchObject({
			customers: 7,
			customersBefore: 6,
			customersAfter: 7,
			newCustomers: 1,
			stayed: 1,
			moved: 5,
			criticalCustomers: 1,
			criticalValueBefore: 600,
			goneAfter: 0,
			noOrdersLeft: 0,
			valueBefore: 2100,
			valueAfter: 3500
		});
	});

	it('sizes each group at its own date', () => {
		const champions = (side: 'from' | 'to') =>
			report.groups[side].find((g) => g.slug === 'champions');
		expect(champions('from')).toMatchObject({ customers: 1, value: 600 });
		expect(champions('to')).toMatchObject({ customers: 2, value: 1200 });
		expect(report.groups.from.at(-1)).toMatchObject({ slug: 'new', kind: 'new', customers: 1 });
	});

	it('lays the matrix out as rows of from-groups and columns of to-groups', () => {
		const row = report.matrix.rows.indexOf('champions');
		const column = report.matrix.columns.indexOf('at-risk');
		expect(report.matrix.customers[row][column]).toBe(1);
		expect(report.matrix.critical[row][column]).toBe(true);
		expect(report.matrix.customers.flat().reduce((a, b) => a + b, 0)).toBe(7);
		expect(report.matrix.rows).toHaveLength(12);
		expect(report.matrix.columns).toHaveLength(11);
	});

	it('names the policy and survives a JSON round trip unchanged', () => {
		expect(report.policy).toBe('frozen');
		expect(report.policyKey).toBe('movement.policy.frozen');
		expect(JSON.parse(JSON.stringify(report))).toEqual(report);
	});
});

describe('movementPolicy', () => {
	it('calls purchase patterns fixed and personas always frozen', () => {
		expect(movementPolicy('pattern', 'recomputed')).toBe('fixed');
		expect(movementPolicy('persona', 'recomputed')).toBe('frozen');
		expect(movementPolicy('rfm', 'recomputed')).toBe('recomputed');
	});
});
