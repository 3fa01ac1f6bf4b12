/**
 * Presenter mode's state: the story's reports (computed in the worker with the dataset's saved
 * settings), the current step, the "hide names" switch, and the link between the presenter's
 * window and the audience window (`?audience=1`) over a `BroadcastChannel`.
 *
 * The presenter's window is the source of the slides: it sends them, already with names hidden
 * when the switch is on, so the audience window never holds a customer id it should not show.
 * Either window may move the story (a clicker sends its keys to whichever window has the focus);
 * every move is sent to the other window.
 */
import { displayCurrency } from '../i18n/currency.svelte';
import { getAnalysisClient } from '../worker/client';
import {
	DEFAULT_CUSTOMER_TABLE_CHOICE,
	type CustomerTableChoice
} from '../engine/customers/customer-table-choice';
import { groupingRequestOf } from '../engine/customers/group-by-settings';
import {
	DEFAULT_ACCOUNTS_OPTIONS,
	validateAccountsOptions,
	type AccountsOptions
} from '../engine/accounts/accounts-options';
import type { PlanRow } from '../engine/accounts/export-accounts';
import {
	DEFAULT_PERSONA_SETTINGS,
	type PersonaSettings
} from '../engine/personas/personas-options';
import type { ProfitReport } from '../engine/profit/profit-report';
import {
	DEFAULT_SEGMENTS_OPTIONS,
	type SegmentsOptions
} from '../engine/segments/segments-options';
import type { SegmentsReport } from '../engine/segments/segments-report';
import { DEFAULT_VALUE_OPTIONS, type ValueOptions } from '../engine/value/value-options';
import type { ValueReport } from '../engine/value/value-report';
import type { DatasetSettings } from './dataset-settings.svelte';
import { applyPersonaEdits, type EditedPersona } from './persona-edits';
import { DEFAULT_PROFIT_SETTINGS, profitOptionsOf, type ProfitSettings } from './profit-settings';

export const PRESENT_CHANNEL = 'sieve-present';

/** What one window tells the other. */
export type PresentMessage<Slide> =
	| { type: 'hello' }
	| { type: 'state'; slides: Slide[]; step: number; hideNames: boolean }
	| { type: 'go'; step: number };

/** The reports the story is told from (null: not computed, or not available for this dataset). */
export interface StoryReports {
	value: ValueReport | null;
	segments: SegmentsReport | null;
	personas: EditedPersona[] | null;
	profit: ProfitReport | null;
	plan: PlanRow[] | null;
}

const EMPTY: StoryReports = {
	value: null,
	segments: null,
	personas: null,
	profit: null,
	plan: null
};
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isAbort = (error: unknown) => (error as Error)?.name === 'AbortError';

/** The steps of the story as they are computed (the controls name them in the chosen language). */
export type StoryStep = 'value' | 'segments' | 'personas' | 'profit' | 'reviews';

/** A step that could not be computed, and why (the worker's message). */
export interface StoryProblem {
	step: StoryStep;
	message: string;
}

/** Everything the story needs besides the reports. */
export interface StoryInput extends StoryReports {
	datasetName: string;
	hideNames: boolean;
}

export class Presenter<Slide> {
	readonly audience: boolean;
	readonly #build: (input: StoryInput) => Slide[];
	step = $state(0);
	hideNames = $state(false);
	/** Slides received from the presenter (audience window only). */
	received = $state.raw<Slide[]>([]);
	reports = $state.raw<StoryReports>(EMPTY);
	datasetName = $state('');
	/** The step being computed now. */
	loading = $state<StoryStep | null>(null);
	/** Steps that could not be computed, with the reason (shown to the presenter only). */
	problems = $state.raw<StoryProblem[]>([]);
	slides: Slide[] = $derived.by(() =>
		this.audience
			? this.received
			: this.#build({ datasetName: this.datasetName, ...this.reports, hideNames: this.hideNames })
	);
	#channel: BroadcastChannel | null = null;

	constructor(audience: boolean, build: (input: StoryInput) => Slide[]) {
		this.audience = audience;
		this.#build = build;
	}

	get current(): Slide | null {
		return this.slides[Math.min(this.step, this.slides.length - 1)] ?? null;
	}

	/** Opens the channel to the other window; returns the closer. */
	connect(): () => void {
		if (typeof BroadcastChannel === 'undefined') return () => {};
		const channel = new BroadcastChannel(PRESENT_CHANNEL);
		this.#channel = channel;
		channel.onmessage = (event: MessageEvent<PresentMessage<Slide>>) => this.#receive(event.data);
		if (this.audience) channel.postMessage({ type: 'hello' } satisfies PresentMessage<Slide>);
		return () => {
			channel.close();
			this.#channel = null;
		};
	}

