/**
 * Inputs that real exports produce and that used to go wrong (issue 21): mixed line endings,
 * infinite amounts, a line with no end, stray bytes in UTF-8, Windows-1252 punctuation, a title
 * above the header, NUL bytes, future dates, duplicate header names, and CDNOW's header-less,
 * space-aligned text. Each expectation is counted by hand from the input written here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from './parse-date';
import { importOrders, sniffOrders } from './index';
import type { ColumnMapping, ImportProgress, TextEncodingName } from './index';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function* chunksOf(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
	for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** Sniffs the head as the page does, then imports with the suggested mapping. */
async function sniffAndImport(bytes: Uint8Array, chunkBytes = 1 << 20, today?: number) {
	const sniff = sniffOrders(bytes.subarray(0, 1 << 20), bytes.length <= 1 << 20);
	const result = await importOrders(chunksOf(bytes, chunkBytes), sniff.mapping, {
		chunkBytes,
		today
	});
	return { sniff, ...result };
}

const mapping = (roles: ColumnMapping['roles']): ColumnMapping => ({
	roles,
	dateOrder: 'ymd',
	returnPrefix: '',
	returns: 'net'
});

describe('mixed line endings', () => {
	// 30 lines each ending in CRLF, LF and a lone CR, as when two systems' exports are concatenated.
	const endings = ['\r\n', '\n', '\r'];
	const lines = Array.from({ length: 90 }, (_, i) => `C${i % 7},2024-02-${(i % 28) + 1},${i + 1}`);
	const text =
		'customer,date,amount' + endings[0] + lines.map((l, i) => l + endings[i % 3]).join('');

	it.each([1, 2, 5, 64, 1 << 20])(
		'counts every kind of line break (%i-byte chunks)',
		async (size) => {
			const { report } = await sniffAndImport(utf8(text), size);
			expect(report.rowsRead).toBe(90);
			expect(report.lines).toBe(90);
			expect(report.netRevenue).toBe((90 * 91) / 2);
		}
	);

	it('reports the file’s true line numbers', async () => {
		const broken = text.replace('C3,2024-02-4,4', 'C3,2024-02-4'); // data row 4 = line 5
		const { report } = await sniffAndImport(utf8(broken), 7);
		expect(report.rejected).toEqual([
			expect.objectContaining({
				reason: 'wrong-field-count',
				count: 1,
				examples: [expect.objectContaining({ line: 5 })]
			})
		]);
	});

	it('keeps a CRLF inside quotes as part of its field', async () => {
		const quoted =
			'customer,date,amount,note\r\nA,2024-01-01,1,"two\r\nlines"\nB,2024-01-02,2,x\rC,2024-01-03,3,y\r\n,2024-01-04,4,z';
		const { report } = await sniffAndImport(utf8(quoted), 3);
		expect(report.lines).toBe(3);
		expect(report.rejected[0].examples).toEqual([{ line: 6, text: ',2024-01-04,4,z' }]);
	});
});

describe('non-finite and implausible amounts', () => {
	const text = [
		'customer,date,amount',
		'A,2024-01-01,10',
		'B,2024-01-02,1e309', // Infinity
		'C,2024-01-03,1e308',
		'D,2024-01-04,1e308',
		'E,2024-01-05,-2000000000000',
		'F,2024-01-06,999999999999',
		`G,2024-01-07,${'9'.repeat(400)}`
	].join('\n');

	it('rejects them with their own reason, so no sum becomes Infinity', async () => {
		const { report, table } = await sniffAndImport(utf8(text));
		expect(report.rejected.map((r) => [r.reason, r.count])).toEqual([['implausible-amount', 5]]);
		expect(report.rejected[0].examples.map((e) => e.line)).toEqual([3, 4, 5, 6, 8]);
		expect(report.netRevenue).toBe(10 + 999_999_999_999);
		expect(Array.from(table.amount).every(Number.isFinite)).toBe(true);
	});

	it('rejects a quantity × price that overflows', async () => {
		const bytes = utf8(
			'customer,date,quantity,price\nA,2024-01-01,2,3\nB,2024-01-01,1e200,1e200\n'
		);
		const { report } = await importOrders(
			chunksOf(bytes, 1 << 20),
			mapping(['customer', 'date', 'quantity', 'unitPrice'])
		);
		expect(report.lines).toBe(1);
		expect(report.rejected.map((r) => r.reason)).toEqual(['implausible-amount']);
	});
});

