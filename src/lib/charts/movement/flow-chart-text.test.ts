import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../i18n';
import type {
	MovementFlow,
	MovementGroupSummary,
	MovementReport
} from '../../engine/movement/movement-report';
import {
	describeFlow,
	fitLabel,
	flowArrow,
	groupName,
	labelHeight,
	labelMetrics,
	wrapLabel,
	wrapWords
} from './flow-chart-text';

// A hand-made report: 50 Champions on 2024-01-01, 10 of whom are At Risk on 2024-07-01.
const report = {
	from: '2024-01-01',
	to: '2024-07-01',
	groups: {
		from: [
			{ slug: 'champions', name: 'Champions', customers: 50 },
			{ slug: 'new', name: 'New', customers: 4 }
		],
		to: [
			{ slug: 'champions', name: 'Champions', customers: 40 },
			{ slug: 'at-risk', name: 'At Risk', customers: 14 }
		]
	}
} as unknown as MovementReport;
/** Family groups named as the engine names them. */
const asGiven = (group: MovementGroupSummary) => group.name;
const flow = (over: Partial<MovementFlow>): MovementFlow => ({
	from: 'champions',
	to: 'at-risk',
	customers: 10,
	value: 800,
	valueBefore: 1234.5,
	valueChange: -434.5,
	isCritical: true,
	isStay: false,
	...over
});

describe('describeFlow', () => {
	it('reads a critical downgrade with its share of the from-group and both values', () => {
		expect(describeFlow(flow({}), report, asGiven)).toBe(
			'Champions → At Risk: 10 customers, 20% of Champions on 2024-01-01 — a critical downgrade; ' +
				'value 1,234.50 on 2024-01-01, 800.00 on 2024-07-01. Press Enter to list them.'
		);
	});

	it('reads a stay as the same group at both dates', () => {
		expect(
			describeFlow(
				flow({ to: 'champions', customers: 40, isStay: true, isCritical: false }),
				report,
				asGiven
			)
		).toMatch(/^Champions at both dates: 40 customers, 80% of Champions on 2024-01-01;/);
	});

	it('reads New customers with their value at the to-date only', () => {
		expect(
			describeFlow(
				flow({ from: 'new', customers: 1, valueBefore: 0, value: 50, isCritical: false }),
				report,
				asGiven
			)
		).toBe(
			'New → At Risk: 1 customer first seen on or after 2024-01-01; value 50.00 on 2024-07-01. Press Enter to list them.'
		);
	});
});

describe('fitLabel', () => {
	it('keeps a label that fits and cuts a longer one with an ellipsis', () => {
		expect(fitLabel('Champions', 9)).toBe('Champions');
		expect(fitLabel('Need Attention', 8)).toBe('Need At…');
	});
});

describe('wrapLabel', () => {
	it('wraps a name by words onto at most the given lines', () => {
		expect(wrapLabel('Potential Loyalist', 12, 2)).toEqual(['Potential', 'Loyalist']);
		expect(wrapLabel('Champions', 12, 2)).toEqual(['Champions']);
	});

	it('cuts the last line with an ellipsis when the name needs more lines', () => {
		expect(wrapLabel('One time low value buyers', 8, 2)).toEqual(['One time', 'low val…']);
	});
});

describe('labelMetrics', () => {
	it('gives Urdu labels taller boxes and narrower letters than English ones', () => {
		const ur = labelMetrics('rtl', 12);
		const en = labelMetrics('ltr', 12);
		// Noto Nastaliq's box at 12 px is 30 px tall in Chromium (getBBox); a Latin face's about 14.
		expect(ur.box).toBeGreaterThanOrEqual(30);
		expect(en.box).toBeGreaterThanOrEqual(14);
		expect(ur.letter).toBeLessThan(en.letter);
		expect(labelHeight(2, ur)).toBe(ur.box + ur.line);
	});
});

describe('wrapWords', () => {
	it('breaks between words so no line passes the width', () => {
		expect(wrapWords('Cut points of 2024-01-01 applied at both dates', 20)).toEqual([
			'Cut points of',
			'2024-01-01 applied',
			'at both dates'
		]);
	});

	it('gives a word longer than the width a line of its own', () => {
		expect(wrapWords('a verylongword b', 4)).toEqual(['a', 'verylongword', 'b']);
	});
});

describe('in Urdu', () => {
	afterEach(() => {
		locale.current = 'en';
	});

	it('names the groups Sieve adds in Urdu and the family’s own groups through the view’s namer', () => {
		const withKinds = {
			...report,
			groups: {
				from: [
					{ slug: 'champions', name: 'Champions', customers: 50, kind: 'group' },
					{ slug: 'new', name: 'New', customers: 4, kind: 'new' }
				],
				to: report.groups.to
			}
		} as unknown as MovementReport;
		locale.current = 'ur';
		const namer = (group: MovementGroupSummary) => `«${group.slug}»`;
		expect(groupName(withKinds, 'new', 'from', namer)).toBe('نئے');
		expect(groupName(withKinds, 'champions', 'from', namer)).toBe('«champions»');
	});

	it('reads a flow with Urdu words, Urdu dates and the arrow pointing the way Urdu reads', () => {
		locale.current = 'ur';
		const text = describeFlow(flow({}), report, asGiven);
		expect(text).toContain('Champions ← At Risk');
		expect(text).toContain('گاہک');
		expect(text).toContain('جنوری');
		expect(flowArrow()).toBe('←');
	});
});
