/**
 * The Profit view's handlers: the shared customer table, the grouping the user chose (the
 * `customers/group-by-request` adapter), then the engine's profit pipeline
 * (`engine/profit/profit-session.ts`), its report, search and files.
 */
import { groupNameParts } from '../../engine/customers/group-by';
import { CustomerGrouper } from '../../engine/customers/group-by-request';
import {
	ProfitMemo,
	profitAnswerOf,
	profitExportFile,
	searchLosingCustomers
} from '../../engine/profit/profit-session';
import { DEMO_COSTS } from '../../ingest/demo/costs';
import { DEMO_SOURCE_FILE_NAME } from '../data/protocol';
import { listProfitGroup, profitGroupFile } from '../../engine/profit/profit-group-members';
import { openTable, type Datasets, type HandlersOf } from '../datasets';
import type { ProfitInput, ProfitProtocol } from './protocol';

export function createProfitHandlers(datasets: Datasets): HandlersOf<ProfitProtocol> {
	const grouper = new CustomerGrouper();
	const memo = new ProfitMemo();
	datasets.onRelease(() => {
		grouper.clear();
		memo.clear();
	});

	async function prepare(input: ProfitInput) {
		const { dataset, customers } = await openTable(datasets, input);
		const grouping = await grouper.group(dataset.orders, customers, input);
		// The tickets file stored with the dataset, if any (without one, tickets count 0).
		const tickets = dataset.tickets ?? null;
		const computation = memo.compute(dataset.orders, customers, grouping, tickets, input.options);
		return { dataset, tickets, computation };
	}

	return {
		async analyseProfit(input, context) {
			context.progress({ phase: 'profit', message: 'Computing profit per customer' });
			const { dataset, tickets, computation } = await prepare(input);
			const isDemo = dataset.summary.sourceFileName === DEMO_SOURCE_FILE_NAME;
			return {
				...profitAnswerOf(computation, dataset.orders, tickets, isDemo ? DEMO_COSTS : null),
				nameParts: groupNameParts(computation.grouping)
			};
		},

		async profitLosingCustomers(input) {
			const { computation } = await prepare(input);
			return searchLosingCustomers(computation, input.query, input.limit);
		},

		async exportProfit(input) {
			const { dataset, computation } = await prepare(input);
			return profitExportFile(
				computation,
				dataset.summary.name,
				input.currency,
				input.by,
				input.what
			);
		},

		async listProfitGroup(input) {
			const { computation } = await prepare(input);
			return listProfitGroup(computation, input.group, input.query);
		},

		async exportProfitGroup(input) {
			const { dataset, computation } = await prepare(input);
			return profitGroupFile(computation, dataset.summary.name, input.currency, input.group);
		}
	};
}
