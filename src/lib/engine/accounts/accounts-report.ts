/**
 * The answer of the account-reviews family that the page and the CLI both show: how many accounts
 * per opportunity level, what capacity was measured on, the thresholds and cadence used, and the
 * plan's weeks. Plain JSON: numbers raw, dates as `YYYY-MM-DD`, null where a figure is undefined.
 */
import type { CustomerTable } from '../customers/customer-table';
import type { ResourcesBasis } from '../customers/resources';
import { formatDay } from '../tables/orders-table';
import type { OpportunityLevel } from './accounts-options';
import type { AccountsResult } from './compute-accounts';
import type { ReviewPlan } from './plan-reviews';

export interface PlanWeek {
	/** Monday of the week. */
	weekStart: string;
	High: number;
	Medium: number;
	Low: number;
	total: number;
}

export interface AccountsReport {
	analysisDate: string;
	customers: number;
	levels: Record<OpportunityLevel, number>;
	capacityBasis: ResourcesBasis;
	/** Customers with no resources value: never High, Low only by whitespace. */
	capacityUnknown: number;
	/** Categories present before the analysis date; null without a category column (then
	 * whitespace is unknown and no account is High). */
	categoriesPresent: number | null;
	thresholds: {
		highWhitespace: number;
		highCapacity: number;
		lowWhitespace: number;
		lowCapacity: number;
	};
	cadenceMonths: Record<OpportunityLevel, number>;
	perWeek: number;
	lastReview: {
		attribute: string | null;
		/** Customers with a readable last-review date. */
		known: number;
		unreadable: number;
		unreadableExamples: { customerId: string; value: string }[];
		/** Of the known: the next review had already passed (due on the analysis date). */
		overdue: number;
	};
	/** Reviews due on the analysis date (no last review, or overdue). */
	dueNow: number;
	/** Every week of the plan, week 0 = the week of the analysis date. */
	weeks: PlanWeek[];
	/** The last planned review's date. */
	lastPlannedDate: string | null;
	notes: string[];
	/** The notes after the first (the capacity basis, shown from `capacityBasis`) by code, for the
	 * interface's languages: no category column, no last-review date. */
	noteCodes: ('noCategory' | 'noLastReview')[];
}

/** The notes by code, in English (the CLI's). */
const NOTE_TEXTS: Record<AccountsReport['noteCodes'][number], string> = {
	noCategory: 'The orders have no category column: whitespace is unknown, so no account is High.',
	noLastReview:
		'No last-review date in the customers file: every review is due on the analysis date.'
};

/** Builds the report from the accounts result and its plan. */
export function buildAccountsReport(
	customers: CustomerTable,
	accounts: AccountsResult,
	plan: ReviewPlan
): AccountsReport {
	const { options } = accounts;
	let dueNow = 0;
	let lastPlanned = -Infinity;
	for (let i = 0; i < customers.count; i++) {
		if (plan.dueDay[i] === accounts.analysisDay) dueNow++;
		if (plan.scheduledDay[i] > lastPlanned) lastPlanned = plan.scheduledDay[i];
	}
	const notes: string[] = [];
	const basis = accounts.capacityBasis;
	notes.push(
		basis.kind === 'attribute'
			? `Capacity is the percentile rank of “${basis.name}” from the customers file.`
			: `Capacity is the percentile rank of net revenue: ${basis.reason === 'chosen' ? 'chosen in the options' : 'the customers file has no budget or company-size column'}.`
	);
	const noteCodes: AccountsReport['noteCodes'] = [];
	if (accounts.categoriesPresent === null) noteCodes.push('noCategory');
	if (!plan.lastReviewAttribute) noteCodes.push('noLastReview');
	notes.push(...noteCodes.map((code) => NOTE_TEXTS[code]));
	const known = customers.count - plan.neverReviewed;
	return {
		analysisDate: formatDay(accounts.analysisDay),
		customers: customers.count,
		levels: { ...accounts.counts },
		capacityBasis: basis,
		capacityUnknown: accounts.capacityUnknown,
		categoriesPresent: accounts.categoriesPresent ? accounts.categoriesPresent.length : null,
		thresholds: {
			highWhitespace: options.highWhitespace,
			highCapacity: options.highCapacity,
			lowWhitespace: options.lowWhitespace,
			lowCapacity: options.lowCapacity
		},
		cadenceMonths: { ...options.cadenceMonths },
		perWeek: options.perWeek,
		lastReview: {
			attribute: plan.lastReviewAttribute,
			known,
			unreadable: plan.lastReviewUnreadable,
			unreadableExamples: plan.unreadableExamples,
			overdue: plan.overdue
		},
		dueNow,
		weeks: plan.weeks.map(({ weekStart, counts }) => ({
			weekStart: formatDay(weekStart),
			...counts,
			total: counts.High + counts.Medium + counts.Low
		})),
		lastPlannedDate: customers.count > 0 ? formatDay(lastPlanned) : null,
		notes,
		noteCodes
	};
}
