/**
 * `npm run sieve -- segments FILE --engine duckdb [--settings FILE.json] [--analysis-date
 * YYYY-MM-DD] [--start YYYY-MM-DD] [--currency CODE|none] [--customers OUT.csv] [--json]`: the Segments method run as
 * SQL by DuckDB (issue 16) — the file is read by DuckDB itself, out of core, so files far larger
 * than a browser tab are segmented on one machine. Cut points are the type-7 quantiles DuckDB
 * computes (or the settings' own); progress goes to stderr.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, DuckDBPendingResultState, type DuckDBConnection } from '@duckdb/node-api';
import { buildSegmentsSql, SqlExportError } from '../../lib/engine/sql/build-segments-sql';
import type { SqlExportOptions } from '../../lib/engine/sql/sql-options';
import { csvMoney, toCsv, type CsvCell } from '../../lib/engine/tables/csv-export';
import { parseIsoDay } from '../../lib/engine/tables/orders-table';
import { IngestError } from '../../lib/ingest/index';
import { currencyColumn } from '../../lib/engine/customers/customer-export-columns';
import { currencyFlagError, parseCurrencyFlag } from '../analysis-input';
import { readExportSettings, SettingsError, sniffFile } from '../sql-source';

const usage =
	'usage: npm run sieve -- segments FILE --engine duckdb [--settings FILE.json] ' +
	'[--analysis-date YYYY-MM-DD] [--start YYYY-MM-DD] [--currency CODE|none] [--customers OUT.csv] [--json]';

interface DuckdbSegmentsArgs {
	file: string;
	settings?: string;
	analysisDate?: string;
	startDate?: string;
	customers?: string;
	/** `--currency`: the amounts' currency instead of the file's ('' for none). */
	currency?: string;
	json: boolean;
}

const VALUE_OPTIONS = [
	'--engine',
	'--settings',
	'--analysis-date',
	'--start',
	'--customers',
	'--currency'
];

function parseArgs(args: string[]): DuckdbSegmentsArgs | string {
	const parsed: Partial<DuckdbSegmentsArgs> = { json: false };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const next = args[i + 1];
		if (VALUE_OPTIONS.includes(arg)) {
			if (next === undefined) return `${arg} needs a value`;
			i++;
		}
		if (arg === '--engine') {
			if (next !== 'duckdb') return `--engine must be duckdb, got ${next}`;
		} else if (arg === '--settings') parsed.settings = next;
		else if (arg === '--analysis-date' || arg === '--start') {
			if (Number.isNaN(parseIsoDay(next))) return `${arg}: not a YYYY-MM-DD date: ${next}`;
			if (arg === '--start') parsed.startDate = next;
			else parsed.analysisDate = next;
		} else if (arg === '--customers') parsed.customers = next;
		else if (arg === '--currency') {
			const currency = parseCurrencyFlag(next);
			if (currency === null) return currencyFlagError(next);
			parsed.currency = currency;
		} else if (arg === '--json') parsed.json = true;
		else if (arg.startsWith('--')) return `unknown option ${arg} (with --engine duckdb)`;
		else if (parsed.file === undefined) parsed.file = arg;
		else return `unexpected argument ${arg}`;
	}
	if (parsed.file === undefined) return 'FILE is required';
	return parsed as DuckdbSegmentsArgs;
}

/** Runs one statement, printing DuckDB's progress on stderr about twice a second. */
async function runWithProgress(
	connection: DuckDBConnection,
	sql: string,
	label: string
): Promise<void> {
	const pending = await connection.start(sql);
	let shown = -1;
	let last = Date.now();
	for (;;) {
		const state = pending.runTask();
		if (state === DuckDBPendingResultState.RESULT_READY) break;
		if (Date.now() - last >= 500) {
			last = Date.now();
			const percent = Math.floor(connection.progress.percentage);
			if (percent >= 0 && percent !== shown) {
				shown = percent;
				process.stderr.write(`sieve segments: ${label} ${percent}%\n`);
			}
		}
		if (state === DuckDBPendingResultState.NO_TASKS_AVAILABLE) {
			await new Promise((resolve) => setTimeout(resolve, 1));
		}
	}
	await pending.getResult();
}

type Row = Record<string, unknown>;

