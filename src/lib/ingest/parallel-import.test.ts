import { describe, expect, it } from 'vitest';
import { importOrders } from './import-orders';
import {
	HEAD_PIECE_BYTES,
	importOrdersParallel,
	parsePiece,
	pieceBoundaries,
	WARM_UP_BYTES,
	warmUpRequest
} from './parallel-import';
import type { PieceRequest, PieceRunner } from './parallel-import';
import { pieceBuffers } from './merge-tables';
import { packedValuesOf } from '../engine/tables/orders-table';
import { offerSpareBuffers, spareBufferCount } from './spare-buffers';
import { streamChunks } from './stream-chunks';
import type { ColumnMapping, ColumnRole } from './types';

// The reference is the one-worker `importOrders` on the same bytes: the parallel import must give
// the same table (columns, dictionaries, codes) and the same report (rejected rows, line numbers,
// warnings), wherever the file is cut. Pieces run in process here (`parsePiece` on Blob slices).

/** 2024-06-01: lines after it are "in the future" (a warning naming their lines). */
const TODAY = 19875;
const ROLES: ColumnRole[] = ['customer', 'order', 'date', 'amount', 'ignore'];
const mapping = (extra: Partial<ColumnMapping> = {}): ColumnMapping => ({
	roles: ROLES,
	dateOrder: 'dmy',
	returnPrefix: 'C',
	returns: 'net',
	...extra
});

/**
 * 60 rows over customers with accents and CJK names, some notes quoted with a line break (`\n`
 * or `\r\n`) or a comma, and rejected rows (bad date, no customer, wrong field count), blank lines
 * and future dates spread over the file.
 */
function ordersText(newline = '\n'): string {
	const names = ['Zoë', '東京商店', 'Ana', '17850.0', 'Björk', 'C-3PO'];
	const lines = ['customer,order,date,amount,note'];
	for (let i = 0; i < 60; i++) {
		const customer = names[i % names.length];
		const order = i % 9 === 4 ? `C${500 + (i >> 1)}` : String(500 + (i >> 1));
		const date = i % 17 === 16 ? '2024-07-02' : `2024-0${1 + (i % 5)}-1${i % 10}`;
		const amount = i % 9 === 4 ? `-${i}.5` : `${i}.25`;
		const note =
			i % 4 === 1
				? `"first line${newline}second, line"`
				: i % 4 === 2
					? `"said ""hi"", left"`
					: 'plain';
		if (i % 13 === 7) lines.push(`${customer},${order},not a date,${amount},${note}`);
		else if (i % 13 === 9) lines.push(`,${order},${date},${amount},${note}`);
		else if (i % 13 === 11) lines.push(`${customer},${order},${date}`);
		else lines.push(`${customer},${order},${date},${amount},${note}`);
		if (i % 10 === 5) lines.push('');
	}
	return lines.join(newline) + newline;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const blobOf = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);

/** Windows-1252 bytes of `text` (ASCII, Latin-1 letters, and € – ™). */
function cp1252(text: string): Uint8Array {
	const high: Record<string, number> = { '€': 0x80, '–': 0x96, '™': 0x99 };
	return Uint8Array.from(text, (c) => high[c] ?? c.charCodeAt(0));
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
	const bytes = new Uint8Array(2 + text.length * 2);
	const view = new DataView(bytes.buffer);
	view.setUint16(0, 0xfeff, littleEndian);
	for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
	return bytes;
}

/** Byte offset of the `n`-th occurrence of `needle` in `bytes`. */
function offsetOf(bytes: Uint8Array, needle: Uint8Array, n = 0): number {
	let seen = 0;
	for (let i = 0; i + needle.length <= bytes.length; i++) {
		if (needle.every((b, j) => bytes[i + j] === b) && seen++ === n) return i;
	}
	throw new Error('needle not found');
}

async function bothWays(bytes: Uint8Array, splitAt: number[], extra: Partial<ColumnMapping> = {}) {
	const file = blobOf(bytes);
	const single = await importOrders(
		streamChunks(file.stream() as ReadableStream<Uint8Array>),
		mapping(extra),
		{ today: TODAY }
	);
	const requests: PieceRequest[] = [];
	const runPiece: PieceRunner = (request, options) => {
		requests.push(request);
		return parsePiece(request, options);
	};
	const parallel = await importOrdersParallel(file, mapping(extra), {
		pieces: splitAt.length + 1,
		splitAt,
		runPiece,
		today: TODAY
	});
	return { single, parallel, requests };
}

