/**
 * The Lifetime value view's state: its options (the dataset's `clv` settings section, saved with
 * it and carried in links), the latest analysis computed in the worker with its progress, and the
 * page of customers ranked by CLV. Options are checked with the engine's validator before they are
 * applied: a bad value gets a message, is never saved, and the previous result stays. A newer run
 * supersedes an older one; Cancel stops the one running.
 */
import { displayCurrency } from '../i18n/currency.svelte';
import {
	DEFAULT_CLV_OPTIONS,
	defaultClvPeriods,
	validateClvOptions,
	type ClvOptions,
	type ClvPeriods
} from '../engine/clv/clv-options';
import type { ClvCustomerPage } from '../engine/clv/rank-customers';
import type { FitFailureCause } from '../engine/clv/fit-failure';
import { formatDay, parseIsoDay } from '../engine/tables/orders-table';
import { m } from '../i18n';
import { getAnalysisClient } from '../worker/client';
import type { ClvAnalysis as ClvAnalysisOutput, ClvInput } from '../worker/clv/protocol';
import type { DatasetSummary } from '../worker/data/protocol';

export type { ClvAnalysis as ClvAnalysisOutput } from '../worker/clv/protocol';
export type { AliveGrid } from '../engine/clv/alive-grid';
export type { ClvOptions, ClvTimeUnit } from '../engine/clv/clv-options';
export { DEFAULT_CLV_OPTIONS } from '../engine/clv/clv-options';
export type { ClvReport, ClvReportBgNbd, ClvReportGammaGamma } from '../engine/clv/clv-report';
export type { FitFailure, FitFailureCause, FitWarning } from '../engine/clv/fit-failure';
export type { ClvCustomerPage, ClvCustomerRow } from '../engine/clv/rank-customers';
export type { ValueDistribution } from '../engine/clv/value-distribution';

/** Customers shown in the ranked list at once. */
export const CLV_PAGE_SIZE = 100;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isAbort = (error: unknown) => (error as Error).name === 'AbortError';

export class ClvAnalysis {
	/** Reactive options: a section of the dataset's settings, or local defaults. */
	options: ClvOptions;
	result = $state.raw<ClvAnalysisOutput | null>(null);
	/** Why the analysis could not run at all (bad options, no purchase before the cut-off). */
	failure = $state.raw<{ reason: string; suggestion: string; cause?: FitFailureCause } | null>(
		null
	);
	running = $state(false);
	progress = $state<string | null>(null);
	error = $state<string | null>(null);
	list = $state.raw<ClvCustomerPage | null>(null);
	search = $state('');
	#dataset: DatasetSummary;
	#controller: AbortController | null = null;
	#latest = 0;
	#latestList = 0;

	constructor(dataset: DatasetSummary, options?: ClvOptions) {
		this.#dataset = dataset;
		this.options = options ?? { ...DEFAULT_CLV_OPTIONS };
		// A hand-edited link can put anything in (the dates default to null, so any type merges):
		// dates that are not text, and options the validator refuses, fall back to the defaults.
		const isDate = (value: unknown) => value === null || typeof value === 'string';
		if (!isDate(this.options.calibrationEnd) || !isDate(this.options.holdoutEnd))
			Object.assign(this.options, { calibrationEnd: null, holdoutEnd: null });
		if (validateClvOptions(this.options).length > 0)
			Object.assign(this.options, DEFAULT_CLV_OPTIONS);
	}

