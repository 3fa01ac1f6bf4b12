import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../../engine/personas/prng';
import { ByteRecordReader } from '../byte-records';
import { OrdersBuilder } from '../orders-builder';
import type { ColumnMapping, ColumnRole } from '../types';
import { ROWS_WASM_BASE64 } from './rows-module';

// The row kernel (`rows.as`) against the byte reader's JavaScript path it stands in for: the same
// piece read with and without it must give the same table, counts and rejections, byte for byte.
// (`byte-records.test.ts` holds the byte reader, kernel and all, to the one-worker text import.)

/** 2024-06-01: lines after it are "in the future". */
const TODAY = 19875;

const HEADER = 'Customer,Order,Date,Quantity,Price,Amount,Product,Category,Channel,Note';

// The first values of each list are the common ones (`pick` favours them): most rows are plain.
const CUSTOMERS = [
	'17850.0',
	'17850',
	'13047',
	'C-3PO',
	'"Ana, Lda"',
	' 42 ',
	'007',
	'Zoë',
	'',
	'   ',
	'12345678901234567',
	'"say ""hi"""'
];
const ORDERS = [
	'536365',
	'536366',
	'C536367',
	'INV-9',
	' C12',
	'"C9, late"',
	'"Q""1"',
	'00123',
	'',
	'   ',
	'C'
];
const DATES = [
	'2024-01-05 08:26:00',
	'2024-01-05 09:00:00',
	'2024-02-29',
	'2024-1-5T10:00',
	' 2024-03-01',
	'05/01/2024',
	'2030-01-01',
	'not a date',
	'2024-13-40',
	'3 Jan 2024',
	''
];
const NUMBERS = [
	'12.5',
	'3',
	'-3',
	'0.1',
	'-0',
	'"7"',
	' 4 ',
	'£12.50',
	'1,234.50',
	'1e3',
	'',
	'abc',
	'1e400',
	'12345678901234567',
	'0012',
	'7.',
	'.5'
];
const PRODUCTS = ['P1', 'P2', '"Desk, oak"', '"3"" pin"', 'P3', 'Crème', '', 'ab"c'];
const CATEGORIES = ['A', 'B', '"X, Y"', '', '  '];
const NOTES = ['plain', '', '"a line\nbreak"', '"said ""hi"""', 'x'];

function pick(next: () => number, list: string[]): string {
	const r = next();
	return list[Math.floor(r * r * r * list.length)];
}

/**
 * Data rows only (a piece after the head), `rows` of them, with blank, short and long rows. With
 * `;` between fields, numbers are written with decimal commas.
 */
function generatedPiece(seed: number, rows: number, crlf: boolean, delimiter: string): string {
	const next = createPrng(seed);
	const number = () => {
		const value = pick(next, NUMBERS);
		return delimiter === ';' ? value.replace(/(\d)\.(\d)/, '$1,$2') : value;
	};
	const lines: string[] = [];
	for (let i = 0; i < rows; i++) {
		const fields = [
			pick(next, CUSTOMERS),
			pick(next, ORDERS),
			pick(next, DATES),
			number(),
			number(),
			number(),
			pick(next, PRODUCTS),
			pick(next, CATEGORIES),
			next() < 0.5 ? 'web' : 'shop',
			pick(next, NOTES)
		];
		const shape = next();
		if (shape < 0.01) lines.push('');
		else if (shape < 0.02) lines.push(fields.slice(0, 4).join(delimiter));
		else if (shape < 0.03) lines.push(fields.join(delimiter) + delimiter);
		else lines.push(fields.join(delimiter));
	}
	return lines.join(crlf ? '\r\n' : '\n') + (seed % 3 === 0 ? '' : crlf ? '\r\n' : '\n');
}

const ROLES: ColumnRole[] = [
	'customer',
	'order',
	'date',
	'quantity',
	'unitPrice',
	'ignore',
	'product',
	'category',
	'channel',
	'ignore'
];

function mapping(extra: Partial<ColumnMapping> = {}): ColumnMapping {
	return { roles: ROLES, dateOrder: 'ymd', returnPrefix: 'C', returns: 'net', ...extra };
}

/** A stream of `bytes` in chunks of sizes drawn from `next` (1 B to ~1.2 MB). */
function chunked(bytes: Uint8Array, next: () => number): ReadableStream<Uint8Array> {
	let at = 0;
	return new ReadableStream<Uint8Array>({
		pull(controller) {
			if (at >= bytes.length) return controller.close();
			const size = 1 + Math.floor(next() ** 3 * 1_200_000);
			controller.enqueue(bytes.slice(at, at + size));
			at += size;
		}
	});
}

