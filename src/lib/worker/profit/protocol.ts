/**
 * Requests of the Profit view (family 6): profit and ROI per group with the whale curve and the
 * customers who cost more than they bring, a search through those customers, and the CSV exports.
 * The answers are the engine's own (`engine/profit/`), the same `sieve roi` prints.
 */
import type { GroupNameParts } from '../../engine/customers/group-by';
import type { GroupingRequest } from '../../engine/customers/group-by-request';
import type { LosingCustomer } from '../../engine/profit/losing-customers';
import type { ProfitOptions } from '../../engine/profit/profit-options';
import type {
	ProfitAnswer,
	ProfitDataFacts,
	ProfitExportKind
} from '../../engine/profit/profit-session';
import type { CsvFile } from '../../engine/tables/csv-export';
import type { CustomerListPage, CustomerListQuery } from '../../engine/customers/customer-list';
import type { TableInput } from '../data/protocol';

/** The customers grouped as the user chose (`GroupingRequest`: by RFM segment with the Segments
 * view's rules, pattern, ABC class, or persona with the user's names). */
export interface ProfitInput extends TableInput, GroupingRequest {
	/** The costs, with the marketing of the `by` grouping and the what-if multipliers. */
	options: ProfitOptions;
}

/** The engine's answer, and the parts of each group's generated name (`nameParts[row.group]`: a
 * persona's, for the interface to word in its language; null for every other group). */
export interface ProfitOutput extends ProfitAnswer {
	nameParts: GroupNameParts;
}

export type { ProfitDataFacts, ProfitExportKind };

export interface ProfitProtocol {
	analyseProfit: { input: ProfitInput; output: ProfitOutput };
	/** Losing customers whose id contains `query` (case-insensitive), worst first, at most `limit`. */
	profitLosingCustomers: {
		input: ProfitInput & { query: string; limit: number };
		output: { matched: number; customers: LosingCustomer[] };
	};
	exportProfit: {
		input: ProfitInput & { what: ProfitExportKind };
		output: CsvFile;
	};
	/** One page of a group's customers (issue 20's lists; `group` = the grouping's key). */
	listProfitGroup: {
		input: ProfitInput & { group: string; query: CustomerListQuery };
		output: CustomerListPage;
	};
	/** The group's customers with the profit columns, as CSV. */
	exportProfitGroup: { input: ProfitInput & { group: string }; output: CsvFile };
}
