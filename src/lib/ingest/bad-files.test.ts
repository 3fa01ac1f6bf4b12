import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../engine/tables/orders-table';
import { importOrders, sniffOrders } from './index';
import type { ColumnMapping } from './index';

// The corpus of tests/fixtures/bad/ (written by tests/fixtures/make-bad-files.mjs). Each file must
// give a clear message or the figures counted by hand below — through the API (as the page's worker
// calls it: sniff, accept the suggested mapping, import) and through the command line.

const FOLDER = join(process.cwd(), 'tests/fixtures/bad');
const run = promisify(execFile);

interface Figures {
	rows: number;
	lines: number;
	rejected: Record<string, number>;
	customers: number;
	orders: number;
	returns: number;
	netRevenue: number;
	firstDate: string;
	lastDate: string;
	encoding?: string;
	delimiter?: string;
}

type Case =
	{ file: string; message: RegExp } | { file: string; figures: Figures; warning?: RegExp };

const CASES: Case[] = [
	{ file: 'empty.csv', message: /^The file is empty\.$/ },
	{
		file: 'header-only.csv',
		message: /^The file has a header \(customer, date, amount\) but no data rows\.$/
	},
	{ file: 'no-customer-column.csv', message: /^No column is mapped as the customer\./ },
	{
		file: 'binary.csv',
		message: /^This doesn't look like a text file \(it holds binary data: a zero byte at byte 9\)/
	},
	{
		// 1234.56 − 34.56 + 99.90 + 0.50 = 1300.40; no order column, so orders are customer-days:
		// K-001 on 31.12 (order), K-001 on 02.01 (−34.56: a return), K-002, K-003.
		file: 'semicolon-decimal-comma.csv',
		figures: {
			rows: 4,
			lines: 4,
			rejected: {},
			customers: 3,
			orders: 3,
			returns: 1,
			netRevenue: 1300.4,
			firstDate: '2023-12-31',
			lastDate: '2024-01-16',
			delimiter: ';'
		},
		warning: /Decimal commas are read in Betrag/
	},
	{
		// 01/02, 03/04, 05/06: nothing over 12, so day first (1 Feb … 5 Jun) with a warning.
		file: 'ambiguous-dates.csv',
		figures: {
			rows: 3,
			lines: 3,
			rejected: {},
			customers: 2,
			orders: 3,
			returns: 0,
			netRevenue: 35,
			firstDate: '2024-02-01',
			lastDate: '2024-06-05'
		},
		warning: /No date in the sample tells day and month apart/
	},
	{
		// B has 2 fields, C has 4: both rejected; A (10) and D (40) kept.
		file: 'ragged-rows.csv',
		figures: {
			rows: 4,
			lines: 2,
			rejected: { 'wrong-field-count': 2 },
			customers: 2,
			orders: 2,
			returns: 0,
			netRevenue: 50,
			firstDate: '2024-01-01',
			lastDate: '2024-01-04'
		},
		warning: /2 of the first 4 rows have a different number of fields/
	},
	{
		file: 'long-field.csv',
		figures: {
			rows: 3,
			lines: 3,
			rejected: {},
			customers: 3,
			orders: 3,
			returns: 0,
			netRevenue: 60,
			firstDate: '2024-01-01',
			lastDate: '2024-01-03'
		}
	},
	{
		// B's and F's quotes never close: those two lines go, A C D E (10 + 30 + 40 + 50) stay.
		file: 'unclosed-quote.csv',
		figures: {
			rows: 6,
			lines: 4,
			rejected: { 'unclosed-quote': 2 },
			customers: 4,
			orders: 4,
			returns: 0,
			netRevenue: 130,
			firstDate: '2024-01-01',
			lastDate: '2024-01-05'
		}
	},
	{
		// José 12.50 + 5.00, Zoë 7.50, with £ and é written as single Windows-1252 bytes.
		file: 'windows-1252.csv',
		figures: {
			rows: 3,
			lines: 3,
			rejected: {},
			customers: 2,
			orders: 3,
			returns: 0,
			netRevenue: 25,
			firstDate: '2024-01-01',
			lastDate: '2024-01-03',
			encoding: 'windows-1252'
		}
	},
	{
		file: 'utf-16le-bom.csv',
		figures: {
			rows: 2,
			lines: 2,
			rejected: {},
			customers: 2,
			orders: 2,
			returns: 0,
			netRevenue: 15,
			firstDate: '2024-03-01',
			lastDate: '2024-03-02',
			encoding: 'utf-16le'
		}
	}
];

async function importThroughApi(file: string) {
	const bytes = new Uint8Array(readFileSync(join(FOLDER, file)));
	const sniff = sniffOrders(bytes, true);
	async function* once() {
		yield bytes;
	}
	const { table, report } = await importOrders(once(), sniff.mapping as ColumnMapping);
	return { sniff, table, report };
}

async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run(
			'node',
			['--import', 'tsx', 'src/cli/sieve.ts', 'summary', ...args],
			{
				cwd: process.cwd()
			}
		);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

