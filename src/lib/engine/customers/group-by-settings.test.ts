import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../tables/orders-table';
import { ordersFromRows, rowsFromProfiles, TEN_PROFILES } from '../tables/test-tables';
import { buildCustomerTable } from './customer-table';
import { CustomerGrouper } from './group-by-request';
import {
	groupingRequestFromSettings,
	groupingRequestOf,
	personaNamesFromEdits
} from './group-by-settings';

const day = parseIsoDay('2024-06-01');
const orders = ordersFromRows(rowsFromProfiles(TEN_PROFILES, day));
const tenCustomers = () => buildCustomerTable(orders, { analysisDay: day });

describe('groupingRequestFromSettings', () => {
	it('asks for the default quintile scoring, the default rules and automatic personas without settings', () => {
		const request = groupingRequestFromSettings('rfm');
		expect(request.by).toBe('rfm');
		expect(request.segments.bins).toBe(5);
		expect(request.segments.cutPoints).toEqual({ recency: null, frequency: null, monetary: null });
		expect(request.segments.rules.map((rule) => rule.slug)).toContain('champions');
		expect(request.personas).toEqual({ autoK: true, k: 4, seed: 1, include: null });
		expect(request.personaNames).toEqual({});
	});

	it('reads the segments section: three bins put the ten customers in the segments three bins give', async () => {
		const customers = tenCustomers();
		const grouper = new CustomerGrouper();
		const five = await grouper.group(orders, customers, groupingRequestFromSettings('rfm'));
		const three = await new CustomerGrouper().group(
			orders,
			customers,
			groupingRequestFromSettings('rfm', { segments: { bins: 3 } })
		);
		expect(groupingRequestFromSettings('rfm', { segments: { bins: 3 } }).segments.bins).toBe(3);
		expect(Array.from(three.codes)).not.toEqual(Array.from(five.codes));
	});

	it('refuses settings the Segments view would refuse, naming the option', () => {
		expect(() => groupingRequestFromSettings('rfm', { segments: { bins: 7 } })).toThrow(
			/bins: RFM bins must be 3, 4 or 5, got 7/
		);
	});

	it('refuses a persona count out of range when k is fixed', () => {
		expect(() =>
			groupingRequestFromSettings('persona', { personas: { autoK: false, k: 40 } })
		).toThrow(/number of personas/);
	});
});

describe('groupingRequestOf', () => {
	const segments = {
		bins: 4,
		cutPoints: { recency: [10, 20, 30], frequency: null, monetary: null },
		rules: [],
		pattern: { lapsingMultiple: 2 },
		tags: []
	};
	const personas = {
		autoK: false,
		k: 3,
		seed: 9,
		include: ['orders'],
		edits: [{ key: 'k3-2', name: ' Night owls ' }]
	};

	it('keeps only the scoring and rules of the segments section', () => {
		expect(groupingRequestOf('rfm', segments, personas).segments).toEqual({
			bins: 4,
			cutPoints: { recency: [10, 20, 30], frequency: null, monetary: null },
			rules: []
		});
	});

	it('splits the personas section into the clustering options and the names of its edits', () => {
		const request = groupingRequestOf('persona', segments, personas);
		expect(request.by).toBe('persona');
		expect(request.personas).toEqual({ autoK: false, k: 3, seed: 9, include: ['orders'] });
		expect(request.personaNames).toEqual({ 'k3-2': 'Night owls' });
	});
});

describe('personaNamesFromEdits', () => {
	it('keeps the trimmed names the user gave, by persona key, and skips blank or malformed edits', () => {
		expect(
			personaNamesFromEdits([
				{ key: 'k4-1', name: '  Big spenders ' },
				{ key: 'k4-2', name: '   ' },
				{ key: 'k4-3', story: 'no name' },
				null,
				'text',
				{ key: 7, name: 'bad key' }
			])
		).toEqual({ 'k4-1': 'Big spenders' });
	});

	it('gives no names for a section without edits', () => {
		expect(personaNamesFromEdits(undefined)).toEqual({});
	});
});
