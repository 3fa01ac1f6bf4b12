/**
 * `npm run sieve -- sql [FILE] --dialect duckdb|postgres|snowflake|bigquery|spark
 * [--settings FILE.json] [--from TABLE [--columns role=name,…]] [--recompute]
 * [--analysis-date YYYY-MM-DD] [--out FILE.sql]`: the Segments and Value method as SQL (issue 16).
 * With FILE the engine runs once to freeze the cut points and the analysis date (so the SQL
 * reproduces the page exactly); DuckDB then reads FILE itself, other dialects read `--from TABLE`.
 */
import { writeFile } from 'node:fs/promises';
import { buildChosenCustomerTable } from '../../lib/engine/customers/customer-table-choice';
import { computeSegments } from '../../lib/engine/segments/compute-segments';
import { SegmentRulesError } from '../../lib/engine/segments/segment-rules';
import { buildSegmentsSql, SqlExportError } from '../../lib/engine/sql/build-segments-sql';
import {
	DEFAULT_TABLE_COLUMNS,
	SQL_DIALECTS,
	type SqlDialect,
	type SqlExportOptions,
	type SqlSource,
	type SqlTableRole,
	type SqlTableSource
} from '../../lib/engine/sql/sql-options';
import { formatDay, parseIsoDay } from '../../lib/engine/tables/orders-table';
import { IngestError } from '../../lib/ingest/index';
import { loadOrdersFile } from '../load';
import {
	readExportSettings,
	SettingsError,
	sniffFileSource,
	type ExportSettings
} from '../sql-source';
import { terminalSafe } from '../terminal-safe';

const usage =
	'usage: npm run sieve -- sql [FILE] --dialect duckdb|postgres|snowflake|bigquery|spark ' +
	'[--settings FILE.json] [--from TABLE [--columns role=name,…]] [--recompute] ' +
	'[--analysis-date YYYY-MM-DD] [--out FILE.sql]';

export interface SqlArgs {
	file?: string;
	dialect: SqlDialect;
	settings?: string;
	from?: string;
	columns: Partial<Record<SqlTableRole, string | null>>;
	recompute: boolean;
	analysisDate?: string;
	out?: string;
}

const VALUE_OPTIONS = [
	'--dialect',
	'--settings',
	'--from',
	'--columns',
	'--analysis-date',
	'--out'
];
const TABLE_ROLES = Object.keys(DEFAULT_TABLE_COLUMNS) as SqlTableRole[];

/** `role=name,role=name` (an empty name: the table has no such column). */
function parseColumns(text: string): SqlArgs['columns'] | string {
	const columns: SqlArgs['columns'] = {};
	for (const pair of text.split(',')) {
		const at = pair.indexOf('=');
		const role = (at < 0 ? pair : pair.slice(0, at)).trim() as SqlTableRole;
		if (!TABLE_ROLES.includes(role)) {
			return `--columns: unknown role “${role}” (roles: ${TABLE_ROLES.join(', ')})`;
		}
		const name = at < 0 ? DEFAULT_TABLE_COLUMNS[role] : pair.slice(at + 1);
		if (name === '' && ['customer', 'date', 'amount'].includes(role)) {
			return `--columns: the ${role} column is required`;
		}
		columns[role] = name === '' ? null : name;
	}
	return columns;
}

/** Parses the command line; returns an error message for a bad one. */
export function parseSqlArgs(args: string[]): SqlArgs | string {
	const parsed: SqlArgs = { dialect: 'duckdb', columns: {}, recompute: false };
	let dialectGiven = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const next = args[i + 1];
		if (VALUE_OPTIONS.includes(arg)) {
			if (next === undefined) return `${arg} needs a value`;
			i++;
		}
		if (arg === '--dialect') {
			if (!SQL_DIALECTS.includes(next as SqlDialect)) {
				return `--dialect must be one of ${SQL_DIALECTS.join(', ')}, got ${next}`;
			}
			parsed.dialect = next as SqlDialect;
			dialectGiven = true;
		} else if (arg === '--settings') parsed.settings = next;
		else if (arg === '--from') parsed.from = next;
		else if (arg === '--columns') {
			const columns = parseColumns(next);
			if (typeof columns === 'string') return columns;
			parsed.columns = columns;
		} else if (arg === '--analysis-date') {
			if (Number.isNaN(parseIsoDay(next))) return `--analysis-date: not a YYYY-MM-DD date: ${next}`;
			parsed.analysisDate = next;
		} else if (arg === '--out') parsed.out = next;
		else if (arg === '--recompute') parsed.recompute = true;
		else if (arg.startsWith('--')) return `unknown option ${arg}`;
		else if (parsed.file === undefined) parsed.file = arg;
		else return `unexpected argument ${arg}`;
	}
	if (!dialectGiven) return '--dialect is required';
	if (parsed.file === undefined && parsed.from === undefined) {
		return 'give FILE (an orders file), --from TABLE, or both';
	}
	if (parsed.from === undefined && parsed.dialect !== 'duckdb') {
		return `--dialect ${parsed.dialect} reads the orders from a table: add --from TABLE`;
	}
	if (parsed.from === undefined && Object.keys(parsed.columns).length > 0) {
		return '--columns only applies with --from';
	}
	return parsed;
}

