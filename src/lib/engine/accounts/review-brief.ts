/**
 * The brief of one account review: the standard questions, plus what the data says about the
 * account — categories never bought, categories they stopped buying (see `compute-accounts.ts`),
 * problems still open on the analysis day (from the tickets file), days since the last order
 * against their usual gap, and P(alive) when a lifetime-value model has given one. Plain JSON
 * for the page (printable, one page per account) and text for calendar events and the CLI.
 */
import type { CustomerTable } from '../customers/customer-table';
import { formatDay } from '../tables/orders-table';
import { ticketCustomerIndex } from '../tables/tickets-table';
import type { TicketsTable } from '../tables/tickets-table';
import { OPPORTUNITY_LEVELS } from './accounts-options';
import type { OpportunityLevel } from './accounts-options';
import type { AccountsResult } from './compute-accounts';
import type { ReviewPlan } from './plan-reviews';

export interface ReviewBrief {
	customerId: string;
	level: OpportunityLevel;
	/** null when unknown (no category column / no resources value). */
	whitespace: number | null;
	capacity: number | null;
	opportunity: number | null;
	lastReviewDate: string | null;
	dueDate: string;
	scheduledDate: string;
	questions: string[];
	/** Categories present in the data that the customer never bought (no positive net spend). */
	neverBought: string[];
	/** Bought in the first half of their history, not in the last `stoppedMonths` months; null
	 * when their history is too short to tell. */
	stoppedBuying: string[] | null;
	stoppedMonths: number;
	/** Tickets still open on the analysis day; null without a tickets file. */
	openProblems:
		| { ticketId: string | null; openedDate: string; daysOpen: number; severity: string | null }[]
		| null;
	daysSinceLastOrder: number;
	/** Their mean gap between orders; null with one order. */
	usualGapDays: number | null;
	/** Days since the last order ÷ the usual gap (> 2 = lapsing); null with one order. */
	gapRatio: number | null;
	/** Probability the customer is still active (BG/NBD), when given; else null. */
	pAlive: number | null;
	/** Last day (`YYYY-MM-DD`) of the purchases the P(alive) model was fitted on; null without it. */
	pAliveCutoff: string | null;
}

/** What every brief needs, prepared once for many briefs. */
export interface ReviewBriefContext {
	customers: CustomerTable;
	accounts: AccountsResult;
	plan: ReviewPlan;
	tickets: TicketsTable | null;
	/** Per entry, the tickets of that customer (CSR), when there is a tickets file. */
	ticketStart: Int32Array | null;
	ticketList: Int32Array | null;
	pAlive: Float64Array | null;
	pAliveCutoff: string | null;
}

/**
 * Prepares the context: groups tickets per customer once. `pAlive` is per entry (optional; NaN =
 * unknown for that customer), fitted on purchases up to `pAliveCutoff`.
 */