describe('a line with no end', () => {
	it('rejects a 50 MB line as one row, keeps the rows before it and reports progress as it skips', async () => {
		const rows = Array.from({ length: 4000 }, (_, i) => `C${i % 100},2024-03-01,2.5`).join('\n');
		const head = utf8(`customer,date,amount\n${rows}\n`); // ~100 KB
		const junkBytes = 50 << 20;
		async function* source() {
			yield head;
			const zeros = new Uint8Array(1 << 20);
			for (let sent = 0; sent < junkBytes; sent += zeros.length) yield zeros;
		}
		const progress: ImportProgress[] = [];
		const { report } = await importOrders(source(), mapping(['customer', 'date', 'amount']), {
			onProgress: (p) => progress.push(p)
		});
		expect(report.lines).toBe(4000);
		expect(report.netRevenue).toBe(10_000);
		expect(report.rejected).toEqual([
			expect.objectContaining({
				reason: 'line-too-long',
				count: 1,
				examples: [{ line: 4002, text: '\u0000'.repeat(200) }]
			})
		]);
		expect(report.bytesRead).toBe(head.length + junkBytes);
		// One progress report per megabyte read, though no row completes there: the bytes advance.
		expect(progress.length).toBeGreaterThanOrEqual(50);
		const bytes = progress.map((p) => p.bytesRead);
		expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
		expect(bytes.at(-1)).toBe(head.length + junkBytes);
	});

	it('resynchronises at the next line break of any kind', async () => {
		const long = 'x'.repeat(3 << 20);
		const text = `customer,date,amount\nA,2024-01-01,1\n${long}\rB,2024-01-02,2\r\nC,2024-01-03,3\n`;
		for (const size of [1 << 16, 1 << 20]) {
			const { report } = await importOrders(
				chunksOf(utf8(text), size),
				mapping(['customer', 'date', 'amount']),
				{
					chunkBytes: size
				}
			);
			expect(report.lines).toBe(3 - 1 + 1);
			expect(report.rejected.map((r) => [r.reason, r.count, r.examples[0].line])).toEqual([
				['line-too-long', 1, 3]
			]);
		}
	});

	it('cuts an unclosed quote that runs past the limit back to its own line', async () => {
		const note = 'y\n'.repeat(1 << 20);
		const text = `customer,date,amount,note\nA,2024-01-01,1,"${note}B,2024-01-02,2,ok\n`;
		const { report } = await importOrders(
			chunksOf(utf8(text), 1 << 20),
			mapping(['customer', 'date', 'amount', 'ignore'])
		);
		expect(report.rejected[0]).toEqual(
			expect.objectContaining({
				reason: 'unclosed-quote',
				examples: [{ line: 2, text: 'A,2024-01-01,1,"y' }]
			})
		);
		expect(report.lines).toBe(1);
	});
});

describe('encodings', () => {
	it('keeps mostly valid UTF-8 as UTF-8, with “�” and the lines in a warning', async () => {
		const bytes = new Uint8Array([
			...utf8('customer,date,amount\nZoë,2024-01-01,1\nJosé,2024-01-02,2\nA'),
			0xff, // line 4
			...utf8(',2024-01-03,3\nB'),
			0xc3, // a lead byte without its continuation, line 5
			...utf8(',2024-01-04,4\nZoë,2024-01-05,5\n')
		]);
		const { sniff, report, table } = await sniffAndImport(bytes);
		expect(sniff.encoding).toBe('utf-8');
		expect(table.customer.values).toEqual(['Zoë', 'José', 'A\uFFFD', 'B\uFFFD']);
		expect(sniff.warnings.join(' ')).toContain('lines 4, 5');
		expect(report.warnings).toContain(
			'Some bytes are not valid UTF-8 and show as “�” (lines 4, 5): the file may use another encoding.'
		);
	});

	it('still reads a Windows-1252 file as Windows-1252', async () => {
		const bytes = Uint8Array.from(
			'customer,date,amount\nJos\xe9,2024-01-01,1\nZo\xeb,2024-01-02,2\n',
			(c) => c.charCodeAt(0)
		);
		const { sniff, table } = await sniffAndImport(bytes);
		expect(sniff.encoding).toBe('windows-1252');
		expect(table.customer.values).toEqual(['José', 'Zoë']);
	});

	it('maps Windows-1252 bytes 0x80–0x9F (€ – ™) the same in Node as in browsers', async () => {
		const bytes = new Uint8Array([
			...utf8('customer,date,amount\nA'),
			0x80,
			0x20,
			0x96,
			0x20,
			0x99, // "A€ – ™"
			...utf8(',2024-01-01,1\n')
		]);
		for (const encoding of [undefined, 'windows-1252' as TextEncodingName]) {
			const { table } = await importOrders(
				chunksOf(bytes, 1 << 20),
				mapping(['customer', 'date', 'amount']),
				{ encoding }
			);
			expect(table.customer.values).toEqual(['A€ – ™']);
		}
	});
});

