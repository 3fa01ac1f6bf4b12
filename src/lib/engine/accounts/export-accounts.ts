/**
 * The review plan as rows (for the page's table), as formula-safe CSV, and as an iCalendar file
 * of all-day review events whose UIDs depend only on the customer id, so importing a newer export
 * updates the events instead of duplicating them.
 */
import type { CustomerTable } from '../customers/customer-table';
import { customerExportColumns } from '../customers/customer-export-columns';
import { csvShare, toCsv } from '../tables/csv-export';
import { formatDay } from '../tables/orders-table';
import { OPPORTUNITY_LEVELS } from './accounts-options';
import type { OpportunityLevel } from './accounts-options';
import type { AccountsResult } from './compute-accounts';
import { stableUid, writeIcs } from './ics';
import type { IcsEvent } from './ics';
import type { ReviewPlan } from './plan-reviews';
import { briefText, buildReviewBrief } from './review-brief';
import type { ReviewBriefContext } from './review-brief';

export interface PlanRow {
	entry: number;
	customerId: string;
	level: OpportunityLevel;
	/** null when unknown. */
	whitespace: number | null;
	capacity: number | null;
	opportunity: number | null;
	lastReviewDate: string | null;
	dueDate: string;
	scheduledDate: string;
	/** Week of the plan, 0 = the week of the analysis date. */
	week: number;
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

/** The plan in plan order (due day, then opportunity), optionally only the first `limit` rows. */
export function planRows(
	customers: CustomerTable,
	accounts: AccountsResult,
	plan: ReviewPlan,
	limit = Infinity
): PlanRow[] {
	const rows: PlanRow[] = [];
	for (const i of plan.order) {
		if (rows.length >= limit) break;
		const last = plan.lastReviewDay[i];
		rows.push({
			entry: i,
			customerId: customers.ids[i],
			level: OPPORTUNITY_LEVELS[accounts.level[i]],
			whitespace: orNull(accounts.whitespace[i]),
			capacity: orNull(accounts.capacity[i]),
			opportunity: orNull(accounts.opportunity[i]),
			lastReviewDate: Number.isNaN(last) ? null : formatDay(last),
			dueDate: formatDay(plan.dueDay[i]),
			scheduledDate: formatDay(plan.scheduledDay[i]),
			week: plan.week[i]
		});
	}
	return rows;
}

/**
 * The plan as CSV (BOM, CRLF, formula cells neutralised), one row per account in plan order: the
 * shared customer columns (`customers/customer-export-columns.ts`), then level, whitespace,
 * capacity and opportunity (shares, to 4 decimals), last review, due and scheduled dates (ISO), week.
 */
export function exportPlanCsv(
	customers: CustomerTable,
	accounts: AccountsResult,
	plan: ReviewPlan,
	currency: string
): string {
	const shared = customerExportColumns(customers, currency);
	const header = [
		...shared.header,
		'level',
		'whitespace',
		'capacity',
		'opportunity',
		'last_review',
		'due_date',
		'scheduled_date',
		'week'
	];
	const share = (x: number | null) => (x === null ? null : csvShare(x));
	return toCsv([
		header,
		...planRows(customers, accounts, plan).map((r) => [
			...shared.cells(r.entry),
			r.level,
			share(r.whitespace),
			share(r.capacity),
			share(r.opportunity),
			r.lastReviewDate,
			r.dueDate,
			r.scheduledDate,
			r.week
		])
	]);
}

/** The kind of review in UIDs: one next review per account, updated by each export. */
export const REVIEW_KIND = 'account-review';

export interface CalendarExportOptions {
	/** DTSTAMP (epoch ms, UTC): when the plan was made. Default: the analysis date at 00:00 UTC. */
	dtstamp?: number;
	/** Only reviews planned in weeks 0 … maxWeeks − 1 (default: all). */
	maxWeeks?: number;
	/** Calendar name shown by clients. */
	name?: string;
}

/** The plan as an iCalendar file: one all-day event per review, the brief as its description. */
export function exportPlanIcs(
	context: ReviewBriefContext,
	options: CalendarExportOptions = {}
): string {
	const { customers, accounts, plan } = context;
	const events: IcsEvent[] = [];
	for (const i of plan.order) {
		if (options.maxWeeks !== undefined && plan.week[i] >= options.maxWeeks) continue;
		const brief = buildReviewBrief(context, i);
		events.push({
			uid: stableUid([customers.ids[i], REVIEW_KIND]),
			day: plan.scheduledDay[i],
			summary: `Account review: ${customers.ids[i]} (${brief.level})`,
			description: briefText(brief),
			categories: ['Account review', brief.level]
		});
	}
	return writeIcs({
		prodId: '-//Sieve//Account reviews//EN',
		name: options.name ?? 'Account reviews',
		dtstamp: options.dtstamp ?? accounts.analysisDay * 86_400_000,
		events
	});
}
