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
	/** What the labels are, by code, for the interface's languages: 'rfm' for the RFM segments. */
	code?: 'rfm';
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
		/** `GroupLabels.code`; null when the labels came without one. */
		code: 'rfm' | null;
		segments: { segment: string; groups: Record<LoyaltyGroup, LoyaltyCell | null> }[];
	} | null;
	tickets: LoyaltyResult['tickets'];
	countAttributes: LoyaltyResult['countAttributes'];
	/** Sentences the page and CLI show beside the table. */
	notes: string[];
	/** The same notes by code, with their figures (for the interface's languages). */
	noteCauses: LoyaltyNote[];
}

/** A note of the report by code: the weaker version's counts, the window's rule, the caution. */
export type LoyaltyNote =
	| { code: 'weaker'; opened: string; resolved: string }
	| { code: 'window'; windowDays: number }
	| { code: 'notRandom' };

/** A note in English (the CLI's and the report's `notes`). */
export function loyaltyNoteText(note: LoyaltyNote): string {
	switch (note.code) {
		case 'weaker':
			return `Weaker version: no tickets file, so groups come from the customers file's counts (${note.opened}, ${note.resolved}) and “repurchased” means “ordered at least twice”, with no time window and no “resolved quickly”.`;
		case 'window':
			return `Repurchased = an order within ${note.windowDays} days after the first ticket was opened (after the first order for customers with no ticket). Only customers whose whole window ended before the analysis date count.`;
		case 'notRandom':
			return 'Problems are not random: customers who buy more have more chances to complain, so heavy buyers are over-represented among those with tickets. Compare within segments before reading the difference as an effect of the problem.';
	}
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
	const noteCauses: LoyaltyNote[] = [
		weaker
			? {
					code: 'weaker',
					opened: result.countAttributes!.opened,
					resolved: result.countAttributes!.resolved
				}
			: { code: 'window', windowDays: result.options.windowDays },
		{ code: 'notRandom' }
	];
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
					code: segments.code ?? null,
					segments: segments.labels.map((segment, code) => ({
						segment,
						groups: groupCells(result, (i) => segments.codes[i] === code)
					}))
				}
			: null,
		tickets: result.tickets,
		countAttributes: result.countAttributes,
		notes: noteCauses.map(loyaltyNoteText),
		noteCauses
	};
}