async function rows(connection: DuckDBConnection, sql: string): Promise<Row[]> {
	return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Row[];
}

/** The summary of the result table: counts per segment, pattern, tag and ABC class. */
async function summarise(connection: DuckDBConnection, options: SqlExportOptions, tags: string[]) {
	const bins = options.bins;
	const probabilities = Array.from({ length: bins - 1 }, (_, k) => (k + 1) / bins);
	const [totals] = await rows(
		connection,
		`SELECT count(*) AS customers, sum(value) AS total_value,
		   quantile_cont(CAST(recency_days AS DOUBLE), [${probabilities}]) AS recency,
		   quantile_cont(CAST(orders AS DOUBLE), [${probabilities}]) AS frequency,
		   quantile_cont(value, [${probabilities}]) AS monetary
		 FROM sieve_segments`
	);
	const cutPoints = {
		recency: options.cutPoints.recency ?? (totals.recency as number[]),
		frequency: options.cutPoints.frequency ?? (totals.frequency as number[]),
		monetary: options.cutPoints.monetary ?? (totals.monetary as number[])
	};
	const segmentRows = await rows(
		connection,
		'SELECT segment, count(*) AS customers, sum(value) AS value FROM sieve_segments GROUP BY segment'
	);
	const byName = new Map(segmentRows.map((row) => [String(row.segment), row]));
	const names = [...options.rules.map((rule) => rule.name), 'Others'];
	const total = Number(totals.total_value);
	const segments = names.map((name) => {
		const row = byName.get(name);
		const value = row ? Number(row.value) : 0;
		return {
			name,
			customers: row ? Number(row.customers) : 0,
			value,
			valueShare: total !== 0 ? value / total : null
		};
	});
	const count = async (sql: string) =>
		Object.fromEntries(
			(await rows(connection, sql)).map((row) => [String(row.key), Number(row.n)])
		) as Record<string, number>;
	const patterns = await count(
		'SELECT pattern AS key, count(*) AS n FROM sieve_segments GROUP BY pattern'
	);
	const tagCounts: Record<string, number> = {};
	for (const tag of ['lapsing', ...tags]) {
		const [row] = await rows(connection, `SELECT count(*) AS n FROM sieve_segments WHERE ${tag}`);
		tagCounts[tag] = Number(row.n);
	}
	const abc = await count('SELECT abc AS key, count(*) AS n FROM sieve_segments GROUP BY abc');
	return {
		customers: Number(totals.customers),
		totalValue: total,
		cutPoints,
		segments,
		patterns,
		tags: tagCounts,
		abc
	};
}

/**
 * The per-customer CSV of `segments --customers`, plus the ABC class, formula-safe: the shared
 * column names (`customer_id`, `orders`, `currency`, `recency_days`;
 * `engine/customers/customer-export-columns.ts`) where the SQL gives the same fact; `value` is the
 * chosen basis, to the cent, in `currency` (when known).
 */
async function writeCustomers(
	connection: DuckDBConnection,
	path: string,
	tags: string[],
	currency: string
): Promise<number> {
	const result = await rows(connection, 'SELECT * FROM sieve_segments');
	const money = currencyColumn(currency);
	const table: CsvCell[][] = [
		[
			'customer_id',
			'orders',
			'value',
			...money.header,
			'recency_days',
			'r',
			'f',
			'm',
			'segment',
			'pattern',
			'tags',
			'abc'
		]
	];
	for (const row of result) {
		table.push([
			String(row.customer),
			Number(row.orders),
			csvMoney(Number(row.value)),
			...money.cells(0),
			Number(row.recency_days),
			Number(row.r),
			Number(row.f),
			Number(row.m),
			String(row.segment),
			String(row.pattern),
			tags
				.filter((tag) => row[tag] === true)
				.map((tag) => tag.replaceAll('_', '-'))
				.join(';'),
			String(row.abc)
		]);
	}
	await writeFile(path, toCsv(table), 'utf8');
	return result.length;
}

