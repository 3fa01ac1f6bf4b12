/**
 * The first step of the exported SQL: the orders source as canonical order lines
 * (line_number, customer, order_id, day, amount, cost, discounted, category). A file is read by
 * DuckDB's `read_csv` as text and parsed in SQL the way `src/lib/ingest` parses it; a table is
 * taken as typed columns named in the options.
 */
import { commentText, qualifiedName, type DialectSpec } from './dialects';
import type { SqlFileRole, SqlFileSource, SqlTableSource } from './sql-options';
import { NO_DISCOUNT_WORDS, RETURN_WORDS } from '../tables/flag-words';

/** The canonical columns every source yields, and which optional ones it has. */
export interface OrderLinesSql {
	/** Statements to run before the query (DuckDB's temporary table of a file's lines). */
	setup: string[];
	/** A SELECT (or table name) yielding the canonical columns. */
	select: string;
	hasLineNumber: boolean;
	hasCost: boolean;
	hasDiscount: boolean;
	hasCategory: boolean;
	/** Lines for the header comment: what the source is, with the columns it needs. */
	describe: string[];
}

const CURRENCY_SYMBOLS = '£$€¥₹₽₩₺₪₫฿₴₦¢₱₣';
const CURRENCY_WORDS =
	'eur|usd|gbp|chf|jpy|cny|rmb|sek|nok|dkk|pln|czk|huf|aud|cad|nzd|inr|brl|mxn|zar|rub|try|ron|bgn|hkd|sgd|krw|ils|kr|zł|kč|fr|sfr|r|rs|us|ca|au|nz|hk|a';
/** Amounts, quantities and prices beyond ±1e12 are rejected by the ingest as implausible. */
const MAX_PLAUSIBLE = '1e12';

/** The temporary table DuckDB parses a file into. */
export const FILE_LINES_TABLE = 'sieve_order_lines';

/** Text of column `c` of the raw file, '' when empty (read_csv gives NULL for an empty field). */
export const field = (index: number) => `coalesce(c${index}, '')`;

/**
 * DuckDB: a number as the ingest reads it (`parse-number.ts`): a plain `-12.5` (or `-12,5` in a
 * decimal-comma column) directly; otherwise currency symbols and codes, brackets and a leading or
 * trailing minus, and thousands separators. NULL when it is not a number.
 */
export function duckdbNumber(spec: DialectSpec, text: string, decimal: '.' | ','): string {
	const s = spec.string;
	const plain =
		decimal === '.' ? '-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)' : '-?([0-9]+(,[0-9]*)?|,[0-9]+)';
	const plainValue =
		decimal === '.' ? `CAST(${text} AS DOUBLE)` : `CAST(replace(${text}, ',', '.') AS DOUBLE)`;
	const squeezed = `trim(regexp_replace(${text}, '[\\s\\x{00a0}\\x{202f}]+', ' ', 'g'))`;
	const body =
		`trim(regexp_replace(regexp_replace(${squeezed}, ${s(`[()+\\-−${CURRENCY_SYMBOLS}]`)}, '', 'g'), ` +
		`${s(`(?i)^(${CURRENCY_WORDS})\\.? ?|(^|[ 0-9])(${CURRENCY_WORDS})\\.?$`)}, '\\2', 'g'))`;
	const negative =
		`(${squeezed} LIKE '(%)' OR regexp_matches(${squeezed}, '^[^0-9.,]*[-−]') ` +
		`OR regexp_matches(${squeezed}, '[-−][^0-9.,]*$'))`;
	const grouped =
		decimal === '.'
			? `TRY_CAST(regexp_replace(${body}, '[,'' ]', '', 'g') AS DOUBLE)`
			: `TRY_CAST(replace(regexp_replace(${body}, '[.'' ]', '', 'g'), ',', '.') AS DOUBLE)`;
	return (
		`CASE WHEN regexp_full_match(${text}, ${s(plain)}) THEN ${plainValue} ` +
		`WHEN regexp_full_match(${squeezed}, '[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)[eE][+-]?[0-9]+') THEN TRY_CAST(${squeezed} AS DOUBLE) ` +
		`WHEN regexp_full_match(${body}, '[0-9.,'' ]*[0-9][0-9.,'' ]*') ` +
		`THEN CASE WHEN ${negative} THEN -1 ELSE 1 END * ${grouped} END`
	);
}

