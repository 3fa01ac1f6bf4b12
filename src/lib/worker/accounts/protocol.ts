/**
 * Requests of the Account reviews view (family 7): the report (levels, capacity basis, weeks of the
 * plan), a filtered page of the plan, review briefs, and the plan as CSV and as an iCalendar file.
 * The answers are the engine's own (`engine/accounts/`), the same the CLI prints.
 */
import type { AccountsOptions } from '../../engine/accounts/accounts-options';
import type { AccountsReport } from '../../engine/accounts/accounts-report';
import type { PlanFilter, PlanPage } from '../../engine/accounts/accounts-session';
import type { ReviewBrief } from '../../engine/accounts/review-brief';
import type { TableInput } from '../data/protocol';

export interface AccountsInput extends TableInput {
	options: AccountsOptions;
}

export type { PlanFilter, PlanPage };

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
