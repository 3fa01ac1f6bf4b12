/**
 * What differs between the SQL engines the export targets: quoting of names and text, type names,
 * day differences, quantiles and ordered sums. Everything else the builder writes is plain SQL that
 * all five accept. Names and text from settings or data never reach the SQL unquoted.
 */
import type { SqlDialect } from './sql-options';

export interface DialectSpec {
	dialect: SqlDialect;
	/** A quoted identifier: any text, including a reserved word (`order`) or a quote. */
	identifier(name: string): string;
	/** A quoted string literal that means exactly `text`. */
	string(text: string): string;
	/** The 64-bit floating type. */
	double: string;
	/** The variable-length text type. */
	text: string;
	/** Whole days from `from` to `to` (both DATE expressions). */
	daysBetween(from: string, to: string): string;
	/** `day` + one day. */
	nextDay(day: string): string;
	/**
	 * Sum of `value` in the order of `orderBy` with plain floating-point addition, as the engine
	 * sums (JavaScript adds line by line in file order); engines without an ordered sum get `sum`.
	 */
	orderedSum(value: string, orderBy: string): string;
	/** True when `orderedSum` really follows the order (else sums may differ in the last bits). */
	hasOrderedSum: boolean;
	/**
	 * A query with one row: the type-7 quantiles (linear interpolation between order statistics)
	 * of each `[column, probability, alias]` over `from`.
	 */
	quantiles(from: string, columns: [string, number, string][]): string;
}

/** Characters a `--` comment cannot hold (a line break would end it and start SQL). */
export function commentText(text: string): string {
	let out = '';
	for (const c of text) {
		const code = c.charCodeAt(0);
		out += code < 32 || code === 0x7f || c === '\u2028' || c === '\u2029' ? ' ' : c;
	}
	return out;
}

/** Text without NUL, which no engine stores in a string. */
function withoutNul(text: string): string {
	return text.replaceAll(String.fromCharCode(0), '');
}

/**
 * `'…'` with quotes doubled: DuckDB, and PostgreSQL with standard-conforming strings. Line breaks
 * are joined in with `chr()`, so `;` + a line break never appears inside a statement.
 */
function standardString(text: string): string {
	const quoted = `'${withoutNul(text).replaceAll("'", "''")}'`;
	return quoted.replace(/\r|\n/g, (c) => `' || chr(${c.charCodeAt(0)}) || '`);
}

/** `'…'` where a backslash starts an escape (Snowflake, BigQuery, Spark), with line breaks escaped. */
function backslashString(text: string, quote: "\\'" | "''"): string {
	const escaped = withoutNul(text)
		.replaceAll('\\', '\\\\')
		.replaceAll("'", quote)
		.replaceAll('\n', '\\n')
		.replaceAll('\r', '\\r');
	return `'${escaped}'`;
}

const doubleQuoted = (name: string) => `"${withoutNul(name).replaceAll('"', '""')}"`;

const DUCKDB: DialectSpec = {
	dialect: 'duckdb',
	identifier: doubleQuoted,
	string: standardString,
	double: 'DOUBLE',
	text: 'VARCHAR',
	daysBetween: (from, to) => `date_diff('day', ${from}, ${to})`,
	nextDay: (day) => `CAST(${day} + INTERVAL 1 DAY AS DATE)`,
	// An aggregate's ORDER BY feeds the lines in that order; without it, threads add partial sums,
	// which can differ in the last bit (and move a value equal to a cut point across it).
	orderedSum: (value, orderBy) => `sum(${value} ORDER BY ${orderBy})`,
	hasOrderedSum: true,
	quantiles: (from, columns) =>
		`SELECT ${columns
			.map(([column, p, alias]) => `quantile_cont(${column}, ${p}) AS ${alias}`)
			.join(', ')} FROM ${from}`
};

const POSTGRES: DialectSpec = {
	dialect: 'postgres',
	identifier: doubleQuoted,
	// E'' means the same whatever `standard_conforming_strings` is set to.
	string: (text) =>
		text.includes('\\')
			? `E'${withoutNul(text).replaceAll('\\', '\\\\').replaceAll("'", "''").replaceAll('\n', '\\n').replaceAll('\r', '\\r')}'`
			: standardString(text),
	double: 'DOUBLE PRECISION',
	text: 'TEXT',
	daysBetween: (from, to) => `(${to} - ${from})`,
	nextDay: (day) => `(${day} + 1)`,
	// PostgreSQL's sum(float8) adds in input order, and an aggregate's ORDER BY sets that order.
	orderedSum: (value, orderBy) => `sum(${value} ORDER BY ${orderBy})`,
	hasOrderedSum: true,
	quantiles: (from, columns) =>
		`SELECT ${columns
			.map(
				([column, p, alias]) =>
					`percentile_cont(${p}) WITHIN GROUP (ORDER BY ${column}) AS ${alias}`
			)
			.join(', ')} FROM ${from}`
};

