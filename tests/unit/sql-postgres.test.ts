/**
 * The exported PostgreSQL SQL run by a real PostgreSQL server (issue 16): the demo business's
 * order lines loaded with COPY into a table whose columns are called `order`, `date` and `line`,
 * the SQL built by the CLI's own option builder (cut points frozen at the engine's), and the
 * result compared customer for customer with the engine. The server comes from
 * `scripts/with-postgres.sh` (PGHOST …); `psql` is the client, the one a nightly job would use.
 * Outside CI the test is skipped without a server; in CI a missing server fails it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqlExportOptions } from '../../src/cli/commands/sql';
import { loadOrdersFile } from '../../src/cli/load';
import { readExportSettings } from '../../src/cli/sql-source';
import { buildSegmentsSql } from '../../src/lib/engine/sql/build-segments-sql';
import { formatDay, type OrdersTable } from '../../src/lib/engine/tables/orders-table';
import { generateDemoBusiness } from '../../src/lib/ingest/demo/index';
import { compareAnswers, engineAnswers } from './sql-compare';

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

	beforeAll(async () => {
		folder = await mkdtemp(join(tmpdir(), 'sieve-pg-'));
		demoPath = join(folder, 'demo-orders.csv');
		await writeFile(demoPath, generateDemoBusiness().ordersCsv, 'utf8');
	});

	it('gives every customer of the demo business the engine’s scores, segment, pattern, tags and ABC class', async () => {
		const orders = (await loadOrdersFile(demoPath)).table;
		const { answers } = engineAnswers(orders);
		const linesPath = join(folder, 'lines.csv');
		await writeFile(linesPath, canonicalLines(orders), 'utf8');

		const settings = await readExportSettings(undefined);
		const sql = buildSegmentsSql(
			await sqlExportOptions(
				{
					file: demoPath,
					dialect: 'postgres',
					from: 'sieve test.order lines',
					columns: { customer: 'customer', order: 'order', date: 'date', line: 'line' },
					recompute: false
				},
				settings
			)
		);
		expect(sql.exactSums).toBe(true);
		const script = join(folder, 'run.sql');
		await writeFile(
			script,
			[
				'DROP SCHEMA IF EXISTS "sieve test" CASCADE;',
				'CREATE SCHEMA "sieve test";',
				'CREATE TABLE "sieve test"."order lines" (line BIGINT, customer TEXT, "order" TEXT, "date" DATE,',
				'  amount DOUBLE PRECISION, cost DOUBLE PRECISION, discounted BOOLEAN, category TEXT);',
				`\\copy "sieve test"."order lines" FROM '${linesPath.replaceAll("'", "''")}' WITH (FORMAT csv, HEADER true)`,
				sql.text
			].join('\n'),
			'utf8'
		);
		const rows = await psql(script);
		expect(rows.length).toBe(answers.size);
		expect(compareAnswers(answers, rows, sql.tags)).toEqual([]);
	}, 120_000);
});

describe.runIf(!hasServer && process.env.CI)('PostgreSQL in CI', () => {
	it('has a server to test against (run the tests inside scripts/with-postgres.sh)', () => {
		expect(process.env.PGHOST, 'PGHOST is not set: CI must start PostgreSQL').toBeDefined();
	});
});
