/**
 * The exported DuckDB SQL (issue 16) run by a real DuckDB gives, customer for customer, the
 * engine's recency, orders, value, R, F, M, segment, pattern, lapsing, tags and ABC class — on
 * Online Retail and on the demo business, with cut points frozen and recomputed, from the command
 * line, and with hostile names.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrdersFile } from '../../src/cli/load';
import { sniffFileSource } from '../../src/cli/sql-source';
import { DEFAULT_SEGMENTS_OPTIONS } from '../../src/lib/engine/segments/segments-options';
import { buildSegmentsSql, type SegmentsSql } from '../../src/lib/engine/sql/build-segments-sql';
import type { SqlExportOptions } from '../../src/lib/engine/sql/sql-options';
import { formatDay } from '../../src/lib/engine/tables/orders-table';
import { ONLINE_RETAIL } from './online-retail-duckdb';
import { compareAnswers, engineAnswers, type CustomerAnswer } from './sql-compare';
import { runSieve as cli, runSqlText, writeDemoFiles } from './sql-setup';

let folder: string;
let demoPath: string;
let connection: DuckDBConnection;

interface Prepared {
	answers: Map<string, CustomerAnswer>;
	frozen: SegmentsSql;
	recomputed: SegmentsSql;
}
const prepared = new Map<string, Prepared>();

const runSql = (text: string) => runSqlText(connection, text);

/** The engine's answer and the SQL for a file: cut points frozen at the engine's, or recomputed. */
async function prepare(file: string): Promise<Prepared> {
	const { answers, customers, cutPoints } = engineAnswers((await loadOrdersFile(file)).table);
	const options: SqlExportOptions = {
		dialect: 'duckdb',
		source: await sniffFileSource(file),
		analysisDate: formatDay(customers.analysisDay),
		startDate: null,
		valueBasis: 'revenue',
		bins: DEFAULT_SEGMENTS_OPTIONS.bins,
		cutPoints: cutPoints as SqlExportOptions['cutPoints'],
		rules: DEFAULT_SEGMENTS_OPTIONS.rules,
		pattern: DEFAULT_SEGMENTS_OPTIONS.pattern,
		tags: DEFAULT_SEGMENTS_OPTIONS.tags
	};
	const recompute = { recency: null, frequency: null, monetary: null };
	return {
		answers,
		frozen: buildSegmentsSql(options),
		recomputed: buildSegmentsSql({ ...options, cutPoints: recompute })
	};
}

beforeAll(async () => {
	({ folder, ordersPath: demoPath } = await writeDemoFiles('sieve-sql-'));
	connection = await (await DuckDBInstance.create(':memory:')).connect();
	for (const file of [ONLINE_RETAIL, demoPath]) prepared.set(file, await prepare(file));
}, 120_000);

afterAll(() => connection?.closeSync());

const FILES: [string, () => string][] = [
	['Online Retail', () => ONLINE_RETAIL],
	['the demo business', () => demoPath]
];

describe('the DuckDB SQL against the engine', () => {
	it.each(FILES)(
		'gives every customer of %s the engine’s scores and groups, cut points frozen or recomputed',
		async (_name, path) => {
			const { answers, frozen, recomputed } = prepared.get(path()) as Prepared;
			for (const statement of frozen.setup) await connection.run(statement);
			const rows = await runSql(frozen.query);
			expect(rows.length).toBe(answers.size);
			expect(compareAnswers(answers, rows, frozen.tags)).toEqual([]);
			// Same lines, cut points from quantile_cont (type 7) instead of literals.
			expect(recomputed.query).toContain('quantile_cont(');
			expect(compareAnswers(answers, await runSql(recomputed.query), recomputed.tags)).toEqual([]);
		},
		60_000
	);

	it('tags some of the demo business’s customers with every tag the orders allow', async () => {
		const { frozen } = prepared.get(demoPath) as Prepared;
		for (const statement of frozen.setup) await connection.run(statement);
		const rows = await runSql(frozen.query);
		expect(frozen.tags).toEqual(['discount_seeker', 'specific_needs', 'special_occasion']);
		for (const tag of [...frozen.tags, 'lapsing']) {
			expect(rows.filter((row) => row[tag] === true).length, tag).toBeGreaterThan(0);
		}
	});
});

