/**
 * The Account reviews view's handlers: the shared customer table and the dataset's tickets, then
 * the engine's accounts session (`engine/accounts/accounts-session.ts`). The briefs show P(alive)
 * from the lifetime-value fit kept in the shared `ClvMemo` (the joined fit, calibrated to the
 * table's last day analysed), joined by the `customers/clv-columns.ts` adapter.
 */
import {
	AccountsMemo,
	planPage,
	reviewBriefsOf,
	reviewPlanCsvFile,
	reviewPlanIcsFile,
	withPAlive,
	type AccountsComputation
} from '../../engine/accounts/accounts-session';
import { buildAccountsReport } from '../../engine/accounts/accounts-report';
import { ClvMemo } from '../../engine/clv/clv-session';
import { joinedClvOptions, pAliveOf } from '../../engine/customers/clv-columns';
import {
	hooksOf,
	openTable,
	type Datasets,
	type HandlerContext,
	type HandlersOf,
	type OpenDataset
} from '../datasets';
import type { AccountsInput, AccountsProtocol } from './protocol';

export function createAccountsHandlers(
	datasets: Datasets,
	fits = new ClvMemo()
): HandlersOf<AccountsProtocol> {
	const memo = new AccountsMemo();
	datasets.onRelease(() => memo.clear());

	async function prepare(input: AccountsInput) {
		const { dataset, customers } = await openTable(datasets, input);
		const tickets = dataset.tickets ?? null;
		return { dataset, computation: memo.get(customers, dataset.orders, tickets, input.options) };
	}

	/** The briefs with P(alive), fitted (without progress) on the first request that needs them. */
	async function briefsOf(
		{ summary, orders }: OpenDataset,
		computation: AccountsComputation,
		input: AccountsInput,
		context: HandlerContext
	) {
		if (computation.alive) return computation.briefs;
		const { checkpoint } = hooksOf(context);
		const options = joinedClvOptions(input.table.analysisDate);
		const fit = await fits.result(summary.id, orders, options, { checkpoint });
		return withPAlive(computation, pAliveOf(fit, computation.customers));
	}

	return {
		async analyseAccounts(input) {
			const { customers, accounts, plan } = (await prepare(input)).computation;
			return buildAccountsReport(customers, accounts, plan);
		},
		async accountsPlan(input) {
			const { computation } = await prepare(input);
			return planPage(computation, input.filter, input.offset, input.limit);
		},
		async reviewBriefs(input, context) {
			const { dataset, computation } = await prepare(input);
			return reviewBriefsOf(
				await briefsOf(dataset, computation, input, context),
				input.customerIds
			);
		},
		async exportReviewPlan(input, context) {
			const { dataset, computation } = await prepare(input);
			const name = dataset.summary.name;
			if (input.format === 'csv') return reviewPlanCsvFile(computation, name, input.currency);
			return reviewPlanIcsFile(await briefsOf(dataset, computation, input, context), name);
		}
	};
}
