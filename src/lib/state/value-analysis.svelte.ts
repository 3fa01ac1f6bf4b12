/**
 * The Value view's state: its options, and the latest result computed in the worker. A newer run
 * supersedes an older one, so quick option changes never race.
 */
import { getAnalysisClient } from '../worker/client';
import {
	DEFAULT_CUSTOMER_TABLE_CHOICE,
	type CustomerTableChoice
} from '../engine/customers/customer-table-choice';
import type { CustomerDetail } from '../engine/value/explain-customer';
import { DEFAULT_VALUE_OPTIONS, type ValueOptions } from '../engine/value/value-options';
import type { ValueAnalysis as ValueAnalysisReport, ValueInput } from '../worker/value/protocol';
import { displayCurrency } from '../i18n/currency.svelte';

export class ValueAnalysis {
	/** Reactive options: a section of the dataset's settings, or local defaults. */
	options: ValueOptions;
	/** The dataset-wide customer-table choice (the settings section `dataset`). */
	table: CustomerTableChoice;
	result = $state.raw<ValueAnalysisReport | null>(null);
	running = $state(false);
	error = $state<string | null>(null);
	detail = $state.raw<CustomerDetail | null>(null);

	constructor(options?: ValueOptions, table?: CustomerTableChoice) {
		this.options = options ?? { ...DEFAULT_VALUE_OPTIONS };
		this.table = table ?? { ...DEFAULT_CUSTOMER_TABLE_CHOICE };
	}

	#input(datasetId: string): ValueInput {
		return {
			datasetId,
			table: $state.snapshot(this.table),
			currency: displayCurrency.current,
			options: $state.snapshot(this.options)
		};
	}

	async run(datasetId: string): Promise<void> {
		this.running = true;
		this.error = null;
		try {
			this.result = await getAnalysisClient().call('analyseValue', this.#input(datasetId));
		} catch (error) {
			if ((error as Error).name !== 'AbortError') this.error = (error as Error).message;
		} finally {
			this.running = false;
		}
	}

	async exportTop(datasetId: string): Promise<{ fileName: string; csv: string }> {
		return getAnalysisClient().call('exportTopCustomers', this.#input(datasetId));
	}

	async openCustomer(datasetId: string, customerId: string): Promise<void> {
		this.detail = await getAnalysisClient().call('customerDetail', {
			...this.#input(datasetId),
			customerId
		});
	}

	closeCustomer(): void {
		this.detail = null;
	}
}
