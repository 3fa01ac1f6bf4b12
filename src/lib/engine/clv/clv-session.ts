/**
 * The Lifetime value view's pipeline, as the worker runs it: `ClvMemo` keeps the fits shared by
 * every view that reads one (Lifetime value, the account-review briefs' P(alive), the Value view's
 * predicted value), keyed by dataset (its order lines) and options, the most recent `CAPACITY`
 * only — as many as the worker's open datasets — so a fit is made once and at most two are held.
 * The fit does not use the customer table, so changing the customer-table choice does not drop it.
 * The phases run one at a time with a checkpoint between them (the worker's: a turn of the event
 * loop, then a Cancel check). Then the answer the page shows, a page of ranked customers, the CSV.
 */
import { toCsv } from '../tables/csv-export';
import { safeFileName } from '../tables/file-name';
import type { AttributesTable, OrdersTable } from '../tables/orders-table';
import { buildCohortAliveGrid, type AliveGrid } from './alive-grid';
import { buildClvReport, type ClvReport } from './clv-report';
import type { ClvOptions } from './clv-options';
import { clvSteps, type ClvPhase, type ClvResult } from './compute-clv';
import type { FitFailure, FitWarning } from './fit-failure';
import {
	clvCustomerPage,
	rankClvCustomers,
	rankedClvRows,
	type ClvCustomerPage
} from './rank-customers';
import { binValues, type ValueDistribution } from './value-distribution';

/** What each phase of the fit is doing, for progress. */
export const CLV_PHASE_MESSAGES: Record<ClvPhase, string> = {
	transactions: 'Summarising purchase days',
	bgnbd: 'Fitting BG/NBD (purchases and drop-out)',
	'gamma-gamma': 'Fitting Gamma-Gamma (spend per purchase)',
	customers: 'Predicting each customer',
	holdout: 'Checking the holdout'
};

/** Progress and cancellation between the phases of a fit (the worker's; none in Node). */
export interface ClvHooks {
	progress?: (phase: ClvPhase, message: string) => void;
	/** Awaited after each phase is announced; throws (an AbortError) to stop the fit. */
	checkpoint?: () => Promise<void>;
}

/** The analysis the Lifetime value view shows. */
export interface ClvAnalysis {
	status: 'computed';
	report: ClvReport;
	/** Warnings of the BG/NBD fit (degenerate but usable optima). */
	warnings: string[];
	/** The same warnings by code, with their figures (for the interface's languages). */
	warningCauses: FitWarning[];
	/** P(alive) over frequency × recency at the oldest customer's age; null when BG/NBD failed. */
	grid: AliveGrid | null;
	/** Predicted value (CLV over the horizon) of the cohort; null when a model failed. */
	distribution: ValueDistribution | null;
}

/** Fits kept at once (the worker's open datasets' count). */
const CAPACITY = 2;

interface Entry {
	orders: OrdersTable;
	datasetId: string;
	key: string;
	result: ClvResult | FitFailure;
}

export class ClvMemo {
	#entries: Entry[] = [];
	/** Each fit's ranking by CLV, made once. */
	#rankings = new WeakMap<ClvResult, Int32Array>();

	/**
	 * The fit of a dataset's `orders` for `options`: the kept one, or computed phase by phase.
	 * Whatever `hooks.checkpoint` throws stops the fit; nothing is kept then.
	 */
	async result(
		datasetId: string,
		orders: OrdersTable,
		options: ClvOptions,
		hooks: ClvHooks = {}
	): Promise<ClvResult | FitFailure> {
		const key = `${datasetId}|${JSON.stringify(options)}`;
		const kept = this.#entries.findIndex((e) => e.key === key && e.orders === orders);
		if (kept >= 0) {
			const [entry] = this.#entries.splice(kept, 1);
			this.#entries.unshift(entry);
			return entry.result;
		}
		const steps = clvSteps(orders, options);
		for (let step = steps.next(); ; step = steps.next()) {
			if (step.done) {
				// A dataset read back anew (other order lines) replaces its old fits.
				this.#entries = this.#entries.filter(
					(e) => e.datasetId !== datasetId || e.orders === orders
				);
				this.#entries.unshift({ orders, datasetId, key, result: step.value });
				this.#entries.length = Math.min(this.#entries.length, CAPACITY);
				return step.value;
			}
			hooks.progress?.(step.value, CLV_PHASE_MESSAGES[step.value]);
			await hooks.checkpoint?.();
		}
	}

	/** The cohort of a fit ranked by CLV (`rankClvCustomers`), kept with the fit. */
	ranking(result: ClvResult, customerIds: readonly string[]): Int32Array {
		let order = this.#rankings.get(result);
		if (!order) this.#rankings.set(result, (order = rankClvCustomers(result, customerIds)));
		return order;
	}

	/** Lets every fit go. */
	clear(): void {
		this.#entries = [];
	}

	/** Fits kept now (for tests). */
	get size(): number {
		return this.#entries.length;
	}
}

/** The report, the P(alive) grid and the value distribution of a fit, or why there is none. */
export function clvAnalysis(result: ClvResult | FitFailure): ClvAnalysis | FitFailure {
	if (result.status !== 'computed') return result;
	const { bgnbd, customers } = result;
	return {
		status: 'computed',
		report: buildClvReport(result),
		warnings: bgnbd.status === 'fitted' ? bgnbd.warnings : [],
		warningCauses: bgnbd.status === 'fitted' ? bgnbd.warningCauses : [],
		grid: buildCohortAliveGrid(result),
		distribution: customers?.clv ? binValues(customers.clv) : null
	};
}

/** Up to `limit` (1–1000) customers ranked by CLV whose id contains `query`. */
export function clvCustomersOf(
	memo: ClvMemo,
	result: ClvResult | FitFailure,
	customerIds: readonly string[],
	query: string,
	limit: number
): ClvCustomerPage | FitFailure {
	if (result.status !== 'computed') return result;
	const order = memo.ranking(result, customerIds);
	const size = Math.max(1, Math.min(1000, Math.floor(limit)));
	return clvCustomerPage(result, customerIds, order, query, size);
}

/**
 * Every cohort customer in rank order as a CSV file named after the dataset, with name and e-mail
 * from the customers file `attributes` when it has them.
 */
export function clvCustomersFile(
	memo: ClvMemo,
	result: ClvResult | FitFailure,
	customerIds: readonly string[],
	datasetName: string,
	currency: string,
	attributes: AttributesTable | null = null
): { fileName: string; csv: string; rows: number } | FitFailure {
	if (result.status !== 'computed') return result;
	const order = memo.ranking(result, customerIds);
	const rows = rankedClvRows(result, customerIds, order, currency, attributes);
	return {
		fileName: `${safeFileName(datasetName)}-lifetime-value.csv`,
		csv: toCsv(rows),
		rows: rows.length - 1
	};
}
