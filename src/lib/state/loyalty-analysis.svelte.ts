/**
 * The Loyalty view's state: its settings (the dataset's `loyalty` section: W and Q), the latest
 * complaint-handling table computed in the worker, and cell exports. New values of W and Q are
 * checked with the engine's validator first: a bad value gets a message, is never saved, and the
 * previous result stays. A newer run supersedes an older one.
 */
import { getAnalysisClient } from '../worker/client';
import {
	DEFAULT_CUSTOMER_TABLE_CHOICE,
	type CustomerTableChoice
} from '../engine/customers/customer-table-choice';
import type { LoyaltyCellFilter } from '../engine/loyalty/export-loyalty';
import { DEFAULT_LOYALTY_OPTIONS, validateLoyaltyOptions } from '../engine/loyalty/loyalty-options';
import type { LoyaltyReport } from '../engine/loyalty/loyalty-report';
import type { InterviewList } from '../engine/loyalty/interview-list';
import type { LoyaltyInput, LoyaltySettings } from '../worker/loyalty/protocol';
import { displayCurrency } from '../i18n/currency.svelte';

export type { LoyaltyCellFilter } from '../engine/loyalty/export-loyalty';
export type { LoyaltyGroup } from '../engine/loyalty/compute-loyalty';
export type { LoyaltyCell, LoyaltyReport } from '../engine/loyalty/loyalty-report';
export type { InterviewGroup, InterviewList } from '../engine/loyalty/interview-list';
export type { LoyaltySettings } from '../worker/loyalty/protocol';

export const DEFAULT_LOYALTY_SETTINGS: LoyaltySettings = {
	windowDays: DEFAULT_LOYALTY_OPTIONS.windowDays,
	quickDays: DEFAULT_LOYALTY_OPTIONS.quickDays
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class LoyaltyAnalysis {
	/** Reactive settings: a section of the dataset's settings, or local defaults. */
	settings: LoyaltySettings;
	/** The dataset-wide customer-table choice. */
	table: CustomerTableChoice;
	report = $state.raw<LoyaltyReport | null>(null);
	/** "Ask customers what they value": the most loyal customers per size band and segment. */
	interviews = $state.raw<InterviewList | null>(null);
	/** Why there is no report (no tickets and no counts); null otherwise. */
	missing = $state<string | null>(null);
	running = $state(false);
	error = $state<string | null>(null);
	/** The message of the last refused W or Q. */
	optionError = $state<string | null>(null);
	#latest = 0;

	constructor(settings?: LoyaltySettings, table?: CustomerTableChoice) {
		this.settings = settings ?? { ...DEFAULT_LOYALTY_SETTINGS };
		this.table = table ?? { ...DEFAULT_CUSTOMER_TABLE_CHOICE };
		// A hand-edited link can carry anything: fall back to the defaults when it is not valid.
		if (validateLoyaltyOptions(this.settings).length > 0) {
			this.settings.windowDays = DEFAULT_LOYALTY_SETTINGS.windowDays;
			this.settings.quickDays = DEFAULT_LOYALTY_SETTINGS.quickDays;
		}
	}

	/** Sets W or Q when the pair stays valid; otherwise keeps the old value and says why. */
	set(field: keyof LoyaltySettings, value: number): boolean {
		const candidate = { ...$state.snapshot(this.settings), [field]: value };
		const problems = validateLoyaltyOptions(candidate);
		if (problems.length > 0) {
			this.optionError = problems.join(' ');
			return false;
		}
		this.optionError = null;
		this.settings[field] = value;
		return true;
	}

	#input(datasetId: string): LoyaltyInput {
		return {
			datasetId,
			table: $state.snapshot(this.table),
			currency: displayCurrency.current,
			options: $state.snapshot(this.settings)
		};
	}

	async run(datasetId: string): Promise<void> {
		const run = ++this.#latest;
		this.running = true;
		this.error = null;
		try {
			const answer = await getAnalysisClient().call('analyseLoyalty', this.#input(datasetId));
			if (run !== this.#latest) return;
			this.report = answer.report;
			this.interviews = answer.interviews;
			this.missing = answer.message;
		} catch (error) {
			if (run === this.#latest && (error as Error).name !== 'AbortError')
				this.error = messageOf(error);
		} finally {
			if (run === this.#latest) this.running = false;
		}
	}

	/** The customers of one cell as CSV (file name, text, rows). */
	async exportCell(
		datasetId: string,
		filter: LoyaltyCellFilter
	): Promise<{ fileName: string; csv: string; rows: number }> {
		return getAnalysisClient().call('exportLoyaltyCell', { ...this.#input(datasetId), filter });
	}

	/** The interview list as CSV (file name, text, rows). */
	async exportInterviews(
		datasetId: string
	): Promise<{ fileName: string; csv: string; rows: number }> {
		return getAnalysisClient().call('exportInterviewList', this.#input(datasetId));
	}
}
