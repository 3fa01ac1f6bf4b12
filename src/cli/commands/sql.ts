/**
 * `npm run sieve -- sql [FILE] --dialect duckdb|postgres|snowflake|bigquery|spark
 * [--settings FILE.json] [--from TABLE [--columns role=name,…]] [--recompute]
 * [--attributes CUSTOMERS] [--attributes-from TABLE [--attribute-columns role=name,…]]
 * [--analysis-date YYYY-MM-DD] [--out FILE.sql]`: the Segments and Value method as SQL (issue 16).
 * With FILE the engine runs once to freeze the cut points and the analysis date (so the SQL
 * reproduces the page exactly); DuckDB then reads FILE itself, other dialects read `--from TABLE`.
 * A customers file adds the influencer and high-service-effort tags (and the effort cost); the
 * `profit` section of `--settings`, when it sets costs, adds the contribution column.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { buildChosenCustomerTable } from '../../lib/engine/customers/customer-table-choice';
import { parseSettingsText } from '../../lib/engine/customers/settings-file';
import { ProfitOptionsError } from '../../lib/engine/profit/profit-options';
import {
	contributionCostsOf,
	profitSettingsOf,
	type ProfitSettings
} from '../../lib/engine/profit/profit-settings';
import { computeSegments } from '../../lib/engine/segments/compute-segments';
import { SegmentRulesError } from '../../lib/engine/segments/segment-rules';
import { buildSegmentsSql, SqlExportError } from '../../lib/engine/sql/build-segments-sql';
import { pickSqlAttributes, sqlContributionOf } from '../../lib/engine/sql/segments-sql-session';
import {
	DEFAULT_TABLE_COLUMNS,
	SQL_DIALECTS,
	type SqlAttributeRole,
	type SqlAttributesFileSource,
	type SqlAttributesSource,
	type SqlContributionOptions,
	type SqlDialect,
	type SqlExportOptions,
	type SqlSource,
	type SqlTableRole,
	type SqlTableSource
} from '../../lib/engine/sql/sql-options';
import { formatDay, parseIsoDay } from '../../lib/engine/tables/orders-table';
import { CsvReader } from '../../lib/ingest/csv-reader';
import { IngestError } from '../../lib/ingest/index';
import { detectDecimalSeparator, normaliseCustomerId } from '../../lib/ingest/parse-number';
import { loadAttributesFile, loadOrdersFile, openChunks } from '../load';
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
	'[--attributes CUSTOMERS] [--attributes-from TABLE [--attribute-columns role=name,…]] ' +
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
	/** A customers file: the engine picks its attributes; DuckDB reads it unless `attributesFrom`. */
	attributes?: string;
	/** A customers table (one row per customer id) and its column names per role. */
	attributesFrom?: string;
	attributeColumns?: Partial<Record<AttributeColumnRole, string>>;
}

/** Roles of `--attribute-columns`: `effort` is read for the tag and, unless `cost-effort`, the cost. */
const ATTRIBUTE_COLUMN_ROLES = ['customer', 'influence', 'effort', 'cost-effort'] as const;
type AttributeColumnRole = (typeof ATTRIBUTE_COLUMN_ROLES)[number];

const VALUE_OPTIONS = [
	'--dialect',
	'--settings',
	'--from',
	'--columns',
	'--analysis-date',
	'--out',
	'--attributes',
	'--attributes-from',
	'--attribute-columns'
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
		else if (arg === '--attributes') parsed.attributes = next;
		else if (arg === '--attributes-from') parsed.attributesFrom = next;
		else if (arg === '--attribute-columns') {
			const columns = parseAttributeColumns(next);
			if (typeof columns === 'string') return columns;
			parsed.attributeColumns = columns;
		} else if (arg === '--recompute') parsed.recompute = true;
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
	if (parsed.attributeColumns && parsed.attributesFrom === undefined) {
		return '--attribute-columns only applies with --attributes-from';
	}
	if (
		parsed.attributes !== undefined &&
		parsed.attributesFrom === undefined &&
		parsed.dialect !== 'duckdb'
	) {
		return `--dialect ${parsed.dialect} reads the customers from a table: add --attributes-from TABLE`;
	}
	return parsed;
}

/** `role=name,…` of `--attribute-columns`. */
function parseAttributeColumns(text: string): SqlArgs['attributeColumns'] | string {
	const columns: SqlArgs['attributeColumns'] = {};
	for (const pair of text.split(',')) {
		const at = pair.indexOf('=');
		const role = pair.slice(0, at < 0 ? pair.length : at).trim() as AttributeColumnRole;
		if (!ATTRIBUTE_COLUMN_ROLES.includes(role)) {
			return `--attribute-columns: unknown role “${role}” (roles: ${ATTRIBUTE_COLUMN_ROLES.join(', ')})`;
		}
		const name = at < 0 ? '' : pair.slice(at + 1);
		if (name === '') return `--attribute-columns: ${role} needs a column name (${role}=NAME)`;
		columns[role] = name;
	}
	return columns;
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
	let hasCost: boolean;
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
		hasCost = source.kind === 'table' && typeof source.columns.cost === 'string';
	}
	const profitSection = await readProfitSection(args.settings);
	const contribution = contributionOf(profitSection, hasCost);
	const attributes = await attributesSource(args, profitSection, onProgress);
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
		tags: segments.tags,
		attributes,
		contribution
	};
}

