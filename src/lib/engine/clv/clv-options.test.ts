import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../tables/orders-table';
import {
	DEFAULT_CLV_OPTIONS,
	defaultClvPeriods,
	resolveClvPeriods,
	validateClvOptions
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
		[{ margin: 1.5 }, /margin/]
	])('rejects %o', (overrides, message) => {
		expect(validateClvOptions({ ...DEFAULT_CLV_OPTIONS, ...overrides }).join(' ')).toMatch(message);
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
