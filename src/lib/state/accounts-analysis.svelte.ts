/**
 * The Account reviews view's state: its options (the dataset's `accounts` settings section, saved
 * with it and carried in links), the report computed in the worker, a filtered page of the plan,
 * the briefs being read or printed, and the exports. Options are checked with the engine's
 * validator before they are applied: a bad value gets a message, is never saved, and the previous
 * result stays. A newer run supersedes an older one.
 */
import {
	DEFAULT_ACCOUNTS_OPTIONS,
	validateAccountsOptions,
	type AccountsOptions
} from '../engine/accounts/accounts-options';
import type { AccountsReport } from '../engine/accounts/accounts-report';
import type { ReviewBrief } from '../engine/accounts/review-brief';
import type { CustomerTableChoice } from '../engine/customers/customer-table-choice';
import { DEFAULT_CUSTOMER_TABLE_CHOICE } from '../engine/customers/customer-table-choice';
import type { AccountsInput, PlanFilter, PlanPage } from '../worker/accounts/protocol';
import { getAnalysisClient } from '../worker/client';

export type { AccountsOptions, OpportunityLevel } from '../engine/accounts/accounts-options';
export {
	DEFAULT_ACCOUNTS_OPTIONS,
	DEFAULT_REVIEW_QUESTIONS,
	OPPORTUNITY_LEVELS
} from '../engine/accounts/accounts-options';
import { displayCurrency } from '../i18n/currency.svelte';
export type { AccountsReport, PlanWeek } from '../engine/accounts/accounts-report';
export type { PlanRow } from '../engine/accounts/export-accounts';
export type { ReviewBrief } from '../engine/accounts/review-brief';
export type { PlanFilter, PlanPage } from '../worker/accounts/protocol';

/** Rows of the plan shown at once. */
export const PLAN_PAGE_SIZE = 50;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isAbort = (error: unknown) => (error as Error).name === 'AbortError';

export class AccountsAnalysis {
	/** Reactive options: a section of the dataset's settings, or local defaults. */
	options: AccountsOptions;
	/** The dataset-wide customer-table choice (the settings section `dataset`). */
	table: CustomerTableChoice;
	result = $state.raw<AccountsReport | null>(null);
	running = $state(false);
	error = $state<string | null>(null);
	filter = $state<PlanFilter>({ level: null, week: null });
	page = $state.raw<PlanPage | null>(null);
	/** The briefs open on the page (one, or the page's for printing). */
	briefs = $state.raw<ReviewBrief[]>([]);
	#latest = 0;
	#latestPage = 0;

	constructor(options?: AccountsOptions, table?: CustomerTableChoice) {
		this.options = options ?? structuredClone(DEFAULT_ACCOUNTS_OPTIONS);
		this.table = table ?? { ...DEFAULT_CUSTOMER_TABLE_CHOICE };
		// A hand-edited link can put anything in: bad options fall back to the defaults.
		if (validateAccountsOptions(this.options).length > 0)
			Object.assign(this.options, structuredClone(DEFAULT_ACCOUNTS_OPTIONS));
	}

	/**
	 * Applies a change after checking it with the engine's validator: the problems (nothing applied)
	 * or an empty list (applied, saved by the view).
	 */
	apply(change: Partial<AccountsOptions>): string[] {
		const next: AccountsOptions = { ...$state.snapshot(this.options), ...change };
		const problems = validateAccountsOptions(next);
		if (problems.length === 0) Object.assign(this.options, change);
		return problems;
	}

	#input(datasetId: string): AccountsInput {
		return {
			datasetId,
			table: $state.snapshot(this.table),
			currency: displayCurrency.current,
			options: $state.snapshot(this.options) as AccountsOptions
		};
	}

	async run(datasetId: string): Promise<void> {
		const run = ++this.#latest;
		this.running = true;
		this.error = null;
		try {
			const report = await getAnalysisClient().call('analyseAccounts', this.#input(datasetId));
			if (run !== this.#latest) return;
			this.result = report;
			await this.fetchPage(datasetId, 0);
			const open = this.briefs.map((brief) => brief.customerId);
			if (open.length > 0) await this.openBriefs(datasetId, open);
		} catch (error) {
			if (run === this.#latest && !isAbort(error)) this.error = messageOf(error);
		} finally {
			if (run === this.#latest) this.running = false;
		}
	}

	/** The page of the plan at `offset` under the current filter. */
	async fetchPage(datasetId: string, offset: number): Promise<void> {
		const run = ++this.#latestPage;
		try {
			const page = await getAnalysisClient().call('accountsPlan', {
				...this.#input(datasetId),
				filter: $state.snapshot(this.filter),
				offset,
				limit: PLAN_PAGE_SIZE
			});
			if (run === this.#latestPage) this.page = page;
		} catch (error) {
			if (run === this.#latestPage && !isAbort(error)) this.error = messageOf(error);
		}
	}

	/** Opens the briefs of these customers (in this order). */
	async openBriefs(datasetId: string, customerIds: string[]): Promise<void> {
		try {
			this.briefs = await getAnalysisClient().call('reviewBriefs', {
				...this.#input(datasetId),
				customerIds
			});
		} catch (error) {
			if (!isAbort(error)) this.error = messageOf(error);
		}
	}

	closeBriefs(): void {
		this.briefs = [];
	}

	/** The plan as CSV or as an iCalendar file. */
	async exportPlan(
		datasetId: string,
		format: 'csv' | 'ics'
	): Promise<{ fileName: string; text: string }> {
		return getAnalysisClient().call(
			'exportReviewPlan',
			{ ...this.#input(datasetId), format },
			{ supersede: false }
		);
	}
}