	#receive(message: PresentMessage<Slide>): void {
		if (message.type === 'hello' && !this.audience) this.broadcast();
		else if (message.type === 'state' && this.audience) {
			this.received = message.slides;
			this.hideNames = message.hideNames;
			this.step = message.step;
		} else if (message.type === 'go') {
			this.step = this.#clamp(message.step);
			if (!this.audience) this.broadcast();
		}
	}

	/** Sends the slides and the step to the audience window (presenter only). */
	broadcast(): void {
		if (this.audience || !this.#channel) return;
		this.#channel.postMessage({
			type: 'state',
			slides: $state.snapshot(this.slides) as Slide[],
			step: this.step,
			hideNames: this.hideNames
		} satisfies PresentMessage<Slide>);
	}

	#clamp(step: number): number {
		return Math.max(0, Math.min(step, Math.max(0, this.slides.length - 1)));
	}

	go(step: number): void {
		const next = this.#clamp(step);
		if (next === this.step) return;
		this.step = next;
		if (this.audience)
			this.#channel?.postMessage({ type: 'go', step: next } satisfies PresentMessage<Slide>);
		else this.broadcast();
	}

	setHideNames(hide: boolean): void {
		this.hideNames = hide;
		this.broadcast();
	}

	/** Computes every report of the story in the worker, step by step, with the saved settings. */
	async load(datasetId: string, name: string, settings: DatasetSettings | null): Promise<void> {
		this.datasetName = name;
		this.reports = EMPTY;
		this.problems = [];
		const client = getAnalysisClient();
		const section = <T extends object>(key: string, defaults: T): T =>
			$state.snapshot(settings?.section(key, defaults) ?? structuredClone(defaults)) as T;
		const table: CustomerTableChoice = section('dataset', DEFAULT_CUSTOMER_TABLE_CHOICE);
		const currency = displayCurrency.current;
		const segmentsOptions: SegmentsOptions = section('segments', DEFAULT_SEGMENTS_OPTIONS);
		const personaSettings: PersonaSettings = section('personas', DEFAULT_PERSONA_SETTINGS);
		const { edits, ...personaOptions } = personaSettings;
		let accounts: AccountsOptions = section('accounts', DEFAULT_ACCOUNTS_OPTIONS);
		if (validateAccountsOptions(accounts).length > 0)
			accounts = structuredClone(DEFAULT_ACCOUNTS_OPTIONS);
		const profitSettings: ProfitSettings = section('profit', DEFAULT_PROFIT_SETTINGS);

		const step = async <T>(name: StoryStep, work: () => Promise<T>): Promise<T | null> => {
			this.loading = name;
			try {
				return await work();
			} catch (error) {
				if (!isAbort(error))
					this.problems = [...this.problems, { step: name, message: messageOf(error) }];
				return null;
			}
		};
		const set = (part: Partial<StoryReports>) => {
			this.reports = { ...this.reports, ...part };
			this.broadcast();
		};

		const options: ValueOptions = section('value', DEFAULT_VALUE_OPTIONS);
		set({
			value: await step('value', () =>
				client.call('analyseValue', { datasetId, table, currency, options })
			)
		});
		set({
			segments: await step('segments', () =>
				client.call('analyseSegments', { datasetId, table, currency, options: segmentsOptions })
			)
		});
		const personas = await step('personas', () =>
			client.call('analysePersonas', { datasetId, table, currency, options: personaOptions })
		);
		set({ personas: personas ? applyPersonaEdits(personas.personas, edits) : null });
		const profitInput = {
			datasetId,
			table,
			currency,
			...groupingRequestOf(profitSettings.by, segmentsOptions, personaSettings),
			options: profitOptionsOf(profitSettings)
		};
		const profit = await step('profit', async () => {
			const first = await client.call('analyseProfit', profitInput);
			// Costs never set here: the demo's suggested service costs, as the Profit view offers them.
			const suggested = first.data.suggestedCosts;
			if (profitSettings.costsSet || !suggested) return first;
			return client.call('analyseProfit', {
				...profitInput,
				options: profitOptionsOf({ ...profitSettings, ...suggested })
			});
		});
		set({ profit: profit?.report ?? null });
		const plan = await step('reviews', () =>
			client.call('accountsPlan', {
				datasetId,
				table,
				currency,
				options: accounts,
				filter: { level: null, week: null },
				offset: 0,
				limit: 6
			})
		);
		set({ plan: plan?.rows ?? null });
		this.loading = null;
	}
}
