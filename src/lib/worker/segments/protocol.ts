/**
 * Requests of the Segments view (families 2, 3, 4 and 9 of `shared/DOMAIN.md`): RFM scores, rule
 * segments, purchase patterns, behaviour tags, the playbook, one customer's explanation and the
 * campaign exports. Options are plain JSON: saved with the dataset and carried in share links.
 */
import type { BehaviourTagSlug, HolidayWindow } from '../../engine/segments/behaviour-tags';
import type { SegmentSummary } from '../../engine/segments/playbook';
import type { PurchasePattern } from '../../engine/segments/purchase-pattern';
import type { RfmDimension } from '../../engine/segments/rfm';
import {
	DEFAULT_SEGMENT_RULES,
	OTHERS_SEGMENT,
	type SegmentRule,
	type UnreachableRule
} from '../../engine/segments/segment-rules';

/** Options of the Segments view (the settings section `segments`). */
export interface SegmentsOptions {
	/** Score bins, 3–5 (default 5). Changing it resets user cut points (they need b − 1 each). */
	bins: number;
	/** User cut points per dimension (b − 1 ascending numbers), or null for the quantiles. */
	cutPoints: Record<RfmDimension, number[] | null>;
	/** The ordered rule table: the first match wins, the rest is Others. Each rule's `action` is
	 * its playbook text. */
	rules: SegmentRule[];
	/** Playbook text of Others (the rules carry their own). */
	othersAction: string;
	/** Purchase pattern thresholds (family 3). */
	pattern: { regularMinOrders: number; regularMaxGapCv: number; lapsingFactor: number };
	/** Behaviour tag thresholds (family 4); shares are 0–1. */
	tags: {
		discountSeekerMinShare: number;
		specificNeedsMinConcentration: number;
		specificNeedsMinOrders: number;
		specialOccasionMinShare: number;
		specialOccasionMinOrders: number;
		specialOccasionMinYears: number;
		holidayWindows: HolidayWindow[];
		influencerTopShare: number;
		highServiceEffortMin: number;
	};
}

export const DEFAULT_SEGMENTS_OPTIONS: SegmentsOptions = {
	bins: 5,
	cutPoints: { recency: null, frequency: null, monetary: null },
	rules: DEFAULT_SEGMENT_RULES.map((rule) => ({
		...rule,
		recency: [...rule.recency],
		frequency: [...rule.frequency],
		monetary: [...rule.monetary]
	})),
	othersAction: OTHERS_SEGMENT.action,
	pattern: { regularMinOrders: 3, regularMaxGapCv: 0.75, lapsingFactor: 2 },
	tags: {
		discountSeekerMinShare: 0.5,
		specificNeedsMinConcentration: 0.8,
		specificNeedsMinOrders: 2,
		specialOccasionMinShare: 0.7,
		specialOccasionMinOrders: 2,
		specialOccasionMinYears: 2,
		holidayWindows: [],
		influencerTopShare: 0.05,
		highServiceEffortMin: 8
	}
};

/** Which customer table to segment: the Value view's basis and analysis date. */
export interface CustomerTableChoice {
	basis: 'revenue' | 'profit';
	/** `YYYY-MM-DD`; null = the day after the last date in the data. */
	analysisDate: string | null;
}

export interface SegmentsInput {
	datasetId: string;
	table: CustomerTableChoice;
	options: SegmentsOptions;
}

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

export interface SegmentsOutput {
	analysisDate: string;
	valueBasis: 'revenue' | 'profit';
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
	/** Worker time for this answer (customer table excluded when it came from the cache). */
	computeMs: number;
}

/** Why one customer has their scores, segment, pattern and tags. */
export interface CustomerExplanation {
	id: string;
	scores: Record<RfmDimension, number>;
	segment: { slug: string; name: string; colour: string; reason: string };
	reasons: Record<RfmDimension, string>;
	pattern: { name: PurchasePattern; reason: string; lapsing: boolean; lapsingReason: string };
	tags: { name: string; rule: string; has: boolean | null; unavailable: string | null }[];
}

export type ExplainOutput =
	| { found: true; customer: CustomerExplanation }
	| { found: false; query: string; suggestions: string[] };

export interface SegmentsProtocol {
	analyseSegments: { input: SegmentsInput; output: SegmentsOutput };
	explainCustomer: { input: SegmentsInput & { customerId: string }; output: ExplainOutput };
	/** One segment (`segment` = slug), the grid cells `cells` ([r, f] pairs), or everyone. */
	exportSegments: {
		input: SegmentsInput & { segment: string | null; cells: [number, number][] | null };
		output: { fileName: string; csv: string; rows: number };
	};
	/** Rules read from a JSON file; throws SegmentRulesError naming the rule and field at fault. */
	parseRules: { input: { text: string }; output: SegmentRule[] };
	/** Rules as the JSON text `parseRules` reads. */
	serialiseRules: { input: { rules: SegmentRule[] }; output: string };
}
