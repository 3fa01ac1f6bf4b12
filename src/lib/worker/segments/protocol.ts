/**
 * Requests of the Segments view (families 2, 3, 4 and 9 of `shared/DOMAIN.md`): the report, one
 * customer's explanation, the campaign exports and the rules file. The answers are the engine's
 * own (`engine/segments/`), the same the CLI prints.
 */
import type { SegmentRule } from '../../engine/segments/segment-rules';
import type { ExplainOutput } from '../../engine/segments/explain-segment-customer';
import type { SegmentsOptions } from '../../engine/segments/segments-options';
import type { SegmentsReport } from '../../engine/segments/segments-report';
import type { ProfitSettings } from '../../engine/profit/profit-settings';
import type { SegmentsSqlFile, SegmentsSqlRequest } from '../../engine/sql/segments-sql-session';
import type { CsvFile } from '../../engine/tables/csv-export';
import type { CustomerListPage, CustomerListQuery } from '../../engine/customers/customer-list';
import type { SegmentGroup } from '../../engine/segments/segment-members';
import type { TableInput } from '../data/protocol';

export interface SegmentsInput extends TableInput {
	options: SegmentsOptions;
}

/** The report, and the worker's time for it (customer table excluded when it came from the cache). */
export interface SegmentsOutput extends SegmentsReport {
	computeMs: number;
}

/**
 * The method as SQL (issue 16) over an orders table named `orders` with the default columns (and,
 * when the dataset has a customers file, a `customers` table with its attributes): the engine's
 * `SegmentsSqlRequest` dialect and recompute flag.
 */
export interface SegmentsSqlInput
	extends SegmentsInput, Pick<SegmentsSqlRequest, 'dialect' | 'recompute'> {
	/**
	 * The Profit view's settings section `profit` as the page keeps it: when it sets costs, the SQL
	 * ends with the contribution column. Absent or null = none.
	 */
	profit?: ProfitSettings | null;
}

/** The file, what it leaves out, and the tables and columns it reads: the engine's. */
export type { SegmentsSqlFile as SegmentsSqlOutput };

export interface SegmentsProtocol {
	analyseSegments: { input: SegmentsInput; output: SegmentsOutput };
	explainCustomer: { input: SegmentsInput & { customerId: string }; output: ExplainOutput };
	/** One segment (`segment` = slug), the grid cells `cells` ([r, f] pairs), or everyone. */
	exportSegments: {
		input: SegmentsInput & { segment: string | null; cells: [number, number][] | null };
		output: CsvFile;
	};
	/** One page of a segment's, a tag's or some grid cells' customers (issue 20's lists). */
	listSegmentCustomers: {
		input: SegmentsInput & { group: SegmentGroup; query: CustomerListQuery };
		output: CustomerListPage;
	};
	/** The same group's campaign CSV. */
	exportSegmentGroup: { input: SegmentsInput & { group: SegmentGroup }; output: CsvFile };
	/** The Segments method as SQL for a dialect, with the page's cut points and analysis date. */
	exportSegmentsSql: { input: SegmentsSqlInput; output: SegmentsSqlFile };
	/** Rules read from a JSON file; throws SegmentRulesError naming the rule and field at fault. */
	parseRules: { input: { text: string }; output: SegmentRule[] };
	/** Rules as the JSON text `parseRules` reads. */
	serialiseRules: { input: { rules: SegmentRule[] }; output: string };
}
