/**
 * The columns of the exported SQL that read more than the orders (issue 16): the influencer and
 * high-service-effort tags (the customers file) and the Profit family's contribution (the
 * `profit` settings: goods from the cost column or margins, cost per order, per return and per
 * effort point, marketing per group). `sieve sql` writes the SQL, an independent DuckDB runs it,
 * and every customer is compared with the engine (`computeSegments`, `computeProfit`) on the demo
 * business (its own customers file) and on Online Retail (a customers file written here for its
 * real customer ids: repeated ids, `17850.0` ids, empty and text values).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAttributesFile, loadOrdersFile } from '../../src/cli/load';
import { DEFAULT_SEGMENTS_OPTIONS } from '../../src/lib/engine/segments/segments-options';
import { buildSegmentsSql } from '../../src/lib/engine/sql/build-segments-sql';
import { ONLINE_RETAIL } from './online-retail-duckdb';
import {
	compareAnswers,
	engineAnswers,
	type CustomerAnswer,
	type EngineCosts
} from './sql-compare';
import { runSieve as cli, runSqlText, writeDemoFiles } from './sql-setup';

let folder: string;
let connection: DuckDBConnection;

const runSql = (text: string) => runSqlText(connection, text);

/** A `profit` settings section as the page saves it (marketing keyed by group key). */
function profitSection(costs: EngineCosts): Record<string, unknown> {
	const { options, by } = costs;
	return {
		by,
		goodsFrom: options.goodsFrom ?? 'auto',
		marginPercent: options.marginPercent ?? null,
		categoryMargins: Object.entries(options.categoryMargins ?? {}).map(([category, margin]) => ({
			category,
			margin
		})),
		costPerOrder: options.costPerOrder ?? 0,
		costPerReturn: options.costPerReturn ?? 0,
		costPerTicket: 0,
		costPerEffortPoint: options.costPerEffortPoint ?? 0,
		marketing: {
			rfm: [],
			pattern: [],
			persona: [],
			abc: [],
			[by]: Object.entries(options.marketingPerCustomer ?? {}).map(([group, amount]) => ({
				group,
				amount
			}))
		},
		costsSet: true
	};
}

interface Case {
	answers: Map<string, CustomerAnswer>;
	rows: Record<string, unknown>[];
	sql: string;
}

/** The engine's answers and the rows DuckDB gives for the SQL `sieve sql` writes. */
async function runCase(
	name: string,
	ordersPath: string,
	customersPath: string,
	costs: EngineCosts
): Promise<Case> {
	const settingsPath = join(folder, `${name}-settings.json`);
	const sqlPath = join(folder, `${name}.sql`);
	await writeFile(settingsPath, JSON.stringify({ profit: profitSection(costs) }), 'utf8');
	await cli([
		'sql',
		ordersPath,
		'--dialect',
		'duckdb',
		'--attributes',
		customersPath,
		'--settings',
		settingsPath,
		'--out',
		sqlPath
	]);
	const orders = (await loadOrdersFile(ordersPath)).table;
	const attributes = (await loadAttributesFile(customersPath)).table;
	const { answers } = engineAnswers(orders, DEFAULT_SEGMENTS_OPTIONS, undefined, attributes, costs);
	const sql = await readFile(sqlPath, 'utf8');
	return { answers, rows: await runSql(sql), sql };
}

const DEMO_COSTS: EngineCosts = {
	by: 'rfm',
	options: {
		costPerOrder: 3,
		costPerReturn: 12,
		costPerEffortPoint: 2,
		marginPercent: 40,
		categoryMargins: { Kitchen: 35 },
		marketingPerCustomer: { champions: 5, lost: 1.5, others: 0.25 }
	}
};

const RETAIL_COSTS: EngineCosts = {
	by: 'pattern',
	options: {
		marginPercent: 35,
		costPerOrder: 1.5,
		costPerReturn: 4,
		costPerEffortPoint: 0.75,
		marketingPerCustomer: { 'one-time': 2, regular: 0.5 }
	}
};

