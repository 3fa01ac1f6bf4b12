/**
 * The Account reviews view's pipeline over one customer table, as the worker runs it and the CLI
 * calls it: accounts, plan and briefs (`analyseAccounts`), kept by `AccountsMemo` for the table,
 * tickets and options they were made on, so paging the plan or opening a brief does not recompute
 * them; then a filtered page of the plan, briefs, and the plan as CSV or iCalendar. P(alive) comes
 * from the lifetime-value fit through the `customers/clv-columns.ts` adapter, added to the briefs
 * on the first request that needs it (`withPAlive`), never for the plan alone.
 */
import type { CustomerTable } from '../customers/customer-table';
import type { OrdersTable } from '../tables/orders-table';
import type { TicketsTable } from '../tables/tickets-table';
import {
	resolveAccountsOptions,
	type AccountsOptions,
	type OpportunityLevel
} from './accounts-options';
import { computeAccounts, type AccountsResult } from './compute-accounts';
import { exportPlanCsv, exportPlanIcs, planRows, type PlanRow } from './export-accounts';
import { planReviews, type ReviewPlan } from './plan-reviews';
import {
	buildReviewBrief,
	prepareReviewBriefs,
	type ReviewBrief,
	type ReviewBriefContext
} from './review-brief';

/** Briefs answered at once, at most. */
export const MAX_BRIEFS = 200;

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

export interface AccountsComputation {
	customers: CustomerTable;
	tickets: TicketsTable | null;
	accounts: AccountsResult;
	plan: ReviewPlan;
	briefs: ReviewBriefContext;
	/** Whether the briefs carry P(alive) yet (`withPAlive` was called). */
	alive: boolean;
}

/** Accounts, plan and briefs (without P(alive)); throws AccountsOptionsError listing every bad field. */
export function analyseAccounts(
	customers: CustomerTable,
	orders: OrdersTable,
	tickets: TicketsTable | null,
	options: Partial<AccountsOptions>
): AccountsComputation {
	const accounts = computeAccounts(customers, orders, options);
	const plan = planReviews(customers, accounts);
	const briefs = prepareReviewBriefs(customers, accounts, plan, tickets);
	return { customers, tickets, accounts, plan, briefs, alive: false };
}

/** The last computation, for the same table, tickets and options. */
export class AccountsMemo {
	#last: { key: string; computation: AccountsComputation } | null = null;

	/** Throws AccountsOptionsError with every bad field before any work. */
	get(
		customers: CustomerTable,
		orders: OrdersTable,
		tickets: TicketsTable | null,
		options: Partial<AccountsOptions>
	): AccountsComputation {
		const key = JSON.stringify(resolveAccountsOptions(options));
		const last = this.#last;
		if (
			last?.key === key &&
			last.computation.customers === customers &&
			last.computation.tickets === tickets
		)
			return last.computation;
		this.#last = null; // let the old one go before making the new
		const computation = analyseAccounts(customers, orders, tickets, options);
		this.#last = { key, computation };
		return computation;
	}

	clear(): void {
		this.#last = null;
	}
}

/**
 * The briefs with each customer's P(alive) and the cut-off it was fitted to (null: the model could
 * not be fitted, the briefs stay without it). Made once per computation.
 */
export function withPAlive(
	computation: AccountsComputation,
	pAlive: { values: Float64Array; cutoff: string } | null
): ReviewBriefContext {
	if (computation.alive) return computation.briefs;
	const { customers, accounts, plan, tickets } = computation;
	if (pAlive)
		computation.briefs = prepareReviewBriefs(
			customers,
			accounts,
			plan,
			tickets,
			pAlive.values,
			pAlive.cutoff
		);
	computation.alive = true;
	return computation.briefs;
}

/** The rows of the plan matching `filter`, `limit` (at least 1) from `offset`. */
export function planPage(
	computation: AccountsComputation,
	filter: PlanFilter,
	offset: number,
	limit: number
): PlanPage {
	const { customers, accounts, plan } = computation;
	const { level, week } = filter;
	const matching = planRows(customers, accounts, plan).filter(
		(row) => (level === null || row.level === level) && (week === null || row.week === week)
	);
	const start = Math.max(0, Math.min(offset, matching.length));
	return {
		rows: matching.slice(start, start + Math.max(1, limit)),
		matched: matching.length,
		offset: start
	};
}

/** Briefs of the given customers, in the order given (at most `MAX_BRIEFS`); throws NotFound. */
export function reviewBriefsOf(briefs: ReviewBriefContext, customerIds: string[]): ReviewBrief[] {
	const position = new Map(briefs.customers.ids.map((id, entry) => [id, entry]));
	return customerIds.slice(0, MAX_BRIEFS).map((id) => {
		const entry = position.get(id);
		if (entry === undefined)
			throw Object.assign(new Error(`No customer “${id}” in this dataset.`), {
				name: 'NotFound'
			});
		return buildReviewBrief(briefs, entry);
	});
}

const safeName = (name: string) => name.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-');

/** The review plan as a CSV file, named after the dataset. */
export function reviewPlanCsvFile(
	computation: AccountsComputation,
	datasetName: string,
	currency: string
): { fileName: string; text: string; rows: number } {
	const { customers, accounts, plan } = computation;
	return {
		fileName: `${safeName(datasetName)}-review-plan.csv`,
		text: exportPlanCsv(customers, accounts, plan, currency),
		rows: customers.count
	};
}

/** The review plan as an iCalendar file (briefs as descriptions), named after the dataset. */
export function reviewPlanIcsFile(
	briefs: ReviewBriefContext,
	datasetName: string
): { fileName: string; text: string; rows: number } {
	return {
		fileName: `${safeName(datasetName)}-review-plan.ics`,
		text: exportPlanIcs(briefs, { name: `Account reviews — ${datasetName}` }),
		rows: briefs.customers.count
	};
}
