/**
 * The Profit view's state: its settings (the dataset's `profit` section: every cost, saved with it
 * and carried in links), the what-if multipliers (this page only), the latest report computed in
 * the worker, and the search through the customers who cost more than they bring. A change is
 * checked with the engine's validator before it is applied: a bad value gets a message, is never
 * saved, and the figures shown stay. A newer run supersedes an older one (slider moves never race).
 */
import {
	DEFAULT_CUSTOMER_TABLE_CHOICE,
	type CustomerTableChoice
} from '../engine/customers/customer-table-choice';
import { groupingRequestOf } from '../engine/customers/group-by-settings';
import {
	DEFAULT_PERSONA_SETTINGS,
	type PersonaSettings
} from '../engine/personas/personas-options';
import type { LosingCustomer } from '../engine/profit/losing-customers';
import { DEFAULT_MULTIPLIERS, type CostKind } from '../engine/profit/profit-options';
import {
	DEFAULT_SEGMENTS_OPTIONS,
	type SegmentsOptions
} from '../engine/segments/segments-options';
import { getAnalysisClient } from '../worker/client';
import type {
	ProfitDataFacts,
	ProfitExportKind,
	ProfitInput,
	ProfitOutput
} from '../worker/profit/protocol';
import {
	DEFAULT_PROFIT_SETTINGS,
	profitOptionsOf,
	profitSettingErrors,
	repairProfitSettings,
	type ProfitSettings
} from './profit-settings';
import { displayCurrency } from '../i18n/currency.svelte';

export type { ProfitDataFacts, ProfitExportKind, ProfitOutput };

/** Losing customers shown for a search. */
export const LOSING_SEARCH_LIMIT = 100;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isAbort = (error: unknown) => (error as Error).name === 'AbortError';

export class ProfitAnalysis {
	/** Reactive settings: the dataset's `profit` section, or local defaults. */
	settings: ProfitSettings;
	table: CustomerTableChoice;
	segments: SegmentsOptions;
	personas: PersonaSettings;
	/** What-if multipliers (0.5–1.5): this page only, never saved. */
	multipliers = $state<Record<CostKind, number>>({ ...DEFAULT_MULTIPLIERS });
	result = $state.raw<ProfitOutput | null>(null);
	running = $state(false);
	progress = $state<string | null>(null);
	error = $state<string | null>(null);
	/** What was put right in saved or linked settings. */
	repaired = $state<string[]>([]);
	query = $state('');
	found = $state.raw<{ matched: number; customers: LosingCustomer[] } | null>(null);
	#latest = 0;
	#latestSearch = 0;

	constructor(
		settings?: ProfitSettings,
		table?: CustomerTableChoice,
		segments?: SegmentsOptions,
		personas?: PersonaSettings
	) {
		this.settings = settings ?? structuredClone(DEFAULT_PROFIT_SETTINGS);
		this.table = table ?? { ...DEFAULT_CUSTOMER_TABLE_CHOICE };
		this.segments = segments ?? structuredClone(DEFAULT_SEGMENTS_OPTIONS);
		this.personas = personas ?? structuredClone(DEFAULT_PERSONA_SETTINGS);
		this.repaired = repairProfitSettings(this.settings);
	}

	/** Is any what-if slider away from 0%? */
	get whatIfActive(): boolean {
		return Object.values(this.multipliers).some((m) => m !== 1);
	}

	#input(datasetId: string): ProfitInput {
		return {
			datasetId,
			table: $state.snapshot(this.table),
			currency: displayCurrency.current,
			...groupingRequestOf(
				this.settings.by,
				$state.snapshot(this.segments),
				$state.snapshot(this.personas)
			),
			options: profitOptionsOf($state.snapshot(this.settings), $state.snapshot(this.multipliers))
		};
	}

	/** Recomputes the report (fast when only the multipliers changed: the worker keeps the rest). */
	async run(datasetId: string): Promise<void> {
		const run = ++this.#latest;
		this.running = true;
		this.progress = null;
		try {
			const output = await getAnalysisClient().call('analyseProfit', this.#input(datasetId), {
				onProgress: (progress) => {
					if (run === this.#latest) this.progress = progress.message ?? null;
				}
			});
			if (run !== this.#latest) return;
			this.result = output;
			this.error = null;
			if (this.query.trim() !== '') await this.search(datasetId);
		} catch (error) {
			if (run === this.#latest && !isAbort(error)) this.error = messageOf(error);
		} finally {
			if (run === this.#latest) {
				this.running = false;
				this.progress = null;
			}
		}
	}

	/**
	 * Applies a change after checking it with the engine's validator: the error messages (nothing
	 * applied), or an empty list (applied; the view saves it).
	 */
	apply(change: Partial<ProfitSettings>): string[] {
		const errors = profitSettingErrors($state.snapshot(this.settings), change);
		if (errors.length > 0) return errors.map((issue) => issue.message);
		Object.assign(this.settings, change);
		return [];
	}

	/** Sets (or with null, removes) one category's margin; the validator's messages, or []. */
	setCategoryMargin(category: string, margin: number | null): string[] {
		const rest = this.settings.categoryMargins.filter((m) => m.category !== category);
		const categoryMargins = margin === null ? rest : [...rest, { category, margin }];
		return this.apply({ categoryMargins, costsSet: true });
	}

	/** Sets (or with null, removes) the marketing per customer of a group of the current grouping. */
	setMarketing(group: string, amount: number | null): string[] {
		const by = this.settings.by;
		const rest = this.settings.marketing[by].filter((m) => m.group !== group);
		const list = amount === null ? rest : [...rest, { group, amount }];
		return this.apply({ marketing: { ...this.settings.marketing, [by]: list }, costsSet: true });
	}

	setMultiplier(kind: CostKind, multiplier: number): void {
		this.multipliers[kind] = Math.min(1.5, Math.max(0.5, multiplier));
	}

	resetWhatIf(): void {
		this.multipliers = { ...DEFAULT_MULTIPLIERS };
	}

	/** The demo business's suggested service costs, applied at once. */
	useCosts(costs: ProfitDataFacts['suggestedCosts']): string[] {
		return costs ? this.apply({ ...costs, costsSet: true }) : [];
	}

	/** Losing customers whose id contains the query (the report's first page when it is empty). */
	async search(datasetId: string): Promise<void> {
		const run = ++this.#latestSearch;
		if (this.query.trim() === '') {
			this.found = null;
			return;
		}
		try {
			const found = await getAnalysisClient().call('profitLosingCustomers', {
				...this.#input(datasetId),
				query: this.query,
				limit: LOSING_SEARCH_LIMIT
			});
			if (run === this.#latestSearch) this.found = found;
		} catch (error) {
			if (run === this.#latestSearch && !isAbort(error)) this.error = messageOf(error);
		}
	}

	/** A CSV file: the group table, the losing customers (a campaign list) or every customer. */
	async exportCsv(
		datasetId: string,
		what: ProfitExportKind
	): Promise<{ fileName: string; csv: string; rows: number }> {
		return getAnalysisClient().call(
			'exportProfit',
			{ ...this.#input(datasetId), what },
			{ supersede: false }
		);
	}
}
