/**
 * The Segments view's state: its options (a settings section saved with the dataset and carried in
 * the URL fragment), the latest result computed in the worker, the R × F grid selection and one
 * customer's explanation. A newer run supersedes an older one, so quick edits never race.
 */
import type { SegmentRule } from '../engine/segments/segment-rules';
import type { RfmDimension } from '../engine/segments/rfm';
import { getAnalysisClient } from '../worker/client';
import {
	DEFAULT_CUSTOMER_TABLE_CHOICE,
	type CustomerTableChoice
} from '../engine/customers/customer-table-choice';
import type { ExplainOutput } from '../engine/segments/explain-segment-customer';
import {
	DEFAULT_SEGMENTS_OPTIONS,
	type SegmentsOptions
} from '../engine/segments/segments-options';
import { profitSettingsOf } from '../engine/profit/profit-settings';
import type { SqlDialect } from '../engine/sql/sql-options';
import type { SegmentsInput, SegmentsOutput, SegmentsSqlOutput } from '../worker/segments/protocol';
import { m } from '../i18n';
import { displayCurrency } from '../i18n/currency.svelte';

/** Colours offered to new rules in turn (distinct from the default table's). */
const NEW_RULE_COLOURS = ['#8c510a', '#01665e', '#c51b7d', '#4d9221', '#542788', '#b35806'];

