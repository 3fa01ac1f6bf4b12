/**
 * The Movement view's state: its settings (the dataset's `movement` section: two dates, the family,
 * the cut-point policy, Gone), the latest movement computed in the worker, and the customers of the
 * open flow or cell (searched, sorted, paged in the worker). Dates are checked with the engine's
 * validator before anything runs: a bad pair gets a message, is never saved, and the previous
 * result stays. A newer run supersedes an older one.
 */
import { displayCurrency } from '../i18n/currency.svelte';
import { getAnalysisClient } from '../worker/client';
import {
	DEFAULT_CUSTOMER_TABLE_CHOICE,
	type CustomerTableChoice
} from '../engine/customers/customer-table-choice';
import type {
	MovementCustomerPage,
	MovementCustomerSort
} from '../engine/movement/list-movement-customers';
import {
	checkFromDate,
	CUT_POINT_POLICIES,
	defaultMovementDates,
	MOVEMENT_FAMILIES,
	validateMovementOptions,
	type CutPointPolicy,
	type MovementFamily,
	type MovementOptions
} from '../engine/movement/movement-options';
import { parseIsoDay } from '../engine/tables/orders-table';
import type { DatasetSummary } from '../worker/data/protocol';
import type { MovementAnswer, MovementCell } from '../worker/movement/protocol';

export type { MovementAnswer, MovementCell } from '../worker/movement/protocol';
export type {
	MovementCustomerPage,
	MovementCustomerRow,
	MovementCustomerSort
} from '../engine/movement/list-movement-customers';
export type { MovementFamily, CutPointPolicy } from '../engine/movement/movement-options';
export type {
	MovementFlow,
	MovementGroupSummary,
	MovementReport
} from '../engine/movement/movement-report';

/** The view's saved settings: null dates follow the analysis date (it and six months before). */
export interface MovementSettings {
	from: string | null;
	to: string | null;
	family: MovementFamily;
	cutPoints: CutPointPolicy;
	includeGone: boolean;
}

export const DEFAULT_MOVEMENT_SETTINGS: MovementSettings = {
	from: null,
	to: null,
	family: 'rfm',
	cutPoints: 'frozen',
	includeGone: false
};

export const PAGE_SIZE = 100;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isAbort = (error: unknown) => (error as Error).name === 'AbortError';
const isDate = (value: unknown) => typeof value === 'string' && Number.isFinite(parseIsoDay(value));

export class MovementAnalysis {
	/** Reactive settings: a section of the dataset's settings, or local defaults. */
	settings: MovementSettings;
	/** The dataset-wide customer-table choice (value basis, analysis date, period start). */
	table: CustomerTableChoice;
	/** The report, with the parts of the persona names beside it. */
	result = $state.raw<MovementAnswer | null>(null);
	running = $state(false);
	progress = $state<string | null>(null);
	error = $state<string | null>(null);
	/** The open flow or cell, its page of customers and how it is searched and sorted. */
	cell = $state.raw<MovementCell | null>(null);
	list = $state.raw<MovementCustomerPage | null>(null);
	listError = $state<string | null>(null);
	query = $state({ search: '', sort: 'valueBefore' as MovementCustomerSort, descending: true });
	offset = $state(0);
	/** The open dataset (a getter: the view follows it). */
	#dataset: () => DatasetSummary;
	#latest = 0;
	#latestList = 0;

	constructor(
		dataset: () => DatasetSummary,
		settings?: MovementSettings,
		table?: CustomerTableChoice
	) {
		this.#dataset = dataset;
		this.settings = settings ?? { ...DEFAULT_MOVEMENT_SETTINGS };
		this.table = table ?? { ...DEFAULT_CUSTOMER_TABLE_CHOICE };
		// A hand-edited link can put anything where the defaults are null, or an unknown family.
		const s = this.settings;
		if (s.from !== null && !isDate(s.from)) s.from = null;
		if (s.to !== null && !isDate(s.to)) s.to = null;
		if (!MOVEMENT_FAMILIES.includes(s.family)) s.family = 'rfm';
		if (!CUT_POINT_POLICIES.includes(s.cutPoints)) s.cutPoints = 'frozen';
		if (this.problemWith(this.dates.from, this.dates.to)) {
			s.from = null;
			s.to = null;
		}
	}

	/** The analysis day of the dataset-wide choice: its date, or the day after the data ends. */
	get analysisDay(): number {
		const chosen = this.table.analysisDate ? parseIsoDay(this.table.analysisDate) : NaN;
		return Number.isFinite(chosen) ? chosen : this.#dataset().report.lastDay + 1;
	}