describe('a title above the header', () => {
	const text = 'Sales report 2024,,\n\ncustomer,date,amount\nA,2024-01-01,10\nB,2024-01-02,20\n';

	it('is detected, skipped and reported', async () => {
		const { sniff, report } = await sniffAndImport(utf8(text));
		expect(sniff.header).toEqual(['customer', 'date', 'amount']);
		expect(sniff.mapping.skipRows).toBe(1);
		expect(sniff.mapping.roles).toEqual(['customer', 'date', 'amount']);
		expect(sniff.warnings[0]).toMatch(/above the header \(“Sales report 2024”\) will be skipped/);
		expect(report.lines).toBe(2);
		expect(report.warnings).toEqual([
			'1 line above the header was skipped as a title: “Sales report 2024”.'
		]);
	});

	it('leaves a file without a title alone', () => {
		const sniff = sniffOrders(utf8('customer,date,amount\nA,2024-01-01,10\n'), true);
		expect(sniff.mapping).toEqual(mapping(['customer', 'date', 'amount']));
	});
});

describe('warnings, not refusals', () => {
	const today = daysFromCivil(2025, 6, 1);

	it('warns about lines dated after today', async () => {
		const text = 'customer,date,amount\nA,2025-05-31,1\nB,2031-01-01,2\nC,2025-06-02,3\n';
		const { report } = await sniffAndImport(utf8(text), 1 << 20, today);
		expect(report.lines).toBe(3);
		expect(report.warnings).toEqual([
			'2 lines are dated after today (2025-06-01), e.g. 2031-01-01 on line 3, 2025-06-02 on line 4: check the date column and the day/month order.'
		]);
	});

	it('warns about duplicate header names', async () => {
		const text = 'customer,date,amount,Date\nA,2024-01-01,1,x\n';
		const { sniff, report } = await sniffAndImport(utf8(text), 1 << 20, today);
		const warning =
			'Several columns have the same name: “date” (columns 2, 4). Check that the mapping uses the right one.';
		expect(sniff.warnings).toContain(warning);
		expect(report.warnings).toContain(warning);
	});

	it('keeps NUL bytes inside fields and says on which lines', async () => {
		// Two zero bytes among 300 ordinary lines: rare enough to be text (binary data has many).
		const filler = Array.from({ length: 300 }, (_, i) => `F${i},2024-02-01,1,plain\n`).join('');
		const text = `customer,date,amount,note\nA,2024-01-01,1,x\u0000y\nB,2024-01-02,2,ok\nC,2024-01-03,3,\u0000\n${filler}`;
		const { sniff, report } = await sniffAndImport(utf8(text), 1 << 20, today);
		expect(sniff.warnings.join(' ')).toContain('zero bytes (NUL) (lines 2, 4)');
		expect(report.lines).toBe(303);
		expect(report.warnings).toEqual([
			'2 lines hold zero bytes (NUL) inside fields (lines 2, 4): they were kept as they are.'
		]);
	});
});

describe('CDNOW as published: no header, columns aligned by spaces, YYYYMMDD dates', () => {
	const sample = gunzipSync(
		readFileSync(
			fileURLToPath(new URL('../../../../shared/data/CDNOW_sample.txt.gz', import.meta.url))
		)
	);

	it('is detected, named from its values and imported: 2,357 customers', async () => {
		const { sniff, report } = await sniffAndImport(sample);
		expect(sniff.delimiter).toBe(' ');
		expect(sniff.mapping.hasHeader).toBe(false);
		expect(sniff.header).toEqual(['customer', 'column 2', 'date', 'quantity', 'amount']);
		expect(sniff.preview[0]).toEqual(['00004', '0001', '19970101', '2', '29.33']);
		expect(sniff.mapping.dateOrder).toBe('ymd');
		// Published with the data set: 6,919 rows, 2,357 customers, 1997-01-01 to 1998-06-30.
		expect(report.rowsRead).toBe(6919);
		expect(report.lines).toBe(6919);
		expect(report.customers).toBe(2357);
		expect(report.firstDay).toBe(daysFromCivil(1997, 1, 1));
		expect(report.lastDay).toBe(daysFromCivil(1998, 6, 30));
	});

	it('reads a header whose names are separated by runs of spaces', async () => {
		const lines = sample.toString('latin1').split('\r\n').slice(0, 50);
		const text = ['Customer ID  Sample ID  Date        CDs  Amount', ...lines].join('\r\n');
		const { sniff, report } = await sniffAndImport(utf8(text));
		expect(sniff.delimiter).toBe(' ');
		expect(sniff.header).toEqual(['Customer ID', 'Sample ID', 'Date', 'CDs', 'Amount']);
		expect(sniff.mapping.roles).toEqual(['customer', 'ignore', 'date', 'ignore', 'amount']);
		expect(report.lines).toBe(50);
	});
});
