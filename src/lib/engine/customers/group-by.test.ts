import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../tables/orders-table';
import { ordersFromRows, rowsFromProfiles, TEN_PROFILES } from '../tables/test-tables';
import { buildCustomerTable } from './customer-table';
import { groupCustomers, groupingFromAssignments, groupKey, groupNameParts } from './group-by';

const day = parseIsoDay('2024-06-01');
const tenCustomers = () =>
	buildCustomerTable(ordersFromRows(rowsFromProfiles(TEN_PROFILES, day)), { analysisDay: day });

describe('groupCustomers', () => {
	it('groups by RFM segment with the default rules (the hand-checked ten customers)', () => {
		// Segments worked out by hand in segment-rules.test.ts.
		const grouping = groupCustomers(tenCustomers(), 'rfm');
		const named = Array.from(grouping.codes, (code) => grouping.keys[code]);
		expect(named).toEqual([
			'champions',
			'new-customers',
			'potential-loyalist',
			'potential-loyalist',
			'new-customers',
			'potential-loyalist',
			'loyal-customers',
			'about-to-sleep',
			'cant-lose-them',
			'lost'
		]);
		expect(grouping.labels[0]).toBe('Champions');
		expect(grouping.labels.at(-1)).toBe('Others');
		expect(grouping.family).toBe('rfm');
	});

	it('groups by purchase pattern: one order, ≥ 3 evenly spaced orders, the rest', () => {
		// c1 (8 orders, 10 days apart) and c3 (5) and c7 (3) are regular (gap CV 0); 1-order
		// customers are one-time; c4, c6, c9 have 2 orders: irregular.
		const grouping = groupCustomers(tenCustomers(), 'pattern');
		expect(grouping.labels).toEqual(['one-time', 'regular', 'irregular']);
		const named = Array.from(grouping.codes, (code) => grouping.labels[code]);
		expect(named).toEqual([
			'regular',
			'one-time',
			'regular',
			'irregular',
			'one-time',
			'irregular',
			'regular',
			'one-time',
			'irregular',
			'one-time'
		]);
	});

	it('groups by ABC class of value', () => {
		// Values c1…c10: 1000, 10, 400, 100, 20, 50, 80, 20, 100, 20 (total 1800). By value
		// descending (ties in table order), A while the value before is under 1440: c1 (0), c3
		// (1000), c4 (1400); B under 1710: c9 (1500), c7 (1600), c6 (1680); C: c5, c8, c10, c2.
		const grouping = groupCustomers(tenCustomers(), 'abc');
		const named = Array.from(grouping.codes, (code) => grouping.labels[code]).join('');
		expect(named).toBe('ACAACBBCBC');
	});
});

describe('groupingFromAssignments', () => {
	it('takes labels and one code per customer, with distinct keys', () => {
		const grouping = groupingFromAssignments(
			'persona',
			['Big Spenders', 'Big spenders!', ''],
			[0, 1, 2],
			3
		);
		expect(grouping.keys).toEqual(['big-spenders', 'big-spenders-2', 'group-3']);
		expect(Array.from(grouping.codes)).toEqual([0, 1, 2]);
	});

	it('names the first entry whose code is not a group, and a length mismatch', () => {
		expect(() => groupingFromAssignments('persona', ['a', 'b'], [0, 2], 2)).toThrow(
			/entry 1 has group 2/
		);
		expect(() => groupingFromAssignments('persona', ['a'], [0], 2)).toThrow(/1 assignments for 2/);
	});

	it('keeps the generated names’ parts one per label, for the interface to word', () => {
		const parts = { parts: [{ kind: 'word' as const, word: 'frequent' }], number: null };
		const grouping = groupingFromAssignments('persona', ['Frequent buyers', 'Ours'], [1, 0], 2, [
			parts,
			null
		]);
		expect(groupNameParts(grouping)).toEqual([parts, null]);
	});

	it('refuses name parts that are not one per label', () => {
		expect(() => groupingFromAssignments('persona', ['a', 'b'], [0, 1], 2, [null])).toThrow(
			/1 name parts for 2 labels/
		);
	});

	it('gives no name parts to a grouping without them', () => {
		expect(groupNameParts(groupingFromAssignments('pattern', ['a', 'b'], [0, 1], 2))).toEqual([
			null,
			null
		]);
	});

	it('makes keys from names as slugs', () => {
		expect(groupKey("Can't Lose Them")).toBe('cant-lose-them');
		expect(groupKey('Café Crème')).toBe('cafe-creme');
	});
});
