/**
 * The Account reviews view's handlers: the shared customer table, then the engine's accounts,
 * plan, report, briefs and exports. The briefs show P(alive) from the lifetime-value fit kept in
 * `clv/clv-memo.ts` (default periods), with the cut-off it was fitted to. The last computation is kept for the table and options it was
 * made on, so paging the plan or opening a brief does not recompute it.
 */
import { buildAccountsReport } from '../../engine/accounts/accounts-report';
import { resolveAccountsOptions } from '../../engine/accounts/accounts-options';
import { computeAccounts, type AccountsResult } from '../../engine/accounts/compute-accounts';
import { exportPlanCsv, exportPlanIcs, planRows } from '../../engine/accounts/export-accounts';
import { planReviews, type ReviewPlan } from '../../engine/accounts/plan-reviews';
import {
	buildReviewBrief,
	prepareReviewBriefs,
	type ReviewBriefContext
} from '../../engine/accounts/review-brief';
import type { CustomerTable } from '../../engine/customers/customer-table';
import { formatDay } from '../../engine/tables/orders-table';
import type { TicketsTable } from '../../engine/tables/tickets-table';
import { clvMemoOf, joinToTable, JOINED_CLV_OPTIONS } from '../clv/clv-memo';
import { openTable, type Datasets, type HandlersOf, type OpenDataset } from '../datasets';
import type { AccountsInput, AccountsProtocol } from './protocol';

const MAX_BRIEFS = 200;

interface Computation {
	customers: CustomerTable;
	key: string;
	accounts: AccountsResult;
	plan: ReviewPlan;
	briefs: ReviewBriefContext;
	/** Whether the briefs carry P(alive) yet (added on the first request for briefs). */
	alive: boolean;
}

/** The dataset's tickets, once datasets carry them (a stored tickets file); else none. */
const ticketsOf = (dataset: OpenDataset): TicketsTable | null =>
	(dataset as OpenDataset & { tickets?: TicketsTable | null }).tickets ?? null;

const safeName = (name: string) => name.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-');

export function createAccountsHandlers(datasets: Datasets): HandlersOf<AccountsProtocol> {
	let last: Computation | null = null;
	const clv = clvMemoOf(datasets);

	/**
	 * The briefs with each customer's P(alive) from the lifetime-value fit with the default periods
	 * (shared with the other views), when it fits; without it otherwise. Made on the first request
	 * for briefs, not for the plan.
	 */
	async function briefsOf(
		dataset: OpenDataset,
		computation: Computation,
		signal: AbortSignal
	): Promise<ReviewBriefContext> {
		if (computation.alive) return computation.briefs;
		const result = await clv.result(dataset, JOINED_CLV_OPTIONS, signal);
		const { customers, accounts, plan } = computation;
		if (result.status === 'computed' && result.bgnbd.status === 'fitted') {
			computation.briefs = prepareReviewBriefs(
				customers,
				accounts,
				plan,
				ticketsOf(dataset),
				joinToTable(result, customers, 'pAlive'),
				formatDay(result.periods.calibrationEndDay)
			);
		}
		computation.alive = true;
		return computation.briefs;
	}

	async function prepare(input: AccountsInput) {
		// Throws AccountsOptionsError with every bad field before any work.
		const options = resolveAccountsOptions(input.options);
		const { dataset, customers } = await openTable(datasets, input);
		const key = JSON.stringify(options);
		if (last?.customers !== customers || last.key !== key) {
			last = null;
			const accounts = computeAccounts(customers, dataset.orders, options);
			const plan = planReviews(customers, accounts);
			const briefs = prepareReviewBriefs(customers, accounts, plan, ticketsOf(dataset));
			last = { customers, key, accounts, plan, briefs, alive: false };
		}
		return { dataset, computation: last };
	}

	return {
		async analyseAccounts(input) {
			const { computation } = await prepare(input);
			return buildAccountsReport(computation.customers, computation.accounts, computation.plan);
		},

		async accountsPlan(input) {
			const { computation } = await prepare(input);
			const { customers, accounts, plan } = computation;
			const { level, week } = input.filter;
			const all = planRows(customers, accounts, plan);
			const matching = all.filter(
				(row) => (level === null || row.level === level) && (week === null || row.week === week)
			);
			const offset = Math.max(0, Math.min(input.offset, matching.length));
			return {
				rows: matching.slice(offset, offset + Math.max(1, input.limit)),
				matched: matching.length,
				offset
			};
		},

		async reviewBriefs(input, context) {
			const { dataset, computation } = await prepare(input);
			const { customers } = computation;
			const briefs = await briefsOf(dataset, computation, context.signal);
			const position = new Map(customers.ids.map((id, entry) => [id, entry]));
			return input.customerIds.slice(0, MAX_BRIEFS).map((id) => {
				const entry = position.get(id);
				if (entry === undefined)
					throw Object.assign(new Error(`No customer “${id}” in this dataset.`), {
						name: 'NotFound'
					});
				return buildReviewBrief(briefs, entry);
			});
		},

		async exportReviewPlan(input, context) {
			const { dataset, computation } = await prepare(input);
			const { customers, accounts, plan } = computation;
			const base = `${safeName(dataset.summary.name)}-review-plan`;
			if (input.format === 'csv')
				return {
					fileName: `${base}.csv`,
					text: exportPlanCsv(customers, accounts, plan),
					rows: customers.count
				};
			return {
				fileName: `${base}.ics`,
				text: exportPlanIcs(await briefsOf(dataset, computation, context.signal), {
					name: `Account reviews — ${dataset.summary.name}`
				}),
				rows: customers.count
			};
		}
	};
}
