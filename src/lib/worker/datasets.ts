/**
 * What every family's handlers share: the open datasets (their columns in memory, or read back
 * from IndexedDB) and ONE customer-table cache keyed by dataset and customer-table choice (basis,
 * analysis date, start date), so the views of one dataset hold one customer table between them.
 * Families import their contracts from here; only `handlers.ts` assembles them.
 */
import { CustomerTableCache } from '../engine/customers/customer-table-cache';
import type { CustomerTableChoice } from '../engine/customers/customer-table-choice';
import type { CustomerTable } from '../engine/customers/customer-table';
import type { AttributesTable, OrdersTable } from '../engine/tables/orders-table';
import type { TicketsTable } from '../engine/tables/tickets-table';
import { summaryOfStored, type DatasetSummary } from '../ingest/dataset-summary';
import { loadDataset } from '../storage/index';
import type { TableInput } from './data/protocol';
import type { ProgressInfo } from './rpc';

export interface HandlerContext {
	signal: AbortSignal;
	progress: (progress: ProgressInfo) => void;
}

/**
 * An engine pipeline's progress and cancellation hooks for a request: progress goes to the page,
 * and each checkpoint yields a turn of the event loop (so a `cancel` message gets in) and throws
 * an AbortError once the request is cancelled.
 */
export function hooksOf(context: HandlerContext) {
	return {
		progress: (phase: string, message: string) => context.progress({ phase, message }),
		async checkpoint(): Promise<void> {
			await new Promise((resolve) => setTimeout(resolve, 0));
			if (context.signal.aborted) throw new DOMException('Cancelled', 'AbortError');
		}
	};
}

/** Handlers of one protocol map (a family's, or the whole map). */
export type HandlersOf<Map> = {
	[K in keyof Map]: (
		input: Map[K] extends { input: infer I } ? I : never,
		context: HandlerContext
	) => Promise<Map[K] extends { output: infer O } ? O : never>;
};

/** A dataset held in the worker's memory: its columns and what the page knows of it. */
export interface OpenDataset {
	summary: DatasetSummary;
	orders: OrdersTable;
	attributes: AttributesTable | null;
	/** The tickets file's table, or null / absent without one (optional so older fixtures still type). */
	tickets?: TicketsTable | null;
}

/**
 * The open datasets (the most recently used `capacity`; older ones are read back from IndexedDB)
 * and the one customer table of the last choice.
 */
export class Datasets {
	#entries = new Map<string, OpenDataset>();
	#tables = new CustomerTableCache();

	constructor(
		private readonly capacity = 2,
		private readonly load: typeof loadDataset = loadDataset
	) {}

	/**
	 * Calls `release` whenever the customer table is let go, so a family drops what it computed on
	 * it (its memo holds the table too): one table in memory, not one per view.
	 */
	onRelease(release: () => void): void {
		this.#tables.onRelease(release);
	}

	/** Keeps a dataset open (a new import, or one read back). */
	put(entry: OpenDataset): void {
		this.#entries.delete(entry.summary.id);
		this.#entries.set(entry.summary.id, entry);
		while (this.#entries.size > this.capacity) {
			const oldest = this.#entries.keys().next().value as string;
			this.#entries.delete(oldest);
			this.#tables.releaseOwner(oldest);
		}
	}

	/** A dataset by id: from memory, or read back from IndexedDB; throws NotFound otherwise. */
	async open(id: string): Promise<OpenDataset> {
		const cached = this.#entries.get(id);
		if (cached) {
			this.put(cached);
			return cached;
		}
		const stored = await this.load(id);
		if (!stored) {
			throw Object.assign(new Error(`No saved dataset with id “${id}” in this browser.`), {
				name: 'NotFound'
			});
		}
		const entry = {
			summary: summaryOfStored(stored.meta),
			orders: stored.orders,
			attributes: stored.attributes,
			tickets: stored.tickets
		};
		this.put(entry);
		return entry;
	}

	/**
	 * The customer table of a dataset for a choice: the cached one when the dataset and choice are
	 * the same, else built (and the previous one let go). Throws CustomerTableChoiceError.
	 */
	customers(dataset: OpenDataset, choice: Partial<CustomerTableChoice>): CustomerTable {
		const { summary, orders, attributes } = dataset;
		return this.#tables.get(summary.id, orders, attributes, choice);
	}
}

/** The dataset and customer table of an analysis request. */
export async function openTable(
	datasets: Datasets,
	input: TableInput
): Promise<{ dataset: OpenDataset; customers: CustomerTable }> {
	const dataset = await datasets.open(input.datasetId);
	return { dataset, customers: datasets.customers(dataset, input.table) };
}
