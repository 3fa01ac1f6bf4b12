import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../engine/tables/orders-table';
import { analysedPeriod, quickPeriod } from './period';

describe('quickPeriod', () => {
	it('starts the last 12 months on the same day a year before the analysis date', () => {
		expect(quickPeriod('last12Months', '2011-12-10')).toEqual({
			startDate: '2010-12-10',
			analysisDate: '2011-12-10'
		});
	});

	it('starts the last quarter three calendar months before the analysis date', () => {
		expect(quickPeriod('lastQuarter', '2011-12-10').startDate).toBe('2011-09-10');
	});

	it('clamps a day the earlier month does not have to that month’s last day', () => {
		// 31 May minus three months: 31 February does not exist; 2011 is not a leap year.
		expect(quickPeriod('lastQuarter', '2011-05-31').startDate).toBe('2011-02-28');
		expect(quickPeriod('last12Months', '2012-02-29').startDate).toBe('2011-02-28');
	});

	it('crosses a year boundary for the last quarter', () => {
		expect(quickPeriod('lastQuarter', '2012-01-15').startDate).toBe('2011-10-15');
	});

	it('starts the year to date on 1 January of the last day analysed', () => {
		expect(quickPeriod('yearToDate', '2011-12-10').startDate).toBe('2011-01-01');
		// The analysis date is exclusive: on 1 January the last day analysed is 31 December.
		expect(quickPeriod('yearToDate', '2012-01-01').startDate).toBe('2011-01-01');
	});

	it('clears the start date for everything and keeps the analysis date', () => {
		expect(quickPeriod('everything', '2011-12-10')).toEqual({
			startDate: null,
			analysisDate: '2011-12-10'
		});
	});

	it('rejects an analysis date that is not a date', () => {
		expect(() => quickPeriod('lastQuarter', '2011-02-30')).toThrow(/not a date/);
	});
});

describe('analysedPeriod', () => {
	const first = parseIsoDay('2010-12-01');
	const last = parseIsoDay('2011-12-09');

	it('defaults to the whole data and the day after its last line', () => {
		expect(analysedPeriod({ startDate: null, analysisDate: null }, first, last)).toEqual({
			start: '2010-12-01',
			end: '2011-12-09',
			analysisDate: '2011-12-10',
			hasData: true
		});
	});

	it('ends the day before a chosen analysis date and starts at the start date', () => {
		expect(
			analysedPeriod({ startDate: '2011-09-10', analysisDate: '2011-10-01' }, first, last)
		).toEqual({
			start: '2011-09-10',
			end: '2011-09-30',
			analysisDate: '2011-10-01',
			hasData: true
		});
	});

	it('clamps a start before the first line and an analysis date after the last line to the data', () => {
		const period = analysedPeriod(
			{ startDate: '2009-01-01', analysisDate: '2012-06-01' },
			first,
			last
		);
		expect([period?.start, period?.end]).toEqual(['2010-12-01', '2011-12-09']);
	});

	it('says when no day of the data lies in the period', () => {
		expect(
			analysedPeriod({ startDate: '2012-01-01', analysisDate: '2012-06-01' }, first, last)?.hasData
		).toBe(false);
	});

	it('gives null for a malformed date', () => {
		expect(analysedPeriod({ startDate: 'soon', analysisDate: null }, first, last)).toBeNull();
	});
});