const SNOWFLAKE: DialectSpec = {
	dialect: 'snowflake',
	identifier: doubleQuoted,
	string: (text) => backslashString(text, "''"),
	double: 'DOUBLE',
	text: 'VARCHAR',
	daysBetween: (from, to) => `DATEDIFF(day, ${from}, ${to})`,
	nextDay: (day) => `DATEADD(day, 1, ${day})`,
	orderedSum: (value) => `sum(${value})`,
	hasOrderedSum: false,
	quantiles: POSTGRES.quantiles
};

const BIGQUERY: DialectSpec = {
	dialect: 'bigquery',
	// BigQuery names cannot hold a backtick (so no escape is needed); say so rather than guess.
	identifier: (name) => {
		if (name.includes('`'))
			throw new RangeError(`BigQuery names cannot contain a backtick: ${name}`);
		return `\`${withoutNul(name).replaceAll('\\', '\\\\')}\``;
	},
	string: (text) => backslashString(text, "\\'"),
	double: 'FLOAT64',
	text: 'STRING',
	daysBetween: (from, to) => `DATE_DIFF(${to}, ${from}, DAY)`,
	nextDay: (day) => `DATE_ADD(${day}, INTERVAL 1 DAY)`,
	orderedSum: (value) => `SUM(${value})`,
	hasOrderedSum: false,
	// BigQuery's PERCENTILE_CONT is analytic only: every row carries the same value; keep one.
	quantiles: (from, columns) =>
		`SELECT ${columns
			.map(([column, p, alias]) => `PERCENTILE_CONT(${column}, ${p}) OVER () AS ${alias}`)
			.join(', ')} FROM ${from} LIMIT 1`
};

/**
 * Spark: a backslash starts an escape, and a quote inside a literal is written as `char(39)` in a
 * `concat`, which every Spark SQL parser reads the same way (`\'` is not understood by all tools
 * that read Spark SQL, and `''` would join two literals into one without the quote).
 */
function sparkString(text: string): string {
	const pieces = withoutNul(text)
		.split("'")
		.map((piece) => backslashString(piece, "''"));
	return pieces.length === 1 ? pieces[0] : `concat(${pieces.join(', char(39), ')})`;
}

const SPARK: DialectSpec = {
	dialect: 'spark',
	identifier: (name) => `\`${withoutNul(name).replaceAll('`', '``')}\``,
	string: sparkString,
	double: 'DOUBLE',
	text: 'STRING',
	daysBetween: (from, to) => `DATEDIFF(${to}, ${from})`,
	nextDay: (day) => `DATE_ADD(${day}, 1)`,
	orderedSum: (value) => `SUM(${value})`,
	hasOrderedSum: false,
	// Spark's exact `percentile` interpolates linearly between order statistics (type 7).
	quantiles: (from, columns) =>
		`SELECT ${columns
			.map(([column, p, alias]) => `percentile(${column}, ${p}) AS ${alias}`)
			.join(', ')} FROM ${from}`
};

const DIALECTS: Record<SqlDialect, DialectSpec> = {
	duckdb: DUCKDB,
	postgres: POSTGRES,
	snowflake: SNOWFLAKE,
	bigquery: BIGQUERY,
	spark: SPARK
};

/** The spec of a dialect; throws a RangeError naming the unknown one. */
export function dialectSpec(dialect: SqlDialect): DialectSpec {
	const spec = DIALECTS[dialect];
	if (!spec) throw new RangeError(`Unknown SQL dialect: ${String(dialect)}`);
	return spec;
}

/** A table name, `schema.name` or `project.dataset.name`, each part quoted. */
export function qualifiedName(spec: DialectSpec, name: string): string {
	return name
		.split('.')
		.map((part) => spec.identifier(part))
		.join('.');
}

/** A number as a literal of the double type: the shortest text that reads back as the same double. */
export function doubleLiteral(spec: DialectSpec, x: number): string {
	if (!Number.isFinite(x)) throw new RangeError(`Not a finite number: ${x}`);
	return `CAST(${String(x)} AS ${spec.double})`;
}
