/**
 * Family 9 of `shared/DOMAIN.md`: segments compared side by side, ranked by potential, each with a
 * suggested action.
 */
import { tagsOf, type BehaviourTag } from './behaviour-tags';
import type { CsvCell } from '../tables/csv-export';
import type { CustomerTable } from '../customers/customer-table';
import { customerExportColumns } from '../customers/customer-export-columns';
import { PURCHASE_PATTERNS, type PurchasePatternResult } from './purchase-pattern';
import { median } from '../tables/quantile';
import type { RfmResult } from './rfm';
import { OTHERS_SEGMENT, type SegmentAssignment, type SegmentRule } from './segment-rules';

export interface SegmentSummary {
	slug: string;
	name: string;
	colour: string;
	/** Suggested action: the rule's own text, or the override passed in options. */
	action: string;
	customers: number;
	customerShare: number;
	/** Sum of value (net revenue or profit, as the table's basis). */
	value: number;
	/** Share of the total value of all customers. */
	valueShare: number;
	medianRecencyDays: number;
	medianOrders: number;
	/** Σ net revenue ÷ Σ orders over the segment. */
	averageOrderValue: number;
	/** Σ discounted orders ÷ Σ orders; null without a discount column. */
	discountShare: number | null;
	/** See `summariseSegments`. */
	expectedValuePerCustomer: number;
	/** customers × expected value per customer. */
	potential: number;
	/** 1 = highest potential (empty segments last). */
	potentialRank: number;
}

export interface SummariseSegmentsOptions {
	/** Replacement action text per segment slug (the playbook the user edited). */
	actions?: Record<string, string>;
}

/**
 * One summary per rule plus Others, in rule order, with a potential rank. The expected value per
 * customer is the segment's mean yearly value: each member's value ÷ max(tenure in years, 1), so a
 * first-year customer counts at their whole value; potential = customers × that mean.
 */
export function summariseSegments(
	customers: CustomerTable,
	assignment: SegmentAssignment,
	rules: readonly SegmentRule[],
	options: SummariseSegmentsOptions = {}
): SegmentSummary[] {
	const segmentCount = rules.length + 1;
	const n = customers.count;
	const value = new Float64Array(segmentCount);
	const revenue = new Float64Array(segmentCount);
	const orders = new Float64Array(segmentCount);
	const discounted = new Float64Array(segmentCount);
	const yearly = new Float64Array(segmentCount);
	let totalValue = 0;
	for (let i = 0; i < n; i++) {
		const k = assignment.segment[i];
		value[k] += customers.value[i];
		revenue[k] += customers.netRevenue[i];
		orders[k] += customers.orders[i];
		if (customers.discountedOrders) discounted[k] += customers.discountedOrders[i];
		yearly[k] += customers.value[i] / Math.max(customers.tenureDays[i] / 365, 1);
		totalValue += customers.value[i];
	}

	const summaries = Array.from({ length: segmentCount }, (_, k): SegmentSummary => {
		const meta = k < rules.length ? rules[k] : OTHERS_SEGMENT;
		const count = assignment.counts[k];
		const expected = count > 0 ? yearly[k] / count : 0;
		return {
			slug: meta.slug,
			name: meta.name,
			colour: meta.colour,
			action: options.actions?.[meta.slug] ?? meta.action,
			customers: count,
			customerShare: n > 0 ? count / n : 0,
			value: value[k],
			valueShare: totalValue !== 0 ? value[k] / totalValue : 0,
			medianRecencyDays: median(customers.recencyDays, assignment.segment, k),
			medianOrders: median(customers.orders, assignment.segment, k),
			averageOrderValue: orders[k] > 0 ? revenue[k] / orders[k] : NaN,
			discountShare: customers.discountedOrders
				? orders[k] > 0
					? discounted[k] / orders[k]
					: NaN
				: null,
			expectedValuePerCustomer: expected,
			potential: count * expected,
			potentialRank: 0
		};
	});
	const ranking = summaries
		.map((summary, k) => k)
		.sort((a, b) => {
			const emptyA = summaries[a].customers === 0 ? 1 : 0;
			const emptyB = summaries[b].customers === 0 ? 1 : 0;
			return emptyA - emptyB || summaries[b].potential - summaries[a].potential || a - b;
		});
	ranking.forEach((k, position) => (summaries[k].potentialRank = position + 1));
	return summaries;
}

export interface SegmentExportInput {
	customers: CustomerTable;
	rfm: RfmResult;
	assignment: SegmentAssignment;
	rules: readonly SegmentRule[];
	pattern?: PurchasePatternResult | null;
	tags?: readonly BehaviourTag[] | null;
	/** Only this segment (a slug, 'others' included). */
	segment?: string;
	/** Only customers with mask[i] === 1 (e.g. a grid selection); combines with `segment`. */
	mask?: Uint8Array;
	/** Customer-table order instead of segment, then value descending. */
	tableOrder?: boolean;
	/** The data's currency ('' for plain numbers): a `currency` column when known. */
	currency: string;
}

/**
 * Rows for a campaign CSV (header first): the shared customer columns
 * (`customers/customer-export-columns.ts`: id, name and e-mail when known, orders, net revenue,
 * first and last order, recency), then segment, R, F, M, pattern, lapsing, tags. Customers are
 * listed by segment (rule order), then by value descending, or in customer-table order with
 * `tableOrder`. Throws for an unknown segment slug.
 */
export function segmentExportRows(input: SegmentExportInput): CsvCell[][] {
	const { customers, rfm, assignment, rules, pattern, tags, mask } = input;
	let only = -1;
	if (input.segment !== undefined) {
		only = assignment.slugs.indexOf(input.segment);
		if (only < 0) throw new Error(`No segment with slug "${input.segment}".`);
	}
	const shared = customerExportColumns(customers, input.currency);
	const header: CsvCell[] = [
		...shared.header,
		'segment',
		'r',
		'f',
		'm',
		...(pattern ? ['pattern', 'lapsing'] : []),
		...(tags ? ['tags'] : [])
	];
	const picked: number[] = [];
	for (let i = 0; i < customers.count; i++) {
		if (only >= 0 && assignment.segment[i] !== only) continue;
		if (mask && mask[i] !== 1) continue;
		picked.push(i);
	}
	if (!input.tableOrder)
		picked.sort(
			(a, b) =>
				assignment.segment[a] - assignment.segment[b] ||
				customers.value[b] - customers.value[a] ||
				a - b
		);
	const rows: CsvCell[][] = [header];
	for (const i of picked) {
		const k = assignment.segment[i];
		rows.push([
			...shared.cells(i),
			k < rules.length ? rules[k].name : OTHERS_SEGMENT.name,
			rfm.recency[i],
			rfm.frequency[i],
			rfm.monetary[i],
			...(pattern
				? [PURCHASE_PATTERNS[pattern.pattern[i]], pattern.lapsing[i] === 1 ? 'yes' : 'no']
				: []),
			...(tags ? [tagsOf(tags, i).join(';')] : [])
		]);
	}
	return rows;
}
