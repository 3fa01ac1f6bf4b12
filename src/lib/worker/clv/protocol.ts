/**
 * Requests of the Lifetime value view: the fitted models' report with the P(alive) grid and the
 * value distribution, a page of customers ranked by CLV, and their CSV. The answers are the
 * engine's own (`engine/clv/`), the same `sieve clv` prints.
 */
import type { AliveGrid } from '../../engine/clv/alive-grid';
import type { ClvOptions } from '../../engine/clv/clv-options';
import type { ClvReport } from '../../engine/clv/clv-report';
import type { FitFailure } from '../../engine/clv/fit-failure';
import type { ClvCustomerPage } from '../../engine/clv/rank-customers';
import type { ValueDistribution } from '../../engine/clv/value-distribution';

/** Lifetime value reads the order lines with its own periods, not the customer-table choice. */
export interface ClvInput {
	datasetId: string;
	options: ClvOptions;
}

export interface ClvAnalysis {
	status: 'computed';
	report: ClvReport;
	/** Warnings of the BG/NBD fit (degenerate but usable optima). */
	warnings: string[];
	/** P(alive) over frequency × recency at the oldest customer's age; null when BG/NBD failed. */
	grid: AliveGrid | null;
	/** Predicted value (CLV over the horizon) of the cohort; null when a model failed. */
	distribution: ValueDistribution | null;
}

export interface ClvProtocol {
	/** The whole analysis, or why it could not run at all (options, no purchase before the cut-off). */
	analyseClv: { input: ClvInput; output: ClvAnalysis | FitFailure };
	/** Up to `limit` customers ranked by CLV whose id contains `query`. */
	clvCustomers: {
		input: ClvInput & { query: string; limit: number };
		output: ClvCustomerPage | FitFailure;
	};
	exportClvCustomers: {
		input: ClvInput;
		output: { fileName: string; csv: string; rows: number } | FitFailure;
	};
}
