import { describe, expect, it } from 'vitest';
import { csvCell, csvDate, csvMoney, csvShare, toCsv } from './csv-export';
import { parseIsoDay } from './orders-table';

describe('csvCell', () => {
	it.each([
		['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
		['=1+2', "'=1+2"],
		['+SUM(A1)', "'+SUM(A1)"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tcmd', "'\tcmd"],
		['\r=1', `"'\r=1"`],
		['-', "'-"]
	])('neutralises %j as text', (input, output) => {
		expect(csvCell(input)).toBe(output);
	});

	it.each([
		['-12.5', '-12.5'],
		['+3', '+3'],
		['-1e-3', '-1e-3'],
		['17850', '17850']
	])('keeps the plain number %j as it is', (input, output) => {
		expect(csvCell(input)).toBe(output);
	});

	it.each([
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		[' padded ', '" padded "'],
		['Zoë £5', 'Zoë £5']
	])('quotes %j as RFC 4180 says', (input, output) => {
		expect(csvCell(input)).toBe(output);
	});

	it('writes numbers plainly and missing values as empty cells', () => {
		expect([3, -0.25, NaN, Infinity, null, undefined, true].map(csvCell)).toEqual([
			'3',
			'-0.25',
			'',
			'',
			'',
			'',
			'true'
		]);
	});
});

describe('toCsv', () => {
	it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
		const csv = toCsv([
			['id', 'name'],
			['=cmd', 'Zoë']
		]);
		expect(csv).toBe("\uFEFFid,name\r\n'=cmd,Zoë\r\n");
		expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(
			new Uint8Array([0xef, 0xbb, 0xbf])
		);
	});
});

describe('csvMoney, csvShare and csvDate', () => {
	it('rounds money to the cent, so a binary sum prints as the amount', () => {
		expect(csvMoney(22372.699999999997)).toBe(22372.7);
		expect(String(csvMoney(0.1 + 0.2))).toBe('0.3');
		expect(csvMoney(-12.345678)).toBe(-12.35);
	});

	it('writes a negative zero and a non-finite amount as 0 and an empty cell', () => {
		expect(Object.is(csvMoney(-0.001), 0)).toBe(true);
		expect(csvMoney(NaN)).toBeNull();
		expect(csvMoney(Infinity)).toBeNull();
	});

	it('rounds shares to 4 decimals', () => {
		expect(csvShare(386 / 398)).toBe(0.9698);
		expect(csvShare(2 / 3)).toBe(0.6667);
		expect(csvShare(NaN)).toBeNull();
	});

	it('writes an epoch day as an ISO date', () => {
		expect(csvDate(parseIsoDay('2024-02-29'))).toBe('2024-02-29');
		expect(csvDate(NaN)).toBeNull();
	});
});
