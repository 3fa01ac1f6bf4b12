/**
 * Lifetime value per group, for the Segments view (per RFM segment) and the Personas view (per
 * persona): the joined fit over the dataset's customer table, grouped with the same settings the
 * view shows (its RFM bins, cut points and rules, or its clustering and persona names), computed
 * in the worker. Also one customer's own curve for the customer detail dialog, from the same joined
 * fit. A newer run supersedes an older one; an answer that is a failure is kept as a failure.
 */
import { joinedClvOptions } from '../engine/clv/clv-options';
import {
	DEFAULT_CUSTOMER_TABLE_CHOICE,
	type CustomerTableChoice
} from '../engine/customers/customer-table-choice';
import type { GroupingRequest } from '../engine/customers/group-by-request';
import { groupingRequestOf } from '../engine/customers/group-by-settings';
import {
	DEFAULT_PERSONA_SETTINGS,
	type PersonaSettings
} from '../engine/personas/personas-options';
import {
	DEFAULT_SEGMENTS_OPTIONS,
	type SegmentsOptions
} from '../engine/segments/segments-options';
import { getAnalysisClient } from '../worker/client';
import type { FitFailure } from '../engine/clv/fit-failure';
import type { ClvByGroupOutput, ClvCustomerCurve, ClvGroupsInput } from '../worker/clv/protocol';
import { displayCurrency } from '../i18n/currency.svelte';

export type { ClvByGroup, ClvByGroupOutput, ClvCustomerCurve } from '../worker/clv/protocol';
export type { ClvGroupFigures, ClvGroupRow } from '../engine/clv/clv-by-group';

/** The groupings these views show. */
export type ClvGroupBy = 'rfm' | 'persona';

/** Why the model gave no figures, as the engine says it. */
export interface ClvGroupFailure {
	reason: string;
	suggestion: string;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isAbort = (error: unknown) => (error as Error).name === 'AbortError';

/** Keeps a model's answer: a computed one as the result, a failure in the engine's words. */
function keepAnswer<T extends { status: 'computed' }>(
	target: { result: T | null; failure: ClvGroupFailure | null; error: string | null },
	output: T | FitFailure
): void {
	target.error = null;
	if (output.status === 'failed') {
		target.result = null;
		target.failure = { reason: output.reason, suggestion: output.suggestion };
	} else {
		target.result = output;
		target.failure = null;
	}
}

export class ClvGroups {
	readonly by: ClvGroupBy;
	table: CustomerTableChoice;
	segments: SegmentsOptions;
	personas: PersonaSettings;
	/** The figures per group, with the parts of the personas' generated names. */
	result = $state.raw<ClvByGroupOutput | null>(null);
	failure = $state.raw<ClvGroupFailure | null>(null);
	running = $state(false);
	progress = $state<string | null>(null);
	error = $state<string | null>(null);
	#latest = 0;

	constructor(
		by: ClvGroupBy,
		table?: CustomerTableChoice,
		segments?: SegmentsOptions,
		personas?: PersonaSettings
	) {
		this.by = by;
		this.table = table ?? { ...DEFAULT_CUSTOMER_TABLE_CHOICE };
		this.segments = segments ?? structuredClone(DEFAULT_SEGMENTS_OPTIONS);
		this.personas = personas ?? structuredClone(DEFAULT_PERSONA_SETTINGS);
	}

	/** What the grouping depends on, as one string (an effect reading it re-runs on a change). */
	get key(): string {
		const grouping = this.by === 'rfm' ? this.#grouping().segments : $state.snapshot(this.personas);
		return JSON.stringify([this.table, grouping]);
	}

	#grouping(): GroupingRequest {
		return groupingRequestOf(
			this.by,
			$state.snapshot(this.segments),
			$state.snapshot(this.personas)
		);
	}

	#input(datasetId: string): ClvGroupsInput {
		return {
			datasetId,
			table: $state.snapshot(this.table),
			currency: displayCurrency.current,
			...this.#grouping(),
			margin: null
		};
	}

	async run(datasetId: string): Promise<void> {
		const run = ++this.#latest;
		this.running = true;
		this.progress = null;
		try {
			const output = await getAnalysisClient().call('clvByGroup', this.#input(datasetId), {
				onProgress: (progress) => {
					if (run === this.#latest) this.progress = progress.message ?? null;
				}
			});
			if (run === this.#latest) keepAnswer(this, output);
		} catch (error) {
			if (run === this.#latest && !isAbort(error)) this.error = messageOf(error);
		} finally {
			if (run === this.#latest) {
				this.running = false;
				this.progress = null;
			}
		}
	}
}

/** One customer's curve in the joined fit (the customer detail dialog). */
export class ClvCurve {
	result = $state.raw<ClvCustomerCurve | null>(null);
	failure = $state.raw<ClvGroupFailure | null>(null);
	running = $state(false);
	error = $state<string | null>(null);
	#latest = 0;

	async run(datasetId: string, customerId: string, analysisDate: string | null): Promise<void> {
		const run = ++this.#latest;
		this.running = true;
		try {
			const output = await getAnalysisClient().call('clvCustomerCurve', {
				datasetId,
				options: joinedClvOptions(analysisDate),
				customerId
			});
			if (run === this.#latest) keepAnswer(this, output);
		} catch (error) {
			if (run === this.#latest && !isAbort(error)) this.error = messageOf(error);
		} finally {
			if (run === this.#latest) this.running = false;
		}
	}
}
