/**
 * The exported PostgreSQL SQL run by a real PostgreSQL server (issue 16): the demo business's
 * order lines loaded with COPY into a table whose columns are called `order`, `date` and `line`,
 * the SQL built by the CLI's own option builder (cut points frozen at the engine's), and the
 * result compared customer for customer with the engine; then again with the demo's customers
 * file as a table (influencer and high-service-effort tags) and costs (the contribution column). The server comes from
 * `scripts/with-postgres.sh` (PGHOST …); `psql` is the client, the one a nightly job would use.
 * Outside CI the test is skipped without a server; in CI a missing server fails it.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqlExportOptions, type SqlArgs } from '../../src/cli/commands/sql';
import { loadAttributesFile, loadOrdersFile } from '../../src/cli/load';
import { readExportSettings } from '../../src/cli/sql-source';
import { buildSegmentsSql, type SegmentsSql } from '../../src/lib/engine/sql/build-segments-sql';
import { formatDay, type OrdersTable } from '../../src/lib/engine/tables/orders-table';
import { DEFAULT_SEGMENTS_OPTIONS } from '../../src/lib/engine/segments/segments-options';
import { compareAnswers, engineAnswers, type EngineCosts } from './sql-compare';
import { writeDemoFiles } from './sql-setup';

const execute = promisify(execFile);
const hasServer = Boolean(process.env.PGHOST);

/** Runs psql on a file of SQL; returns its CSV output as rows. */
async function psql(sqlPath: string): Promise<Record<string, string>[]> {
	const { stdout } = await execute(
		'psql',
		['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--csv', '-f', sqlPath],
		{
			maxBuffer: 1 << 26
		}
	);
	return Papa.parse<Record<string, string>>(stdout, { header: true, skipEmptyLines: true }).data;
}

