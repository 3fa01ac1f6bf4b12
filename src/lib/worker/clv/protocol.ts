/**
 * Requests of the Lifetime value view: the fitted models' report with the P(alive) grid and the
 * value distribution, a page of customers ranked by CLV, and their CSV; one customer's own curve;
 * and lifetime value per group of the customer table (the Segments and Personas views' columns).
 * The answers are the engine's own (`engine/clv/`), the same `sieve clv` prints.
 */
import type { ClvByGroup } from '../../engine/clv/clv-by-group';
import type { ClvOptions } from '../../engine/clv/clv-options';
import type { ClvAnalysis } from '../../engine/clv/clv-session';
import type { FitFailure } from '../../engine/clv/fit-failure';
import type { ClvCustomerCurve } from '../../engine/clv/customer-curve';
import type { ClvCustomerPage } from '../../engine/clv/rank-customers';
import type { GroupNameParts } from '../../engine/customers/group-by';
import type { GroupingRequest } from '../../engine/customers/group-by-request';
import type { TableInput } from '../data/protocol';

/** Lifetime value reads the order lines with its own periods, not the customer-table choice. */
export interface ClvInput {
	datasetId: string;
	options: ClvOptions;
}

/**
 * CLV per group: the joined fit (`JOINED_CLV_OPTIONS`: calibrated to the last day of the data, no
 * holdout; shared with the Value view's ranking and the briefs) over the chosen customer table,
 * grouped as the Segments view (`by: 'rfm'`, its bins, cut points and rules), the Personas view
 * (`by: 'persona'`, its clustering and the user's names), or by pattern or ABC class.
 */
export interface ClvGroupsInput extends TableInput, GroupingRequest {
	/** A contribution CLV at this margin (0.3 = 30% of spend kept); null = revenue CLV. */
	margin: number | null;
}

/** The figures per group, and the parts of each group's generated name (`nameParts[row.group]`:
 * a persona's, for the interface to word in its language; null for every other group). */
export interface ClvByGroupOutput extends ClvByGroup {
	nameParts: GroupNameParts;
}

export type { ClvAnalysis, ClvByGroup, ClvCustomerCurve };

export interface ClvProtocol {
	/** The whole analysis, or why it could not run at all (options, no purchase before the cut-off). */
	analyseClv: { input: ClvInput; output: ClvAnalysis | FitFailure };
	/** Up to `limit` customers ranked by CLV whose id contains `query`. */
	clvCustomers: {
		input: ClvInput & { query: string; limit: number };
		output: ClvCustomerPage | FitFailure;
	};
	/** `currency`: the one the page shows the amounts in ('' for none), the CSV's last column. */
	exportClvCustomers: {
		input: ClvInput & { currency: string };
		output: { fileName: string; csv: string; rows: number } | FitFailure;
	};
	/** One customer's purchase days, P(alive) over their history and expected purchases after the
	 * cut-off, in the fit of `options` (the view's, or `JOINED_CLV_OPTIONS` for the customer
	 * detail); a failure names an unknown id or a customer the fit does not predict. */
	clvCustomerCurve: {
		input: ClvInput & { customerId: string };
		output: ClvCustomerCurve | FitFailure;
	};
	/** Lifetime value per group (sum and mean per customer, mean P(alive), expected purchases). */
	clvByGroup: { input: ClvGroupsInput; output: ClvByGroupOutput | FitFailure };
}