/** The table source: default column names, the optional ones the file has, then `--columns`. */
function tableSource(args: SqlArgs, fileHas: Set<string> | null): SqlTableSource {
	const optional = (role: SqlTableRole, present: boolean) =>
		args.columns[role] !== undefined
			? args.columns[role]
			: present
				? DEFAULT_TABLE_COLUMNS[role]
				: null;
	const has = (role: string) => fileHas === null || fileHas.has(role);
	return {
		kind: 'table',
		table: args.from as string,
		columns: {
			customer: args.columns.customer ?? DEFAULT_TABLE_COLUMNS.customer,
			date: args.columns.date ?? DEFAULT_TABLE_COLUMNS.date,
			amount: args.columns.amount ?? DEFAULT_TABLE_COLUMNS.amount,
			order: optional('order', fileHas === null || fileHas.has('order')),
			cost: optional('cost', fileHas !== null && (has('cost') || has('margin'))),
			discounted: optional('discounted', fileHas !== null && has('discount')),
			category: optional('category', fileHas !== null && has('category')),
			line: optional('line', false)
		}
	};
}

/**
 * The export's options from the command line: with FILE, the engine's analysis date and cut
 * points (frozen unless `--recompute`); without, the settings' (or recomputed) ones.
 */
export async function sqlExportOptions(
	args: SqlArgs,
	settings: ExportSettings,
	onProgress: (message: string) => void = () => {}
): Promise<SqlExportOptions> {
	const segments = settings.segments;
	const choice = { ...settings.dataset };
	if (args.analysisDate !== undefined) choice.analysisDate = args.analysisDate;
	let analysisDate = choice.analysisDate ?? null;
	let cutPoints = { ...segments.cutPoints };
	let source: SqlSource;
	let hasCost = true;
	if (args.file !== undefined) {
		onProgress(`reading ${args.file} with Sieve's engine to freeze the cut points`);
		const loaded = await loadOrdersFile(args.file);
		const customers = buildChosenCustomerTable(loaded.table, null, choice);
		const computation = computeSegments(customers, segments);
		analysisDate = formatDay(customers.analysisDay);
		if (!args.recompute) cutPoints = { ...computation.rfm.cutPoints };
		hasCost = loaded.table.cost !== null;
		const fileSource = await sniffFileSource(args.file);
		const roles = new Set<string>(Object.keys(fileSource.columns));
		source = args.from !== undefined ? tableSource(args, roles) : fileSource;
	} else {
		const frozen = Object.values(cutPoints).every((cuts) => cuts !== null);
		if (!args.recompute && !frozen) {
			throw new UsageError(
				'without FILE there are no frozen cut points: add --recompute, or set segments.cutPoints in --settings'
			);
		}
		source = tableSource(args, null);
	}
	return {
		dialect: args.dialect,
		source,
		analysisDate,
		startDate: choice.startDate ?? null,
		valueBasis: choice.basis === 'profit' && hasCost ? 'profit' : 'revenue',
		bins: segments.bins,
		cutPoints,
		rules: segments.rules,
		pattern: segments.pattern,
		tags: segments.tags
	};
}

class UsageError extends Error {}

export async function run(args: string[]): Promise<number> {
	const parsed = parseSqlArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve sql: ${parsed}\n${usage}`);
		return 2;
	}
	try {
		const settings = await readExportSettings(parsed.settings);
		const options = await sqlExportOptions(parsed, settings, (message) =>
			console.error(`sieve sql: ${terminalSafe(message)}`)
		);
		const sql = buildSegmentsSql(options);
		for (const item of sql.leftOut) {
			console.error(`sieve sql: no ${item.column} column: ${terminalSafe(item.reason)}`);
		}
		if (parsed.out) {
			await writeFile(parsed.out, sql.text, 'utf8');
			console.error(`sieve sql: wrote ${parsed.dialect} SQL to ${parsed.out}`);
		} else {
			// Piped SQL stays exact; on a terminal, escape codes from header names are shown, not run.
			process.stdout.write(process.stdout.isTTY ? terminalSafe(sql.text) : sql.text);
		}
		return 0;
	} catch (error) {
		if (error instanceof UsageError) {
			console.error(`sieve sql: ${terminalSafe(error.message)}\n${usage}`);
			return 2;
		}
		if (
			error instanceof IngestError ||
			error instanceof SegmentRulesError ||
			error instanceof SqlExportError ||
			error instanceof SettingsError ||
			error instanceof RangeError
		) {
			console.error(`sieve sql: ${terminalSafe(error.message)}`);
			return 1;
		}
		throw error;
	}
}
