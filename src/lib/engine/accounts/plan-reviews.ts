/**
 * The review plan of `shared/DOMAIN.md` family 7: next review = last review (an attribute) + the
 * level's cadence in calendar months, or the analysis day when there is no last review or it is
 * already due. Reviews are then placed in weeks (Monday–Friday) of `perWeek` reviews each, in
 * order of due day, then opportunity (highest first; unknown last), then customer-table order:
 * a review never lands before its due day, and a full week pushes the rest to the next one.
 */
import type { CustomerTable } from '../customers/customer-table';
import { OPPORTUNITY_LEVELS } from './accounts-options';
import type { OpportunityLevel } from './accounts-options';
import { addMonths, mondayOf, readYearFirstDay } from './calendar-months';
import type { AccountsResult } from './compute-accounts';

/** Names read as the last-review date, first match wins. */
export const LAST_REVIEW_PATTERN =
	/last.?(account.?)?review|review.?(date|on)|last.?visit|last.?meeting|last.?call|letzte.?(pr[uü]fung|besprechung)|ultima.?revision|derniere.?revue/i;

export interface ReviewPlan {
	/** The attribute read as the last review, or null (then every review is due now). */
	lastReviewAttribute: string | null;
	/** Per entry; NaN when there is none or it could not be read. */
	lastReviewDay: Float64Array;
	/** Cells of the last-review column that are not year-first dates (`2026-03-14`, `20260314`). */
	lastReviewUnreadable: number;
	unreadableExamples: { customerId: string; value: string }[];
	/** Per entry: when the next review is due (≥ the analysis day). */
	dueDay: Int32Array;
	/** Per entry: the day planned for it (Monday–Friday, ≥ the due day). */
	scheduledDay: Int32Array;
	/** Per entry: week of the plan (0 = the week of the analysis day). */
	week: Int32Array;
	/** Entries in plan order. */
	order: Int32Array;
	/** Monday of week 0. */
	firstWeekStart: number;
	/** Reviews per week and level, from week 0 to the last week used. */
	weeks: { weekStart: number; counts: Record<OpportunityLevel, number> }[];
	/** Customers with a last review whose next review had already passed (due now). */
	overdue: number;
	/** Customers with no (readable) last review (due now). */
	neverReviewed: number;
}

/** Reads the last-review attribute into epoch days; counts the cells that are not dates. */
function readLastReviews(
	customers: CustomerTable,
	name: string | null | undefined
): Pick<
	ReviewPlan,
	'lastReviewAttribute' | 'lastReviewDay' | 'lastReviewUnreadable' | 'unreadableExamples'
> {
	const n = customers.count;
	const lastReviewDay = new Float64Array(n).fill(NaN);
	const column =
		name === null
			? undefined
			: name === undefined
				? customers.attributes.find((c) => LAST_REVIEW_PATTERN.test(c.name))
				: customers.attributes.find((c) => c.name === name);
	if (name && !column)
		throw new RangeError(
			`The last-review attribute “${name}” is not a column of the customers file.`
		);
	let unreadable = 0;
	const examples: { customerId: string; value: string }[] = [];
	if (column) {
		for (let i = 0; i < n; i++) {
			let cell: string | number;
			if (column.kind === 'numeric') {
				if (Number.isNaN(column.values[i])) continue;
				cell = column.values[i];
			} else {
				if (column.codes[i] < 0 || column.values[column.codes[i]].trim() === '') continue;
				cell = column.values[column.codes[i]];
			}
			const day = readYearFirstDay(cell);
			if (Number.isNaN(day)) {
				unreadable++;
				if (examples.length < 5)
					examples.push({ customerId: customers.ids[i], value: String(cell) });
			} else lastReviewDay[i] = day;
		}
	}
	return {
		lastReviewAttribute: column ? column.name : null,
		lastReviewDay,
		lastReviewUnreadable: unreadable,
		unreadableExamples: examples
	};
}

/** The plan of the next review of every customer. Throws for a named attribute that is missing. */
export function planReviews(customers: CustomerTable, accounts: AccountsResult): ReviewPlan {
	const n = customers.count;
	const { cadenceMonths, perWeek } = accounts.options;
	const analysisDay = accounts.analysisDay;
	const last = readLastReviews(customers, accounts.options.lastReviewAttribute);
	const dueDay = new Int32Array(n);
	let overdue = 0;
	let neverReviewed = 0;
	for (let i = 0; i < n; i++) {
		const lastDay = last.lastReviewDay[i];
		if (Number.isNaN(lastDay)) {
			neverReviewed++;
			dueDay[i] = analysisDay;
			continue;
		}
		const next = addMonths(lastDay, cadenceMonths[OPPORTUNITY_LEVELS[accounts.level[i]]]);
		if (next < analysisDay) overdue++;
		dueDay[i] = Math.max(next, analysisDay);
	}

	const opportunity = (i: number) =>
		Number.isNaN(accounts.opportunity[i]) ? -1 : accounts.opportunity[i];
	const order = Int32Array.from({ length: n }, (_, i) => i).sort(
		(a, b) => dueDay[a] - dueDay[b] || opportunity(b) - opportunity(a) || a - b
	);
	const firstWeekStart = mondayOf(analysisDay);
	const week = new Int32Array(n);
	const scheduledDay = new Int32Array(n);
	const weeks: ReviewPlan['weeks'] = [];
	let cursor = 0;
	let filled = 0;
	for (const i of order) {
		// A review due on a Saturday or Sunday is due on the Monday after.
		const weekday = dueDay[i] - mondayOf(dueDay[i]);
		const dueWorkday = weekday >= 5 ? mondayOf(dueDay[i]) + 7 : dueDay[i];
		const dueWeek = (mondayOf(dueWorkday) - firstWeekStart) / 7;
		if (dueWeek > cursor) {
			cursor = dueWeek;
			filled = 0;
		}
		week[i] = cursor;
		scheduledDay[i] = Math.max(firstWeekStart + 7 * cursor + (filled % 5), dueWorkday);
		while (weeks.length <= cursor)
			weeks.push({
				weekStart: firstWeekStart + 7 * weeks.length,
				counts: { High: 0, Medium: 0, Low: 0 }
			});
		weeks[cursor].counts[OPPORTUNITY_LEVELS[accounts.level[i]]]++;
		if (++filled === perWeek) {
			cursor++;
			filled = 0;
		}
	}
	return {
		...last,
		dueDay,
		scheduledDay,
		week,
		order,
		firstWeekStart,
		weeks,
		overdue,
		neverReviewed
	};
}
