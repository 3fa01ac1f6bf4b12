/**
 * The Profit view's handlers: the shared customer table, the grouping (RFM segments with the
 * Segments view's rules, purchase patterns, ABC classes, or the Personas view's clustering), then
 * the engine's `computeProfit` — kept per dataset, grouping and costs — and `buildProfitReport`,
 * rebuilt on every what-if change (no line read again: the fast path of the sliders).
 */
import type { CustomerTable } from '../../engine/customers/customer-table';
import {
	groupCustomers,
	groupingFromAssignments,
	type CustomerGrouping
} from '../../engine/customers/group-by';
import { computePersonas, PersonasMemo } from '../../engine/personas/compute-personas';
import { computeProfit, type ProfitResult } from '../../engine/profit/compute-profit';
import { countTickets } from '../../engine/profit/count-tickets';
import { profitCustomerRows, profitGroupRows } from '../../engine/profit/export-profit';
import { listLosingCustomers } from '../../engine/profit/losing-customers';
import { DEFAULT_MULTIPLIERS } from '../../engine/profit/profit-options';
import { buildProfitReport } from '../../engine/profit/profit-report';
import { applyWhatIf } from '../../engine/profit/what-if';
import { toCsv } from '../../engine/tables/csv-export';
import { safeFileName } from '../../engine/tables/file-name';
import { formatDay } from '../../engine/tables/orders-table';
import { DEMO_COSTS } from '../../ingest/demo/costs';
import { DEMO_SOURCE_FILE_NAME } from '../data/protocol';
import { openTable, type Datasets, type HandlersOf, type OpenDataset } from '../datasets';
import type { ProfitInput, ProfitProtocol } from './protocol';

/** Losing customers sent with the report (a search asks for more). */
export const LOSING_PAGE = 100;

/** One remembered value for one key (the last computation only: never two at once). */
class Last<T> {
	#key: unknown[] | null = null;
	#value: T | null = null;

	/** The value for `key` (compared item by item: objects by identity, strings by value). */
	get(key: unknown[], make: () => T): T {
		const same =
			this.#key !== null &&
			this.#key.length === key.length &&
			this.#key.every((part, i) => part === key[i]);
		if (same) return this.#value as T;
		this.#value = null; // let the old one go before making the new
		const value = make();
		this.#key = key;
		this.#value = value;
		return value;
	}
}

export function createProfitHandlers(datasets: Datasets): HandlersOf<ProfitProtocol> {
	const personasMemo = new PersonasMemo();
	const groupings = new Last<CustomerGrouping>();
	const profits = new Last<ProfitResult>();

	async function groupingFor(
		input: ProfitInput,
		dataset: OpenDataset,
		customers: CustomerTable
	): Promise<CustomerGrouping> {
		if (input.by !== 'persona') {
			const key = input.by === 'rfm' ? JSON.stringify(input.segments) : '';
			return groupings.get([customers, input.by, key], () =>
				input.by === 'rfm'
					? groupCustomers(customers, 'rfm', {
							rfm: {
								bins: input.segments.bins,
								cutPoints: Object.fromEntries(
									Object.entries(input.segments.cutPoints).filter(([, cuts]) => cuts !== null)
								)
							},
							rules: input.segments.rules
						})
					: groupCustomers(customers, input.by as 'pattern' | 'abc')
			);
		}
		// The Personas view's own pipeline and memo: the same personas it shows, with the user's names.
		const computation = await computePersonas(
			customers,
			{
				categoryNames: dataset.orders.category?.values ?? null,
				channelNames: dataset.orders.channel?.values ?? null
			},
			input.personas,
			personasMemo
		);
		const names = JSON.stringify(input.personaNames);
		return groupings.get([customers, 'persona', computation, names], () => {
			const cards = [...computation.cards].sort((a, b) => a.index - b.index);
			const labels = cards.map(
				(card) =>
					input.personaNames[`${computation.clusteringKey}-${card.index + 1}`]?.trim() || card.name
			);
			return groupingFromAssignments(
				'persona',
				labels,
				computation.clusters.assignments,
				customers.count
			);
		});
	}

	async function prepare(input: ProfitInput) {
		const { dataset, customers } = await openTable(datasets, input);
		const grouping = await groupingFor(input, dataset, customers);
		// The tickets file stored with the dataset, if any (without one, tickets count 0).
		const tickets = dataset.tickets ?? null;
		// The multipliers only scale the result: they are not part of the key.
		const costs = JSON.stringify({ ...input.options, multipliers: DEFAULT_MULTIPLIERS });
		const profit = profits.get([customers, grouping, tickets, costs], () =>
			computeProfit(
				{
					orders: dataset.orders,
					customers,
					grouping,
					tickets: tickets ? countTickets(tickets, customers).counts : null
				},
				input.options
			)
		);
		return { dataset, customers, grouping, profit, hasTickets: tickets !== null };
	}

	return {
		async analyseProfit(input, context) {
			context.progress({ phase: 'profit', message: 'Computing profit per customer' });
			const { dataset, customers, grouping, profit, hasTickets } = await prepare(input);
			const report = buildProfitReport({
				ids: customers.ids,
				profit,
				grouping,
				options: input.options,
				losingLimit: LOSING_PAGE
			});
			return {
				report,
				data: {
					hasCostColumn: dataset.orders.cost !== null,
					categories: [...(dataset.orders.category?.values ?? [])],
					numericAttributes: customers.attributes
						.filter((column) => column.kind === 'numeric')
						.map((column) => column.name),
					hasTickets,
					analysisDate: formatDay(customers.analysisDay),
					suggestedCosts:
						dataset.summary.sourceFileName === DEMO_SOURCE_FILE_NAME ? { ...DEMO_COSTS } : null
				}
			};
		},

		async profitLosingCustomers(input) {
			const { customers, profit } = await prepare(input);
			const columns = applyWhatIf(profit, input.options.multipliers);
			const query = input.query.trim().toLowerCase();
			const all = listLosingCustomers(columns, customers.ids);
			const matching = query
				? all.customers.filter((c) => c.id.toLowerCase().includes(query))
				: all.customers;
			return {
				matched: matching.length,
				customers: matching.slice(0, Math.max(0, input.limit))
			};
		},

		async exportProfit(input) {
			const { dataset, customers, grouping, profit } = await prepare(input);
			const base = `${safeFileName(dataset.summary.name)}-profit-by-${input.by}`;
			if (input.what === 'groups') {
				const report = buildProfitReport({
					ids: customers.ids,
					profit,
					grouping,
					options: input.options,
					losingLimit: 0
				});
				const rows = profitGroupRows(report.groups);
				return { fileName: `${base}-groups.csv`, csv: toCsv(rows), rows: rows.length - 1 };
			}
			const rows = profitCustomerRows({
				customers,
				profit,
				columns: applyWhatIf(profit, input.options.multipliers),
				grouping,
				onlyLosing: input.what === 'losing'
			});
			return {
				fileName: `${base}-${input.what === 'losing' ? 'losing-customers' : 'customers'}.csv`,
				csv: toCsv(rows),
				rows: rows.length - 1
			};
		}
	};
}
