/**
 * Why one customer has their R, F and M scores, segment, purchase pattern and tags, each in the
 * words of the thresholds that decided it; unknown ids get close matches as suggestions.
 */
import type { BehaviourTagSlug } from './behaviour-tags';
import type { SegmentsComputation } from './compute-segments';
import { PURCHASE_PATTERNS, type PurchasePattern } from './purchase-pattern';
import { explainRfm, type RfmDimension } from './rfm';
import { explainSegment, OTHERS_SEGMENT } from './segment-rules';

/** Why one customer has their scores, segment, pattern and tags. */
export interface CustomerExplanation {
	id: string;
	scores: Record<RfmDimension, number>;
	segment: { slug: string; name: string; colour: string; reason: string };
	reasons: Record<RfmDimension, string>;
	pattern: { name: PurchasePattern; reason: string; lapsing: boolean; lapsingReason: string };
	tags: {
		slug: BehaviourTagSlug;
		name: string;
		rule: string;
		has: boolean | null;
		unavailable: string | null;
	}[];
}

export type ExplainOutput =
	| { found: true; customer: CustomerExplanation }
	| { found: false; query: string; suggestions: string[] };

const decimal = (x: number) => String(Number(x.toFixed(2)));

/** Why customer entry `index` has their pattern and lapsing tag, in the thresholds' words. */
function explainPattern(
	computation: SegmentsComputation,
	index: number
): CustomerExplanation['pattern'] {
	const { customers, pattern } = computation;
	const { regularMinOrders, regularMaxGapCv, lapsingFactor } = pattern.options;
	const orders = customers.orders[index];
	const cv = customers.gapCv[index];
	const name = PURCHASE_PATTERNS[pattern.pattern[index]];
	let reason: string;
	if (name === 'one-time') reason = 'one order';
	else if (name === 'regular') {
		reason = `${orders} orders (≥ ${regularMinOrders}) with gap variation ${decimal(cv)} (≤ ${regularMaxGapCv})`;
	} else if (orders < regularMinOrders) {
		reason = `${orders} orders: regular needs at least ${regularMinOrders}`;
	} else if (Number.isNaN(cv)) {
		reason = `${orders} orders, all on one day: no gap to measure`;
	} else {
		reason = `gap variation ${decimal(cv)} is above ${regularMaxGapCv}`;
	}
	const lapsing = pattern.lapsing[index] === 1;
	const gap = customers.meanGapDays[index];
	const recency = customers.recencyDays[index];
	const lapsingReason =
		orders < 2
			? 'lapsing needs at least two orders (a mean gap)'
			: `${recency} days since the last order ${lapsing ? '>' : '≤'} ${lapsingFactor} × the mean gap of ${decimal(gap)} days`;
	return { name, reason, lapsing, lapsingReason };
}

/** One customer's scores, segment, pattern and tags, each with its reason. */
export function explainSegmentCustomer(
	computation: SegmentsComputation,
	customerId: string
): ExplainOutput {
	const { customers, rules, rfm, assignment, tags } = computation;
	const query = customerId.trim();
	const index = customers.ids.indexOf(query);
	if (index < 0) {
		const needle = query.toLowerCase();
		const suggestions: string[] = [];
		for (let i = 0; i < customers.count && suggestions.length < 8; i++) {
			if (needle !== '' && customers.ids[i].toLowerCase().includes(needle)) {
				suggestions.push(customers.ids[i]);
			}
		}
		return { found: false, query, suggestions };
	}
	const r = rfm.recency[index];
	const f = rfm.frequency[index];
	const m = rfm.monetary[index];
	const k = assignment.segment[index];
	const meta = k < rules.length ? rules[k] : OTHERS_SEGMENT;
	return {
		found: true,
		customer: {
			id: query,
			scores: { recency: r, frequency: f, monetary: m },
			segment: {
				slug: meta.slug,
				name: meta.name,
				colour: meta.colour,
				reason: explainSegment(rules, r, f, m)
			},
			reasons: explainRfm(customers, rfm, index),
			pattern: explainPattern(computation, index),
			tags: tags.map((tag) => ({
				slug: tag.slug,
				name: tag.name,
				rule: tag.rule,
				has: tag.mask ? tag.mask[index] === 1 : null,
				unavailable: tag.unavailable
			}))
		}
	};
}