const isAbort = (error: unknown) => (error as Error).name === 'AbortError';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class SegmentsAnalysis {
	/** Reactive options: the dataset's `segments` settings section, or local defaults. */
	options: SegmentsOptions;
	/** The dataset-wide customer-table choice (the settings section `dataset`). */
	table: CustomerTableChoice;
	result = $state.raw<SegmentsOutput | null>(null);
	running = $state(false);
	error = $state<string | null>(null);
	explanation = $state.raw<ExplainOutput | null>(null);
	explainError = $state<string | null>(null);
	/** Selected R × F cells, as [r, f] pairs. */
	selection = $state<[number, number][]>([]);

	constructor(options?: SegmentsOptions, table?: CustomerTableChoice) {
		this.options = options ?? structuredClone(DEFAULT_SEGMENTS_OPTIONS);
		this.table = table ?? { ...DEFAULT_CUSTOMER_TABLE_CHOICE };
	}

	#input(datasetId: string): SegmentsInput {
		return {
			datasetId,
			table: $state.snapshot(this.table),
			currency: displayCurrency.current,
			options: $state.snapshot(this.options)
		};
	}

	/** Recomputes everything for the current options (and refreshes a shown explanation). */
	async run(datasetId: string): Promise<void> {
		this.running = true;
		try {
			this.result = await getAnalysisClient().call('analyseSegments', this.#input(datasetId));
			this.error = null;
			const shown = this.explanation;
			if (shown?.found) await this.explain(datasetId, shown.customer.id);
		} catch (error) {
			if (!isAbort(error)) this.error = messageOf(error);
		} finally {
			this.running = false;
		}
	}

	async explain(datasetId: string, customerId: string): Promise<void> {
		try {
			this.explanation = await getAnalysisClient().call('explainCustomer', {
				...this.#input(datasetId),
				customerId
			});
			this.explainError = null;
		} catch (error) {
			if (!isAbort(error)) this.explainError = messageOf(error);
		}
	}

	/** A campaign CSV: one segment (slug), the selected grid cells, or every segment. */
	async exportCsv(
		datasetId: string,
		which: { segment: string } | 'selection' | 'all'
	): Promise<{ fileName: string; csv: string; rows: number }> {
		return getAnalysisClient().call(
			'exportSegments',
			{
				...this.#input(datasetId),
				segment: typeof which === 'object' ? which.segment : null,
				cells: which === 'selection' ? $state.snapshot(this.selection) : null
			},
			{ supersede: false }
		);
	}

	/**
	 * The method as SQL for `dialect`: the page's cut points frozen, or recomputed in SQL; with the
	 * Profit view's settings section `profit` when it sets costs, the contribution column too.
	 */
	async exportSql(
		datasetId: string,
		dialect: SqlDialect,
		recompute: boolean,
		profit: unknown = null
	): Promise<SegmentsSqlOutput> {
		return getAnalysisClient().call(
			'exportSegmentsSql',
			{ ...this.#input(datasetId), dialect, recompute, profit: profitSettingsOf(profit) },
			{ supersede: false }
		);
	}

	/** The rules as JSON text (the format `importRules` reads). */
	async rulesJson(): Promise<string> {
		return getAnalysisClient().call('serialiseRules', {
			rules: $state.snapshot(this.options.rules)
		});
	}

	/** Replaces the rules with those of a JSON file; throws with the parser's message. */
	async importRules(text: string): Promise<number> {
		const rules = await getAnalysisClient().call('parseRules', { text });
		this.options.rules = rules;
		return rules.length;
	}

	/** Every segments option back to its default (e.g. after a damaged link). */
	resetAll(): void {
		Object.assign(this.options, structuredClone(DEFAULT_SEGMENTS_OPTIONS));
		this.selection = [];
	}

	resetRules(): void {
		this.options.rules = structuredClone(DEFAULT_SEGMENTS_OPTIONS.rules);
		this.options.othersAction = DEFAULT_SEGMENTS_OPTIONS.othersAction;
	}

	/** Adds a rule matching every score at the end, with a fresh slug and colour. */
	addRule(): void {
		const taken = this.options.rules.map((rule) => rule.slug);
		let n = this.options.rules.length + 1;
		while (taken.includes(`segment-${n}`)) n++;
		const rule: SegmentRule = {
			slug: `segment-${n}`,
			name: m.segments.rules.newSegment(n),
			colour: NEW_RULE_COLOURS[this.options.rules.length % NEW_RULE_COLOURS.length],
			action: '',
			recency: [1, 5],
			frequency: [1, 5],
			monetary: [1, 5]
		};
		this.options.rules.push(rule);
	}

	/** Renames, recolours or re-ranges one rule (its slug, the stable id, stays). */
	updateRule(index: number, change: Partial<Omit<SegmentRule, 'slug'>>): void {
		Object.assign(this.options.rules[index], change);
	}

	removeRule(index: number): void {
		this.options.rules.splice(index, 1);
	}

	/** Moves a rule up (−1) or down (+1); the first match wins, so order decides. */
	moveRule(index: number, step: -1 | 1): void {
		const to = index + step;
		const rules = this.options.rules;
		if (to < 0 || to >= rules.length) return;
		[rules[index], rules[to]] = [rules[to], rules[index]];
	}

	/** Sets the playbook text of a segment (a rule's action, or Others'). */
	setAction(slug: string, text: string): void {
		const rule = this.options.rules.find((r) => r.slug === slug);
		if (rule) rule.action = text;
		else this.options.othersAction = text;
	}

	/** New bin count: user cut points no longer fit (they need b − 1 each) and the grid changes. */
	setBins(bins: number): void {
		this.options.bins = bins;
		this.options.cutPoints = { recency: null, frequency: null, monetary: null };
		this.selection = [];
	}

	/** Sets one cut point (starting from those in use); returns why it was refused, or null. */
	setCutPoint(dimension: RfmDimension, k: number, value: number): string | null {
		const current = this.result?.cutPoints[dimension];
		if (!current) return m.segments.cuts.waitForScores;
		if (!Number.isFinite(value)) return m.segments.cuts.notANumber;
		const cuts = [...current];
		cuts[k] = value;
		for (let j = 1; j < cuts.length; j++) {
			if (cuts[j] < cuts[j - 1]) {
				return m.segments.cuts.ascend(cuts[j - 1], cuts[j]);
			}
		}
		this.options.cutPoints[dimension] = cuts;
		return null;
	}

	useQuantiles(dimension: RfmDimension): void {
		this.options.cutPoints[dimension] = null;
	}

	isSelected(r: number, f: number): boolean {
		return this.selection.some(([sr, sf]) => sr === r && sf === f);
	}

	toggleCell(r: number, f: number): void {
		this.selection = this.isSelected(r, f)
			? this.selection.filter(([sr, sf]) => sr !== r || sf !== f)
			: [...this.selection, [r, f]];
	}

	clearSelection(): void {
		this.selection = [];
	}
}
