import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { parseIsoDay } from '../tables/orders-table';
import { scoreRfm, type RfmResult } from './rfm';
import {
	assignSegments,
	DEFAULT_SEGMENT_RULES,
	explainSegment,
	findUnreachableRules,
	parseSegmentRules,
	serialiseSegmentRules,
	SegmentRulesError,
	type SegmentRule
} from './segment-rules';
import { ordersFromRows, rowsFromProfiles, TEN_PROFILES } from '../tables/test-tables';

const rule = (
	slug: string,
	recency: [number, number],
	frequency: [number, number],
	monetary: [number, number]
): SegmentRule => ({
	slug,
	name: slug,
	colour: '#000000',
	action: '',
	recency,
	frequency,
	monetary
});

/** RfmResult over every one of the b³ score cells, one customer per cell. */
function everyCell(bins: number): RfmResult {
	const r: number[] = [];
	const f: number[] = [];
	const m: number[] = [];
	for (let a = 1; a <= bins; a++)
		for (let b = 1; b <= bins; b++)
			for (let c = 1; c <= bins; c++) {
				r.push(a);
				f.push(b);
				m.push(c);
			}
	const none = { recency: [], frequency: [], monetary: [] };
	return {
		bins,
		recency: Uint8Array.from(r),
		frequency: Uint8Array.from(f),
		monetary: Uint8Array.from(m),
		cutPoints: none,
		cutPointSource: { recency: 'user', frequency: 'user', monetary: 'user' }
	};
}

describe('DEFAULT_SEGMENT_RULES', () => {
	it('follows DOMAIN.md’s table in order', () => {
		const table = DEFAULT_SEGMENT_RULES.map(
			(r) => `${r.name} ${r.recency.join('–')}/${r.frequency.join('–')}/${r.monetary.join('–')}`
		);
		expect(table).toEqual([
			'Champions 5–5/5–5/5–5',
			'Potential Loyalist 3–5/3–5/2–5',
			'Loyal Customers 2–4/2–4/2–4',
			'Promising 3–4/1–3/3–5',
			'New Customers 4–5/1–3/1–5',
			"Can't Lose Them 1–2/3–4/4–5",
			'At Risk 1–2/2–5/4–5',
			'Need Attention 1–3/3–5/3–5',
			'About To Sleep 2–3/1–3/1–4',
			'Lost 1–1/1–5/1–5'
		]);
	});
});

describe('assignSegments', () => {
	it('names the ten-customer fixture’s segments as worked out by hand', () => {
		const day = parseIsoDay('2025-01-01');
		const customers = buildCustomerTable(ordersFromRows(rowsFromProfiles(TEN_PROFILES, day)), {
			analysisDay: day
		});
		const assignment = assignSegments(scoreRfm(customers), DEFAULT_SEGMENT_RULES);
		const named = customers.ids.map((id, i) => `${id}:${assignment.slugs[assignment.segment[i]]}`);
		expect(named).toEqual([
			'c1:champions',
			'c2:new-customers',
			'c3:potential-loyalist',
			'c4:potential-loyalist',
			'c5:new-customers',
			'c6:potential-loyalist',
			'c7:loyal-customers',
			'c8:about-to-sleep',
			'c9:cant-lose-them',
			'c10:lost'
		]);
		expect(Array.from(assignment.counts)).toEqual([1, 3, 1, 0, 2, 1, 0, 0, 1, 1, 0]);
	});

	it('gives the first matching rule, whatever later rules say', () => {
		const cell = everyCell(5);
		const broad = rule('broad', [1, 5], [1, 5], [5, 5]);
		const narrow = rule('narrow', [5, 5], [5, 5], [1, 5]);
		const i555 = cell.recency.length - 1;
		expect(assignSegments(cell, [broad, narrow]).segment[i555]).toBe(0);
		expect(assignSegments(cell, [narrow, broad]).segment[i555]).toBe(0);
		expect(assignSegments(cell, [narrow, broad]).slugs[0]).toBe('narrow');
	});

	it('puts every customer in exactly one segment, the lowest-numbered rule containing it', () => {
		for (const bins of [3, 4, 5]) {
			const cell = everyCell(bins);
			const assignment = assignSegments(cell, DEFAULT_SEGMENT_RULES);
			for (let i = 0; i < cell.recency.length; i++) {
				const containing = DEFAULT_SEGMENT_RULES.flatMap((r, k) =>
					cell.recency[i] >= r.recency[0] &&
					cell.recency[i] <= r.recency[1] &&
					cell.frequency[i] >= r.frequency[0] &&
					cell.frequency[i] <= r.frequency[1] &&
					cell.monetary[i] >= r.monetary[0] &&
					cell.monetary[i] <= r.monetary[1]
						? [k]
						: []
				);
				expect(assignment.segment[i]).toBe(containing[0] ?? DEFAULT_SEGMENT_RULES.length);
			}
			expect(assignment.counts.reduce((a, b) => a + b, 0)).toBe(bins ** 3);
		}
	});

	it('sends customers no rule matches to Others', () => {
		const assignment = assignSegments(everyCell(5), [rule('top', [5, 5], [5, 5], [5, 5])]);
		expect(assignment.slugs).toEqual(['top', 'others']);
		expect(Array.from(assignment.counts)).toEqual([1, 124]);
	});
});