describe('bad files through the API', () => {
	it.each(CASES)('$file', async (testCase) => {
		if ('message' in testCase) {
			await expect(importThroughApi(testCase.file)).rejects.toMatchObject({
				name: 'IngestError',
				message: expect.stringMatching(testCase.message)
			});
			return;
		}
		const { sniff, report } = await importThroughApi(testCase.file);
		const { figures } = testCase;
		expect(report.rowsRead).toBe(figures.rows);
		expect(report.lines).toBe(figures.lines);
		expect(Object.fromEntries(report.rejected.map((r) => [r.reason, r.count]))).toEqual(
			figures.rejected
		);
		expect(report.customers).toBe(figures.customers);
		expect(report.orders).toBe(figures.orders);
		expect(report.returns).toBe(figures.returns);
		expect(report.netRevenue).toBeCloseTo(figures.netRevenue, 9);
		expect(formatDay(report.firstDay)).toBe(figures.firstDate);
		expect(formatDay(report.lastDay)).toBe(figures.lastDate);
		expect(report.encoding).toBe(figures.encoding ?? 'utf-8');
		expect(report.delimiter).toBe(figures.delimiter ?? ',');
		if (testCase.warning) expect(sniff.warnings.join('\n')).toMatch(testCase.warning);
	});

	it('warns before import when no customer column is recognised', () => {
		const bytes = new Uint8Array(readFileSync(join(FOLDER, 'no-customer-column.csv')));
		expect(sniffOrders(bytes, true).warnings).toContain(
			'No customer column was recognised: choose the column that identifies the customer.'
		);
	});

	it('keeps the 100,000-character field whole, with its commas, quotes and line breaks', async () => {
		const bytes = new Uint8Array(readFileSync(join(FOLDER, 'long-field.csv')));
		const sniff = sniffOrders(bytes, true);
		expect(sniff.preview[1][3].length).toBe(100_000);
		expect(sniff.preview[1][3].startsWith('abc, "q" x\nabc')).toBe(true);
	});

	it('decodes Windows-1252 letters in customer ids', async () => {
		const { table } = await importThroughApi('windows-1252.csv');
		expect(table.customer.values).toEqual(['José', 'Zoë']);
	});

	it('reports the unclosed quotes with their lines', async () => {
		const { report } = await importThroughApi('unclosed-quote.csv');
		expect(report.rejected[0].examples).toEqual([
			{ line: 3, text: 'B,2024-01-02,20.00,"broken note' },
			{ line: 7, text: 'F,2024-01-06,60.00,"never closed at the end' }
		]);
	});
});

describe('bad files through the command line', () => {
	it.each(CASES)('$file', async (testCase) => {
		const { code, stdout, stderr } = await runCli([
			join('tests/fixtures/bad', testCase.file),
			'--json'
		]);
		if ('message' in testCase) {
			expect(code).toBe(1);
			expect(stdout).toBe('');
			expect(stderr.trim().replace(/^sieve summary: /, '')).toMatch(testCase.message);
			return;
		}
		expect(code).toBe(0);
		const summary = JSON.parse(stdout);
		const { figures } = testCase;
		expect(summary).toMatchObject({
			rows: figures.rows,
			lines: figures.lines,
			rejected: figures.rejected,
			customers: figures.customers,
			orders: figures.orders,
			returns: figures.returns,
			firstDate: figures.firstDate,
			lastDate: figures.lastDate,
			encoding: figures.encoding ?? 'utf-8'
		});
		expect(summary.netRevenue).toBeCloseTo(figures.netRevenue, 9);
		if (testCase.warning) expect(summary.warnings.join('\n')).toMatch(testCase.warning);
	});

	it('says a cut gzip file is damaged', async () => {
		const { code, stderr } = await runCli(['tests/fixtures/bad/truncated.csv.gz']);
		expect(code).toBe(1);
		expect(stderr).toMatch(
			/truncated\.csv\.gz starts like a gzip file but its compressed data is damaged or cut short/
		);
	});

	it('says a missing file is missing', async () => {
		const { code, stderr } = await runCli(['tests/fixtures/bad/no-such-file.csv']);
		expect(code).toBe(1);
		expect(stderr.trim()).toBe('sieve summary: No such file: tests/fixtures/bad/no-such-file.csv');
	});

	it('reads ambiguous dates month first when asked', async () => {
		const { code, stdout } = await runCli([
			'tests/fixtures/bad/ambiguous-dates.csv',
			'--json',
			'--date-order',
			'mdy'
		]);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({ firstDate: '2024-01-02', lastDate: '2024-05-06' });
	});

	it('prints a readable summary without --json', async () => {
		const { code, stdout } = await runCli(['tests/fixtures/bad/ragged-rows.csv']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Rows read {5}4$/m);
		expect(stdout).toMatch(/^Lines kept {4}2$/m);
		expect(stdout).toMatch(
			/wrong number of fields: 2 \(e\.g\. line 3: \(2 fields, expected 3\) B,2024-01-02\)/
		);
	});

	it('refuses unknown options with the usage and exit code 2', async () => {
		const { code, stderr } = await runCli(['tests/fixtures/bad/ragged-rows.csv', '--frobnicate']);
		expect(code).toBe(2);
		expect(stderr).toMatch(/unknown option --frobnicate\nusage: npm run sieve -- summary FILE/);
	});
});
