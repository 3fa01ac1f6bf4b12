/**
 * The Loyalty view's handlers: the shared customer table, the dataset's tickets (or the weaker
 * counts version without them), RFM segments through the `group-by` adapter, then the engine's
 * report and cell export. The last computation is kept for the table and options it was made on.
 */
import type { CustomerTable } from '../../engine/customers/customer-table';
import { groupCustomers } from '../../engine/customers/group-by';
import {
	computeLoyalty,
	computeLoyaltyFromCounts,
	type LoyaltyResult
} from '../../engine/loyalty/compute-loyalty';
import { loyaltyCellRows } from '../../engine/loyalty/export-loyalty';
import { LoyaltyOptionsError, validateLoyaltyOptions } from '../../engine/loyalty/loyalty-options';
import { buildLoyaltyReport, type GroupLabels } from '../../engine/loyalty/loyalty-report';
import { toCsv } from '../../engine/tables/csv-export';
import { openTable, type Datasets, type HandlersOf, type OpenDataset } from '../datasets';
import type { LoyaltyInput, LoyaltyProtocol } from './protocol';

const NO_DATA =
	'Loyalty needs a tickets file (add it beside the orders file on the Data page), or counts of problems opened and resolved in the customers file.';

interface Computation {
	customers: CustomerTable;
	key: string;
	result: LoyaltyResult | null;
	segments: GroupLabels;
}

export function createLoyaltyHandlers(datasets: Datasets): HandlersOf<LoyaltyProtocol> {
	let last: Computation | null = null;

	function compute(dataset: OpenDataset, customers: CustomerTable, input: LoyaltyInput) {
		const key = JSON.stringify(input.options);
		if (last?.customers === customers && last.key === key) return last;
		const tickets = dataset.tickets ?? null;
		const result = tickets
			? computeLoyalty(customers, tickets, input.options)
			: computeLoyaltyFromCounts(customers, input.options);
		const rfm = groupCustomers(customers, 'rfm');
		const segments: GroupLabels = { name: 'RFM segment', labels: rfm.labels, codes: rfm.codes };
		last = { customers, key, result, segments };
		return last;
	}

	async function prepare(input: LoyaltyInput) {
		const problems = validateLoyaltyOptions(input.options);
		if (problems.length > 0) throw new LoyaltyOptionsError(problems);
		const { dataset, customers } = await openTable(datasets, input);
		return { dataset, customers, computation: compute(dataset, customers, input) };
	}

	return {
		async analyseLoyalty(input) {
			const { computation } = await prepare(input);
			if (!computation.result) return { report: null, message: NO_DATA };
			return {
				report: buildLoyaltyReport(computation.result, computation.segments),
				message: null
			};
		},

		async exportLoyaltyCell(input) {
			const { dataset, customers, computation } = await prepare(input);
			if (!computation.result) throw new Error(NO_DATA);
			const rows = loyaltyCellRows(
				customers,
				computation.result,
				input.filter,
				dataset.tickets ?? null,
				computation.segments
			);
			const parts = [input.filter.group ?? 'all', input.filter.severity, input.filter.segment]
				.filter((part): part is string => Boolean(part))
				.map((part) => part.replace(/[^\p{L}\p{N}]+/gu, '-'));
			return {
				fileName: `${dataset.summary.name}-loyalty-${parts.join('-')}.csv`,
				csv: toCsv(rows),
				rows: rows.length - 1
			};
		}
	};
}