describe('a file cut into pieces reads as the whole file', () => {
	it('gives the one-worker table and report when cut at three places', async () => {
		const bytes = utf8(ordersText());
		const { single, parallel, requests } = await bothWays(bytes, [
			Math.floor(bytes.length / 4),
			Math.floor(bytes.length / 2),
			Math.floor((3 * bytes.length) / 4)
		]);
		expect(requests.filter((r) => r.start > 0).length).toBeGreaterThanOrEqual(2);
		expect(parallel).toEqual(single);
	});

	it('keeps the file’s line numbers in rejected rows and warnings after quoted line breaks', async () => {
		const bytes = utf8(ordersText());
		const { single, parallel } = await bothWays(bytes, [Math.floor(bytes.length / 2)]);
		// Hand count: row i sits on line 2 + i + (quoted breaks before it: rows j % 4 = 1, but row 37
		// is cut short before its note) + (blank lines before it: after rows 5, 15, 25 …).
		const lineOfRow = (i: number) =>
			2 + i + Math.floor((i + 2) / 4) - (i > 37 ? 1 : 0) + Math.floor((i + 4) / 10);
		const badDate = parallel!.report.rejected.find((r) => r.reason === 'bad-date')!;
		expect(badDate.examples.map((e) => e.line)).toEqual([7, 20, 33, 46, 59].map(lineOfRow));
		expect(parallel!.report.rejected).toEqual(single.report.rejected);
		expect(parallel!.report.warnings).toEqual(single.report.warnings);
	});

	it('reads a piece again with the next when a cut falls inside a quoted line break', async () => {
		const bytes = utf8(ordersText());
		// Just inside the quotes of a note whose line break is past the middle of the file.
		const quoted = offsetOf(bytes, utf8('"first line\n'), 8);
		const { single, parallel, requests } = await bothWays(bytes, [quoted + 3]);
		// Two pieces, then the first read again through the second's end: three requests.
		expect(requests.map((r) => [r.start, r.end])).toEqual([
			[0, quoted + '"first line\n'.length],
			[quoted + '"first line\n'.length, bytes.length],
			[0, bytes.length]
		]);
		expect(parallel).toEqual(single);
	});

	it('cuts after the whole character when a cut falls inside a multi-byte UTF-8 character', async () => {
		const bytes = utf8(ordersText());
		const tokyo = offsetOf(bytes, utf8('東京商店'), 5);
		const { single, parallel, requests } = await bothWays(bytes, [tokyo + 1, tokyo + 4]);
		expect(requests.length).toBe(2);
		expect(parallel).toEqual(single);
	});

	it('keeps a CRLF whole when a cut falls between its two bytes or on its \\r', async () => {
		const bytes = utf8(ordersText('\r\n'));
		const crlf = offsetOf(bytes, utf8('plain\r\n'), 6) + 5;
		expect(bytes[crlf]).toBe(13);
		const bounds = await pieceBoundaries(blobOf(bytes), [crlf, crlf + 1], 'utf-8');
		expect(bounds.slice(1, -1)).toEqual([crlf + 2]);
		const { single, parallel } = await bothWays(bytes, [crlf + 1]);
		expect(parallel).toEqual(single);
	});

	it('reads files whose lines end in a lone \\r', async () => {
		const bytes = utf8(ordersText('\r'));
		const { single, parallel } = await bothWays(bytes, [Math.floor(bytes.length / 3)]);
		expect(parallel).toEqual(single);
	});

	it('reads Windows-1252 bytes (€ – ™) in every piece as the whole file does', async () => {
		const text = ordersText()
			.replace(/plain/g, 'Caf\u00e9 \u20ac5 \u2013 Brand\u2122')
			.replace(/Zoë/g, 'Zo\u00eb');
		const bytes = cp1252(text);
		const { single, parallel } = await bothWays(bytes, [
			Math.floor(bytes.length / 3),
			Math.floor((2 * bytes.length) / 3)
		]);
		expect(single.report.encoding).toBe('windows-1252');
		expect(single.table.customer.values).toContain('Zoë');
		expect(parallel).toEqual(single);
	});

	it('reads UTF-16 (both byte orders) cut at an odd byte', async () => {
		for (const littleEndian of [true, false]) {
			const bytes = utf16(ordersText('\r\n'), littleEndian);
			const odd = Math.floor(bytes.length / 2) | 1;
			const { single, parallel, requests } = await bothWays(bytes, [odd]);
			expect(single.report.encoding).toBe(littleEndian ? 'utf-16le' : 'utf-16be');
			expect(requests[1].start % 2).toBe(0);
			expect(parallel).toEqual(single);
		}
	});

	it('follows a stray quote that pairs with a later one exactly as the whole file does', async () => {
		const bytes = utf8(ordersText().replace('Ana,501,', 'Ana,"501,'));
		for (const at of [0.2, 0.4, 0.6, 0.8]) {
			const { single, parallel } = await bothWays(bytes, [Math.floor(bytes.length * at)]);
			expect(parallel).toEqual(single);
		}
	});

	it('rejects a preset’s not-a-sale rows in every piece as the whole file does', async () => {
		const bytes = utf8(ordersText());
		const preset = { ...NO_RULES, status: 4, notSaleStatuses: ['plain'] };
		const { single, parallel } = await bothWays(bytes, [Math.floor(bytes.length / 2)], { preset });
		expect(single.report.rejected.find((r) => r.reason === 'not-a-sale')?.count).toBeGreaterThan(
			10
		);
		expect(parallel).toEqual(single);
	});

	it('merges sparse whole-number ids, and ids that only look numeric, by their text', async () => {
		const lines = ['customer,order,date,amount,note'];
		for (let i = 0; i < 40; i++) {
			// Order ids spread over 10^14 (not dense), customers `007` and `7` (different ids).
			const order = String(1e14 - (i % 7) * 9_876_543_210_123);
			lines.push(`${i % 2 ? '007' : '7'},${order},2024-01-0${1 + (i % 4)},${i},x`);
		}
		const bytes = utf8(lines.join('\n'));
		const { single, parallel } = await bothWays(bytes, [Math.floor(bytes.length / 2)]);
		expect(parallel!.table.customer.values).toEqual(['7', '007']);
		expect(parallel!.table.order.values.length).toBe(7);
		expect(parallel).toEqual(single);
	});

	it('reads with the delimiter chosen by hand, as the whole file does', async () => {
		const bytes = utf8(ordersText().replace(/,/g, ';'));
		const { single, parallel } = await bothWays(bytes, [Math.floor(bytes.length / 2)], {
			delimiter: ';'
		});
		expect(single.report.delimiter).toBe(';');
		expect(parallel).toEqual(single);
	});

	it('merges synthetic orders (no order column) of one customer and day across pieces', async () => {
		const lines = ['customer,date,amount'];
		for (let i = 0; i < 40; i++)
			lines.push(`${i % 3 === 0 ? 'A' : 'B'},2024-01-0${1 + (i % 4)},${i}`);
		const bytes = utf8(lines.join('\n'));
		const file = blobOf(bytes);
		const roles: ColumnRole[] = ['customer', 'date', 'amount'];
		const m: ColumnMapping = { roles, dateOrder: 'dmy', returnPrefix: '', returns: 'net' };
		const single = await importOrders(
			streamChunks(file.stream() as ReadableStream<Uint8Array>),
			m,
			{
				today: TODAY
			}
		);
		const parallel = await importOrdersParallel(file, m, {
			pieces: 3,
			splitAt: [Math.floor(bytes.length / 3), Math.floor((2 * bytes.length) / 3)],
			runPiece: parsePiece,
			today: TODAY
		});
		// 2 customers × 4 days = 8 orders, whichever piece a line is in.
		expect(parallel!.table.order.values.length).toBe(8);
		expect(parallel).toEqual(single);
	});
});