/** DuckDB: a customer id as the import keeps it: trimmed, and `17850.0` read as `17850`. */
export function duckdbCustomerId(text: string): string {
	return `regexp_replace(trim(${text}, ' ' || chr(9) || chr(13) || chr(10)), '^([0-9]+)\\.0+$', '\\1')`;
}

/** DuckDB's `read_csv` encoding name for the import's. */
export function duckdbEncoding(encoding: SqlFileSource['encoding']): string {
	return encoding === 'utf-8' ? 'utf-8' : encoding === 'windows-1252' ? 'latin-1' : 'utf-16';
}

/** DuckDB: the digit groups of a date text (`parse-date.ts` `readDateShape`), a struct a, b, c. */
function duckdbDateParts(text: string): string {
	return `regexp_extract(${text}, '^ *([0-9]{1,8})(?:[/.-]([0-9]{1,8})(?:[/.-]([0-9]{1,8}))?)?(?:[ Tt].*)?$', ['a', 'b', 'c'])`;
}

/**
 * DuckDB: a date as the ingest reads it (`parse-date.ts`) from its text and digit groups:
 * `YYYY-MM-DD` (also `/` `.`), `YYYYMMDD`, or `a/b/YYYY` (also `.` `-`, two-digit years 00–69 →
 * 2000s) in the detected order, each optionally followed by a time. NULL when it is not a date
 * (years outside 1900–2199 are left out where the lines are filtered).
 */
