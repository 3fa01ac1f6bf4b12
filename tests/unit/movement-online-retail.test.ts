/**
 * Movement on the real Online Retail file against an independent DuckDB computation: at each date
 * the customer table written in SQL with DOMAIN.md's order rule (exact decimal sums), quantile_cont
 * (type 7) cut points, the score formulas, and the default rule table as a CASE (first match wins);
 * then the from × to counts, with the earlier date's cut points (frozen) or each date's own
 * (recomputed). Also the command line: the same flows in --json, a flow's customers in
 * --customers, and clear messages for bad dates.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrdersFile } from '../../src/cli/load';
import { computeMovement } from '../../src/lib/engine/movement/compute-movement';
import type { MovementOptions } from '../../src/lib/engine/movement/movement-options';
import { describeMovement } from '../../src/lib/engine/movement/movement-report';
import type { OrdersTable } from '../../src/lib/engine/tables/orders-table';
import { ONLINE_RETAIL } from './online-retail-duckdb';

const run = promisify(execFile);

const FROM = '2011-06-01';
const TO = '2011-12-10';

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

/** `lines`: rows with a customer, amount = quantity × unit price as an exact decimal. */
async function createLines(connection: DuckDBConnection): Promise<void> {
	await connection.run(`
		CREATE TABLE lines AS
		SELECT regexp_replace(trim(CustomerID), '\\.0$', '') AS customer,
		       InvoiceNo AS invoice,
		       CAST(substr(InvoiceDate, 1, 10) AS DATE) AS day,
		       CAST(Quantity AS DECIMAL(18, 3)) * CAST(UnitPrice AS DECIMAL(18, 3)) AS amount
		FROM read_csv('${ONLINE_RETAIL}', all_varchar = true, header = true)
		WHERE CustomerID IS NOT NULL AND trim(CustomerID) <> ''`);
}

/**
 * `at_<name>`: the customer table at `date` (lines on or after it left out). An order is a
 * (customer, invoice) pair that is not a return; a return sums below zero, or to zero with a
 * negative line (zero: within 1e-9 × the sum of |amount|; decimals make it exact here).
 */
async function createTableAt(connection: DuckDBConnection, name: string, date: string) {
	await connection.run(`
		CREATE TABLE at_${name} AS
		WITH pairs AS (
		  SELECT customer, invoice, min(day) AS day, sum(amount) AS total,
		         sum(abs(amount)) AS abs_total, bool_or(amount < 0) AS has_negative
		  FROM lines WHERE day < DATE '${date}' GROUP BY customer, invoice),
		classified AS (
		  SELECT *, abs(total) <= 1e-9 * abs_total AS is_zero FROM pairs),
		orders AS (
		  SELECT * FROM classified
		  WHERE NOT ((total < 0 AND NOT is_zero) OR (is_zero AND has_negative))),
		per_customer AS (
		  SELECT customer, count(*) AS orders, max(day) AS last_day FROM orders GROUP BY customer),
		revenue AS (
		  SELECT customer, CAST(sum(amount) AS DOUBLE) AS value
		  FROM lines WHERE day < DATE '${date}' GROUP BY customer)
		SELECT p.customer, p.orders, DATE '${date}' - p.last_day AS recency, r.value
		FROM per_customer p JOIN revenue r USING (customer)`);
	await connection.run(`
		CREATE TABLE cuts_${name} AS SELECT
		  quantile_cont(CAST(recency AS DOUBLE), [0.2, 0.4, 0.6, 0.8]) AS rc,
		  quantile_cont(CAST(orders AS DOUBLE), [0.2, 0.4, 0.6, 0.8]) AS fc,
		  quantile_cont(value, [0.2, 0.4, 0.6, 0.8]) AS mc
		FROM at_${name}`);
}

/** Segment per customer of `at_<table>` scored with `cuts_<cuts>`; Gone when asked. */
function segmentsSql(table: string, cuts: string, goneAfterDays: number | null): string {
	const below = (column: string, list: string) =>
		[1, 2, 3, 4].map((k) => `CAST(${column} > c.${list}[${k}] AS INTEGER)`).join(' + ');
	const segment =
		goneAfterDays === null
			? SEGMENT_CASE
			: `CASE WHEN recency > ${goneAfterDays} THEN 'gone' ELSE ${SEGMENT_CASE} END`;
	return `
		SELECT customer, ${segment} AS segment FROM (
		  SELECT customer, recency,
		    5 - (${below('recency', 'rc')}) AS r,
		    1 + (${below('orders', 'fc')}) AS f,
		    1 + (${below('value', 'mc')}) AS m
		  FROM at_${table}, cuts_${cuts} AS c)`;
}

type Flows = Record<string, number>;

