/**
 * Requests of the Account reviews view (family 7): the report (levels, capacity basis, weeks of the
 * plan), a filtered page of the plan, review briefs, and the plan as CSV and as an iCalendar file.
 * The answers are the engine's own (`engine/accounts/`), the same the CLI prints.
 */
import type { AccountsOptions, OpportunityLevel } from '../../engine/accounts/accounts-options';
import type { AccountsReport } from '../../engine/accounts/accounts-report';
import type { PlanRow } from '../../engine/accounts/export-accounts';
import type { ReviewBrief } from '../../engine/accounts/review-brief';
import type { TableInput } from '../data/protocol';

export interface AccountsInput extends TableInput {
	options: AccountsOptions;
}

/** Which rows of the plan to show: a level and/or a week of the plan (null = all). */
export interface PlanFilter {
	level: OpportunityLevel | null;
	week: number | null;
}

export interface PlanPage {
	/** Rows of the page, in plan order (due date, then opportunity). */
	rows: PlanRow[];
	/** Rows matching the filter, all pages. */
	matched: number;
	offset: number;
}

export interface AccountsProtocol {
	analyseAccounts: { input: AccountsInput; output: AccountsReport };
	accountsPlan: {
		input: AccountsInput & { filter: PlanFilter; offset: number; limit: number };
		output: PlanPage;
	};
	/** Briefs of the given customers, in the order given (at most 200). */
	reviewBriefs: { input: AccountsInput & { customerIds: string[] }; output: ReviewBrief[] };
	exportReviewPlan: {
		input: AccountsInput & { format: 'csv' | 'ics' };
		output: { fileName: string; text: string; rows: number };
	};
}