describe('more pieces than workers, merged in file order as they finish', () => {
	/** A cut every 97 bytes: pieces of a few lines, some cut inside quoted line breaks. */
	const manyCuts = (bytes: Uint8Array) =>
		Array.from({ length: Math.floor(bytes.length / 97) }, (_, k) => 97 * (k + 1));

	/** A runner that finishes pieces out of order (a later piece often first), two at a time. */
	function shuffledRunner(seed: number) {
		let state = seed;
		let running = 0;
		let most = 0;
		const requests: PieceRequest[] = [];
		const runPiece: PieceRunner = async (request, options) => {
			requests.push(request);
			most = Math.max(most, ++running);
			state = (state * 1103515245 + 12345) % 2147483648;
			await new Promise((resolve) => setTimeout(resolve, state % 7));
			try {
				return await parsePiece(request, options);
			} finally {
				running--;
			}
		};
		return { runPiece, requests, most: () => most };
	}

	it('gives the one-worker table and report with two workers and pieces finishing out of order', async () => {
		const bytes = utf8(ordersText('\r\n'));
		const single = await importOrders(
			streamChunks(blobOf(bytes).stream() as ReadableStream<Uint8Array>),
			mapping(),
			{ today: TODAY }
		);
		for (const seed of [1, 2, 3]) {
			const runner = shuffledRunner(seed);
			const parallel = await importOrdersParallel(blobOf(bytes), mapping(), {
				pieces: 2,
				splitAt: manyCuts(bytes),
				runPiece: runner.runPiece,
				today: TODAY
			});
			expect(runner.requests.length).toBeGreaterThan(10);
			expect(runner.most()).toBeLessThanOrEqual(3);
			expect(parallel).toEqual(single);
		}
	});

	it('writes later pieces into the buffers of merged ones, with the one-worker result', async () => {
		// Pieces of different lengths, finishing out of order: a buffer of a longer piece holds
		// stale entries past a shorter piece's rows, which must not show.
		const bytes = utf8(ordersText('\r\n'));
		const single = await importOrders(
			streamChunks(blobOf(bytes).stream() as ReadableStream<Uint8Array>),
			mapping(),
			{ today: TODAY }
		);
		const cuts = manyCuts(bytes).filter((_, k) => k % 3 !== 1);
		for (const seed of [4, 5]) {
			const runner = shuffledRunner(seed);
			const offered = new Set<ArrayBuffer>();
			let reused = 0;
			const runPiece: PieceRunner = async (request, options) => {
				const result = await runner.runPiece(request, options);
				for (const buffer of pieceBuffers(result.table)) if (offered.has(buffer)) reused++;
				return result;
			};
			const parallel = await importOrdersParallel(blobOf(bytes), mapping(), {
				pieces: 2,
				splitAt: cuts,
				runPiece,
				recycle: (buffers) => {
					for (const buffer of buffers ?? []) offered.add(buffer);
					offerSpareBuffers(buffers);
				},
				today: TODAY
			});
			expect(parallel).toEqual(single);
			expect(reused).toBeGreaterThan(10);
			expect(spareBufferCount()).toBe(0); // let go when the import ended
		}
	});

	it('reports after each merge columns whose entries are those of the final table', async () => {
		const bytes = utf8(ordersText());
		const seen: { key: string; values: number[]; codes: boolean }[] = [];
		const parallel = await importOrdersParallel(blobOf(bytes), mapping(), {
			pieces: 2,
			splitAt: manyCuts(bytes),
			runPiece: parsePiece,
			today: TODAY,
			onMerged: (columns) => {
				for (const { key, array, length, codes } of columns)
					seen.push({ key, values: Array.from(array.subarray(0, length)), codes });
			}
		});
		const table = parallel!.table;
		// The customers' and orders' numbers too (their whole-number ids, -1 for a text one).
		const final: Record<string, ArrayLike<number>> = {
			'orders.customer.codes': table.customer.codes,
			'orders.order.codes': table.order.codes,
			'orders.customer.numbers': packedValuesOf(table.customer)!.numbers,
			'orders.order.numbers': packedValuesOf(table.order)!.numbers,
			'orders.day': table.day,
			'orders.amount': table.amount
		};
		expect(new Set(seen.map((s) => s.key))).toEqual(new Set(Object.keys(final)));
		// Only a dictionary's codes are numbered in order of first appearance.
		for (const { key, codes } of seen) expect(codes, key).toBe(key.endsWith('.codes'));
		expect(Array.from(final['orders.order.numbers']).some((n) => n >= 0)).toBe(true);
		const lengths = seen.filter((s) => s.key === 'orders.day').map((s) => s.values.length);
		expect(lengths.length).toBeGreaterThan(5);
		expect(lengths.at(-1)).toBe(table.rowCount);
		for (const { key, values } of seen)
			expect(values).toEqual(Array.from(final[key]).slice(0, values.length));
	});
});

