import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../engine/personas/prng';
import { ByteRecordReader } from './byte-records';
import type { RecordSink } from './byte-records';
import { importOrders } from './import-orders';
import { importOrdersParallel, parsePiece } from './parallel-import';
import type { PieceResult, PieceRunner } from './parallel-import';
import { streamChunks } from './stream-chunks';
import type { ColumnMapping, ColumnRole } from './types';

// The byte reader (`byte-records.ts` + `OrdersBuilder.addBytesRow`) against the text path it
// replaces: the one-worker `importOrders` (papaparse over decoded text) on the same bytes is the
// reference. Files are generated from a seeded generator mixing every kind of field the text path
// treats specially; the parallel import cuts them at random places and reads the pieces after the
// head from their bytes.

/** 2024-06-01: lines after it are "in the future". */
const TODAY = 19875;

const CUSTOMERS = [
	'17850.0',
	'17850',
	'13047',
	' 42 ',
	'007',
	'7',
	'Zoë',
	'C-3PO',
	'東京商店',
	'',
	'   ',
	'12345678901234567',
	'99.50'
];
const DATES = [
	'2024-01-05 08:26:00',
	'2024-01-05 08:26:00',
	'2024-01-05 09:00:00',
	'2024-02-29',
	'05/01/2024',
	'2024-07-02 10:00',
	' 2024-03-01',
	'not a date',
	'2024-13-40',
	'',
	'3 Jan 2024'
];
const NUMBERS = [
	'12.5',
	'3',
	'-3',
	'0.1',
	'-0',
	'£12.50',
	'1,234.50',
	'(5.00)',
	'1e3',
	'',
	'abc',
	'1e400',
	'12345678901234567',
	'0012',
	'7.',
	'.5',
	' 4 ',
	'2,5'
];
const ORDERS = ['536365', '536365', '536366', 'C536367', ' C12', '', '00123', 'INV-9', 'C'];
const NOTES = [
	'plain',
	'"quoted, with a comma"',
	'"a line\nbreak"',
	'"said ""hi"""',
	'ab"c',
	'',
	'Crème brûlée',
	'"東京, 2"',
	'x'
];

/** One of `list`, the first entries more often (real files repeat their common values). */
function pick<T>(next: () => number, list: T[]): T {
	const r = next();
	return list[Math.floor(r * r * list.length)];
}

/** Columns: customer, order, date, quantity, price, product, note. */
function generatedFile(seed: number, rows: number): string {
	const next = createPrng(seed);
	const lines = ['Customer,Order,Date,Quantity,Price,Product,Note'];
	for (let i = 0; i < rows; i++) {
		const fields = [
			pick(next, CUSTOMERS),
			pick(next, ORDERS),
			pick(next, DATES),
			pick(next, NUMBERS),
			pick(next, NUMBERS),
			`P${Math.floor(next() * 30)}`,
			pick(next, NOTES)
		];
		const shape = next();
		if (shape < 0.03) lines.push('');
		else if (shape < 0.05) lines.push('   ');
		else if (shape < 0.08) lines.push(fields.slice(0, 4).join(','));
		else if (shape < 0.1) lines.push(fields.join(',') + ',');
		else if (shape < 0.12) lines.push(fields.join(',') + ',extra');
		else lines.push(fields.join(','));
	}
	return lines.join('\n') + (seed % 2 === 0 ? '\n' : '');
}

const ROLES: ColumnRole[] = [
	'customer',
	'order',
	'date',
	'quantity',
	'unitPrice',
	'product',
	'ignore'
];
const mapping = (extra: Partial<ColumnMapping> = {}): ColumnMapping => ({
	roles: ROLES,
	dateOrder: 'ymd',
	returnPrefix: 'C',
	returns: 'net',
	...extra
});