export function prepareReviewBriefs(
	customers: CustomerTable,
	accounts: AccountsResult,
	plan: ReviewPlan,
	tickets: TicketsTable | null = null,
	pAlive: Float64Array | null = null,
	pAliveCutoff: string | null = null
): ReviewBriefContext {
	let ticketStart: Int32Array | null = null;
	let ticketList: Int32Array | null = null;
	if (tickets) {
		const entry = ticketCustomerIndex(tickets, customers.ids);
		ticketStart = new Int32Array(customers.count + 1);
		for (let t = 0; t < tickets.count; t++) if (entry[t] >= 0) ticketStart[entry[t] + 1]++;
		for (let i = 0; i < customers.count; i++) ticketStart[i + 1] += ticketStart[i];
		const next = ticketStart.slice(0, customers.count);
		ticketList = new Int32Array(ticketStart[customers.count]);
		for (let t = 0; t < tickets.count; t++) if (entry[t] >= 0) ticketList[next[entry[t]]++] = t;
	}
	return { customers, accounts, plan, tickets, ticketStart, ticketList, pAlive, pAliveCutoff };
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

/** The brief of the customer at `entry`. */
export function buildReviewBrief(context: ReviewBriefContext, entry: number): ReviewBrief {
	const { customers, accounts, plan, tickets } = context;
	const analysisDay = accounts.analysisDay;
	const bought = new Set(
		accounts.boughtCategory.subarray(accounts.boughtStart[entry], accounts.boughtStart[entry + 1])
	);
	const neverBought = accounts.categoriesPresent
		? [...accounts.categoriesPresent]
				.filter((code) => !bought.has(code))
				.map((code) => accounts.categoryNames[code])
		: [];
	const stoppedBuying = accounts.hasStoppedList[entry]
		? [
				...accounts.stoppedCategory.subarray(
					accounts.stoppedStart[entry],
					accounts.stoppedStart[entry + 1]
				)
			].map((code) => accounts.categoryNames[code])
		: null;
	let openProblems: ReviewBrief['openProblems'] = null;
	if (tickets && context.ticketStart && context.ticketList) {
		openProblems = [];
		for (let k = context.ticketStart[entry]; k < context.ticketStart[entry + 1]; k++) {
			const t = context.ticketList[k];
			const opened = tickets.openedDay[t];
			if (opened >= analysisDay) continue;
			if (tickets.resolved[t] && !(tickets.resolvedDay[t] >= analysisDay)) continue;
			const code = tickets.severity ? tickets.severity.codes[t] : -1;
			openProblems.push({
				ticketId: tickets.ticketId ? tickets.ticketId[t] : null,
				openedDate: formatDay(opened),
				daysOpen: analysisDay - opened,
				severity: code >= 0 ? tickets.severity!.values[code] : null
			});
		}
		openProblems.sort((a, b) =>
			a.openedDate < b.openedDate ? -1 : a.openedDate > b.openedDate ? 1 : 0
		);
	}
	const usualGap = orNull(customers.meanGapDays[entry]);
	const lastReview = plan.lastReviewDay[entry];
	return {
		customerId: customers.ids[entry],
		level: OPPORTUNITY_LEVELS[accounts.level[entry]],
		whitespace: orNull(accounts.whitespace[entry]),
		capacity: orNull(accounts.capacity[entry]),
		opportunity: orNull(accounts.opportunity[entry]),
		lastReviewDate: Number.isNaN(lastReview) ? null : formatDay(lastReview),
		dueDate: formatDay(plan.dueDay[entry]),
		scheduledDate: formatDay(plan.scheduledDay[entry]),
		questions: [...accounts.options.questions],
		neverBought,
		stoppedBuying,
		stoppedMonths: accounts.options.stoppedMonths,
		openProblems,
		daysSinceLastOrder: customers.recencyDays[entry],
		usualGapDays: usualGap,
		gapRatio: usualGap !== null && usualGap > 0 ? customers.recencyDays[entry] / usualGap : null,
		pAlive: context.pAlive ? orNull(context.pAlive[entry]) : null,
		pAliveCutoff:
			context.pAlive && !Number.isNaN(context.pAlive[entry]) ? context.pAliveCutoff : null
	};
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The brief as plain text (English), for calendar events and the command line. */
export function briefText(brief: ReviewBrief): string {
	const lines = [
		`Account review — ${brief.customerId} (${brief.level} opportunity)`,
		`Whitespace ${brief.whitespace === null ? '—' : percent(brief.whitespace)}, capacity ${brief.capacity === null ? '—' : percent(brief.capacity)}` +
			(brief.lastReviewDate ? `, last review ${brief.lastReviewDate}` : ', no review on record'),
		'',
		'Questions:',
		...brief.questions.map((q) => `- ${q}`),
		'',
		'What the data says:',
		`- Never bought: ${brief.neverBought.length > 0 ? brief.neverBought.join(', ') : 'nothing left — they buy every category'}`
	];
	if (brief.stoppedBuying !== null)
		lines.push(
			`- Stopped buying (not in the last ${brief.stoppedMonths} months): ${brief.stoppedBuying.length > 0 ? brief.stoppedBuying.join(', ') : 'none'}`
		);
	if (brief.openProblems !== null)
		lines.push(
			`- Open problems: ${
				brief.openProblems.length === 0
					? 'none'
					: brief.openProblems
							.map(
								(p) =>
									`${p.ticketId ?? 'ticket'} opened ${p.openedDate} (${p.daysOpen} days${p.severity ? `, ${p.severity}` : ''})`
							)
							.join('; ')
			}`
		);
	lines.push(
		`- Last order ${brief.daysSinceLastOrder} days ago` +
			(brief.usualGapDays === null
				? ' (one order so far)'
				: `; usually every ${Math.round(brief.usualGapDays)} days`)
	);
	if (brief.pAlive !== null)
		lines.push(
			`- P(alive): ${percent(brief.pAlive)}` +
				(brief.pAliveCutoff ? ` (BG/NBD on purchases to ${brief.pAliveCutoff})` : '')
		);
	return lines.join('\n');
}
