/**
 * The lifetime-value fits the worker keeps, shared by every handler that needs one: the Lifetime
 * value view, the account-review briefs (P(alive)) and the Value view (predicted value). Keyed by
 * dataset (its order lines) and CLV options, the most recent `CAPACITY` only — as many as the open
 * datasets — so a fit is made once and at most two are held. The fit does not use the customer
 * table, so changing the customer-table choice does not drop it. The engine's phases run one at a
 * time with a turn of the event loop between them, so a Cancel (or a newer request) stops it.
 */
import { DEFAULT_CLV_OPTIONS, type ClvOptions } from '../../engine/clv/clv-options';
import { clvSteps, type ClvPhase, type ClvResult } from '../../engine/clv/compute-clv';
import type { FitFailure } from '../../engine/clv/fit-failure';
import type { CustomerTable } from '../../engine/customers/customer-table';
import type { OrdersTable } from '../../engine/tables/orders-table';
import type { Datasets, OpenDataset } from '../datasets';

/** What each phase of the fit is doing, for progress. */
export const CLV_PHASE_MESSAGES: Record<ClvPhase, string> = {
	transactions: 'Summarising purchase days',
	bgnbd: 'Fitting BG/NBD (purchases and drop-out)',
	'gamma-gamma': 'Fitting Gamma-Gamma (spend per purchase)',
	customers: 'Predicting each customer',
	holdout: 'Checking the holdout'
};

/** Fits kept at once (the open datasets' count). */
const CAPACITY = 2;

interface Entry {
	orders: OrdersTable;
	key: string;
	result: ClvResult | FitFailure;
}

/** Lets the worker read its messages (a Cancel) between two phases. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class ClvMemo {
	#entries: Entry[] = [];

	/**
	 * The fit of `dataset` for `options`: the kept one, or computed phase by phase (`onPhase` before
	 * each). Throws an AbortError when `signal` is aborted between phases; nothing is kept then.
	 */
	async result(
		dataset: OpenDataset,
		options: ClvOptions,
		signal: AbortSignal,
		onPhase: (phase: ClvPhase) => void = () => {}
	): Promise<ClvResult | FitFailure> {
		const key = `${dataset.summary.id}|${JSON.stringify(options)}`;
		const kept = this.#entries.findIndex((e) => e.key === key && e.orders === dataset.orders);
		if (kept >= 0) {
			const [entry] = this.#entries.splice(kept, 1);
			this.#entries.unshift(entry);
			return entry.result;
		}
		const steps = clvSteps(dataset.orders, options);
		for (let step = steps.next(); ; step = steps.next()) {
			if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
			if (step.done) {
				// A dataset read back anew (other order lines) replaces its old fits.
				this.#entries = this.#entries.filter(
					(e) => !e.key.startsWith(`${dataset.summary.id}|`) || e.orders === dataset.orders
				);
				this.#entries.unshift({ orders: dataset.orders, key, result: step.value });
				this.#entries.length = Math.min(this.#entries.length, CAPACITY);
				return step.value;
			}
			onPhase(step.value);
			await nextTurn();
			if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
		}
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

const memos = new WeakMap<Datasets, ClvMemo>();

/** The one memo of a `Datasets` (the handlers of one worker share it). */
export function clvMemoOf(datasets: Datasets): ClvMemo {
	let memo = memos.get(datasets);
	if (!memo) memos.set(datasets, (memo = new ClvMemo()));
	return memo;
}

/** What the other views read from a fit with the default periods (`defaultClvPeriods`). */
export const JOINED_CLV_OPTIONS: ClvOptions = DEFAULT_CLV_OPTIONS;

/**
 * A per-customer column of a fit, in customer-table order: NaN for a customer outside the fit's
 * cohort (first purchase after the cut-off) or when the model gave no such column.
 */
export function joinToTable(
	result: ClvResult,
	customers: CustomerTable,
	column: 'pAlive' | 'clv'
): Float64Array {
	const out = new Float64Array(customers.count).fill(NaN);
	const values = result.customers?.[column];
	if (!values) return out;
	const { customerCode, count } = result.summary;
	let size = 0;
	for (let i = 0; i < count; i++) size = Math.max(size, customerCode[i] + 1);
	for (let e = 0; e < customers.count; e++) size = Math.max(size, customers.customerCode[e] + 1);
	const cohortIndex = new Int32Array(size).fill(-1);
	for (let i = 0; i < count; i++) cohortIndex[customerCode[i]] = i;
	for (let e = 0; e < customers.count; e++) {
		const i = cohortIndex[customers.customerCode[e]];
		if (i >= 0) out[e] = values[i];
	}
	return out;
}
