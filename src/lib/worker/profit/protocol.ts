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
import type { ProfitDataFacts, ProfitExportKind } from '../../engine/profit/profit-session';
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

export interface ProfitOutput {
	report: ProfitReport;
	data: ProfitDataFacts;
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
		output: { fileName: string; csv: string; rows: number };
	};
}
