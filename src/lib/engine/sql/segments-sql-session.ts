/**
 * The page's "Export as SQL", as the worker runs it: the Segments method of a computation (its
 * customer table's analysis date, value basis and cut points, the page's rules and thresholds)
 * over an orders table named `orders` with the default column names of the columns the data has;
 * with a customers file, its attributes from a table named `customers` (the influencer and
 * high-service-effort tags, the effort cost); with the Profit settings' costs, the contribution.
 * The same SQL `sieve sql FILE --from orders [--attributes FILE --attributes-from customers]
 * [--settings FILE.json]` writes for the same settings.
 */
import type { ProfitOptions } from '../profit/profit-options';
import type { SegmentsComputation } from '../segments/compute-segments';
import type { RfmDimension } from '../segments/rfm';
import type { SegmentsOptions } from '../segments/segments-options';
import { safeFileName } from '../tables/file-name';
import { formatDay, type AttributesTable, type OrdersTable } from '../tables/orders-table';
import { buildSegmentsSql, type SegmentsSql } from './build-segments-sql';
import {
	DEFAULT_TABLE_COLUMNS,
	type SqlAttributeRole,
	type SqlAttributesTableSource,
	type SqlContributionOptions,
	type SqlDialect,
	type SqlTableSource
} from './sql-options';

/** The table the page's SQL reads the order lines from. */
export const SQL_ORDERS_TABLE = 'orders';
/** The table the page's SQL reads the customers file's attributes from. */
export const SQL_CUSTOMERS_TABLE = 'customers';

/** Numeric attributes the engine picks by name (`segments/behaviour-tags.ts`, `profit/compute-profit.ts`). */
const INFLUENCE_NAME = /follower|influen|reach|fans|audience/i;
const EFFORT_NAME = /effort/i;

/**
 * The customers file's columns the SQL reads, picked as the engine picks them: the first numeric
 * attribute named like followers / influence / reach for the influencer tag, like "effort" for high
 * service effort, and for the effort cost the Profit settings' `effortAttribute` when it names a
 * numeric column (a text column counts as effort 0, as in the engine: none), else the same as
 * service effort.
 */
export function pickSqlAttributes(
	columns: AttributesTable['columns'],
	effortAttribute: string | null
): Record<SqlAttributeRole, string | null> {
	const numeric = (pattern: RegExp) =>
		columns.find((c) => c.kind === 'numeric' && pattern.test(c.name))?.name ?? null;
	const serviceEffort = numeric(EFFORT_NAME);
	return {
		influence: numeric(INFLUENCE_NAME),
		serviceEffort,
		costEffort:
			effortAttribute === null
				? serviceEffort
				: columns.some((c) => c.name === effortAttribute && c.kind === 'numeric')
					? effortAttribute
					: null
	};
}

/** The Profit family's costs as entered, as the contribution column reads them. */
export function sqlContributionOf(
	costs: ProfitOptions,
	marketingBy: SqlContributionOptions['marketingBy']
): SqlContributionOptions {
	return {
		goodsFrom: costs.goodsFrom,
		marginPercent: costs.marginPercent,
		categoryMargins: costs.categoryMargins,
		costPerOrder: costs.costPerOrder,
		costPerReturn: costs.costPerReturn,
		costPerTicket: costs.costPerTicket,
		costPerEffortPoint: costs.costPerEffortPoint,
		marketingPerCustomer: costs.marketingPerCustomer,
		marketingBy
	};
}

export interface SegmentsSqlRequest {
	dialect: SqlDialect;
	/** Recompute the cut points in SQL (type-7 quantiles), except those the user typed. */
	recompute: boolean;
	/** The Segments options the computation was made with. */
	options: SegmentsOptions;
	/** The customer-table choice's start date (`YYYY-MM-DD`), or null. */
	startDate: string | null;
	/**
	 * The contribution's costs (`profit/profit-settings.ts`, `contributionCostsOf`) and the grouping
	 * their marketing is keyed by; null = no contribution column.
	 */
	contribution: { costs: ProfitOptions; by: SqlContributionOptions['marketingBy'] } | null;
}

export interface SegmentsSqlFile extends Pick<SegmentsSql, 'text' | 'leftOut' | 'exactSums'> {
	fileName: string;
	/** The orders table the SQL reads and its columns (`DEFAULT_TABLE_COLUMNS`, null = absent). */
	table: string;
	columns: Record<string, string | null>;
	/** The customers table and the columns read from it; null without a customers file. */
	customers: { table: string; columns: Record<string, string | null> } | null;
}

/**
 * The SQL file of a Segments computation over `orders` (which columns exist) and the dataset's
 * customers file (`attributes`, or null). Throws SqlExportError when the options cannot be written.
 */
export function segmentsSqlFile(
	computation: SegmentsComputation,
	orders: OrdersTable,
	attributes: AttributesTable | null,
	datasetName: string,
	request: SegmentsSqlRequest
): SegmentsSqlFile {
	const { customers, rfm } = computation;
	const optional = (present: boolean, name: string) => (present ? name : null);
	const source: SqlTableSource = {
		kind: 'table',
		table: SQL_ORDERS_TABLE,
		columns: {
			customer: DEFAULT_TABLE_COLUMNS.customer,
			date: DEFAULT_TABLE_COLUMNS.date,
			amount: DEFAULT_TABLE_COLUMNS.amount,
			order: DEFAULT_TABLE_COLUMNS.order,
			cost: optional(orders.cost !== null, DEFAULT_TABLE_COLUMNS.cost),
			discounted: optional(orders.discounted !== null, DEFAULT_TABLE_COLUMNS.discounted),
			category: optional(orders.category !== null, DEFAULT_TABLE_COLUMNS.category),
			// The line's place in the original file is not a column a warehouse keeps.
			line: null
		}
	};
	let customersSource: SqlAttributesTableSource | null = null;
	if (attributes !== null) {
		const effortAttribute = request.contribution?.costs.effortAttribute ?? null;
		customersSource = {
			kind: 'table',
			table: SQL_CUSTOMERS_TABLE,
			columns: {
				customer: DEFAULT_TABLE_COLUMNS.customer,
				...pickSqlAttributes(attributes.columns, effortAttribute)
			}
		};
	}
	const { options } = request;
	// Recomputed: the quantiles in SQL, except cut points the user typed (kept as literals).
	const cutPoints = (dimension: RfmDimension) =>
		request.recompute && !options.cutPoints[dimension] ? null : [...rfm.cutPoints[dimension]];
	const contribution = request.contribution;
	const sql = buildSegmentsSql({
		dialect: request.dialect,
		source,
		analysisDate: formatDay(customers.analysisDay),
		startDate: request.startDate,
		valueBasis: customers.valueBasis,
		bins: options.bins,
		cutPoints: {
			recency: cutPoints('recency'),
			frequency: cutPoints('frequency'),
			monetary: cutPoints('monetary')
		},
		rules: computation.rules,
		pattern: options.pattern,
		tags: options.tags,
		attributes: customersSource,
		contribution: contribution && sqlContributionOf(contribution.costs, contribution.by)
	});
	const policy = request.recompute ? 'recomputed' : 'frozen';
	return {
		fileName: `${safeFileName(datasetName)}-segments-${request.dialect}-${policy}.sql`,
		text: sql.text,
		leftOut: sql.leftOut,
		exactSums: sql.exactSums,
		table: SQL_ORDERS_TABLE,
		columns: { ...source.columns },
		customers: customersSource && {
			table: customersSource.table,
			columns: { ...customersSource.columns }
		}
	};
}
