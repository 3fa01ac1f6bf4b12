/**
 * The answer of the problems-and-loyalty family that the page and the CLI both show: the classic
 * complaint-handling table (repurchase rate per group with a Wilson 95% interval), split by the
 * first ticket's severity and within each segment. Plain JSON: numbers raw, null where a rate is
 * undefined (no eligible customer), never NaN.
 */
import { formatDay } from '../tables/orders-table';
import { isInGroup, LOYALTY_GROUPS } from './compute-loyalty';
import type { LoyaltyGroup, LoyaltyResult } from './compute-loyalty';
import { wilsonInterval } from './wilson-interval';

/** One cell of the table. */
export interface LoyaltyCell {
	/** Customers in the group, eligible or not. */
	customers: number;
	/** Customers whose full window was observed (tickets) / whose counts are known (counts). */
	eligible: number;
	repurchased: number;
	/** repurchased ÷ eligible, and its Wilson 95% interval; null when eligible = 0. */
	rate: number | null;
	low: number | null;
	high: number | null;
}

/** Group labels per customer entry (e.g. RFM segment names), as an input to the split. */
export interface GroupLabels {
	/** What the labels are, e.g. "RFM segment". */
	name: string;
	labels: string[];
	/** Per customer entry, an index into `labels` (−1 or ≥ labels.length: not grouped). */
	codes: ArrayLike<number>;
}

export interface LoyaltyReport {
	basis: 'tickets' | 'counts';
	/** 'weaker' for the counts basis: say so wherever the figures are shown. */
	strength: 'full' | 'weaker';
	analysisDate: string;
	windowDays: number;
	quickDays: number;
	customers: number;
	/** resolvedQuickly is null on the counts basis (counts carry no dates). */
	groups: Record<LoyaltyGroup, LoyaltyCell | null>;
	/** By the first ticket's severity (problem groups only); null without a severity column. */
	bySeverity:
		{ severity: string; groups: Record<Exclude<LoyaltyGroup, 'none'>, LoyaltyCell> }[] | null;
	/** Within each segment; null when no labels were given. */
	bySegment: {
		name: string;
		segments: { segment: string; groups: Record<LoyaltyGroup, LoyaltyCell | null> }[];
	} | null;
	tickets: LoyaltyResult['tickets'];
	countAttributes: LoyaltyResult['countAttributes'];
	/** Sentences the page and CLI show beside the table. */
	notes: string[];
}

/** The cell of `group` among the entries accepted by `filter`. */
export function loyaltyCell(
	result: LoyaltyResult,
	group: LoyaltyGroup,
	filter: (i: number) => boolean = () => true
): LoyaltyCell {
	let customers = 0;
	let eligible = 0;
	let repurchased = 0;
	for (let i = 0; i < result.group.length; i++) {
		if (!isInGroup(result, i, group) || !filter(i)) continue;
		customers++;
		if (result.eligible[i]) {
			eligible++;
			repurchased += result.repurchased[i];
		}
	}
	return { customers, eligible, repurchased, ...wilsonInterval(repurchased, eligible) };
}

function groupCells(result: LoyaltyResult, filter?: (i: number) => boolean) {
	const cells = {} as Record<LoyaltyGroup, LoyaltyCell | null>;
	for (const group of LOYALTY_GROUPS)
		cells[group] =
			group === 'resolvedQuickly' && result.basis === 'counts'
				? null
				: loyaltyCell(result, group, filter);
	return cells;
}

/** Builds the report from a loyalty result, split by severity and by `segments` when given. */
export function buildLoyaltyReport(
	result: LoyaltyResult,
	segments: GroupLabels | null = null
): LoyaltyReport {
	const weaker = result.basis === 'counts';
	const notes: string[] = [];
	if (weaker) {
		notes.push(
			`Weaker version: no tickets file, so groups come from the customers file's counts (${result.countAttributes!.opened}, ${result.countAttributes!.resolved}) and “repurchased” means “ordered at least twice”, with no time window and no “resolved quickly”.`
		);
	} else {
		notes.push(
			`Repurchased = an order within ${result.options.windowDays} days after the first ticket was opened (after the first order for customers with no ticket). Only customers whose whole window ended before the analysis date count.`
		);
	}
	notes.push(
		'Problems are not random: customers who buy more have more chances to complain, so heavy buyers are over-represented among those with tickets. Compare within segments before reading the difference as an effect of the problem.'
	);
	const bySeverity =
		result.severityLabels && !weaker
			? result.severityLabels.map((severity, code) => {
					const filter = (i: number) => result.severity[i] === code;
					return {
						severity,
						groups: {
							resolved: loyaltyCell(result, 'resolved', filter),
							resolvedQuickly: loyaltyCell(result, 'resolvedQuickly', filter),
							unresolved: loyaltyCell(result, 'unresolved', filter)
						}
					};
				})
			: null;
	return {
		basis: result.basis,
		strength: weaker ? 'weaker' : 'full',
		analysisDate: formatDay(result.analysisDay),
		windowDays: result.options.windowDays,
		quickDays: result.options.quickDays,
		customers: result.group.length,
		groups: groupCells(result),
		bySeverity,
		bySegment: segments
			? {
					name: segments.name,
					segments: segments.labels.map((segment, code) => ({
						segment,
						groups: groupCells(result, (i) => segments.codes[i] === code)
					}))
				}
			: null,
		tickets: result.tickets,
		countAttributes: result.countAttributes,
		notes
	};
}