describe('findUnreachableRules', () => {
	it('finds a rule whose every cell an earlier rule takes', () => {
		const found = findUnreachableRules(
			[rule('all', [1, 5], [1, 5], [1, 5]), rule('top', [5, 5], [5, 5], [5, 5])],
			5
		);
		expect(found).toMatchObject([{ index: 1, slug: 'top', reason: 'shadowed' }]);
	});

	it('finds the default rules that need scores above 3 when there are 3 bins', () => {
		const found = findUnreachableRules(DEFAULT_SEGMENT_RULES, 3);
		expect(found.map((f) => `${f.slug}:${f.reason}`)).toEqual([
			'champions:outside-bins',
			'new-customers:outside-bins',
			'cant-lose-them:outside-bins',
			'at-risk:outside-bins'
		]);
	});

	it('accepts a rule that still has one free cell', () => {
		const found = findUnreachableRules(
			[rule('most', [1, 5], [1, 5], [1, 4]), rule('rest', [5, 5], [5, 5], [4, 5])],
			5
		);
		expect(found).toEqual([]);
	});
});

describe('explainSegment', () => {
	it('names the first rule that matches, or says none does', () => {
		expect(explainSegment(DEFAULT_SEGMENT_RULES, 5, 5, 5)).toBe(
			'Champions: first rule that matches R5 F5 M5'
		);
		expect(explainSegment(DEFAULT_SEGMENT_RULES, 4, 5, 5)).toBe(
			'Potential Loyalist: first rule that matches R4 F5 M5'
		);
		expect(explainSegment(DEFAULT_SEGMENT_RULES, 5, 4, 1)).toBe('Others: no rule matches R5 F4 M1');
	});
});

describe('parseSegmentRules', () => {
	it('reads back what serialiseSegmentRules writes', () => {
		expect(parseSegmentRules(serialiseSegmentRules(DEFAULT_SEGMENT_RULES))).toEqual(
			DEFAULT_SEGMENT_RULES
		);
	});

	it('derives a slug from the name and defaults colour and action', () => {
		const [parsed] = parseSegmentRules([
			{ name: 'Big spenders!', recency: [1, 5], frequency: [1, 5], monetary: [5, 5] }
		]);
		expect(parsed).toEqual({
			slug: 'big-spenders',
			name: 'Big spenders!',
			colour: '#777777',
			action: '',
			recency: [1, 5],
			frequency: [1, 5],
			monetary: [5, 5]
		});
	});

	it.each([
		['not json', '{', /not valid JSON/],
		['not a list', '{"a": 1}', /list of rules/],
		['empty', '[]', /empty/],
		[
			'no name',
			'[{"recency":[1,5],"frequency":[1,5],"monetary":[1,5]}]',
			/rule 1: needs a non-empty "name"/
		],
		[
			'score out of range',
			'[{"name":"A","recency":[0,2],"frequency":[1,5],"monetary":[1,5]}]',
			/rule 1 \("A"\): recency must be \[min, max\] with whole numbers 1–5, got \[0,2\]/
		],
		[
			'min above max',
			'[{"name":"A","recency":[1,5],"frequency":[4,2],"monetary":[1,5]}]',
			/frequency minimum 4 is above its maximum 2/
		],
		[
			'repeated slug',
			'[{"name":"A","recency":[1,5],"frequency":[1,5],"monetary":[1,5]},{"name":"a","recency":[1,5],"frequency":[1,5],"monetary":[1,5]}]',
			/rule 2 \("a"\): slug "a" is used twice/
		],
		[
			'reserved slug',
			'[{"name":"Others","recency":[1,5],"frequency":[1,5],"monetary":[1,5]}]',
			/reserved/
		],
		[
			'bad colour',
			'[{"name":"A","colour":"red","recency":[1,5],"frequency":[1,5],"monetary":[1,5]}]',
			/colour must look like/
		]
	])('rejects %s with a clear message', (_label, json, message) => {
		expect(() => parseSegmentRules(json)).toThrow(SegmentRulesError);
		expect(() => parseSegmentRules(json)).toThrow(message);
	});
});