/** `segments FILE --engine duckdb …`; returns the exit code. */
export async function runSegmentsWithDuckdb(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve segments: ${parsed}\n${usage}`);
		return 2;
	}
	const started = Date.now();
	let folder: string | null = null;
	try {
		const settings = await readExportSettings(parsed.settings);
		const choice = settings.dataset;
		const { source, currency: fileCurrency } = await sniffFile(parsed.file);
		const currency = parsed.currency ?? fileCurrency;
		const options: SqlExportOptions = {
			dialect: 'duckdb',
			source,
			analysisDate: parsed.analysisDate ?? choice.analysisDate ?? null,
			startDate: parsed.startDate ?? choice.startDate ?? null,
			valueBasis: choice.basis,
			bins: settings.segments.bins,
			cutPoints: settings.segments.cutPoints,
			rules: settings.segments.rules,
			pattern: settings.segments.pattern,
			tags: settings.segments.tags
		};
		const sql = buildSegmentsSql(options);
		folder = await mkdtemp(join(tmpdir(), 'sieve-duckdb-'));
		// In memory, spilling to a temporary folder: files larger than memory still go through.
		const instance = await DuckDBInstance.create(':memory:', { temp_directory: folder });
		const connection = await instance.connect();
		try {
			await connection.run('SET enable_progress_bar = true');
			await connection.run('SET enable_progress_bar_print = false');
			for (const statement of sql.setup) {
				await runWithProgress(connection, statement, `reading ${parsed.file}`);
			}
			await runWithProgress(
				connection,
				`CREATE TEMPORARY TABLE sieve_segments AS ${sql.query}`,
				'segmenting'
			);
			const [day] = await rows(
				connection,
				options.analysisDate !== null
					? `SELECT CAST(DATE '${options.analysisDate}' AS VARCHAR) AS day`
					: 'SELECT CAST(CAST(max(day) + INTERVAL 1 DAY AS DATE) AS VARCHAR) AS day FROM sieve_order_lines'
			);
			const summary = await summarise(connection, options, sql.tags);
			if (summary.customers === 0) {
				console.error('sieve segments: no customer with an order in this file');
				return 1;
			}
			if (parsed.customers) {
				const written = await writeCustomers(connection, parsed.customers, sql.tags, currency);
				console.error(`sieve segments: wrote ${written} customers to ${parsed.customers}`);
			}
			const seconds = (Date.now() - started) / 1000;
			const report = {
				file: parsed.file,
				engine: 'duckdb',
				currency: currency || null,
				analysisDate: String(day.day),
				bins: options.bins,
				...summary,
				leftOut: sql.leftOut,
				seconds
			};
			if (parsed.json) {
				console.log(JSON.stringify(report, null, 2));
				return 0;
			}
			const cut = (values: number[]) => values.map((x) => String(Number(x.toFixed(2)))).join(' | ');
			const lines = [
				`${parsed.file} — DuckDB, analysis date ${report.analysisDate}, ${summary.customers} customers, ${options.bins} bins, ${seconds.toFixed(1)} s`,
				`cut points  R (days): ${cut(summary.cutPoints.recency)}   F (orders): ${cut(summary.cutPoints.frequency)}   M: ${cut(summary.cutPoints.monetary)}`,
				'',
				'segment                    customers  value share',
				...summary.segments.map(
					(s) =>
						`${s.name.padEnd(26)} ${String(s.customers).padStart(9)}  ${s.valueShare === null ? '—' : `${(s.valueShare * 100).toFixed(1)}%`}`
				),
				'',
				`patterns    ${Object.entries(summary.patterns)
					.map(([name, n]) => `${name} ${n}`)
					.join(', ')}`,
				`tags        ${Object.entries(summary.tags)
					.map(([name, n]) => `${name} ${n}`)
					.join(', ')}`,
				`ABC         A ${summary.abc.A ?? 0}, B ${summary.abc.B ?? 0}, C ${summary.abc.C ?? 0}`
			];
			console.log(lines.join('\n'));
			return 0;
		} finally {
			connection.closeSync();
		}
	} catch (error) {
		if (
			error instanceof IngestError ||
			error instanceof SettingsError ||
			error instanceof SqlExportError ||
			(error as { code?: string }).code === 'ENOENT'
		) {
			console.error(`sieve segments: ${(error as Error).message}`);
			return 1;
		}
		throw error;
	} finally {
		if (folder) await rm(folder, { recursive: true, force: true });
	}
}