async function referenceFlows(
	connection: DuckDBConnection,
	policy: 'frozen' | 'recomputed',
	goneAfterDays: number | null = null
): Promise<Flows> {
	const rows = (
		await connection.runAndReadAll(`
		WITH before AS (${segmentsSql('from', 'from', goneAfterDays)}),
		     after AS (${segmentsSql('to', policy === 'frozen' ? 'from' : 'to', goneAfterDays)})
		SELECT coalesce(b.segment, 'new') AS source, a.segment AS target, count(*) AS n
		FROM after a LEFT JOIN before b USING (customer)
		GROUP BY source, target`)
	).getRowObjectsJS();
	return Object.fromEntries(rows.map((row) => [`${row.source} → ${row.target}`, Number(row.n)]));
}

const flowsOf = (flows: { from: string; to: string; customers: number }[]): Flows =>
	Object.fromEntries(flows.map((f) => [`${f.from} → ${f.to}`, f.customers]));

describe('movement on Online Retail', () => {
	let orders: OrdersTable;
	const expected: Record<'frozen' | 'recomputed' | 'gone', Flows> = {
		frozen: {},
		recomputed: {},
		gone: {}
	};
	let customersAt: { from: number; to: number };

	beforeAll(async () => {
		const db = await DuckDBInstance.create(':memory:');
		const connection = await db.connect();
		await createLines(connection);
		await createTableAt(connection, 'from', FROM);
		await createTableAt(connection, 'to', TO);
		expected.frozen = await referenceFlows(connection, 'frozen');
		expected.recomputed = await referenceFlows(connection, 'recomputed');
		expected.gone = await referenceFlows(connection, 'frozen', 180);
		const count = async (table: string) =>
			Number(
				(await connection.runAndReadAll(`SELECT count(*) AS n FROM ${table}`)).getRowObjectsJS()[0]
					.n
			);
		customersAt = { from: await count('at_from'), to: await count('at_to') };
		connection.closeSync();
		orders = (await loadOrdersFile(ONLINE_RETAIL)).table;
	}, 120_000);

	const engineFlows = (options: Partial<MovementOptions>) =>
		describeMovement(computeMovement(orders, { from: FROM, to: TO, ...options }));

	it('builds tables of the same size as DuckDB at both dates', () => {
		const report = engineFlows({});
		expect({ from: report.totals.customersBefore, to: report.totals.customersAfter }).toEqual(
			customersAt
		);
	});

	it('counts the same flows as DuckDB with frozen cut points', () => {
		expect(flowsOf(engineFlows({}).flows)).toEqual(expected.frozen);
	});

	it('counts the same flows as DuckDB with recomputed cut points', () => {
		expect(flowsOf(engineFlows({ cutPoints: 'recomputed' }).flows)).toEqual(expected.recomputed);
	});

	it('counts the same flows as DuckDB with Gone after 180 days', () => {
		expect(flowsOf(engineFlows({ includeGone: true, goneAfterDays: 180 }).flows)).toEqual(
			expected.gone
		);
	});

	it('moves customers differently under the two policies', () => {
		expect(expected.frozen).not.toEqual(expected.recomputed);
	});

	const cli = (args: string[]) =>
		run(process.execPath, ['--import', 'tsx', 'src/cli/sieve.ts', 'movement', ...args], {
			cwd: process.cwd(),
			maxBuffer: 1 << 24
		});

	it('prints the same flows from the command line, and writes a flow’s customers', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'sieve-movement-'));
		const out = join(folder, 'at-risk.csv');
		const { stdout } = await cli([
			ONLINE_RETAIL,
			'--from',
			FROM,
			'--to',
			TO,
			'--json',
			'--customers',
			out,
			'--flow',
			'champions,at-risk'
		]);
		const printed = JSON.parse(stdout) as {
			flows: { from: string; to: string; customers: number }[];
		};
		expect(flowsOf(printed.flows)).toEqual(expected.frozen);
		const csv = await readFile(out, 'utf8');
		expect(csv.startsWith('\uFEFFcustomer_id,from,to,value_before,value_after,')).toBe(true);
		expect(csv.trimEnd().split('\r\n').length - 1).toBe(expected.frozen['champions → at-risk']);
	}, 60_000);

	it('says so when the from-date is before the first order, with exit code 2', async () => {
		const failure = await cli([ONLINE_RETAIL, '--from', '2010-11-01', '--to', TO]).catch(
			(error: { code: number; stderr: string }) => error
		);
		expect(failure).toMatchObject({ code: 2 });
		expect((failure as { stderr: string }).stderr).toContain(
			'The from-date 2010-11-01 is on or before the first order (2010-12-01)'
		);
	}, 60_000);
});
