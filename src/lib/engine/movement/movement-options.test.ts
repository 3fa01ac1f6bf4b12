import { describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENT_RULES } from '../segments/segment-rules';
import { parseIsoDay } from '../tables/orders-table';
import {
	checkFromDate,
	DEFAULT_CRITICAL_DOWNGRADES,
	defaultMovementDates,
	MovementOptionsError,
	resolveMovementOptions,
	validateMovementOptions,
	type MovementOptions
} from './movement-options';

const messages = (options: MovementOptions) =>
	validateMovementOptions(options).map((p) => `${p.field}: ${p.message}`);

describe('validateMovementOptions', () => {
	it('accepts two dates in order with every default', () => {
		expect(messages({ from: '2024-01-01', to: '2024-07-01' })).toEqual([]);
	});

	it('says when a date is missing or not a date', () => {
		expect(messages({ from: '', to: '2024-02-30' })).toEqual([
			'from: The from-date is missing: give it as YYYY-MM-DD.',
			'to: The to-date "2024-02-30" is not a date: give it as YYYY-MM-DD.'
		]);
	});

	it('says when the dates are in the wrong order', () => {
		expect(messages({ from: '2024-07-01', to: '2024-01-01' })).toEqual([
			'from: The from-date 2024-07-01 is after the to-date 2024-01-01: swap them.'
		]);
	});

	it('says when both dates are equal', () => {
		expect(messages({ from: '2024-07-01', to: '2024-07-01' })).toEqual([
			'from: Both dates are 2024-07-01: choose an earlier from-date to see who moved.'
		]);
	});

	it('refuses recomputed cut points for personas', () => {
		expect(
			messages({ from: '2024-01-01', to: '2024-07-01', family: 'persona', cutPoints: 'recomputed' })
		).toEqual([
			'cutPoints: Personas can only be compared with the earlier date’s clusters (frozen): clusters found at two dates separately are different personas.'
		]);
	});

	it('names an unknown family, policy, bin count and Gone threshold', () => {
		const bad = {
			from: '2024-01-01',
			to: '2024-07-01',
			family: 'deciles',
			cutPoints: 'sometimes',
			bins: 7,
			goneAfterDays: 0
		} as unknown as MovementOptions;
		expect(messages(bad)).toEqual([
			'family: Unknown family "deciles": choose one of rfm, pattern, abc, persona.',
			'cutPoints: Cut points must be "frozen" or "recomputed", got "sometimes".',
			'goneAfterDays: "Gone" needs a whole number of days ≥ 1, got 0.',
			'bins: RFM bins must be 3, 4 or 5, got 7.'
		]);
	});

	it('refuses a segment rule whose slug movement reserves', () => {
		const rules = [{ ...DEFAULT_SEGMENT_RULES[0], slug: 'gone', name: 'Gone quiet' }];
		expect(messages({ from: '2024-01-01', to: '2024-07-01', rules })).toEqual([
			'rules: Segment rule "Gone quiet": the slug "gone" is reserved for movement (new, gone, no-orders).'
		]);
	});

	it('passes on the segment rules’ own message for a bad rule', () => {
		const rules = [{ name: 'Top', recency: [4, 9], frequency: [1, 5], monetary: [1, 5] }];
		expect(
			messages({ from: '2024-01-01', to: '2024-07-01', rules } as unknown as MovementOptions)
		).toHaveLength(1);
	});

	it('says when the critical downgrades are not pairs of slugs', () => {
		const options = {
			from: '2024-01-01',
			to: '2024-07-01',
			criticalDowngrades: [['champions']]
		} as unknown as MovementOptions;
		expect(messages(options)[0]).toMatch(/^criticalDowngrades: Critical downgrades must be a list/);
	});
});

describe('resolveMovementOptions', () => {
	it('fills the documented defaults', () => {
		const resolved = resolveMovementOptions({ from: '2024-01-01', to: '2024-07-01' });
		expect(resolved).toMatchObject({
			fromDay: parseIsoDay('2024-01-01'),
			toDay: parseIsoDay('2024-07-01'),
			family: 'rfm',
			cutPoints: 'frozen',
			includeGone: false,
			goneAfterDays: 365,
			bins: 5
		});
		expect(resolved.criticalDowngrades).toEqual(DEFAULT_CRITICAL_DOWNGRADES);
	});

	it('throws every problem at once', () => {
		try {
			resolveMovementOptions({ from: 'soon', to: 'later' });
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(MovementOptionsError);
			expect((error as MovementOptionsError).problems.map((p) => p.field)).toEqual(['from', 'to']);
		}
	});
});

describe('checkFromDate', () => {
	it('accepts a from-date the day after the first order', () => {
		expect(checkFromDate(parseIsoDay('2024-01-02'), parseIsoDay('2024-01-01'))).toBeNull();
	});

	it('refuses a from-date on the first order day', () => {
		expect(checkFromDate(parseIsoDay('2024-01-01'), parseIsoDay('2024-01-01'))?.message).toBe(
			'The from-date 2024-01-01 is on or before the first order (2024-01-01): no customer had ordered yet. Choose a from-date after 2024-01-01.'
		);
	});
});

describe('defaultMovementDates', () => {
	it('goes six calendar months back from the analysis date', () => {
		expect(defaultMovementDates(parseIsoDay('2011-12-10'))).toEqual({
			from: '2011-06-10',
			to: '2011-12-10'
		});
	});

	it('keeps to the last day of a shorter month', () => {
		expect(defaultMovementDates(parseIsoDay('2024-08-31')).from).toBe('2024-02-29');
	});

	it('crosses the year', () => {
		expect(defaultMovementDates(parseIsoDay('2024-03-15')).from).toBe('2023-09-15');
	});
});
