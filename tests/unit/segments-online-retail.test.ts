/**
 * RFM cut points and segment counts on the real Online Retail file against an independent DuckDB
 * computation: quantile_cont (type 7) cut points, scores by counting cut points below, and
 * DOMAIN.md's default rule table written out as a SQL CASE (first match wins).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrdersFile } from '../../src/cli/load';
import {
	buildCustomerTable,
	type CustomerTable
} from '../../src/lib/engine/customers/customer-table';
import { scoreRfm, type RfmResult } from '../../src/lib/engine/segments/rfm';
import { assignSegments, DEFAULT_SEGMENT_RULES } from '../../src/lib/engine/segments/segment-rules';
import { createCustomerValues, ONLINE_RETAIL } from './online-retail-duckdb';

const run = promisify(execFile);

const SEGMENT_CASE = `
	CASE
	  WHEN r = 5 AND f = 5 AND m = 5 THEN 'champions'
	  WHEN r BETWEEN 3 AND 5 AND f BETWEEN 3 AND 5 AND m BETWEEN 2 AND 5 THEN 'potential-loyalist'
	  WHEN r BETWEEN 2 AND 4 AND f BETWEEN 2 AND 4 AND m BETWEEN 2 AND 4 THEN 'loyal-customers'
	  WHEN r BETWEEN 3 AND 4 AND f BETWEEN 1 AND 3 AND m BETWEEN 3 AND 5 THEN 'promising'
	  WHEN r BETWEEN 4 AND 5 AND f BETWEEN 1 AND 3 AND m BETWEEN 1 AND 5 THEN 'new-customers'
	  WHEN r BETWEEN 1 AND 2 AND f BETWEEN 3 AND 4 AND m BETWEEN 4 AND 5 THEN 'cant-lose-them'
	  WHEN r BETWEEN 1 AND 2 AND f BETWEEN 2 AND 5 AND m BETWEEN 4 AND 5 THEN 'at-risk'
	  WHEN r BETWEEN 1 AND 3 AND f BETWEEN 3 AND 5 AND m BETWEEN 3 AND 5 THEN 'need-attention'
	  WHEN r BETWEEN 2 AND 3 AND f BETWEEN 1 AND 3 AND m BETWEEN 1 AND 4 THEN 'about-to-sleep'
	  WHEN r = 1 THEN 'lost'
	  ELSE 'others'
	END`;

interface Reference {
	cuts: { recency: number[]; frequency: number[]; monetary: number[] };
	counts: Record<string, number>;
	topCell: number;
}

async function reference(connection: DuckDBConnection): Promise<Reference> {
	const ps = '[0.2, 0.4, 0.6, 0.8]';
	await connection.run(`
		CREATE TABLE cuts AS SELECT
		  quantile_cont(CAST(recency AS DOUBLE), ${ps}) AS rc,
		  quantile_cont(CAST(orders AS DOUBLE), ${ps}) AS fc,
		  quantile_cont(value, ${ps}) AS mc
		FROM customer_values`);
	const below = (column: string, cuts: string) =>
		[1, 2, 3, 4].map((k) => `CAST(${column} > ${cuts}[${k}] AS INTEGER)`).join(' + ');
	await connection.run(`
		CREATE TABLE scored AS SELECT customer,
		  5 - (${below('recency', 'rc')}) AS r,
		  1 + (${below('orders', 'fc')}) AS f,
		  1 + (${below('value', 'mc')}) AS m
		FROM customer_values, cuts`);
	const cuts = (await connection.runAndReadAll('SELECT rc, fc, mc FROM cuts')).getRowObjectsJS()[0];
	const list = (value: unknown) => (value as number[]).map(Number);
	const counts = Object.fromEntries(
		(
			await connection.runAndReadAll(
				`SELECT ${SEGMENT_CASE} AS segment, count(*) AS n FROM scored GROUP BY segment`
			)
		)
			.getRowObjectsJS()
			.map((row) => [String(row.segment), Number(row.n)])
	);
	const topCell = (
		await connection.runAndReadAll(
			'SELECT count(*) AS n FROM scored WHERE r >= 4 AND f >= 4 AND m >= 4'
		)
	).getRowObjectsJS()[0];
	return {
		cuts: { recency: list(cuts.rc), frequency: list(cuts.fc), monetary: list(cuts.mc) },
		counts,
		topCell: Number(topCell.n)
	};
}

describe('RFM segments on Online Retail', () => {
	let expected: Reference;
	let customers: CustomerTable;
	let rfm: RfmResult;

	beforeAll(async () => {
		const db = await DuckDBInstance.create(':memory:');
		const connection = await db.connect();
		await createCustomerValues(connection);
		expected = await reference(connection);
		connection.closeSync();
		customers = buildCustomerTable((await loadOrdersFile(ONLINE_RETAIL)).table);
		rfm = scoreRfm(customers);
	}, 120_000);

	it('takes the same quintile cut points as DuckDB quantile_cont', () => {
		expect(rfm.cutPoints.recency).toEqual(expected.cuts.recency);
		expect(rfm.cutPoints.frequency).toEqual(expected.cuts.frequency);
		rfm.cutPoints.monetary.forEach((cut, k) => {
			expect(Math.abs(cut - expected.cuts.monetary[k])).toBeLessThan(1e-9 * Math.abs(cut));
		});
	});

	it('counts the same customers in every default segment', () => {
		const assignment = assignSegments(rfm, DEFAULT_SEGMENT_RULES);
		const counts = Object.fromEntries(
			assignment.slugs
				.map((slug, k) => [slug, assignment.counts[k]] as const)
				.filter(([, n]) => n > 0)
		);
		expect(counts).toEqual(expected.counts);
		expect(assignment.counts.reduce((a, b) => a + b, 0)).toBe(customers.count);
	});

	it('prints the same counts from the command line, with default and with custom rules', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'sieve-segments-'));
		const rulesPath = join(folder, 'rules.json');
		await writeFile(
			rulesPath,
			JSON.stringify([{ name: 'Top cell', recency: [4, 5], frequency: [4, 5], monetary: [4, 5] }])
		);
		const cli = async (extra: string[]) =>
			JSON.parse(
				(
					await run(
						process.execPath,
						['--import', 'tsx', 'src/cli/sieve.ts', 'segments', ONLINE_RETAIL, '--json', ...extra],
						{ cwd: process.cwd(), maxBuffer: 1 << 24 }
					)
				).stdout
			) as { segments: { slug: string; customers: number }[]; nonEmptySegments: number };
		const countsOf = (printed: { segments: { slug: string; customers: number }[] }) =>
			Object.fromEntries(
				printed.segments.filter((s) => s.customers > 0).map((s) => [s.slug, s.customers])
			);

		const byDefault = await cli([]);
		expect(countsOf(byDefault)).toEqual(expected.counts);
		expect(byDefault.nonEmptySegments).toBe(Object.keys(expected.counts).length);

		const exportPath = join(folder, 'top.csv');
		const custom = await cli([
			'--rules',
			rulesPath,
			'--export',
			exportPath,
			'--segment',
			'top-cell'
		]);
		expect(countsOf(custom)).toEqual({
			'top-cell': expected.topCell,
			others: customers.count - expected.topCell
		});
		const csv = await readFile(exportPath, 'utf8');
		// The shared customer columns first, then the segment's own (every export's layout).
		expect(csv.startsWith('\uFEFFcustomer_id,orders,net_revenue,')).toBe(true);
		expect(csv.split('\r\n')[0]).toContain(',segment,r,f,m,');
		expect(csv.trimEnd().split('\r\n').length).toBe(expected.topCell + 1);
	}, 60_000);
});