/** The piece read by the byte reader, with or without the kernel; rows the kernel read. */
async function readPiece(
	bytes: Uint8Array,
	chosen: ColumnMapping,
	delimiter: string,
	useKernel: boolean,
	chunkSeed: number
) {
	const header = HEADER.split(',');
	const decimal = header.map(() => (delimiter === ';' ? ',' : '.') as ',' | '.');
	const builder = new OrdersBuilder(
		chosen,
		header,
		{ decimal, marginInPercent: false },
		delimiter,
		TODAY
	);
	let kernelRows = 0;
	const addKernelRows = builder.addKernelRows.bind(builder);
	builder.addKernelRows = (kernel) => {
		kernelRows += kernel.rows;
		addKernelRows(kernel);
	};
	const reader = new ByteRecordReader(
		chunked(bytes, createPrng(chunkSeed)),
		delimiter,
		header.length,
		undefined,
		true,
		useKernel
	);
	for await (const _ of reader.read(builder)) void _;
	const result = {
		declined: reader.declined,
		bytesRead: reader.bytesRead,
		lineBreaks: reader.lineBreaks,
		rowsRead: builder.rowsRead,
		blankLines: builder.blankLines,
		ignoredReturnLines: builder.ignoredReturnLines,
		rejected: builder.rejected.reasons(),
		futureDates: builder.futureDates,
		table: builder.finishPiece()
	};
	return { result, kernelRows };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the row kernel', () => {
	it('is the module rows.as compiles to', () => {
		const script = fileURLToPath(new URL('../../../../scripts/build-wasm.mjs', import.meta.url));
		const printed = execFileSync(process.execPath, [script, '--print'], { encoding: 'utf8' });
		expect(JSON.parse(printed).rows).toBe(ROWS_WASM_BASE64);
	}, 60_000);

	const cases: [string, Partial<ColumnMapping>, string][] = [
		['quantity × price, returns netted', {}, ','],
		['returns left out', { returns: 'ignore' }, ','],
		['day before month, no return prefix', { dateOrder: 'dmy', returnPrefix: '' }, ','],
		[
			'an amount column beside the quantity',
			{ roles: ROLES.map((r, c) => (c === 4 ? 'ignore' : c === 5 ? 'amount' : r)) },
			','
		],
		['semicolons and decimal commas', {}, ';']
	];
	for (const [name, extra, delimiter] of cases) {
		it(`reads pieces as the JavaScript path reads them (${name})`, async () => {
			let kernelRows = 0;
			let rows = 0;
			for (let seed = 1; seed <= 6; seed++) {
				const text = generatedPiece(seed, seed <= 2 ? 30_000 : 2_000, seed === 4, delimiter);
				const bytes = utf8(text);
				const withKernel = await readPiece(bytes, mapping(extra), delimiter, true, seed);
				const without = await readPiece(bytes, mapping(extra), delimiter, false, seed + 100);
				expect(without.kernelRows).toBe(0);
				expect(without.result.declined).toBeNull();
				expect(withKernel.result, `seed ${seed}`).toEqual(without.result);
				kernelRows += withKernel.kernelRows;
				rows += withKernel.result.rowsRead;
			}
			// The kernel must have read many rows (those whose every field is plain), not left them
			// all to the JavaScript path.
			expect(kernelRows).toBeGreaterThan(rows * 0.15);
		}, 60_000);
	}

	it('gives whole numbers the JavaScript path’s codes across its tables’ growth, with records of its own between', async () => {
		// 40,000 orders (each new, rising, some written as floats or with spaces), 15,000 customers
		// drawn at random (some only on records the kernel stops at: a note with a line break), so
		// that both sides give new numbers codes, alternately, while the kernel's tables grow.
		const next = createPrng(77);
		const lines: string[] = [];
		for (let order = 0; order < 40_000; order++) {
			const customer = Math.floor(next() * 15_000) * 7 + 100_000;
			const count = 1 + Math.floor(next() * 3);
			for (let k = 0; k < count; k++) {
				const r = next();
				// Some ids far from the rest (sparse, up to 15 digits): kept outside the window.
				const far = next() < 0.02 ? String(Math.floor(next() * 1e15)) : null;
				const customerText =
					far ?? (r < 0.05 ? ` ${customer} ` : r < 0.1 ? `${customer}.0` : `${customer}`);
				const note = next() < 0.03 ? '"a line\nbreak"' : 'plain';
				const orderText = next() < 0.02 ? `C${500_000 + order}` : `${500_000 + order}`;
				lines.push(
					[
						customerText,
						orderText,
						'2024-01-05',
						'2',
						'1.5',
						'',
						`${order % 90}`,
						'A',
						'web',
						note
					].join(',')
				);
			}
		}
		const bytes = utf8(lines.join('\n') + '\n');
		const withKernel = await readPiece(bytes, mapping(), ',', true, 5);
		const without = await readPiece(bytes, mapping(), ',', false, 6);
		expect(withKernel.result).toEqual(without.result);
		expect(withKernel.kernelRows).toBeGreaterThan(withKernel.result.rowsRead * 0.7);
		expect(withKernel.result.table.customer.values.numbers.length).toBeGreaterThan(13_000);
	}, 60_000);

	it('is not used for rows that need more than it reads', () => {
		const header = HEADER.split(',');
		const formats = { decimal: header.map(() => '.' as const), marginInPercent: false };
		const builder = (roles: ColumnRole[], extra: Partial<ColumnMapping> = {}) =>
			new OrdersBuilder(mapping({ roles, ...extra }), header, formats, ',', TODAY);
		const withRole = (c: number, role: ColumnRole) => ROLES.map((r, k) => (k === c ? role : r));
		const kernel = builder(ROLES).rowKernel();
		expect(kernel).not.toBeNull();
		kernel!.release();
		expect(builder(withRole(9, 'cost')).rowKernel()).toBeNull();
		expect(builder(withRole(9, 'returnFlag')).rowKernel()).toBeNull();
		expect(builder(withRole(1, 'ignore')).rowKernel()).toBeNull();
		expect(builder(ROLES, { excelSerialDates: true }).rowKernel()).toBeNull();
		expect(builder(ROLES, { returnPrefix: '"' }).rowKernel()).toBeNull();
	});
});
