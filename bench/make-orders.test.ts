import { DuckDBInstance } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrdersFile, parseSize, sizeLabel, writeOrdersCsv } from './make-orders';

const LINES = 20_000;
let dir: string;

async function query(sql: string): Promise<Record<string, unknown>[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		const reader = await connection.runAndReadAll(sql);
		return reader.getRowObjectsJS() as Record<string, unknown>[];
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}

/** DuckDB reads the file strictly, every column as text, so a mis-quoted line fails the read. */
const source = (path: string) =>
	`read_csv('${path}', header = true, delim = ',', quote = '"', escape = '"', strict_mode = true, all_varchar = true)`;

const sha256 = async (path: string) =>
	createHash('sha256')
		.update(await readFile(path))
		.digest('hex');

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'sieve-make-orders-'));
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('parseSize and sizeLabel', () => {
	it('read 100k, 1m and 10m as line counts and name them back', () => {
		expect(parseSize('100k')).toBe(100_000);
		expect(parseSize('1m')).toBe(1_000_000);
		expect(parseSize('10M')).toBe(10_000_000);
		expect(sizeLabel(1_000_000)).toBe('1m');
		expect(sizeLabel(100_000)).toBe('100k');
		expect(() => parseSize('lots')).toThrow(/Not a size/);
	});
});

describe('writeOrdersCsv', () => {
	it('writes exactly the asked lines, 0.4 orders per line and one customer per 20 lines, as DuckDB counts them', async () => {
		const path = join(dir, 'shape.csv');
		const written = await writeOrdersCsv({ lines: LINES, seed: 7 }, path);
		const [row] = await query(
			`SELECT count(*) AS lines, count(DISTINCT InvoiceNo) AS orders,
				count(DISTINCT CustomerID) AS customers,
				count(*) FILTER (WHERE InvoiceNo LIKE 'C%') AS cancelledLines,
				count(*) FILTER (WHERE InvoiceNo LIKE 'C%' AND CAST(Quantity AS INTEGER) >= 0) AS positiveCancelled,
				min(InvoiceDate) AS firstDate, max(InvoiceDate) AS lastDate
			FROM ${source(path)}`
		);
		expect(Number(row.lines)).toBe(LINES);
		expect(Number(row.orders)).toBe(LINES * 0.4);
		expect(Number(row.customers)).toBe(LINES / 20);
		expect(Number(row.cancelledLines)).toBeGreaterThan(0);
		expect(Number(row.positiveCancelled)).toBe(0);
		expect(row.firstDate).toBe('2010-12-01 08:00:00');
		expect(String(row.lastDate) < '2012-12-01').toBe(true);
		expect((await stat(path)).size).toBe(written.bytes);
	});

	it('quotes about 2% of lines, and DuckDB reads each quoted description with its comma or quote', async () => {
		const path = join(dir, 'quotes.csv');
		const written = await writeOrdersCsv({ lines: LINES, seed: 11 }, path);
		const text = await readFile(path, 'utf8');
		const quotedInText = text.split('\n').filter((line) => line.includes('"')).length;
		expect(quotedInText).toBe(written.quotedLines);
		expect(quotedInText / LINES).toBeGreaterThan(0.015);
		expect(quotedInText / LINES).toBeLessThan(0.025);
		const [row] = await query(
			`SELECT count(*) FILTER (WHERE Description LIKE '%,%' OR Description LIKE '%"%') AS special
			FROM ${source(path)}`
		);
		expect(Number(row.special)).toBe(quotedInText);
	});

	it('makes spend heavy-tailed: the top 20% of customers bring more than half the revenue', async () => {
		const path = join(dir, 'tail.csv');
		await writeOrdersCsv({ lines: LINES, seed: 13 }, path);
		const [row] = await query(
			`WITH spend AS (
				SELECT CustomerID, sum(CAST(Quantity AS DOUBLE) * CAST(UnitPrice AS DOUBLE)) AS revenue
				FROM ${source(path)} GROUP BY 1),
			ranked AS (SELECT revenue, row_number() OVER (ORDER BY revenue DESC) AS rank, count(*) OVER () AS n FROM spend)
			SELECT sum(revenue) FILTER (WHERE rank <= n * 0.2) / sum(revenue) AS topShare FROM ranked`
		);
		expect(Number(row.topShare)).toBeGreaterThan(0.5);
		expect(Number(row.topShare)).toBeLessThan(0.95);
	});

	it('gives the same bytes for the same seed and different bytes for another seed', async () => {
		const a = join(dir, 'a.csv');
		const b = join(dir, 'b.csv');
		const c = join(dir, 'c.csv');
		await writeOrdersCsv({ lines: 5_000, seed: 3 }, a);
		await writeOrdersCsv({ lines: 5_000, seed: 3 }, b);
		await writeOrdersCsv({ lines: 5_000, seed: 4 }, c);
		expect(await sha256(a)).toBe(await sha256(b));
		expect(await sha256(a)).not.toBe(await sha256(c));
	});
});

describe('ensureOrdersFile', () => {
	it('reuses a complete cached file and rewrites one that was cut short', async () => {
		const first = await ensureOrdersFile(5_000, { seed: 5, dir });
		expect(first.reused).toBe(false);
		const hash = await sha256(first.path);
		const second = await ensureOrdersFile(5_000, { seed: 5, dir });
		expect(second.reused).toBe(true);
		expect(second.path).toBe(first.path);
		await truncate(first.path, 1000);
		const third = await ensureOrdersFile(5_000, { seed: 5, dir });
		expect(third.reused).toBe(false);
		expect(await sha256(third.path)).toBe(hash);
	});
});