class UsageError extends Error {}

/**
 * The customers source: a table (`--attributes-from`, columns from `--attribute-columns`, else
 * those the engine picks in `--attributes`), or the file itself for DuckDB; null without either.
 */
async function attributesSource(
	args: SqlArgs,
	profit: ProfitSettings | null,
	onProgress: (message: string) => void
): Promise<SqlAttributesSource | null> {
	let picked: Record<SqlAttributeRole, string | null> = {
		influence: null,
		serviceEffort: null,
		costEffort: null
	};
	let customerColumn: string | null = null;
	if (args.attributes !== undefined) {
		onProgress(`reading ${args.attributes} with Sieve's engine to pick its attributes`);
		const { table, report } = await loadAttributesFile(args.attributes);
		customerColumn = report.customerColumn;
		// As the engine picks them; the Profit settings may name the effort attribute.
		picked = pickSqlAttributes(table.columns, profit?.effortAttribute ?? null);
	}
	if (args.attributesFrom !== undefined) {
		const given = args.attributeColumns ?? {};
		return {
			kind: 'table',
			table: args.attributesFrom,
			columns: {
				customer: given.customer ?? DEFAULT_TABLE_COLUMNS.customer,
				influence: given.influence ?? picked.influence,
				serviceEffort: given.effort ?? picked.serviceEffort,
				costEffort: given['cost-effort'] ?? given.effort ?? picked.costEffort
			}
		};
	}
	if (args.attributes === undefined) return null;
	return sniffAttributesFile(args.attributes, customerColumn as string, picked);
}

/**
 * A customers file as DuckDB should read it: its delimiter and encoding, the customer column, and
 * each picked column's decimal separator decided as the import decides it (over the values of the
 * rows it keeps: the right number of fields, an id, the first row of each id). Throws IngestError
 * for a workbook or a space-aligned file, which DuckDB's read_csv cannot read.
 */
async function sniffAttributesFile(
	path: string,
	customerName: string,
	picked: Record<SqlAttributeRole, string | null>
): Promise<SqlAttributesFileSource> {
	if (/\.xlsx?$/i.test(path)) {
		throw new IngestError(
			`${path} is a workbook; DuckDB's read_csv needs CSV. Save it as CSV, or load it into a table and use --attributes-from TABLE.`
		);
	}
	const { chunks } = await openChunks(path);
	const reader = new CsvReader(chunks);
	let header: string[] | null = null;
	const kept: string[][] = [];
	const seen = new Set<string>();
	let customer = -1;
	for await (const batch of reader.batches()) {
		for (const row of batch.rows) {
			if (row.every((value) => value.trim() === '')) continue;
			if (header === null) {
				header = row.map((name) => name.trim());
				customer = header.indexOf(customerName);
				continue;
			}
			if (row.length !== header.length) continue;
			const id = normaliseCustomerId(row[customer]);
			if (id === '' || seen.has(id)) continue;
			seen.add(id);
			kept.push(row);
		}
	}
	if (header === null || customer < 0) throw new IngestError(`${path}: no customer id column.`);
	if (reader.delimiter === null || reader.delimiter === ' ') {
		throw new IngestError(
			`${path} has columns aligned by spaces; DuckDB's read_csv needs a delimiter. Load it into a table and use --attributes-from TABLE.`
		);
	}
	const fallback = reader.delimiter === ';' ? ',' : '.';
	const columns: SqlAttributesFileSource['columns'] = {};
	for (const role of Object.keys(picked) as SqlAttributeRole[]) {
		const name = picked[role];
		if (name === null) continue;
		const index = (header as string[]).indexOf(name);
		const values = kept.map((row) => row[index].trim()).filter((value) => value !== '');
		columns[role] = { index, decimal: detectDecimalSeparator(values, fallback) };
	}
	return {
		kind: 'file',
		path,
		delimiter: reader.delimiter,
		encoding: reader.encoding ?? 'utf-8',
		columnCount: header.length,
		customer,
		columns
	};
}

/** The `profit` section of `--settings` over its defaults; null without one. */
async function readProfitSection(path: string | undefined): Promise<ProfitSettings | null> {
	if (path === undefined) return null;
	return profitSettingsOf(parseSettingsText(await readFile(path, 'utf8')).profit);
}

/**
 * The contribution's costs when the `profit` section sets any (costs entered, a margin, marketing,
 * or the page's "costs set"); checked as the Profit family checks them. Throws ProfitOptionsError.
 */
function contributionOf(
	section: ProfitSettings | null,
	hasCostColumn: boolean
): SqlContributionOptions | null {
	const costs = section && contributionCostsOf(section, { hasCostColumn });
	return section && costs ? sqlContributionOf(costs, section.by) : null;
}

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
			error instanceof ProfitOptionsError ||
			error instanceof RangeError
		) {
			console.error(`sieve sql: ${terminalSafe(error.message)}`);
			return 1;
		}
		throw error;
	}
}
