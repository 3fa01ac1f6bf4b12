/**
 * ONE customer table in memory: the last one asked for, keyed by its owner (a dataset id) and the
 * customer-table choice (`customerTableKey`). Asking for another lets the old table go before the
 * new one is built — never two at once — and tells everything computed on it (the families'
 * memos, which hold the table too) to let go through `onRelease`. The worker's `Datasets` keeps
 * one; the CLI builds its one table with `buildChosenCustomerTable` directly.
 */
import type { AttributesTable, OrdersTable } from '../tables/orders-table';
import {
	buildChosenCustomerTable,
	customerTableKey,
	type CustomerTableChoice
} from './customer-table-choice';
import type { CustomerTable } from './types';

export class CustomerTableCache {
	#table: { owner: string; key: string; customers: CustomerTable } | null = null;
	#onRelease: (() => void)[] = [];

	/** Calls `release` whenever the table is let go, so what was computed on it goes too. */
	onRelease(release: () => void): void {
		this.#onRelease.push(release);
	}

	/** Lets the table go when `owner` holds it (a dataset closed). */
	releaseOwner(owner: string): void {
		if (this.#table?.owner === owner) this.#release();
	}

	#release(): void {
		this.#table = null;
		for (const release of this.#onRelease) release();
	}

	/**
	 * The customer table of `owner`'s orders for a choice: the cached one for the same owner and
	 * choice, else built (the previous one let go first). Throws CustomerTableChoiceError.
	 */
	get(
		owner: string,
		orders: OrdersTable,
		attributes: AttributesTable | null,
		choice: Partial<CustomerTableChoice>
	): CustomerTable {
		const key = customerTableKey(choice);
		if (this.#table?.owner === owner && this.#table.key === key) return this.#table.customers;
		if (this.#table) this.#release();
		const customers = buildChosenCustomerTable(orders, attributes, choice);
		this.#table = { owner, key, customers };
		return customers;
	}
}