	/** The default split of this dataset (last 25% as holdout when it spans over a year). */
	get defaultPeriods(): ClvPeriods {
		return defaultClvPeriods(this.#dataset.report.firstDay, this.#dataset.report.lastDay);
	}

	/** The calibration end and holdout end in force, as `YYYY-MM-DD` (holdout may be ''). */
	get periods(): { calibrationEnd: string; holdoutEnd: string } {
		if (this.options.calibrationEnd !== null) {
			return {
				calibrationEnd: this.options.calibrationEnd,
				holdoutEnd: this.options.holdoutEnd ?? ''
			};
		}
		const periods = this.defaultPeriods;
		return {
			calibrationEnd: formatDay(periods.calibrationEndDay),
			holdoutEnd: periods.holdoutEndDay === null ? '' : formatDay(periods.holdoutEndDay)
		};
	}

	/** The last day of the data, `YYYY-MM-DD`. */
	get lastDate(): string {
		return formatDay(this.#dataset.report.lastDay);
	}

	/** A warning for a holdout that runs past the data (its actual count would be short). */
	get holdoutWarning(): string | null {
		const end = this.periods.holdoutEnd;
		if (!end || parseIsoDay(end) <= this.#dataset.report.lastDay) return null;
		return m.clv.options.holdoutPastData(this.lastDate);
	}

	/**
	 * Applies a change after checking it with the engine's validator: the problems (nothing applied)
	 * or an empty list (applied, saved by the view).
	 */
	apply(change: Partial<ClvOptions>): string[] {
		const next: ClvOptions = { ...$state.snapshot(this.options), ...change };
		const problems = validateClvOptions(next);
		if (problems.length === 0) Object.assign(this.options, change);
		return problems;
	}

	/** Sets both dates (a holdout needs an explicit calibration end). */
	applyPeriods(calibrationEnd: string, holdoutEnd: string): string[] {
		if (!calibrationEnd) return [m.clv.options.chooseCalibrationEnd];
		return this.apply({ calibrationEnd, holdoutEnd: holdoutEnd || null });
	}

	/** Back to the default split. */
	resetPeriods(): void {
		this.options.calibrationEnd = null;
		this.options.holdoutEnd = null;
	}

	#input(datasetId: string): ClvInput {
		return { datasetId, options: $state.snapshot(this.options) };
	}

	async run(datasetId: string): Promise<void> {
		const run = ++this.#latest;
		this.#controller = new AbortController();
		this.running = true;
		this.error = null;
		this.progress = null;
		try {
			const output = await getAnalysisClient().call('analyseClv', this.#input(datasetId), {
				signal: this.#controller.signal,
				onProgress: (progress) => {
					if (run === this.#latest) this.progress = progress.message ?? null;
				}
			});
			if (run !== this.#latest) return;
			if (output.status === 'computed') {
				this.result = output;
				this.failure = null;
				await this.fetchList(datasetId);
			} else {
				this.result = null;
				this.list = null;
				this.failure = {
					reason: output.reason,
					suggestion: output.suggestion,
					cause: output.cause
				};
			}
		} catch (error) {
			if (run !== this.#latest) return;
			this.error = isAbort(error) ? m.clv.options.cancelled : messageOf(error);
		} finally {
			if (run === this.#latest) {
				this.running = false;
				this.progress = null;
			}
		}
	}

	/** Stops the running fit (the worker's answer is dropped). */
	cancel(): void {
		this.#controller?.abort();
	}

	/** The first page of ranked customers matching the search. */
	async fetchList(datasetId: string): Promise<void> {
		const run = ++this.#latestList;
		try {
			const page = await getAnalysisClient().call('clvCustomers', {
				...this.#input(datasetId),
				query: this.search,
				limit: CLV_PAGE_SIZE
			});
			if (run === this.#latestList) this.list = 'rows' in page ? page : null;
		} catch (error) {
			if (run === this.#latestList && !isAbort(error)) this.error = messageOf(error);
		}
	}

	/** The ranked customers' CSV (`customer,frequency,recency,T,p_alive,…`). */
	async exportCsv(datasetId: string): Promise<{ fileName: string; csv: string }> {
		const file = await getAnalysisClient().call(
			'exportClvCustomers',
			{ ...this.#input(datasetId), currency: displayCurrency.current },
			{ supersede: false }
		);
		if ('reason' in file) throw new Error(`${file.reason} — ${file.suggestion}`);
		return file;
	}
}
