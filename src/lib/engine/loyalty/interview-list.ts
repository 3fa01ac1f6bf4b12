/**
 * "Ask customers what they value" (the loyalty article's last step): a short interview list of the
 * most loyal customers of each size band and segment, with the questions to ask.
 *
 * Loyal here means all four: a regular pattern (≥ 3 orders and a gap coefficient of variation
 * ≤ 0.75, DOMAIN.md family 3), recent (days since the last order ≤ 2 × their mean gap: not
 * lapsing), no open problem (no ticket still open on the analysis day; with counts, every opened
 * problem resolved), and then the longest tenure first (ties: more orders, more recent, id).
 * Size bands are thirds of the percentile rank of the resources attribute (budget, company
 * size …) or of net revenue: small < 1/3 ≤ medium < 2/3 ≤ large.
 */
import type { CustomerTable } from '../customers/customer-table';
import { percentileRanks, resourcesOf } from '../customers/resources';
import type { ResourcesBasis } from '../customers/resources';
import { customerExportColumns } from '../customers/customer-export-columns';
import { toCsv, type CsvCell } from '../tables/csv-export';
import { resolveLoyaltyOptions } from './loyalty-options';
import type { LoyaltyOptions } from './loyalty-options';
import type { GroupLabels } from './loyalty-report';

export const SIZE_BANDS = ['small', 'medium', 'large', 'unknown'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export interface Interviewee {
	/** Entry in the customer table. */
	entry: number;
	customerId: string;
	tenureDays: number;
	orders: number;
	meanGapDays: number;
	gapCv: number;
	recencyDays: number;
	value: number;
}

export interface InterviewGroup {
	sizeBand: SizeBand;
	segment: string;
	/** Loyal customers in this cell (all of them, before the cut to `perGroup`). */
	candidates: number;
	interviewees: Interviewee[];
}

export interface InterviewList {
	sizeBasis: ResourcesBasis;
	perGroup: number;
	questions: string[];
	/** How many customers pass each test, in order (regular → recent → no open problem). */
	funnel: { customers: number; regular: number; recent: number; noOpenProblem: number };
	/** Cells with at least one candidate, by size band (small → large → unknown) then segment. */
	groups: InterviewGroup[];
}

/**
 * The interview list. `openProblems` per entry (from `computeLoyalty` / `computeLoyaltyFromCounts`)
 * or null when unknown (then no one is left out for it); `segments` labels per entry or null (one
 * segment, "All customers").
 */
export function buildInterviewList(
	customers: CustomerTable,
	openProblems: Int32Array | null,
	segments: GroupLabels | null = null,
	options: Partial<LoyaltyOptions> = {}
): InterviewList {
	const used = resolveLoyaltyOptions(options);
	const { values, basis } = resourcesOf(customers, used.sizeAttribute);
	const rank = percentileRanks(values);
	const labels = segments ? segments.labels : ['All customers'];
	const cells = new Map<string, { band: number; segment: number; members: number[] }>();
	const funnel = { customers: customers.count, regular: 0, recent: 0, noOpenProblem: 0 };
	for (let i = 0; i < customers.count; i++) {
		if (!(customers.orders[i] >= 3 && customers.gapCv[i] <= 0.75)) continue;
		funnel.regular++;
		if (!(customers.recencyDays[i] <= 2 * customers.meanGapDays[i])) continue;
		funnel.recent++;
		if (openProblems && openProblems[i] > 0) continue;
		funnel.noOpenProblem++;
		const r = rank[i];
		const band = Number.isNaN(r) ? 3 : r < 1 / 3 ? 0 : r < 2 / 3 ? 1 : 2;
		const segment = segments ? segments.codes[i] : 0;
		if (!(segment >= 0 && segment < labels.length)) continue;
		const key = `${band}:${segment}`;
		let cell = cells.get(key);
		if (!cell) cells.set(key, (cell = { band, segment, members: [] }));
		cell.members.push(i);
	}
	const order = (a: number, b: number) =>
		customers.tenureDays[b] - customers.tenureDays[a] ||
		customers.orders[b] - customers.orders[a] ||
		customers.recencyDays[a] - customers.recencyDays[b] ||
		(customers.ids[a] < customers.ids[b] ? -1 : customers.ids[a] > customers.ids[b] ? 1 : 0);
	const groups = [...cells.values()]
		.sort((a, b) => a.band - b.band || a.segment - b.segment)
		.map(({ band, segment, members }) => ({
			sizeBand: SIZE_BANDS[band],
			segment: labels[segment],
			candidates: members.length,
			interviewees: members
				.sort(order)
				.slice(0, used.interviewsPerGroup)
				.map((i) => ({
					entry: i,
					customerId: customers.ids[i],
					tenureDays: customers.tenureDays[i],
					orders: customers.orders[i],
					meanGapDays: customers.meanGapDays[i],
					gapCv: customers.gapCv[i],
					recencyDays: customers.recencyDays[i],
					value: customers.value[i]
				}))
		}));
	return {
		sizeBasis: basis,
		perGroup: used.interviewsPerGroup,
		questions: [...used.interviewQuestions],
		funnel,
		groups
	};
}

/**
 * The interview list as CSV: one row per interviewee, the shared customer columns of `customers`
 * (`customers/customer-export-columns.ts`) first, then size band, segment, tenure, mean gap in
 * days (1 decimal) and the questions in the last column.
 */
export function exportInterviewList(
	list: InterviewList,
	customers: CustomerTable,
	currency: string
): string {
	const shared = customerExportColumns(customers, currency);
	const rows: CsvCell[][] = [
		[...shared.header, 'size_band', 'segment', 'tenure_days', 'mean_gap_days', 'questions']
	];
	const questions = list.questions.join(' | ');
	for (const group of list.groups)
		for (const person of group.interviewees)
			rows.push([
				...shared.cells(person.entry),
				group.sizeBand,
				group.segment,
				person.tenureDays,
				Math.round(person.meanGapDays * 10) / 10,
				questions
			]);
	return toCsv(rows);
}