describe('sieve sql and segments --engine duckdb', () => {
	it('prints SQL that an independent DuckDB runs to the customers of segments --customers', async () => {
		const sqlPath = join(folder, 'demo.sql');
		const customersPath = join(folder, 'segments-customers.csv');
		await Promise.all([
			cli(['sql', demoPath, '--dialect', 'duckdb', '--out', sqlPath]),
			cli(['segments', demoPath, '--customers', customersPath])
		]);
		const rows = await runSql(await readFile(sqlPath, 'utf8'));
		const expected = Papa.parse<Record<string, string>>(
			(await readFile(customersPath, 'utf8')).replace(/^\uFEFF/, ''),
			{ header: true, skipEmptyLines: true }
		).data;
		expect(rows.length).toBe(expected.length);
		const byId = new Map(rows.map((row) => [String(row.customer), row]));
		const mismatches = expected.filter((want) => {
			const got = byId.get(want.customer_id);
			return (
				!got ||
				['recency_days', 'orders', 'r', 'f', 'm'].some(
					(key) => Number(got[key]) !== Number(want[key])
				) ||
				got.segment !== want.segment ||
				got.pattern !== want.pattern
			);
		});
		expect(mismatches.slice(0, 5)).toEqual([]);
	}, 120_000);

	it('counts the same segments, patterns and ABC classes as the engine with --engine duckdb', async () => {
		const { stdout } = await cli(['segments', demoPath, '--engine', 'duckdb', '--json']);
		const report = JSON.parse(stdout) as {
			customers: number;
			segments: { name: string; customers: number }[];
			patterns: Record<string, number>;
			abc: Record<string, number>;
		};
		const answers = [...(prepared.get(demoPath) as Prepared).answers.values()];
		const tally = (key: 'segment' | 'pattern' | 'abc') => {
			const counts: Record<string, number> = {};
			for (const answer of answers) counts[answer[key]] = (counts[answer[key]] ?? 0) + 1;
			return counts;
		};
		expect(report.customers).toBe(answers.length);
		expect(
			Object.fromEntries(
				report.segments.filter((s) => s.customers > 0).map((s) => [s.name, s.customers])
			)
		).toEqual(tally('segment'));
		expect(report.patterns).toEqual(tally('pattern'));
		expect(report.abc).toEqual(tally('abc'));
	}, 120_000);

	it('refuses a dialect other than DuckDB without --from, with exit code 2', async () => {
		await expect(cli(['sql', demoPath, '--dialect', 'postgres'])).rejects.toMatchObject({
			code: 2,
			stderr: expect.stringContaining('add --from TABLE')
		});
	});
});

describe('hostile names in DuckDB', () => {
	it('reads a table whose columns are called order, date and a quote, and a category with quotes', async () => {
		await connection.run(`CREATE OR REPLACE TABLE "order lines" (
			"cust""id" VARCHAR, "order" VARCHAR, "date" DATE, "amount" DOUBLE, "category" VARCHAR)`);
		await connection.run(`INSERT INTO "order lines" VALUES
			('a', 'o1', DATE '2024-01-05', 10, 'Kids'' "toys"'),
			('a', 'o2', DATE '2024-02-05', 30, 'Kids'' "toys"'),
			('b', 'o3', DATE '2024-02-10', 5, 'Garden; DROP TABLE x'),
			('b', 'o4', DATE '2024-02-11', -5, 'Garden; DROP TABLE x'),
			('c', 'o5', DATE '2024-03-01', 0.1, NULL), ('c', 'o5', DATE '2024-03-01', 0.2, NULL),
			('c', 'o5', DATE '2024-03-01', -0.3, NULL), ('c', 'o6', DATE '2024-03-02', 7, NULL)`);
		const hostile = '\'; DROP TABLE "order lines"; --';
		const sql = buildSegmentsSql({
			dialect: 'duckdb',
			source: {
				kind: 'table',
				table: 'order lines',
				columns: {
					customer: 'cust"id',
					order: 'order',
					date: 'date',
					amount: 'amount',
					category: 'category'
				}
			},
			analysisDate: '2024-04-01',
			startDate: null,
			valueBasis: 'revenue',
			bins: 3,
			cutPoints: { recency: null, frequency: null, monetary: null },
			rules: [
				{
					...DEFAULT_SEGMENTS_OPTIONS.rules[0],
					name: hostile,
					recency: [1, 3],
					frequency: [1, 3],
					monetary: [3, 3]
				}
			],
			pattern: DEFAULT_SEGMENTS_OPTIONS.pattern,
			tags: DEFAULT_SEGMENTS_OPTIONS.tags
		});
		const rows = await runSql(sql.text);
		// a: 2 orders, 40; b: one order (o4 is a return), value 0; c: o5 sums to 5.6e-17 with a
		// negative line, a return by DOMAIN's zero rule, so one order (o6), value 7.000…
		expect(rows.map((row) => [row.customer, Number(row.orders)])).toEqual([
			['a', 2],
			['c', 1],
			['b', 1]
		]);
		expect(rows[0].segment).toBe(hostile);
		expect(rows[0].specific_needs).toBe(true);
		const [count] = await runSql('SELECT count(*) AS n FROM "order lines"');
		expect(Number(count.n)).toBe(8);
	});
});
