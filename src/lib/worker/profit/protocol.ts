/**
 * Requests of the Profit view (family 6): profit and ROI per group with the whale curve and the
 * customers who cost more than they bring, a search through those customers, and the CSV exports.
 * The answers are the engine's own (`engine/profit/`), the same `sieve roi` prints.
 */
import type { GroupFamily } from '../../engine/customers/group-by';
import type { PersonaOptions } from '../../engine/personas/personas-options';
import type { LosingCustomer } from '../../engine/profit/losing-customers';
import type { ProfitOptions } from '../../engine/profit/profit-options';
import type { ProfitReport } from '../../engine/profit/profit-report';
import type { ProfitExportKind } from '../../engine/profit/profit-session';
import type { SegmentsOptions } from '../../engine/segments/segments-options';
import type { TableInput } from '../data/protocol';

export interface ProfitInput extends TableInput {
	/** The exclusive family the customers are grouped by. */
	by: GroupFamily;
	/** The costs, with the marketing of the `by` grouping and the what-if multipliers. */
	options: ProfitOptions;
	/** The Segments view's RFM scoring and rules (for `by: 'rfm'`): the same segments it shows. */
	segments: Pick<SegmentsOptions, 'bins' | 'cutPoints' | 'rules'>;
	/** The Personas view's clustering (for `by: 'persona'`) and the user's persona names by key. */
	personas: PersonaOptions;
	personaNames: Record<string, string>;
}

/** What the data offers the cost form, beside the report. */
export interface ProfitDataFacts {
	/** The orders file has a cost column. */
	hasCostColumn: boolean;
	/** Category names of the orders file (empty without a category column). */
	categories: string[];
	/** Numeric attributes of the customers file (candidates for the service effort). */
	numericAttributes: string[];
	/** Whether a tickets table is stored with the dataset (otherwise tickets count 0). */
	hasTickets: boolean;
	/** The analysis date, YYYY-MM-DD. */
	analysisDate: string;
	/** The demo business's suggested service costs when the dataset is the demo, else null. */
	suggestedCosts: Pick<
		ProfitOptions,
		'costPerOrder' | 'costPerReturn' | 'costPerTicket' | 'costPerEffortPoint'
	> | null;
}

export interface ProfitOutput {
	report: ProfitReport;
	data: ProfitDataFacts;
}

export type { ProfitExportKind };

export interface ProfitProtocol {
	analyseProfit: { input: ProfitInput; output: ProfitOutput };
	/** Losing customers whose id contains `query` (case-insensitive), worst first, at most `limit`. */
	profitLosingCustomers: {
		input: ProfitInput & { query: string; limit: number };
		output: { matched: number; customers: LosingCustomer[] };
	};
	exportProfit: {
		input: ProfitInput & { what: ProfitExportKind };
		output: { fileName: string; csv: string; rows: number };
	};
}
