import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../tables/orders-table';
import {
	DEFAULT_CLV_OPTIONS,
	defaultClvPeriods,
	JOINED_CLV_OPTIONS,
	joinedClvOptions,
	marginFactor,
	resolveClvPeriods,
	validateClvOptions,
	type ClvOptions
} from './clv-options';

describe('defaultClvPeriods', () => {
	it('holds out the last 25% of the days when the data span more than a year', () => {
		// 1997-01-01 … 1998-06-30: 546 days, 409 in calibration.
		const periods = defaultClvPeriods(parseIsoDay('1997-01-01'), parseIsoDay('1998-06-30'));
		expect(periods).toEqual({
			calibrationEndDay: parseIsoDay('1997-01-01') + 408,
			holdoutEndDay: parseIsoDay('1998-06-30')
		});
	});

	it('calibrates on everything when the data span a year or less', () => {
		const last = parseIsoDay('2024-12-31');
		expect(defaultClvPeriods(parseIsoDay('2024-01-01'), last)).toEqual({
			calibrationEndDay: last,
			holdoutEndDay: null
		});
	});
});

describe('validateClvOptions', () => {
	it('accepts the defaults', () => {
		expect(validateClvOptions(DEFAULT_CLV_OPTIONS)).toEqual([]);
	});

	it.each([
		[{ calibrationEnd: '1997-02-30' }, /not a YYYY-MM-DD date/],
		[{ calibrationEnd: '1997-09-30', holdoutEnd: '1997-09-30' }, /must come after/],
		[{ horizonDays: 0 }, /horizon/],
		[{ discountRate: -0.1 }, /discount rate/],
		[{ margin: 1.5 }, /margin/],
		[{ margin: 0 }, /margin must be a share above 0/],
		[{ margin: '0.3' as unknown as number }, /margin/],
		[{ defaultPeriods: 'all' as ClvOptions['defaultPeriods'] }, /split or last-day/]
	])('rejects %o', (overrides, message) => {
		expect(validateClvOptions({ ...DEFAULT_CLV_OPTIONS, ...overrides }).join(' ')).toMatch(message);
	});

	it.each([null, 0.3, 1])('accepts the margin %s', (margin) => {
		expect(validateClvOptions({ ...DEFAULT_CLV_OPTIONS, margin })).toEqual([]);
	});
});

describe('marginFactor', () => {
	it('is 1 without a margin (revenue CLV) and the margin otherwise', () => {
		expect(DEFAULT_CLV_OPTIONS.margin).toBeNull();
		expect(marginFactor(DEFAULT_CLV_OPTIONS)).toBe(1);
		expect(marginFactor({ margin: 0.3 })).toBe(0.3);
	});
});

describe('resolveClvPeriods', () => {
	it('uses the given dates, both inclusive', () => {
		const options = {
			...DEFAULT_CLV_OPTIONS,
			calibrationEnd: '1997-09-30',
			holdoutEnd: '1998-06-30'
		};
		expect(resolveClvPeriods(options, 0, 1e5)).toEqual({
			calibrationEndDay: parseIsoDay('1997-09-30'),
			holdoutEndDay: parseIsoDay('1998-06-30')
		});
	});
});

describe('the joined fit’s periods', () => {
	const first = parseIsoDay('1997-01-01');
	const last = parseIsoDay('1998-06-30');

	it('calibrates to the last day of the data with no holdout, even over more than a year', () => {
		expect(resolveClvPeriods(JOINED_CLV_OPTIONS, first, last)).toEqual({
			calibrationEndDay: last,
			holdoutEndDay: null
		});
	});

	it('leaves the model check’s default split as it was', () => {
		expect(resolveClvPeriods(DEFAULT_CLV_OPTIONS, first, last)).toEqual(
			defaultClvPeriods(first, last)
		);
		expect(defaultClvPeriods(first, last).holdoutEndDay).toBe(last);
	});

	it('gives way to a calibration end the user chose', () => {
		const options = { ...JOINED_CLV_OPTIONS, calibrationEnd: '1997-09-30' };
		expect(resolveClvPeriods(options, first, last)).toEqual({
			calibrationEndDay: parseIsoDay('1997-09-30'),
			holdoutEndDay: null
		});
	});

	it('is otherwise the defaults: revenue CLV over 365 days, undiscounted, in weeks', () => {
		const { defaultPeriods, ...rest } = JOINED_CLV_OPTIONS;
		expect(defaultPeriods).toBe('last-day');
		expect(rest).toEqual(DEFAULT_CLV_OPTIONS);
		expect(validateClvOptions(JOINED_CLV_OPTIONS)).toEqual([]);
	});
});

describe('joinedClvOptions', () => {
	it('calibrate to the day before the analysis date, with no holdout', () => {
		const options = joinedClvOptions('1998-01-01');
		expect(options).toEqual({ ...JOINED_CLV_OPTIONS, calibrationEnd: '1997-12-31' });
		// Over data running to 1998-06-30 the cut-off is still 1997-12-31: later lines are not seen.
		const periods = resolveClvPeriods(
			options,
			parseIsoDay('1997-01-01'),
			parseIsoDay('1998-06-30')
		);
		expect(periods).toEqual({ calibrationEndDay: parseIsoDay('1997-12-31'), holdoutEndDay: null });
	});

	it('are the fit to the data’s last day without an analysis date', () => {
		expect(joinedClvOptions(null)).toBe(JOINED_CLV_OPTIONS);
		expect(joinedClvOptions('')).toBe(JOINED_CLV_OPTIONS);
	});

	it('refuse an analysis date that is not YYYY-MM-DD, naming it', () => {
		expect(() => joinedClvOptions('1st May')).toThrow(/analysisDate: “1st May” is not a date/);
	});
});