/** A preset's rules, none used. */
const NO_RULES = {
	id: 'test',
	lineDiscount: -1,
	orderDiscount: -1,
	orderRefund: -1,
	cancelled: -1,
	fillDown: false,
	status: -1,
	notSaleStatuses: []
};

describe('files the parallel import leaves to one worker', () => {
	it('declines a file whose last quote never closes (its recovery depends on where the text is cut)', async () => {
		const bytes = utf8(ordersText() + 'Ana,"999,2024-01-01,5,plain\nAna,998,2024-01-01,5,plain\n');
		const { single, parallel } = await bothWays(bytes, [Math.floor(bytes.length / 2)]);
		expect(single.report.rejected.map((r) => r.reason)).toContain('unclosed-quote');
		expect(parallel).toBeNull();
	});

	it('declines a preset that fills values down from row to row', async () => {
		const bytes = utf8(ordersText());
		const preset = { ...NO_RULES, fillDown: true };
		const { parallel } = await bothWays(bytes, [Math.floor(bytes.length / 2)], { preset });
		expect(parallel).toBeNull();
	});
});

describe('cancel', () => {
	it('stops every piece and rejects with an AbortError', async () => {
		const bytes = utf8(ordersText());
		const controller = new AbortController();
		const signals: AbortSignal[] = [];
		const runPiece: PieceRunner = (_request, { signal }) => {
			signals.push(signal);
			if (signals.length === 2) controller.abort();
			return new Promise((_, reject) =>
				signal.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError')))
			);
		};
		const run = importOrdersParallel(blobOf(bytes), mapping(), {
			pieces: 2,
			splitAt: [Math.floor(bytes.length / 2)],
			runPiece,
			signal: controller.signal
		});
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
		expect(signals.length).toBe(2);
		expect(signals.every((s) => s.aborted)).toBe(true);
	});
});

