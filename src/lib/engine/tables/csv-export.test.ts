import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv-export';

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
