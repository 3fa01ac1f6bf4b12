/**
 * Options of the SQL export (issue 16): the method of the Segments and Value families as one SQL
 * query for DuckDB, PostgreSQL, Snowflake, BigQuery or Spark. Plain JSON: the page and the CLI
 * build it from the same settings sections (`dataset`, `segments`) the views use.
 */
import type { ProfitOptions } from '../profit/profit-options';
import type { HolidayWindow } from '../segments/behaviour-tags';
import type { RfmDimension } from '../segments/rfm';
import type { SegmentRule } from '../segments/segment-rules';

export const SQL_DIALECTS = ['duckdb', 'postgres', 'snowflake', 'bigquery', 'spark'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** Roles of a column of an orders file that the SQL reads (a subset of the ingest's roles). */
export type SqlFileRole =
	| 'customer'
	| 'date'
	| 'amount'
	| 'quantity'
	| 'unitPrice'
	| 'order'
	| 'category'
	| 'discount'
	| 'cost'
	| 'margin'
	| 'returnFlag';

/**
 * An orders file read by DuckDB's `read_csv` (DuckDB only), with the mapping Sieve detected: every
 * column is read as text (explicit `VARCHAR` types, no auto-detection) and parsed in SQL the way
 * the ingest parses it.
 */
export interface SqlFileSource {
	kind: 'file';
	/** The path as DuckDB will open it (a `.gz` file is decompressed by DuckDB). */
	path: string;
	/** `,` `;` `\t` or `|`. */
	delimiter: string;
	encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
	hasHeader: boolean;
	/** Title lines above the header to skip. */
	skipRows: number;
	/** Columns of the file (the header's width). */
	columnCount: number;
	/** 0-based column per role; `decimal` is the column's decimal separator (numbers only). */
	columns: Partial<Record<SqlFileRole, { index: number; decimal?: '.' | ',' }>>;
	/** How `a/b/yyyy` dates are read. */
	dateOrder: 'ymd' | 'dmy' | 'mdy';
	/** Order ids starting with this are returns (`C` in Online Retail); '' = none. */
	returnPrefix: string;
	/** `net`: returned lines count against the customer; `ignore`: left out. */
	returns: 'net' | 'ignore';
	/** The margin column holds percents (`35` = 35%), decided from its sample. */
	marginInPercent: boolean;
}

/** Roles of a column of an orders table (already typed: the warehouse did the parsing). */
export type SqlTableRole =
	'customer' | 'order' | 'date' | 'amount' | 'cost' | 'discounted' | 'category' | 'line';

/** Default column names of an orders table, per role. */
export const DEFAULT_TABLE_COLUMNS: Record<SqlTableRole, string> = {
	customer: 'customer_id',
	order: 'order_id',
	date: 'order_date',
	amount: 'amount',
	cost: 'cost',
	discounted: 'discounted',
	category: 'category',
	line: 'line_number'
};

/**
 * An orders table already in the database: one row per order line. Required: customer (text),
 * date (DATE), amount (number: line revenue, returns negative). Optional (null = the table has
 * none): order id (text; without it one customer's lines on one day form one order), cost (number),
 * discounted (boolean), category (text), line number (whole number: the line's place in the
 * original file; it orders the value sums and breaks ties between equal values as the browser does).
 */
export interface SqlTableSource {
	kind: 'table';
	/** `name`, `schema.name` or `project.dataset.name`; each part is quoted. */
	table: string;
	columns: { customer: string; date: string; amount: string } & Partial<
		Record<Exclude<SqlTableRole, 'customer' | 'date' | 'amount'>, string | null>
	>;
}

export type SqlSource = SqlFileSource | SqlTableSource;

/**
 * The numeric attributes of the customers file the SQL reads: `influence` (the influencer tag),
 * `serviceEffort` (the high-service-effort tag) and `costEffort` (the Profit family's cost per
 * effort point; usually the same column as `serviceEffort`). The caller picks them as the engine
 * does: the first numeric attribute named like followers / influence / reach for `influence`,
 * like "effort" for the other two (or the Profit settings' `effortAttribute`).
 */
export type SqlAttributeRole = 'influence' | 'serviceEffort' | 'costEffort';

/**
 * A customers file read by DuckDB's `read_csv` (DuckDB only): the header on the first line, every
 * column read as text and the chosen ones parsed as numbers the way the import parses them; the
 * first row of a repeated customer id wins, as in the import.
 */
export interface SqlAttributesFileSource {
	kind: 'file';
	path: string;
	/** `,` `;` `\t` or `|`. */
	delimiter: string;
	encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
	/** Columns of the file (the header's width). */
	columnCount: number;
	/** 0-based column of the customer id. */
	customer: number;
	/** 0-based column and decimal separator per attribute; absent = the file has none. */
	columns: Partial<Record<SqlAttributeRole, { index: number; decimal: '.' | ',' }>>;
}

/**
 * A customers table: one row per customer id (with repeated ids, the largest value of each
 * attribute is taken: a table keeps no file order to say which row came first). Attribute
 * columns are numbers; absent = the table has none.
 */
export interface SqlAttributesTableSource {
	kind: 'table';
	table: string;
	columns: { customer: string } & Partial<Record<SqlAttributeRole, string | null>>;
}

export type SqlAttributesSource = SqlAttributesFileSource | SqlAttributesTableSource;

/**
 * The Profit family's costs (DOMAIN.md family 6, settings section `profit`) for the contribution
 * column: net revenue − goods − service − marketing, as `computeProfit` computes it with the costs
 * as entered (what-if multipliers are not applied). `marketingPerCustomer` is keyed by the label or
 * the key of a group of `marketingBy` (RFM segment, purchase pattern or ABC class; personas come
 * from k-means, which the SQL does not run, so marketing by persona leaves the column out).
 * Tickets come from a tickets file, which the SQL does not read: every customer counts 0 tickets,
 * as the engine counts them without a tickets file.
 */
export type SqlContributionOptions = Pick<
	ProfitOptions,
	| 'goodsFrom'
	| 'marginPercent'
	| 'categoryMargins'
	| 'costPerOrder'
	| 'costPerReturn'
	| 'costPerTicket'
	| 'costPerEffortPoint'
	| 'marketingPerCustomer'
> & { marketingBy: 'rfm' | 'pattern' | 'abc' | 'persona' };

/** Everything the SQL needs: the source, the customer table choice and the Segments options. */
export interface SqlExportOptions {
	dialect: SqlDialect;
	source: SqlSource;
	/** `YYYY-MM-DD`, written as a literal; null = the day after the last line (computed in SQL). */
	analysisDate: string | null;
	/** `YYYY-MM-DD`: lines before it are left out; null = from the first line. */
	startDate: string | null;
	/** Value = net revenue, or net profit (amount − cost) when the source has costs. */
	valueBasis: 'revenue' | 'profit';
	/** Score bins, 3–5. */
	bins: number;
	/**
	 * Cut points per dimension: b − 1 ascending numbers written as literals ("frozen": the values
	 * the engine computed, the default, so the SQL reproduces the page), or null to recompute the
	 * type-7 quantiles in SQL over the customers the query finds.
	 */
	cutPoints: Record<RfmDimension, number[] | null>;
	/** The ordered rule table; the first match wins, the rest is Others. */
	rules: SegmentRule[];
	pattern: { regularMinOrders: number; regularMaxGapCv: number; lapsingFactor: number };
	/** Behaviour tag thresholds; influencer and high service effort need `attributes`. */
	tags: {
		discountSeekerMinShare: number;
		specificNeedsMinConcentration: number;
		specificNeedsMinOrders: number;
		specialOccasionMinShare: number;
		specialOccasionMinOrders: number;
		specialOccasionMinYears: number;
		holidayWindows: HolidayWindow[];
		influencerTopShare: number;
		highServiceEffortMin: number;
	};
	/** The customers file's numeric attributes; absent or null = no customers file. */
	attributes?: SqlAttributesSource | null;
	/** The costs of the contribution column; absent or null = no contribution column. */
	contribution?: SqlContributionOptions | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(text: string): boolean {
	const match = ISO_DATE.exec(text);
	if (!match) return false;
	const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
	return new Date(ms).toISOString().slice(0, 10) === text;
}

/**
 * Every problem of `options` as a sentence naming the field (empty when fine). The rules are
 * expected to come through `parseSegmentRules` already.
 */
export function validateSqlExportOptions(options: SqlExportOptions): string[] {
	const problems: string[] = [];
	if (!SQL_DIALECTS.includes(options.dialect)) {
		problems.push(
			`dialect: expected one of ${SQL_DIALECTS.join(', ')}, got ${JSON.stringify(options.dialect)}.`
		);
	}
	if (options.source.kind === 'file' && options.dialect !== 'duckdb') {
		problems.push(
			`source: only DuckDB reads a file (read_csv); with ${options.dialect} the orders come from a table.`
		);
	}
	if (options.source.kind === 'file') {
		const { columns, delimiter } = options.source;
		if (![',', ';', '\t', '|'].includes(delimiter)) {
			problems.push(
				`source.delimiter: DuckDB's read_csv needs one delimiter character (, ; tab |), got ${JSON.stringify(delimiter)}; export the file as CSV.`
			);
		}
		if (!columns.customer || !columns.date) {
			problems.push('source.columns: the file needs a customer and a date column.');
		}
		if (!columns.amount && !(columns.quantity && columns.unitPrice)) {
			problems.push('source.columns: the file needs an amount, or a quantity and a unit price.');
		}
	} else {
		const { table, columns } = options.source;
		if (table.trim() === '' || table.split('.').some((part) => part === '')) {
			problems.push(`source.table: not a table name: ${JSON.stringify(table)}.`);
		}
		for (const [role, name] of Object.entries(columns)) {
			if (name !== null && name !== undefined && (typeof name !== 'string' || name === '')) {
				problems.push(`source.columns.${role}: a column name must be non-empty text.`);
			} else if (options.dialect === 'bigquery' && typeof name === 'string' && name.includes('`')) {
				problems.push(`source.columns.${role}: BigQuery names cannot contain a backtick.`);
			}
		}
		if (options.dialect === 'bigquery' && table.includes('`')) {
			problems.push('source.table: BigQuery names cannot contain a backtick.');
		}
	}
	for (const field of ['analysisDate', 'startDate'] as const) {
		const value = options[field];
		if (value !== null && !isIsoDate(value)) {
			problems.push(`${field}: “${value}” is not a date (expected YYYY-MM-DD).`);
		}
	}
	if (options.analysisDate !== null && options.startDate !== null) {
		if (options.startDate >= options.analysisDate) {
			problems.push(
				`startDate: ${options.startDate} is not before the analysis date ${options.analysisDate}.`
			);
		}
	}
	if (options.valueBasis !== 'revenue' && options.valueBasis !== 'profit') {
		problems.push(`valueBasis: expected revenue or profit, got ${String(options.valueBasis)}.`);
	}
	if (![3, 4, 5].includes(options.bins)) {
		problems.push(`bins: RFM bins must be 3, 4 or 5, got ${options.bins}.`);
	}
	for (const dimension of ['recency', 'frequency', 'monetary'] as const) {
		const cuts = options.cutPoints[dimension];
		if (cuts === null) continue;
		if (
			!Array.isArray(cuts) ||
			cuts.length !== options.bins - 1 ||
			!cuts.every((x) => typeof x === 'number' && Number.isFinite(x)) ||
			cuts.some((x, k) => k > 0 && x < cuts[k - 1])
		) {
			problems.push(
				`cutPoints.${dimension}: expected ${options.bins - 1} ascending numbers or null, got ${JSON.stringify(cuts)}.`
			);
		}
	}
	if (options.rules.length === 0) problems.push('rules: the rule table is empty.');
	const finite = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
	for (const [key, value] of Object.entries(options.pattern)) {
		if (!finite(value)) problems.push(`pattern.${key}: expected a number, got ${String(value)}.`);
	}
	for (const [key, value] of Object.entries(options.tags)) {
		if (key !== 'holidayWindows' && !finite(value)) {
			problems.push(`tags.${key}: expected a number, got ${String(value)}.`);
		}
	}
	if (!(options.tags.influencerTopShare >= 0 && options.tags.influencerTopShare <= 1)) {
		problems.push(
			`tags.influencerTopShare: expected a share from 0 to 1, got ${String(options.tags.influencerTopShare)}.`
		);
	}
	problems.push(...attributeProblems(options));
	problems.push(...contributionProblems(options.contribution ?? null));
	for (const window of options.tags.holidayWindows) {
		for (const end of [window.from, window.to]) {
			const match = /^(\d{2})-(\d{2})$/.exec(end);
			if (!match || Number(match[1]) < 1 || Number(match[1]) > 12 || Number(match[2]) < 1) {
				problems.push(`tags.holidayWindows: “${window.name}” needs MM-DD ends, got ${end}.`);
			} else if (Number(match[2]) > 31) {
				problems.push(`tags.holidayWindows: “${window.name}” needs MM-DD ends, got ${end}.`);
			}
		}
	}
	return problems;
}

function attributeProblems(options: SqlExportOptions): string[] {
	const attributes = options.attributes ?? null;
	if (attributes === null) return [];
	const problems: string[] = [];
	if (attributes.kind === 'file') {
		if (options.dialect !== 'duckdb') {
			problems.push(
				`attributes: only DuckDB reads a customers file (read_csv); with ${options.dialect} they come from a table.`
			);
		}
		if (![',', ';', '\t', '|'].includes(attributes.delimiter)) {
			problems.push(
				`attributes.delimiter: DuckDB's read_csv needs one delimiter character (, ; tab |), got ${JSON.stringify(attributes.delimiter)}.`
			);
		}
		const indexes = [attributes.customer, ...Object.values(attributes.columns).map((c) => c.index)];
		if (indexes.some((i) => !Number.isInteger(i) || i < 0 || i >= attributes.columnCount)) {
			problems.push(
				`attributes.columns: every column must be one of the file's ${attributes.columnCount} columns.`
			);
		}
	} else {
		const names = [attributes.table, ...Object.values(attributes.columns)];
		if (attributes.table.trim() === '' || attributes.table.split('.').some((p) => p === '')) {
			problems.push(`attributes.table: not a table name: ${JSON.stringify(attributes.table)}.`);
		}
		for (const [role, name] of Object.entries(attributes.columns)) {
			if (name !== null && name !== undefined && (typeof name !== 'string' || name === '')) {
				problems.push(`attributes.columns.${role}: a column name must be non-empty text.`);
			}
		}
		if (
			options.dialect === 'bigquery' &&
			names.some((n) => typeof n === 'string' && n.includes('`'))
		) {
			problems.push('attributes: BigQuery names cannot contain a backtick.');
		}
	}
	return problems;
}

const MARKETING_GROUPINGS = ['rfm', 'pattern', 'abc', 'persona'];

function contributionProblems(costs: SqlContributionOptions | null): string[] {
	if (costs === null) return [];
	const problems: string[] = [];
	const isCost = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
	const isMargin = (x: unknown) => typeof x === 'number' && x >= 0 && x <= 100;
	if (!['auto', 'cost', 'margin'].includes(costs.goodsFrom)) {
		problems.push(
			`contribution.goodsFrom: expected auto, cost or margin, got ${String(costs.goodsFrom)}.`
		);
	}
	if (!MARKETING_GROUPINGS.includes(costs.marketingBy)) {
		problems.push(
			`contribution.marketingBy: expected one of ${MARKETING_GROUPINGS.join(', ')}, got ${String(costs.marketingBy)}.`
		);
	}
	if (costs.marginPercent !== null && !isMargin(costs.marginPercent)) {
		problems.push(
			`contribution.marginPercent: expected 0–100, got ${String(costs.marginPercent)}.`
		);
	}
	for (const [category, margin] of Object.entries(costs.categoryMargins)) {
		if (!isMargin(margin)) {
			problems.push(
				`contribution.categoryMargins: the margin of “${category}” must be 0–100, got ${String(margin)}.`
			);
		}
	}
	for (const field of [
		'costPerOrder',
		'costPerReturn',
		'costPerTicket',
		'costPerEffortPoint'
	] as const) {
		if (!isCost(costs[field])) {
			problems.push(`contribution.${field}: expected a number ≥ 0, got ${String(costs[field])}.`);
		}
	}
	for (const [group, amount] of Object.entries(costs.marketingPerCustomer)) {
		if (!isCost(amount)) {
			problems.push(
				`contribution.marketingPerCustomer: the marketing of “${group}” must be a number ≥ 0, got ${String(amount)}.`
			);
		}
	}
	return problems;
}