/** A CSV field for COPY: quoted when needed; an empty field is NULL. */
function csvField(value: string): string {
	return /[",\r\n]/.test(value) || value.trim() !== value
		? `"${value.replaceAll('"', '""')}"`
		: value;
}

/** The engine's parsed order lines as CSV (line number, customer, order, date, amount …). */
function canonicalLines(orders: OrdersTable): string {
	const rows = ['line,customer,order,date,amount,cost,discounted,category'];
	for (let i = 0; i < orders.rowCount; i++) {
		const category =
			orders.category && orders.category.codes[i] >= 0
				? orders.category.values[orders.category.codes[i]]
				: '';
		const cost = orders.cost && !Number.isNaN(orders.cost[i]) ? String(orders.cost[i]) : '';
		rows.push(
			[
				String(i + 1),
				csvField(orders.customer.values[orders.customer.codes[i]]),
				csvField(orders.order.values[orders.order.codes[i]]),
				formatDay(orders.day[i]),
				String(orders.amount[i]),
				cost,
				orders.discounted ? (orders.discounted[i] === 1 ? 't' : 'f') : '',
				category === '' ? '' : csvField(category)
			].join(',')
		);
	}
	return rows.join('\n') + '\n';
}

describe.runIf(hasServer)('the PostgreSQL SQL in a real server', () => {
	let folder: string;
	let demoPath: string;
	let customersPath: string;

	beforeAll(async () => {
		({ folder, ordersPath: demoPath, customersPath } = await writeDemoFiles('sieve-pg-'));
	});

	/**
	 * The SQL `sieve sql` writes for the demo's lines in "sieve test"."order lines" (cut points
	 * frozen at the engine's), with `more` of its options (the settings file, the customers file).
	 */
	async function postgresSql(more: Partial<SqlArgs>): Promise<SegmentsSql> {
		return buildSegmentsSql(
			await sqlExportOptions(
				{
					file: demoPath,
					dialect: 'postgres',
					from: 'sieve test.order lines',
					columns: { customer: 'customer', order: 'order', date: 'date', line: 'line' },
					recompute: false,
					...more
				},
				await readExportSettings(more.settings)
			)
		);
	}

	/**
	 * The rows psql gives for `sql` after loading the engine's order lines into a table
	 * "sieve test"."order lines" (its columns called `order`, `date` and `line`) and running `more`.
	 */
	async function runInServer(
		name: string,
		orders: OrdersTable,
		more: string[],
		sql: string
	): Promise<Record<string, string>[]> {
		const linesPath = join(folder, `lines-${name}.csv`);
		await writeFile(linesPath, canonicalLines(orders), 'utf8');
		const script = join(folder, `run-${name}.sql`);
		await writeFile(
			script,
			[
				'DROP SCHEMA IF EXISTS "sieve test" CASCADE;',
				'CREATE SCHEMA "sieve test";',
				'CREATE TABLE "sieve test"."order lines" (line BIGINT, customer TEXT, "order" TEXT, "date" DATE,',
				'  amount DOUBLE PRECISION, cost DOUBLE PRECISION, discounted BOOLEAN, category TEXT);',
				`\\copy "sieve test"."order lines" FROM '${linesPath.replaceAll("'", "''")}' WITH (FORMAT csv, HEADER true)`,
				...more,
				sql
			].join('\n'),
			'utf8'
		);
		return psql(script);
	}

	it('gives every customer of the demo business the engine’s influencer and effort tags and contribution', async () => {
		const costs: EngineCosts = {
			by: 'rfm',
			options: {
				costPerOrder: 3,
				costPerReturn: 12,
				costPerEffortPoint: 2,
				marginPercent: 40,
				categoryMargins: { Kitchen: 35 },
				marketingPerCustomer: { champions: 5, lost: 1.5 }
			}
		};
		const orders = (await loadOrdersFile(demoPath)).table;
		const attributes = (await loadAttributesFile(customersPath)).table;
		const { answers } = engineAnswers(
			orders,
			DEFAULT_SEGMENTS_OPTIONS,
			undefined,
			attributes,
			costs
		);
		const settingsPath = join(folder, 'settings.json');
		await writeFile(
			settingsPath,
			JSON.stringify({
				profit: {
					by: 'rfm',
					marginPercent: 40,
					categoryMargins: [{ category: 'Kitchen', margin: 35 }],
					costPerOrder: 3,
					costPerReturn: 12,
					costPerEffortPoint: 2,
					marketing: {
						rfm: [
							{ group: 'champions', amount: 5 },
							{ group: 'lost', amount: 1.5 }
						]
					}
				}
			}),
			'utf8'
		);
		const sql = await postgresSql({
			settings: settingsPath,
			attributes: customersPath,
			attributesFrom: "sieve test.customer's file"
		});
		expect(sql.columns).toContain('contribution');
		expect(sql.tags).toEqual(expect.arrayContaining(['influencer', 'high_service_effort']));
		const rows = await runInServer(
			'costs',
			orders,
			[
				// The customers file as it is, every column typed as the import typed it.
				'CREATE TABLE "sieve test"."customer\'s file" (customer_id TEXT, name TEXT, email TEXT, age DOUBLE PRECISION,',
				'  gender TEXT, city TEXT, occupation TEXT, service_effort DOUBLE PRECISION, followers DOUBLE PRECISION,',
				'  budget DOUBLE PRECISION, problems_opened INTEGER, problems_resolved INTEGER, last_review DATE);',
				`\\copy "sieve test"."customer's file" FROM '${customersPath.replaceAll("'", "''")}' WITH (FORMAT csv, HEADER true)`
			],
			sql.text
		);
		expect(rows.length).toBe(answers.size);
		expect(compareAnswers(answers, rows, sql.tags)).toEqual([]);
		expect(rows.filter((row) => row.influencer === 't').length).toBeGreaterThan(0);
	}, 120_000);

	it('gives every customer of the demo business the engine’s scores, segment, pattern, tags and ABC class', async () => {
		const orders = (await loadOrdersFile(demoPath)).table;
		const { answers } = engineAnswers(orders);
		const sql = await postgresSql({});
		expect(sql.exactSums).toBe(true);
		const rows = await runInServer('plain', orders, [], sql.text);
		expect(rows.length).toBe(answers.size);
		expect(compareAnswers(answers, rows, sql.tags)).toEqual([]);
	}, 120_000);
});

describe.runIf(!hasServer && process.env.CI)('PostgreSQL in CI', () => {
	it('has a server to test against (run the tests inside scripts/with-postgres.sh)', () => {
		expect(process.env.PGHOST, 'PGHOST is not set: CI must start PostgreSQL').toBeDefined();
	});
});