/**
 * A customers file for Online Retail's customer ids: followers and a 1–12 effort from the id's
 * digits, every 97th value empty, every 89th effort a word, ids ending in 3 written `17853.0`, and
 * every 50th customer repeated further down with other values (the first row must win).
 */
function retailCustomers(ids: string[]): string {
	const rows = ['CustomerID,followers,service_effort,city'];
	const repeated: string[] = [];
	ids.forEach((id, k) => {
		const n = Number(id);
		const followers = k % 97 === 0 ? '' : String((n * 7919) % 5003);
		const effort = k % 89 === 0 ? 'high' : String(1 + ((n * 31) % 12));
		const written = id.endsWith('3') ? `${id}.0` : id;
		rows.push(`${written},${followers},${effort},"Town, ${k % 7}"`);
		if (k % 50 === 0) repeated.push(`${id},999999,10,Elsewhere`);
	});
	return [...rows, ...repeated].join('\n') + '\n';
}

const cases = new Map<string, Case>();

beforeAll(async () => {
	const demo = await writeDemoFiles('sieve-sql-costs-');
	folder = demo.folder;
	connection = await (await DuckDBInstance.create(':memory:')).connect();
	cases.set('demo', await runCase('demo', demo.ordersPath, demo.customersPath, DEMO_COSTS));

	const retailIds = [...(await loadOrdersFile(ONLINE_RETAIL)).table.customer.values].sort();
	const retailCustomersPath = join(folder, 'retail-customers.csv');
	await writeFile(retailCustomersPath, retailCustomers(retailIds), 'utf8');
	cases.set('retail', await runCase('retail', ONLINE_RETAIL, retailCustomersPath, RETAIL_COSTS));
}, 240_000);

afterAll(() => connection?.closeSync());

const TAGS = [
	'discount_seeker',
	'specific_needs',
	'special_occasion',
	'influencer',
	'high_service_effort'
];

describe('the customers file and the costs in the DuckDB SQL', () => {
	it.each([
		['the demo business', 'demo', TAGS],
		['Online Retail', 'retail', ['special_occasion', 'influencer', 'high_service_effort']]
	])('gives every customer of %s the engine’s tags and contribution', (_name, key, tags) => {
		const { answers, rows } = cases.get(key) as Case;
		expect(rows.length).toBe(answers.size);
		expect(compareAnswers(answers, rows, tags)).toEqual([]);
	});

	it.each([
		['the demo business', 'demo'],
		['Online Retail', 'retail']
	])('tags some customers of %s as influencers and as high service effort', (_name, key) => {
		const { rows } = cases.get(key) as Case;
		for (const tag of ['influencer', 'high_service_effort']) {
			const tagged = rows.filter((row) => row[tag] === true).length;
			expect(tagged, tag).toBeGreaterThan(0);
			expect(tagged, tag).toBeLessThan(rows.length);
		}
	});

	it('finds the demo’s planted customers who cost more than they bring', () => {
		const { answers, rows } = cases.get('demo') as Case;
		const losing = rows.filter((row) => Number(row.contribution) < 0).map((row) => row.customer);
		const expected = [...answers.values()]
			.filter((answer) => (answer.contribution as number) < 0)
			.map((answer) => answer.customer);
		expect(losing.length).toBeGreaterThan(0);
		expect(new Set(losing)).toEqual(new Set(expected));
	});

	it('takes the first row of a repeated id in the customers file, as the import does', () => {
		const { rows } = cases.get('retail') as Case;
		// Every 50th customer is repeated with 999999 followers: were that row read, about 88
		// customers would all share the top followers and every one of them would be an influencer.
		const influencers = rows.filter((row) => row.influencer === true).length;
		expect(influencers).toBeLessThanOrEqual(Math.ceil(rows.length * 0.05) + 1);
	});

	it.each([
		['the demo business', 'demo'],
		['Online Retail', 'retail']
	])('gives %s’s contributions to the last bit, summed in the engine’s order', (_name, key) => {
		const { answers, rows } = cases.get(key) as Case;
		const differ = rows.filter(
			(row) => Number(row.contribution) !== answers.get(String(row.customer))?.contribution
		);
		expect(differ.slice(0, 3)).toEqual([]);
	});

	it('says in the SQL where the costs come from', () => {
		const { sql } = cases.get('retail') as Case;
		expect(sql).toContain('-- Contribution: goods from 35% margin; per order 1.5, per return 4,');
		expect(sql).toContain('marketing per customer by pattern.');
	});
});

