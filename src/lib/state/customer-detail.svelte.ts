/**
 * Opening one customer's detail from a list (issue 20: every customer list's rows): the Value
 * view's `customerDetail` request on the dataset's customer table (its `dataset` and `value`
 * settings sections), and the error when the customer cannot be shown. Create it while a
 * component initialises (it reads the session from the context).
 */
import type { CustomerDetail } from '../engine/value/explain-customer';
import { DEFAULT_CUSTOMER_TABLE_CHOICE } from '../engine/customers/customer-table-choice';
import { DEFAULT_VALUE_OPTIONS } from '../engine/value/value-options';
import { getSession } from './session.svelte';
import { ValueAnalysis } from './value-analysis.svelte';

export class CustomerDetailOpener {
	readonly #value: ValueAnalysis;
	error = $state<string | null>(null);

	constructor() {
		const settings = getSession().settings;
		this.#value = new ValueAnalysis(
			settings?.section('value', DEFAULT_VALUE_OPTIONS),
			settings?.section('dataset', DEFAULT_CUSTOMER_TABLE_CHOICE)
		);
	}

	/** The open customer's detail, or null. */
	get detail(): CustomerDetail | null {
		return this.#value.detail;
	}

	async open(datasetId: string, customerId: string): Promise<void> {
		try {
			await this.#value.openCustomer(datasetId, customerId);
			this.error = null;
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	close(): void {
		this.#value.closeCustomer();
	}
}
