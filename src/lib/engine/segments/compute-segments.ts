/**
 * The Segments pipeline over a customer table (DOMAIN.md families 2, 3, 4, 9): cut points (the
 * user's or quantiles), RFM scores, rule segments, the playbook summaries, purchase patterns and
 * behaviour tags. The worker and the CLI both run it; a `SegmentsMemo` keeps the costly parts
 * between calls on the same table.
 */
import type { CustomerTable } from '../customers/customer-table';
import { tagBehaviour, type BehaviourTag } from './behaviour-tags';
import { summariseSegments, type SegmentSummary } from './playbook';
import { classifyPurchasePattern, type PurchasePatternResult } from './purchase-pattern';
import {
	quantileCutPoints,
	RFM_DIMENSIONS,
	scoreRfm,
	type RfmDimension,
	type RfmResult
} from './rfm';
import {
	assignSegments,
	OTHERS_SEGMENT,
	parseSegmentRules,
	type SegmentAssignment,
	type SegmentRule
} from './segment-rules';
import { validateSegmentsOptions, type SegmentsOptions } from './segments-options';

/** Everything one set of options yields, kept for explanations and exports. */
export interface SegmentsComputation {
	customers: CustomerTable;
	rules: SegmentRule[];
	rfm: RfmResult;
	assignment: SegmentAssignment;
	summaries: SegmentSummary[];
	pattern: PurchasePatternResult;
	tags: BehaviourTag[];
}

/**
 * What `computeSegments` remembers of one customer table: quantile cut points per bins, the last
 * patterns and tags per threshold set, and the last computation. Recomputing only what an option
 * change touches keeps re-segmentation fast. A new customer table clears it.
 */
export class SegmentsMemo {
	#table: CustomerTable | null = null;
	#patternKey = '';
	#pattern: PurchasePatternResult | null = null;
	#tagsKey = '';
	#tags: BehaviourTag[] | null = null;
	/** Quantile cut points per bins: sorting three columns is the costliest part of scoring. */
	#quantiles = new Map<number, Record<RfmDimension, number[]>>();
	#last: { key: string; computation: SegmentsComputation } | null = null;

	/** Forgets everything (and lets the customer table go). */
	clear(): void {
		this.#table = null;
		this.#pattern = this.#tags = this.#last = null;
		this.#quantiles.clear();
	}

	/** Scores, segments, summaries, patterns and tags of a customer table for `options`. */
	compute(customers: CustomerTable, options: SegmentsOptions): SegmentsComputation {
		if (this.#table !== customers) {
			this.#table = customers;
			this.#pattern = this.#tags = this.#last = null;
			this.#quantiles.clear();
		}
		const key = JSON.stringify(options);
		if (this.#last?.key === key) return this.#last.computation;

		validateSegmentsOptions(options);
		// Rules arrive from settings or a shared link: validate them as a rules file would be.
		const rules = parseSegmentRules(options.rules);
		const quantiles = this.#quantileCutPoints(customers, options.bins);
		const cutPoints = {} as Record<RfmDimension, number[]>;
		for (const dimension of RFM_DIMENSIONS) {
			cutPoints[dimension] = options.cutPoints[dimension] ?? quantiles[dimension];
		}
		const rfm = scoreRfm(customers, { bins: options.bins, cutPoints });
		// The remembered quantiles went in as given cut points; say where they came from.
		for (const dimension of RFM_DIMENSIONS) {
			if (!options.cutPoints[dimension]) rfm.cutPointSource[dimension] = 'quantile';
		}
		const assignment = assignSegments(rfm, rules);
		const summaries = summariseSegments(customers, assignment, rules, {
			actions: { [OTHERS_SEGMENT.slug]: options.othersAction }
		});

		const patternKey = JSON.stringify(options.pattern);
		if (!this.#pattern || this.#patternKey !== patternKey) {
			this.#pattern = classifyPurchasePattern(customers, options.pattern);
			this.#patternKey = patternKey;
		}
		const tagsKey = JSON.stringify(options.tags);
		if (!this.#tags || this.#tagsKey !== tagsKey) {
			this.#tags = tagBehaviour(customers, options.tags);
			this.#tagsKey = tagsKey;
		}
		const computation = {
			customers,
			rules,
			rfm,
			assignment,
			summaries,
			pattern: this.#pattern,
			tags: this.#tags
		};
		this.#last = { key, computation };
		return computation;
	}

	#quantileCutPoints(customers: CustomerTable, bins: number): Record<RfmDimension, number[]> {
		let cuts = this.#quantiles.get(bins);
		if (!cuts) {
			if (![3, 4, 5].includes(bins))
				throw new RangeError(`RFM bins must be 3, 4 or 5, got ${bins}`);
			cuts = {
				recency: quantileCutPoints(customers.recencyDays, bins),
				frequency: quantileCutPoints(customers.orders, bins),
				monetary: quantileCutPoints(customers.value, bins)
			};
			this.#quantiles.set(bins, cuts);
		}
		return cuts;
	}
}

/** Scores, segments, summaries, patterns and tags of `customers` for `options`. */
export function computeSegments(
	customers: CustomerTable,
	options: SegmentsOptions,
	memo: SegmentsMemo = new SegmentsMemo()
): SegmentsComputation {
	return memo.compute(customers, options);
}
