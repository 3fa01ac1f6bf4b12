/**
 * The Value view's state: its options, and the latest result computed in the worker. A newer run
 * supersedes an older one, so quick option changes never race.
 */
import { getAnalysisClient } from '../worker/client';
import {
	DEFAULT_VALUE_OPTIONS,
	type CustomerDetail,
	type ValueOptions,
	type ValueOutput
} from '../worker/protocol';

export class ValueAnalysis {
	/** Reactive options: a section of the dataset's settings, or local defaults. */
	options: ValueOptions;
	result = $state.raw<ValueOutput | null>(null);
	running = $state(false);
	error = $state<string | null>(null);
	detail = $state.raw<CustomerDetail | null>(null);

	constructor(options?: ValueOptions) {
		this.options = options ?? { ...DEFAULT_VALUE_OPTIONS };
	}

	async run(datasetId: string): Promise<void> {
		this.running = true;
		this.error = null;
		try {
			this.result = await getAnalysisClient().call('analyseValue', {
				datasetId,
				options: $state.snapshot(this.options)
			});
		} catch (error) {
			if ((error as Error).name !== 'AbortError') this.error = (error as Error).message;
		} finally {
			this.running = false;
		}
	}

	async exportTop(datasetId: string): Promise<{ fileName: string; csv: string }> {
		return getAnalysisClient().call('exportTopCustomers', {
			datasetId,
			options: $state.snapshot(this.options)
		});
	}

	async openCustomer(datasetId: string, customerId: string): Promise<void> {
		this.detail = await getAnalysisClient().call('customerDetail', {
			datasetId,
			customerId,
			options: $state.snapshot(this.options)
		});
	}

	closeCustomer(): void {
		this.detail = null;
	}
}