describe('rows read ahead of an import (warmUpRequest)', () => {
	/** Plain rows, `bytes` long or a little over, after the header. */
	function plainOrders(bytes: number): Uint8Array {
		const lines = ['customer,order,date,amount,note'];
		let length = lines[0].length + 1;
		for (let i = 0; length < bytes; i++) {
			const line = `${17850 + (i % 97)},${500 + (i >> 2)},2024-0${1 + (i % 5)}-1${i % 10},${i}.25,plain`;
			lines.push(line);
			length += line.length + 1;
		}
		return utf8(lines.join('\n') + '\n');
	}
	const size = HEAD_PIECE_BYTES + WARM_UP_BYTES + (1 << 20);

	it('takes the rows just after the head, from a record start to a record start, read from their bytes', async () => {
		const bytes = plainOrders(size);
		const request = await warmUpRequest(blobOf(bytes), mapping());
		expect(request).not.toBeNull();
		const { start, end } = request!;
		expect(bytes[start - 1]).toBe(10);
		expect(bytes[end - 1]).toBe(10);
		expect(start).toBeGreaterThanOrEqual(HEAD_PIECE_BYTES);
		expect(start - HEAD_PIECE_BYTES).toBeLessThan(100);
		// Both cuts move on to the next line break.
		expect(Math.abs(end - start - WARM_UP_BYTES)).toBeLessThan(100);
		const result = await parsePiece(request!);
		expect(result.readAs).toBe('bytes');
		const lines = new TextDecoder().decode(bytes.subarray(start, end)).split('\n').length - 1;
		expect(result.rowsRead).toBe(lines);
		expect(result.rejected).toEqual([]);
	});

	it('is null for a file too small for it, a gzip file and a mapping without a customer column', async () => {
		expect(await warmUpRequest(blobOf(plainOrders(HEAD_PIECE_BYTES)), mapping())).toBeNull();
		const gzip = new Uint8Array(size);
		gzip.set([0x1f, 0x8b, 8, 0]);
		expect(await warmUpRequest(blobOf(gzip), mapping())).toBeNull();
		const roles: ColumnRole[] = ['ignore', 'order', 'date', 'amount', 'ignore'];
		expect(await warmUpRequest(blobOf(plainOrders(size)), mapping({ roles }))).toBeNull();
	});
});