/** The one-worker import and the parallel one cut at `splitAt`, with the pieces' results. */
async function bothWays(
	bytes: Uint8Array,
	splitAt: number[],
	chosen: ColumnMapping,
	headBytes = 64
) {
	const file = new Blob([bytes as Uint8Array<ArrayBuffer>]);
	const single = await importOrders(
		streamChunks(file.stream() as ReadableStream<Uint8Array>),
		chosen,
		{ today: TODAY }
	);
	const pieces: PieceResult[] = [];
	const runPiece: PieceRunner = async (request, options) => {
		const result = await parsePiece(request, options);
		pieces.push(result);
		return result;
	};
	const parallel = await importOrdersParallel(file, chosen, {
		pieces: splitAt.length + 1,
		splitAt,
		runPiece,
		headBytes,
		today: TODAY
	});
	return { single, parallel, pieces };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function randomSplits(seed: number, size: number, count: number): number[] {
	const next = createPrng(seed * 7919);
	return Array.from({ length: count }, () => Math.floor(next() * size)).sort((a, b) => a - b);
}

describe('pieces read from their bytes read as the text path reads them', () => {
	const mappings: [string, Partial<ColumnMapping>][] = [
		['quantity × price, returns netted', {}],
		['returns left out', { returns: 'ignore' }],
		['day before month', { dateOrder: 'dmy' }],
		['no return prefix', { returnPrefix: '' }],
		[
			'an amount column and no order column',
			{ roles: ['customer', 'ignore', 'date', 'ignore', 'amount', 'category', 'ignore'] }
		]
	];
	for (const [name, extra] of mappings) {
		it(`gives the one-worker table and report over 12 generated files (${name})`, async () => {
			let byteRows = 0;
			for (let seed = 1; seed <= 12; seed++) {
				const bytes = utf8(generatedFile(seed, 400));
				const { single, parallel, pieces } = await bothWays(
					bytes,
					randomSplits(seed, bytes.length, 1 + (seed % 4)),
					mapping(extra)
				);
				expect(parallel, `seed ${seed}`).toEqual(single);
				byteRows += pieces
					.filter((p) => p.readAs === 'bytes')
					.reduce((sum, p) => sum + p.rowsRead, 0);
			}
			// The test must exercise the byte reader, not only the text path it falls back to.
			expect(byteRows).toBeGreaterThan(2000);
		});
	}

	it('keeps a CRLF file on the byte path and reads it as the text path does', async () => {
		// Quoted line breaks made spaces first: a `\r` inside quotes goes to the text path.
		const text = generatedFile(5, 400).replaceAll('"a line\n', '"a line ');
		const bytes = utf8(text.replaceAll('\n', '\r\n'));
		const { single, parallel, pieces } = await bothWays(
			bytes,
			randomSplits(5, bytes.length, 3),
			mapping()
		);
		expect(parallel).toEqual(single);
		expect(pieces.filter((p) => p.start > 0).every((p) => p.readAs === 'bytes')).toBe(true);
	});

	it('reads a file with every field quoted (as many exports write) from its bytes, as the text path does', async () => {
		// Each field of each generated row quoted, its quotes doubled: a row's text is unchanged.
		const quoteAll = (line: string) =>
			line === ''
				? line
				: line
						.split(',')
						.map((field) => `"${field.replaceAll('"', '""')}"`)
						.join(',');
		for (let seed = 20; seed < 26; seed++) {
			// Notes without their own quotes or commas, so that splitting at commas finds the fields.
			const text = generatedFile(seed, 400)
				.split('\n')
				.map((line) => (line.includes('"') ? 'x,536365,2024-01-05,1,2,P1,plain' : line))
				.map(quoteAll)
				.join('\n');
			const bytes = utf8(text);
			const { single, parallel, pieces } = await bothWays(
				bytes,
				randomSplits(seed, bytes.length, 2),
				mapping()
			);
			expect(parallel, `seed ${seed}`).toEqual(single);
			const fromBytes = pieces.filter((p) => p.readAs === 'bytes');
			expect(fromBytes.reduce((sum, p) => sum + p.rowsRead, 0)).toBeGreaterThan(200);
		}
	});

	it('reads the head as a piece of its own and every later piece from its bytes', async () => {
		const bytes = utf8(generatedFile(3, 600));
		const { single, parallel, pieces } = await bothWays(
			bytes,
			[Math.floor(bytes.length / 2)],
			mapping(),
			256
		);
		expect(parallel).toEqual(single);
		const byStart = [...pieces].sort((a, b) => a.start - b.start);
		expect(byStart.length).toBe(3);
		expect(byStart.map((p) => p.readAs)).toEqual(['text', 'bytes', 'bytes']);
		expect(byStart[1].start).toBeGreaterThanOrEqual(256);
	});
});

describe('what the byte reader gives back to the text path', () => {
	const cases: [string, (text: string) => Uint8Array][] = [
		['a lone \\r line break', (text) => utf8(text.replaceAll('\n', '\r'))],
		['a \\r inside quotes', (text) => utf8(text.replaceAll('"a line\n', '"a line\r\n'))],
		['a zero byte', (text) => utf8(text.replaceAll('Crème', 'Cr\u0000me'))],
		[
			'bytes that are not UTF-8',
			(text) => {
				const bytes = utf8(text);
				const at = bytes.indexOf(0xa8, bytes.length >> 1); // the second byte of "è" (or of 東京)
				bytes[at] = 0x41;
				return bytes;
			}
		],
		[
			'a quote closed and followed by more text',
			(text) => utf8(text.replaceAll('"quoted, with a comma"', '"quoted, with" a comma"'))
		],
		['a literal U+FFFD', (text) => utf8(text.replaceAll('Crème', 'Cr\uFFFDme'))]
	];
	for (const [name, make] of cases) {
		it(`reads a file with ${name} as the whole file reads it`, async () => {
			const text = generatedFile(8, 600);
			const bytes = make(text);
			const { single, parallel, pieces } = await bothWays(
				bytes,
				[Math.floor(bytes.length / 3), Math.floor((2 * bytes.length) / 3)],
				mapping()
			);
			// Null here means the parallel import left the file to one worker (as before the byte reader).
			if (parallel) expect(parallel).toEqual(single);
			// A piece after the head holding the thing was read again as text.
			expect(pieces.some((p) => p.start > 0 && p.readAs === 'text')).toBe(true);
		});
	}
});

describe('Online Retail, read from its bytes in pieces', () => {
	it('gives the one-worker import’s table and report, cut into five pieces', async () => {
		const path = fileURLToPath(
			new URL('../../../../shared/data/online_retail.csv.gz', import.meta.url)
		);
		const bytes = new Uint8Array(gunzipSync(readFileSync(path)));
		const chosen: ColumnMapping = {
			// InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
			roles: ['order', 'ignore', 'product', 'quantity', 'date', 'unitPrice', 'customer', 'ignore'],
			dateOrder: 'ymd',
			returnPrefix: 'C',
			returns: 'net'
		};
		const splits = [1, 2, 3, 4].map((k) => Math.floor((bytes.length * k) / 5));
		const { single, parallel, pieces } = await bothWays(bytes, splits, chosen, 1 << 20);
		expect(parallel).toEqual(single);
		const fromBytes = pieces.filter((p) => p.readAs === 'bytes');
		expect(fromBytes.length).toBe(5);
		expect(single.report.lines).toBeGreaterThan(400_000);
	}, 120_000);
});

describe('a piece read in chunks reads as it does in one', () => {
	/** What the reader handed its sink, as text, and its counts at the end. */
	async function readIn(bytes: Uint8Array, chunkSize: number, useScanner = true) {
		const calls: string[] = [];
		const sink: RecordSink = {
			addBytesRow(buffer, spans, line) {
				// Every fifth line declined, as a field the byte path does not read would be.
				if (line % 5 === 0) return false;
				const fields: string[] = [];
				for (let k = 0; k < spans.length; k += 2)
					fields.push(new TextDecoder().decode(buffer.subarray(spans[k], spans[k + 1])));
				calls.push(`bytes ${line}: ${fields.join('|')}`);
				return true;
			},
			addRow(row, line) {
				calls.push(`text ${line}: ${row.join('|')}`);
			}
		};
		let at = 0;
		const source = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (at >= bytes.length) return controller.close();
				controller.enqueue(bytes.slice(at, at + chunkSize));
				at += chunkSize;
			}
		});
		const reader = new ByteRecordReader(source, ',', 7, undefined, useScanner);
		for await (const _ of reader.read(sink)) {
			// progress
		}
		const { bytesRead, lineBreaks, declined } = reader;
		return { calls, bytesRead, lineBreaks, declined };
	}

	it('whatever the chunks’ size, a long record cut by a chunk’s end included', async () => {
		// Data rows only (a piece after the head), about 3.5 MB, so that chunks of 1 MB and more
		// are read as they come. A quoted field of 100 kB with a line break starts 20 kB before the
		// end of the first 1 MB + 7 chunk.
		const rows = generatedFile(3, 60_000).split('\n').slice(1);
		const chunk = (1 << 20) + 7;
		let offset = 0;
		let at = 0;
		while (offset < chunk - 20_000) offset += utf8(rows[at++]).length + 1;
		rows.splice(at, 0, `Ana,1,2024-01-01,1,2,P1,"${'x'.repeat(50_000)}\n${'y'.repeat(50_000)}"`);
		const bytes = utf8(rows.join('\n') + '\n');
		const whole = await readIn(bytes, bytes.length);
		expect(whole.declined).toBeNull();
		expect(whole.bytesRead).toBe(bytes.length);
		expect(whole.calls.length).toBeGreaterThan(50_000);
		for (const size of [100, 70_000, chunk, 1.5 * (1 << 20), 3 << 20]) {
			expect(await readIn(bytes, size), `chunks of ${size} bytes`).toEqual(whole);
		}
		// Without the WebAssembly scanner (where a page's policy forbids it), every byte looked at.
		for (const size of [70_000, 3 << 20])
			expect(await readIn(bytes, size, false), `no scanner, chunks of ${size}`).toEqual(whole);
	});

	it('gives a piece back for the same reason when the thing falls at a chunk’s end', async () => {
		const rows = generatedFile(4, 200).split('\n').slice(1);
		rows.splice(100, 0, 'Ana,1,2024-01-01,1,2,P1,a lone\rcarriage return');
		const bytes = utf8(rows.join('\n') + '\n');
		const whole = await readIn(bytes, bytes.length);
		expect(whole.declined).toBe('carriage-return');
		const at = bytes.indexOf(13);
		for (const size of [at, at + 1, 64, bytes.length - 1]) {
			expect((await readIn(bytes, size)).declined, `chunks of ${size} bytes`).toBe(
				'carriage-return'
			);
		}
	});
});
