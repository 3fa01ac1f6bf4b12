/**
 * The Segments family's answer, as the page and the CLI both show it: cut points and their
 * source, segment summaries with the playbook, the R × F grid, patterns and tags. Numbers raw.
 */
import { formatDay } from '../tables/orders-table';
import type { BehaviourTagSlug } from './behaviour-tags';
import type { SegmentsComputation } from './compute-segments';
import type { SegmentSummary } from './playbook';
import type { PurchasePattern } from './purchase-pattern';
import type { RfmDimension } from './rfm';
import { findUnreachableRules, type UnreachableRule } from './segment-rules';

/**
 * The R × F grid: cell (r, f) at index (r − 1) · bins + (f − 1). Sums, not means, so cells can be
 * added up for a selection.
 */
export interface RfmGridData {
	bins: number;
	customers: Int32Array;
	/** Σ M score per cell. */
	monetaryScoreSum: Float64Array;
	/** Σ value per cell. */
	valueSum: Float64Array;
	/** Customers per cell and segment: index cell · segments + segment (rule order, then Others). */
	segmentCustomers: Int32Array;
	segments: number;
}

export interface BehaviourTagSummary {
	slug: BehaviourTagSlug;
	name: string;
	rule: string;
	count: number;
	unavailable: string | null;
}

export interface SegmentsReport {
	analysisDate: string;
	/** `YYYY-MM-DD` of the start day; null = from the first line. */
	startDate: string | null;
	valueBasis: 'revenue' | 'profit';
	/** False when the data has no cost column (profit falls back to revenue). */
	profitAvailable: boolean;
	customers: number;
	totalValue: number;
	bins: number;
	cutPoints: Record<RfmDimension, number[]>;
	cutPointSource: Record<RfmDimension, 'quantile' | 'user'>;
	/** Smallest and largest recency days, orders and value: bounds for the cut point inputs. */
	ranges: Record<RfmDimension, [number, number]>;
	/** One per rule, then Others, in rule order. */
	segments: SegmentSummary[];
	/** Per segment, the id of its most valuable customer (null when empty): examples to explain. */
	examples: (string | null)[];
	nonEmptySegments: number;
	unreachable: UnreachableRule[];
	grid: RfmGridData;
	patterns: { counts: Record<PurchasePattern, number>; lapsing: number };
	tags: BehaviourTagSummary[];
}

/** Customers, Σ M score, Σ value and customers per segment in each R × F cell. */
export function buildRfmGrid(computation: SegmentsComputation): RfmGridData {
	const { customers, rfm, assignment } = computation;
	const bins = rfm.bins;
	const segments = assignment.counts.length;
	const grid: RfmGridData = {
		bins,
		customers: new Int32Array(bins * bins),
		monetaryScoreSum: new Float64Array(bins * bins),
		valueSum: new Float64Array(bins * bins),
		segmentCustomers: new Int32Array(bins * bins * segments),
		segments
	};
	for (let i = 0; i < customers.count; i++) {
		const cell = (rfm.recency[i] - 1) * bins + (rfm.frequency[i] - 1);
		grid.customers[cell]++;
		grid.monetaryScoreSum[cell] += rfm.monetary[i];
		grid.valueSum[cell] += customers.value[i];
		grid.segmentCustomers[cell * segments + assignment.segment[i]]++;
	}
	return grid;
}

function rangeOf(values: ArrayLike<number>): [number, number] {
	let low = Infinity;
	let high = -Infinity;
	for (let i = 0; i < values.length; i++) {
		if (values[i] < low) low = values[i];
		if (values[i] > high) high = values[i];
	}
	return [low, high];
}

/** The id of each segment's most valuable customer (the first in the table on ties), or null. */
function segmentExamples(computation: SegmentsComputation): (string | null)[] {
	const { customers, assignment } = computation;
	const best = new Int32Array(assignment.counts.length).fill(-1);
	for (let i = 0; i < customers.count; i++) {
		const k = assignment.segment[i];
		if (best[k] < 0 || customers.value[i] > customers.value[best[k]]) best[k] = i;
	}
	return Array.from(best, (i) => (i >= 0 ? customers.ids[i] : null));
}

/** The report of a computation: what the page and the CLI show. */
export function buildSegmentsReport(computation: SegmentsComputation): SegmentsReport {
	const { customers, rules, rfm, summaries, pattern, tags } = computation;
	return {
		analysisDate: formatDay(customers.analysisDay),
		startDate: Number.isFinite(customers.startDay) ? formatDay(customers.startDay) : null,
		valueBasis: customers.valueBasis,
		profitAvailable: customers.profit !== null,
		customers: customers.count,
		totalValue: summaries.reduce((sum, s) => sum + s.value, 0),
		bins: rfm.bins,
		cutPoints: rfm.cutPoints,
		cutPointSource: rfm.cutPointSource,
		ranges: {
			recency: rangeOf(customers.recencyDays),
			frequency: rangeOf(customers.orders),
			monetary: rangeOf(customers.value)
		},
		segments: summaries,
		examples: segmentExamples(computation),
		nonEmptySegments: summaries.filter((s) => s.customers > 0).length,
		unreachable: findUnreachableRules(rules, rfm.bins),
		grid: buildRfmGrid(computation),
		patterns: { counts: pattern.counts, lapsing: pattern.lapsingCount },
		tags: tags.map(({ slug, name, rule, count, unavailable }) => ({
			slug,
			name,
			rule,
			count,
			unavailable
		}))
	};
}
