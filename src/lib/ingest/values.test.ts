import { describe, expect, it } from 'vitest';
import { daysFromCivil, dateOrderHint, parseDay } from './parse-date';
import { isDiscounted, isReturnMarker } from './parse-flags';
import {
	detectDecimalSeparator,
	normaliseCustomerId,
	parseNumber,
	parseShare
} from './parse-number';

// Reference days are counted by hand from known anchors: 1970-01-01 = 0, 2000-01-01 = 10957
// (30 years, 7 of them leap: 30·365 + 7), 2011-12-09 = 15317 (the last day of Online Retail).
describe('calendar arithmetic', () => {
	it.each([
		[1970, 1, 1, 0],
		[1970, 1, 2, 1],
		[1969, 12, 31, -1],
		[2000, 1, 1, 10957],
		[2000, 3, 1, 10957 + 31 + 29],
		[2011, 12, 9, 15317]
	])('%i-%i-%i is day %i', (year, month, day, expected) => {
		expect(daysFromCivil(year, month, day)).toBe(expected);
	});
});

describe('parseDay', () => {
	it.each([
		['2011-12-09', 'dmy', 15317],
		['2011-12-09 12:50:00', 'dmy', 15317],
		['2011-12-09T23:59:59-05:00', 'dmy', 15317],
		['2011/12/09', 'mdy', 15317],
		['2011.12.09', 'dmy', 15317],
		['20111209', 'dmy', 15317],
		['09/12/2011', 'dmy', 15317],
		['9/12/2011 8:26', 'dmy', 15317],
		['09.12.2011', 'dmy', 15317],
		['09-12-11', 'dmy', 15317],
		['12/09/2011', 'mdy', 15317],
		['12/9/11 12:50 PM', 'mdy', 15317],
		['  2011-12-09', 'dmy', 15317],
		['29/02/2000', 'dmy', 10957 + 31 + 28],
		['01/01/1970', 'dmy', 0]
	] as const)('reads %s (%s) as day %i', (text, order, expected) => {
		expect(parseDay(text, order)).toBe(expected);
	});

	it.each([
		['', 'dmy'],
		['yesterday', 'dmy'],
		['2011-13-01', 'dmy'],
		['2011-02-29', 'dmy'],
		['29/02/1900', 'dmy'],
		['31/04/2011', 'dmy'],
		['13/01/2011', 'mdy'],
		['2011-12', 'dmy'],
		['12/2011', 'dmy'],
		['2011-12-09x', 'dmy'],
		['09/12-2011', 'dmy'],
		['99999999', 'dmy'],
		['40513', 'dmy']
	] as const)('rejects %j (%s)', (text, order) => {
		expect(parseDay(text, order)).toBeNaN();
	});

	it('reads two-digit years 00–69 as 20xx and 70–99 as 19xx', () => {
		expect(parseDay('01/01/69', 'dmy')).toBe(daysFromCivil(2069, 1, 1));
		expect(parseDay('01/01/70', 'dmy')).toBe(0);
	});
});

describe('dateOrderHint', () => {
	it.each([
		['31/12/2011', 'day-first'],
		['12/31/2011', 'month-first'],
		['01/02/2011', 'ambiguous'],
		['2011-12-31', 'year-first'],
		['20111231', 'year-first'],
		['2.55', 'none'],
		['hello', 'none']
	])('%s says %s', (text, hint) => {
		expect(dateOrderHint(text)).toBe(hint);
	});
});

describe('parseNumber', () => {
	it.each([
		['2.55', '.', 2.55],
		['-6', '.', -6],
		['0', '.', 0],
		['.5', '.', 0.5],
		['1,234.50', '.', 1234.5],
		['1,234,567', '.', 1234567],
		['£12.50', '.', 12.5],
		['-£5', '.', -5],
		['£-5', '.', -5],
		['$ 1,000', '.', 1000],
		['US$ 5.25', '.', 5.25],
		['(12.50)', '.', -12.5],
		['12.50-', '.', -12.5],
		['  42  ', '.', 42],
		['+7', '.', 7],
		['1.5E+03', '.', 1500],
		["1'234.5", '.', 1234.5],
		['12,50', ',', 12.5],
		['1.234,56', ',', 1234.56],
		['1 234,56', ',', 1234.56],
		['1\u00a0234,56', ',', 1234.56],
		['12,50 €', ',', 12.5],
		['EUR 12,50', ',', 12.5],
		['1.234', ',', 1234],
		['R$ 1.234,56', ',', 1234.56],
		['−3', '.', -3]
	] as const)('reads %j with decimal %j as %d', (text, decimal, expected) => {
		expect(parseNumber(text, decimal)).toBe(expected);
	});

	it.each([
		['', '.'],
		['-', '.'],
		['abc', '.'],
		['12.5%', '.'],
		['1,5', '.'],
		['12.5', ','],
		['1.2.3', '.'],
		['0x1F', '.'],
		['Infinity', '.'],
		['--5', '.'],
		['(-5)', '.']
	] as const)('rejects %j with decimal %j', (text, decimal) => {
		expect(parseNumber(text, decimal)).toBeNaN();
	});

	it('rounds exactly like Number() for long decimals', () => {
		for (const text of ['0.1', '2.675', '1234567.891', '0.000001', '123456789012.345']) {
			expect(parseNumber(text, '.')).toBe(Number(text));
		}
	});
});

describe('detectDecimalSeparator', () => {
	it.each([
		[['12,50', '3,99', '100'], ','],
		[['1.234,56', '7'], ','],
		[['12.50', '3.99'], '.'],
		[['1,234.56'], '.'],
		[['1.234.567'], ','],
		[['1,234,567'], '.'],
		[['1,234', '5'], '.'],
		[['1.234'], '.']
	])('%j → %s', (values, expected) => {
		expect(detectDecimalSeparator(values)).toBe(expected);
	});

	it('uses the fallback when the sample says nothing', () => {
		expect(detectDecimalSeparator(['1.234', '7'], ',')).toBe(',');
	});
});

describe('normaliseCustomerId', () => {
	it.each([
		['17850.0', '17850'],
		['17850.00', '17850'],
		[' 17850 ', '17850'],
		['17850.5', '17850.5'],
		['A17850.0', 'A17850.0'],
		['0017', '0017'],
		['anna@example.com', 'anna@example.com'],
		['', '']
	])('%j → %j', (text, expected) => {
		expect(normaliseCustomerId(text)).toBe(expected);
	});
});

describe('margins, discounts and return markers', () => {
	it('reads a margin as a fraction, in percent when marked or when the column is in percent', () => {
		expect(parseShare('35%', '.', false)).toBeCloseTo(0.35, 12);
		expect(parseShare('0.35', '.', false)).toBe(0.35);
		expect(parseShare('35', '.', true)).toBe(0.35);
		expect(parseShare('12,5 %', ',', false)).toBe(0.125);
	});

	it.each([
		['', false],
		['0', false],
		['0.00', false],
		['0%', false],
		['no', false],
		['-', false],
		['5', true],
		['10%', true],
		['SUMMER10', true],
		['yes', true]
	])('discount %j → %s', (text, expected) => {
		expect(isDiscounted(text)).toBe(expected);
	});

	it.each([
		['returned', true],
		['Retoure', true],
		['devolución', true],
		['1', true],
		['completed', false],
		['0', false],
		['', false]
	])('status %j is a return: %s', (text, expected) => {
		expect(isReturnMarker(text)).toBe(expected);
	});
});