	/** The two dates in force: the saved ones, or the analysis date and six months before it. */
	get dates(): { from: string; to: string } {
		const defaults = defaultMovementDates(this.analysisDay);
		return { from: this.settings.from ?? defaults.from, to: this.settings.to ?? defaults.to };
	}

	/** The options sent to the worker (reading them subscribes to each setting). */
	get options(): MovementOptions {
		const { family, cutPoints, includeGone } = this.settings;
		return {
			...this.dates,
			family,
			cutPoints: family === 'persona' ? 'frozen' : cutPoints,
			includeGone
		};
	}

	/** The first message about a pair of dates (wrong order, equal, before the first order), or null. */
	problemWith(from: string, to: string): string | null {
		const problems = validateMovementOptions({ from, to }).filter(
			(p) => p.field === 'from' || p.field === 'to'
		);
		if (problems.length > 0) return problems[0].message;
		const startDay = this.table.startDate ? parseIsoDay(this.table.startDate) : -Infinity;
		const first = Math.max(this.#dataset().report.firstDay, startDay);
		return checkFromDate(parseIsoDay(from), first)?.message ?? null;
	}

	/** Sets both dates when they make a usable pair; otherwise returns the message and keeps them. */
	setDates(from: string, to: string): string | null {
		const problem = this.problemWith(from, to);
		if (problem) return problem;
		this.settings.from = from;
		this.settings.to = to;
		return null;
	}

	/** Back to the analysis date and six months before it. */
	resetDates(): void {
		this.settings.from = null;
		this.settings.to = null;
	}

	#input(datasetId: string) {
		return {
			datasetId,
			table: $state.snapshot(this.table),
			currency: displayCurrency.current,
			options: this.options
		};
	}

	async run(datasetId: string): Promise<void> {
		const run = ++this.#latest;
		this.running = true;
		this.error = null;
		this.progress = null;
		try {
			const result = await getAnalysisClient().call('analyseMovement', this.#input(datasetId), {
				onProgress: (progress) => (this.progress = progress.message ?? null)
			});
			if (run !== this.#latest) return;
			this.result = result;
			// The open list follows the new result, or closes when its groups are gone (another family).
			const cell = this.cell;
			const has = (slug: string | null, side: 'from' | 'to') =>
				slug === null || result.groups[side].some((g) => g.slug === slug);
			if (cell && has(cell.from, 'from') && has(cell.to, 'to')) void this.loadList(datasetId);
			else this.close();
		} catch (error) {
			// The previous result stays on screen under the message.
			if (run === this.#latest && !isAbort(error)) this.error = messageOf(error);
		} finally {
			if (run === this.#latest) {
				this.running = false;
				this.progress = null;
			}
		}
	}

	/** Opens the customers of a flow or cell (null = any group at that date). */
	open(datasetId: string, cell: MovementCell): void {
		this.cell = cell;
		this.offset = 0;
		void this.loadList(datasetId);
	}

	close(): void {
		this.cell = null;
		this.list = null;
		this.listError = null;
	}

	/** Sorts on a column: the same column again flips the direction. */
	sortBy(datasetId: string, sort: MovementCustomerSort): void {
		this.query.descending = this.query.sort === sort ? !this.query.descending : sort !== 'customer';
		this.query.sort = sort;
		this.offset = 0;
		void this.loadList(datasetId);
	}

	search(datasetId: string, text: string): void {
		this.query.search = text;
		this.offset = 0;
		void this.loadList(datasetId);
	}

	page(datasetId: string, offset: number): void {
		this.offset = Math.max(0, offset);
		void this.loadList(datasetId);
	}

	async loadList(datasetId: string): Promise<void> {
		const cell = this.cell;
		if (!cell) return;
		const request = ++this.#latestList;
		try {
			const list = await getAnalysisClient().call('listMovementCustomers', {
				...this.#input(datasetId),
				query: { ...cell, ...$state.snapshot(this.query), offset: this.offset, limit: PAGE_SIZE }
			});
			if (request !== this.#latestList) return;
			this.list = list;
			this.listError = null;
		} catch (error) {
			if (request === this.#latestList && !isAbort(error)) this.listError = messageOf(error);
		}
	}

	/** A flow's or cell's customers as CSV (a win-back list). */
	async exportCell(
		datasetId: string,
		cell: MovementCell
	): Promise<{ fileName: string; csv: string; rows: number }> {
		return getAnalysisClient().call('exportMovementCustomers', { ...this.#input(datasetId), cell });
	}
}
