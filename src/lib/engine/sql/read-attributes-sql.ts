/**
 * The customers file's numeric attributes as SQL: one row per customer id with `influence`,
 * `service_effort` and `cost_effort` (NULL where the source has no such column or no value). A
 * file is read by DuckDB's `read_csv` as text and parsed as `src/lib/ingest/import-attributes.ts`
 * parses it (the first row of a repeated id wins); a table is taken as typed columns.
 */
import { commentText, qualifiedName, type DialectSpec } from './dialects';
import { duckdbCustomerId, duckdbEncoding, duckdbNumber, field } from './read-orders-sql';
import type {
	SqlAttributeRole,
	SqlAttributesFileSource,
	SqlAttributesTableSource
} from './sql-options';

/** The temporary table DuckDB parses a customers file into. */
export const FILE_ATTRIBUTES_TABLE = 'sieve_customer_attributes';

/** The SQL column of each attribute role. */
export const ATTRIBUTE_COLUMNS: Record<SqlAttributeRole, string> = {
	influence: 'influence',
	serviceEffort: 'service_effort',
	costEffort: 'cost_effort'
};
const ROLES = Object.keys(ATTRIBUTE_COLUMNS) as SqlAttributeRole[];

export interface AttributesSql {
	/** Statements to run before the query (DuckDB's temporary table of the file's rows). */
	setup: string[];
	/** A SELECT yielding customer, influence, service_effort, cost_effort: one row per id. */
	select: string;
	/** The roles the source has a column for. */
	roles: SqlAttributeRole[];
	/** A line for the header comment. */
	describe: string;
}

/** A customers file, parsed by DuckDB into a temporary table. */
export function fileAttributes(spec: DialectSpec, source: SqlAttributesFileSource): AttributesSql {
	const s = spec.string;
	const columnTypes = Array.from(
		{ length: source.columnCount },
		(_, i) => `${s(`c${i}`)}: 'VARCHAR'`
	);
	const readCsv =
		`read_csv(${s(source.path)}, header = true, delim = ${s(source.delimiter)}, quote = '"', ` +
		`escape = '"', encoding = ${s(duckdbEncoding(source.encoding))}, ` +
		`columns = {${columnTypes.join(', ')}}, ignore_errors = true)`;
	const values = ROLES.map((role) => {
		const column = source.columns[role];
		const value = column
			? duckdbNumber(spec, `trim(${field(column.index)})`, column.decimal)
			: 'CAST(NULL AS DOUBLE)';
		return `${value} AS ${ATTRIBUTE_COLUMNS[role]}`;
	});
	const setup = `-- The customers file, read as text and parsed as Sieve's import parses it: ids trimmed
-- (17850.0 read as 17850), numbers with the column's decimal separator, the first row of a
-- repeated id kept, rows without an id left out.
CREATE OR REPLACE TEMPORARY TABLE ${FILE_ATTRIBUTES_TABLE} AS
WITH raw AS (
  SELECT row_number() OVER () AS attribute_row, *
  FROM ${readCsv}
),
parsed AS (
  SELECT attribute_row, ${duckdbCustomerId(field(source.customer))} AS customer,
    ${values.join(',\n    ')}
  FROM raw
),
firsts AS (
  SELECT customer, min(attribute_row) AS first_row FROM parsed WHERE customer <> '' GROUP BY customer
)
SELECT p.customer, ${ROLES.map((role) => `p.${ATTRIBUTE_COLUMNS[role]}`).join(', ')}
FROM parsed p JOIN firsts f ON f.customer = p.customer AND f.first_row = p.attribute_row`;
	const roles = ROLES.filter((role) => source.columns[role]);
	return {
		setup: [setup],
		select: `SELECT * FROM ${FILE_ATTRIBUTES_TABLE}`,
		roles,
		describe: `Customers file: ${commentText(source.path)} (DuckDB read_csv), id = column ${source.customer + 1}${roles
			.map(
				(role) => `, ${ATTRIBUTE_COLUMNS[role]} = column ${(source.columns[role]?.index ?? 0) + 1}`
			)
			.join('')}.`
	};
}

/** A customers table: typed columns, one row per trimmed id (the largest value of a repeated id). */
export function tableAttributes(
	spec: DialectSpec,
	source: SqlAttributesTableSource
): AttributesSql {
	const id = (name: string) => spec.identifier(name);
	const customer = `trim(CAST(${id(source.columns.customer)} AS ${spec.text}))`;
	const roles = ROLES.filter((role) => {
		const name = source.columns[role];
		return typeof name === 'string' && name !== '';
	});
	const values = ROLES.map((role) =>
		roles.includes(role)
			? `max(CAST(${id(source.columns[role] as string)} AS ${spec.double})) AS ${ATTRIBUTE_COLUMNS[role]}`
			: `CAST(NULL AS ${spec.double}) AS ${ATTRIBUTE_COLUMNS[role]}`
	);
	const select = `SELECT ${customer} AS customer,
    ${values.join(',\n    ')}
  FROM ${qualifiedName(spec, source.table)}
  WHERE ${id(source.columns.customer)} IS NOT NULL AND ${customer} <> ''
  GROUP BY ${customer}`;
	return {
		setup: [],
		select,
		roles,
		describe: `Customers table: ${commentText(source.table)}; id = ${commentText(source.columns.customer)}${roles
			.map(
				(role) => `, ${ATTRIBUTE_COLUMNS[role]} = ${commentText(source.columns[role] as string)}`
			)
			.join('')} (numbers; one row per id, else the largest value is taken).`
	};
}