describe('the contribution worked out by hand', () => {
	it('sums goods, service and marketing for two customers of a table with hostile names', async () => {
		await connection.run(`CREATE OR REPLACE TABLE "order" ("who" VARCHAR, "order" VARCHAR,
			"date" DATE, "amount" DOUBLE, "cost" DOUBLE, "category" VARCHAR)`);
		await connection.run(`INSERT INTO "order" VALUES
			('a', 'o1', DATE '2024-01-10', 100, 60, 'Tea'),
			('a', 'o1', DATE '2024-01-10', 50, NULL, 'Kid''s "kitchen"'),
			('a', 'o2', DATE '2024-02-10', -30, -18, 'Tea'),
			('a', 'o3', DATE '2024-03-01', 80, NULL, NULL),
			('b', 'o4', DATE '2024-03-05', 20, 5, 'Tea')`);
		await connection.run(`CREATE OR REPLACE TABLE "customer's file" (
			"id" VARCHAR, "fans" DOUBLE, "select" DOUBLE)`);
		await connection.run(`INSERT INTO "customer's file" VALUES (' a ', 100, 9), ('b', 0, 11)`);
		const sql = buildSegmentsSql({
			dialect: 'duckdb',
			source: {
				kind: 'table',
				table: 'order',
				columns: {
					customer: 'who',
					order: 'order',
					date: 'date',
					amount: 'amount',
					cost: 'cost',
					category: 'category'
				}
			},
			analysisDate: '2024-04-01',
			startDate: null,
			valueBasis: 'revenue',
			bins: 3,
			cutPoints: { recency: null, frequency: null, monetary: null },
			rules: DEFAULT_SEGMENTS_OPTIONS.rules,
			pattern: DEFAULT_SEGMENTS_OPTIONS.pattern,
			tags: DEFAULT_SEGMENTS_OPTIONS.tags,
			attributes: {
				kind: 'table',
				table: "customer's file",
				columns: {
					customer: 'id',
					influence: 'fans',
					serviceEffort: 'select',
					costEffort: 'select'
				}
			},
			contribution: {
				goodsFrom: 'auto',
				marginPercent: 25,
				categoryMargins: { 'Kid\'s "kitchen"': 20 },
				costPerOrder: 2,
				costPerReturn: 5,
				costPerTicket: 0,
				costPerEffortPoint: 1,
				marketingPerCustomer: { a: 3 },
				marketingBy: 'abc'
			}
		});
		const rows = await runSql(sql.text);
		// a: orders o1, o3 (o2 is a return); revenue 100 + 50 − 30 + 80 = 200; goods 60 + 50 × 0.8
		// − 18 + 80 × 0.75 = 142; service 2 × 2 + 1 × 5 + effort 9 × 1 = 18; class A (nothing before
		// it), marketing 3: 200 − 142 − 18 − 3 = 37. b: revenue 20, goods 5, service 1 × 2 + effort
		// 11, outside 1–10, counted 0; class B (200 before it ≥ 80% of 220, < 95%): 20 − 5 − 2 = 13.
		expect(rows.map((row) => [row.customer, row.abc, row.contribution])).toEqual([
			['a', 'A', 37],
			['b', 'B', 13]
		]);
		// Influencer: the type-7 quantile at 0.95 of [0, 100] is 95; b's 0 is never one. High
		// service effort: effort ≥ 8 whatever the 1–10 range of the cost.
		expect(rows.map((row) => [row.influencer, row.high_service_effort])).toEqual([
			[true, true],
			[false, true]
		]);
	});
});
