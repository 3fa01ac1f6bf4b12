/**
 * The Loyalty view's pipeline over one customer table, as the worker runs it: the complaint-handling
 * table from the tickets file (or the weaker version from counts in the customers file), split
 * within each RFM segment (through the `customers/group-by` adapter), and the interview list; then
 * the answer the page shows and the CSV files it offers. `LoyaltyMemo` keeps the last computation
 * for the table, tickets and options it was made on, so an export does not recompute it.
 */
import type { CustomerTable } from '../customers/customer-table';
import { groupCustomers } from '../customers/group-by';
import { toCsv, type CsvFile } from '../tables/csv-export';
import type { TicketsTable } from '../tables/tickets-table';
import { computeLoyalty, computeLoyaltyFromCounts, type LoyaltyResult } from './compute-loyalty';
import { loyaltyCellRows, type LoyaltyCellFilter } from './export-loyalty';
import { buildInterviewList, exportInterviewList, type InterviewList } from './interview-list';
import {
	LoyaltyOptionsError,
	validateLoyaltyOptions,
	type LoyaltyOptions
} from './loyalty-options';
import { buildLoyaltyReport, type GroupLabels, type LoyaltyReport } from './loyalty-report';

/** Why there is no complaint-handling table. */
export const NO_LOYALTY_DATA =
	'Loyalty needs a tickets file (add it beside the orders file on the Data page), or counts of problems opened and resolved in the customers file.';

export interface LoyaltyComputation {
	customers: CustomerTable;
	tickets: TicketsTable | null;
	/** Null without tickets and without problem counts. */
	result: LoyaltyResult | null;
	/** The RFM segments (default rules) of every customer. */
	segments: GroupLabels;
	interviews: InterviewList;
}

/** What the page shows. */
export interface LoyaltyAnswer {
	/** Null when the dataset has neither a tickets file nor problem counts in its customers file. */
	report: LoyaltyReport | null;
	/** Why there is no report, in words; null when there is one. */
	message: string | null;
	/** "Ask customers what they value": always there (without tickets no one is left out for an
	 * open problem). */
	interviews: InterviewList;
}

export type { CsvFile };

/** Runs the pipeline; throws LoyaltyOptionsError with every bad field before any work. */
export function analyseLoyalty(
	customers: CustomerTable,
	tickets: TicketsTable | null,
	options: Partial<LoyaltyOptions>
): LoyaltyComputation {
	const problems = validateLoyaltyOptions(options);
	if (problems.length > 0) throw new LoyaltyOptionsError(problems);
	const result = tickets
		? computeLoyalty(customers, tickets, options)
		: computeLoyaltyFromCounts(customers, options);
	const rfm = groupCustomers(customers, 'rfm');
	const segments: GroupLabels = {
		name: 'RFM segment',
		code: 'rfm',
		labels: rfm.labels,
		codes: rfm.codes
	};
	const interviews = buildInterviewList(customers, result?.openProblems ?? null, segments, options);
	return { customers, tickets, result, segments, interviews };
}

/** The last computation, for the same table, tickets and options. */
export class LoyaltyMemo {
	#last: { key: string; computation: LoyaltyComputation } | null = null;

	get(
		customers: CustomerTable,
		tickets: TicketsTable | null,
		options: Partial<LoyaltyOptions>
	): LoyaltyComputation {
		const key = JSON.stringify(options);
		const last = this.#last;
		if (
			last &&
			last.key === key &&
			last.computation.customers === customers &&
			last.computation.tickets === tickets
		)
			return last.computation;
		this.#last = null; // let the old one go before making the new
		const computation = analyseLoyalty(customers, tickets, options);
		this.#last = { key, computation };
		return computation;
	}

	clear(): void {
		this.#last = null;
	}
}

export function loyaltyAnswer(computation: LoyaltyComputation): LoyaltyAnswer {
	const { result, segments, interviews } = computation;
	return result
		? { report: buildLoyaltyReport(result, segments), message: null, interviews }
		: { report: null, message: NO_LOYALTY_DATA, interviews };
}

const part = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '-');

/** One cell's customers (or every customer) as a CSV file named after the dataset and cell. */
export function loyaltyCellFile(
	computation: LoyaltyComputation,
	datasetName: string,
	currency: string,
	filter: LoyaltyCellFilter
): CsvFile {
	const { customers, result, tickets, segments } = computation;
	if (!result) throw new Error(NO_LOYALTY_DATA);
	const rows = loyaltyCellRows(customers, result, currency, filter, tickets, segments);
	const parts = [filter.group ?? 'all', filter.severity, filter.segment]
		.filter((text): text is string => Boolean(text))
		.map(part);
	return {
		fileName: `${datasetName}-loyalty-${parts.join('-')}.csv`,
		csv: toCsv(rows),
		rows: rows.length - 1
	};
}

/** The interview list as a CSV file: one row per customer to ask, with the questions. */
export function interviewListFile(
	computation: LoyaltyComputation,
	datasetName: string,
	currency: string
): CsvFile {
	const { interviews, customers } = computation;
	return {
		fileName: `${part(datasetName)}-interview-list.csv`,
		csv: exportInterviewList(interviews, customers, currency),
		rows: interviews.groups.reduce((sum, group) => sum + group.interviewees.length, 0)
	};
}