function duckdbDate(text: string, parts: string, order: 'ymd' | 'dmy' | 'mdy'): string {
	const iso = (y: string, m: string, d: string) =>
		`TRY_CAST(printf('%04d-%02d-%02d', ${y}, ${m}, ${d}) AS DATE)`;
	const n = (part: string) => `CAST(${parts}.${part} AS INTEGER)`;
	const len = (part: string) => `length(${parts}.${part})`;
	const year = `CASE WHEN ${len('c')} = 4 THEN ${n('c')} WHEN ${n('c')} < 70 THEN 2000 + ${n('c')} ELSE 1900 + ${n('c')} END`;
	const shortDate = order === 'mdy' ? iso(year, n('a'), n('b')) : iso(year, n('b'), n('a'));
	// A fast path for ISO dates, then the general shapes.
	return `CASE
      WHEN regexp_full_match(${text}, '[0-9]{4}-[0-9]{2}-[0-9]{2}([ Tt].*)?') THEN TRY_CAST(substr(${text}, 1, 10) AS DATE)
      WHEN ${parts}.a = '' THEN NULL
      WHEN ${parts}.b = '' THEN CASE WHEN ${len('a')} = 8 THEN ${iso(`${n('a')} // 10000`, `${n('a')} // 100 % 100`, `${n('a')} % 100`)} END
      WHEN ${parts}.c = '' THEN NULL
      WHEN ${len('a')} = 4 THEN CASE WHEN ${len('b')} <= 2 AND ${len('c')} <= 2 THEN ${iso(n('a'), n('b'), n('c'))} END
      WHEN ${len('a')} <= 2 AND ${len('b')} <= 2 AND ${len('c')} IN (2, 4) THEN ${shortDate}
    END`;
}

/** DuckDB: the ingest's discount flag: non-empty, not a "no" word, and not a zero amount or percent. */
function duckdbDiscounted(spec: DialectSpec, text: string, decimal: '.' | ','): string {
	const trimmed = `trim(${text})`;
	const noWords = NO_DISCOUNT_WORDS.map(spec.string).join(', ');
	const numeric = duckdbNumber(spec, `regexp_replace(${trimmed}, '%$', '')`, decimal);
	return `CASE WHEN lower(${trimmed}) IN (${noWords}) THEN FALSE ELSE coalesce(${numeric} <> 0, TRUE) END`;
}

/** The lines of a file, parsed by DuckDB into a temporary table. */
export function fileOrderLines(spec: DialectSpec, source: SqlFileSource): OrderLinesSql {
	const s = spec.string;
	const col = source.columns;
	const num = (role: SqlFileRole) => {
		const c = col[role];
		return c ? duckdbNumber(spec, field(c.index), c.decimal ?? '.') : 'NULL';
	};
	const columnTypes = Array.from(
		{ length: source.columnCount },
		(_, i) => `${s(`c${i}`)}: 'VARCHAR'`
	);
	const encoding = duckdbEncoding(source.encoding);
	const readCsv =
		`read_csv(${s(source.path)}, header = ${source.hasHeader ? 'true' : 'false'}, skip = ${source.skipRows}, ` +
		`delim = ${s(source.delimiter)}, quote = '"', escape = '"', encoding = ${s(encoding)}, ` +
		`columns = {${columnTypes.join(', ')}}, ignore_errors = true)`;
	const customer = col.customer ? field(col.customer.index) : "''";
	const dateText = col.date ? field(col.date.index) : "''";
	const orderText = col.order ? field(col.order.index) : "''";
	const marks: string[] = [];
	if (source.returnPrefix !== '') {
		marks.push(`starts_with(ltrim(${orderText}), ${s(source.returnPrefix)})`);
	}
	if (col.returnFlag) {
		marks.push(
			`lower(trim(${field(col.returnFlag.index)})) IN (${RETURN_WORDS.map(s).join(', ')})`
		);
	}
	const marked = marks.length > 0 ? marks.join(' OR ') : 'FALSE';
	const rawAmount = col.amount ? num('amount') : `${num('quantity')} * ${num('unitPrice')}`;
	const cost = col.cost
		? `CASE WHEN abs(cost_value) <= ${MAX_PLAUSIBLE} THEN CASE WHEN amount < 0 THEN -abs(cost_value) ELSE cost_value END` +
			(col.margin
				? ` WHEN abs(amount * (1 - margin_value)) <= ${MAX_PLAUSIBLE} THEN amount * (1 - margin_value)`
				: '') +
			' END'
		: col.margin
			? `CASE WHEN abs(amount * (1 - margin_value)) <= ${MAX_PLAUSIBLE} THEN amount * (1 - margin_value) END`
			: 'NULL';
	const marginText = col.margin ? `trim(${field(col.margin.index)})` : "''";
	const marginNumber = col.margin
		? duckdbNumber(spec, `regexp_replace(${marginText}, '%$', '')`, col.margin.decimal ?? '.')
		: 'NULL';
	const margin = col.margin
		? `CASE WHEN ${marginText} LIKE '%\\%' ESCAPE '\\' OR ${source.marginInPercent ? 'TRUE' : 'FALSE'} THEN ${marginNumber} / 100 ELSE ${marginNumber} END`
		: 'NULL';
	const category = col.category ? `nullif(trim(${field(col.category.index)}), '')` : 'NULL';
	const discounted = col.discount
		? duckdbDiscounted(spec, field(col.discount.index), col.discount.decimal ?? '.')
		: 'NULL';
	const keep = [
		"customer <> ''",
		'day IS NOT NULL',
		'year(day) BETWEEN 1900 AND 2199',
		'raw_amount IS NOT NULL'
	];
	keep.push(`abs(raw_amount) <= ${MAX_PLAUSIBLE}`);
	if (col.quantity)
		keep.push(`(quantity IS NULL OR isnan(quantity) OR abs(quantity) <= ${MAX_PLAUSIBLE})`);
	if (source.returns === 'ignore') keep.push('NOT (is_marked OR raw_amount < 0)');

	const setup = `-- Step 1. The order lines of the file, read as text (explicit VARCHAR columns, no type guessing)
-- and parsed as Sieve's import parses them: customer ids trimmed (17850.0 read as 17850), dates
-- in ${source.dateOrder} order, numbers with the column's decimal separator. Rows without a customer, a date
-- or an amount are left out, as the import rejects them.
CREATE OR REPLACE TEMPORARY TABLE ${FILE_LINES_TABLE} AS
WITH raw AS (
  SELECT row_number() OVER () AS line_number, *, ${duckdbDateParts(dateText)} AS date_parts
  FROM ${readCsv}
),
parsed AS (
  SELECT
    line_number,
    ${duckdbCustomerId(customer)} AS customer,
    nullif(trim(${orderText}), '') AS order_id,
    ${duckdbDate(dateText, 'date_parts', source.dateOrder)} AS day,
    ${rawAmount} AS raw_amount,
    ${col.quantity ? num('quantity') : 'NULL'} AS quantity,
    ${marked} AS is_marked,
    ${col.cost ? num('cost') : 'NULL'} AS cost_value,
    ${margin} AS margin_value,
    ${discounted} AS discounted,
    ${category} AS category
  FROM raw
),
signed AS (
  -- A return marked by its order id or status counts against the customer whatever its sign.
  SELECT *, CASE WHEN is_marked THEN -abs(raw_amount) ELSE raw_amount END AS amount
  FROM parsed
  WHERE ${keep.join('\n    AND ')}
)
SELECT line_number, customer, order_id, day, amount, ${cost} AS cost, discounted, category
FROM signed`;
	const roles = Object.entries(col)
		.map(([role, c]) => `${role} = column ${c.index + 1}`)
		.join(', ');
	return {
		setup: [setup],
		select: `SELECT * FROM ${FILE_LINES_TABLE}`,
		hasLineNumber: true,
		hasCost: Boolean(col.cost || col.margin),
		hasDiscount: Boolean(col.discount),
		hasCategory: Boolean(col.category),
		describe: [
			`Source: the file ${commentText(source.path)} (DuckDB read_csv), columns: ${commentText(roles)}.`
		]
	};
}

/** The lines of a table, typed by casts; rows without a customer, a date or an amount are left out. */
export function tableOrderLines(spec: DialectSpec, source: SqlTableSource): OrderLinesSql {
	const c = source.columns;
	const id = (name: string) => spec.identifier(name);
	const has = (name: string | null | undefined): name is string =>
		typeof name === 'string' && name !== '';
	const select = `SELECT
    ${has(c.line) ? id(c.line) : 'CAST(NULL AS BIGINT)'} AS line_number,
    CAST(${id(c.customer)} AS ${spec.text}) AS customer,
    ${has(c.order) ? `nullif(trim(CAST(${id(c.order)} AS ${spec.text})), '')` : `CAST(NULL AS ${spec.text})`} AS order_id,
    CAST(${id(c.date)} AS DATE) AS day,
    CAST(${id(c.amount)} AS ${spec.double}) AS amount,
    ${has(c.cost) ? `CAST(${id(c.cost)} AS ${spec.double})` : `CAST(NULL AS ${spec.double})`} AS cost,
    ${has(c.discounted) ? `coalesce(CAST(${id(c.discounted)} AS BOOLEAN), FALSE)` : 'CAST(NULL AS BOOLEAN)'} AS discounted,
    ${has(c.category) ? `nullif(trim(CAST(${id(c.category)} AS ${spec.text})), '')` : `CAST(NULL AS ${spec.text})`} AS category
  FROM ${qualifiedName(spec, source.table)}
  WHERE ${id(c.customer)} IS NOT NULL AND trim(CAST(${id(c.customer)} AS ${spec.text})) <> ''
    AND ${id(c.date)} IS NOT NULL AND ${id(c.amount)} IS NOT NULL`;
	const listed = (
		['customer', 'order', 'date', 'amount', 'cost', 'discounted', 'category', 'line'] as const
	)
		.filter((role) => has(c[role]))
		.map((role) => `${role} = ${commentText(c[role] as string)}`)
		.join(', ');
	return {
		setup: [],
		select,
		hasLineNumber: has(c.line),
		hasCost: has(c.cost),
		hasDiscount: has(c.discounted),
		hasCategory: has(c.category),
		describe: [
			`Source: the table ${commentText(source.table)}, one row per order line; columns: ${listed}.`,
			'Types: customer and order id text, date DATE, amount a number (line revenue, returns negative),',
			'cost a number, discounted a boolean, category text, line number a whole number (file order).',
			"Without an order id column, one customer's lines on one day form one order."
		]
	};
}
