/**
 * `npm run sieve -- reviews ORDERS --attributes CUSTOMERS [--tickets FILE] [--per-week N]
 * [--ics OUT.ics] [--csv OUT.csv] [--analysis-date YYYY-MM-DD] [--start YYYY-MM-DD] [--weeks N] [--json]`: account
 * reviews (DOMAIN.md family 7) — opportunity levels, the review plan, and its CSV and iCalendar
 * exports.
 */
import { writeFile } from 'node:fs/promises';
import { buildAccountsReport } from '../../lib/engine/accounts/accounts-report';
import { AccountsOptionsError } from '../../lib/engine/accounts/accounts-options';
import { computeAccounts } from '../../lib/engine/accounts/compute-accounts';
import { exportPlanCsv, exportPlanIcs, planRows } from '../../lib/engine/accounts/export-accounts';
import { planReviews } from '../../lib/engine/accounts/plan-reviews';
import { prepareReviewBriefs } from '../../lib/engine/accounts/review-brief';
import { buildCustomerTable } from '../../lib/engine/customers/customer-table';
import { parseIsoDay } from '../../lib/engine/tables/orders-table';
import { IngestError } from '../../lib/ingest/index';
import { loadAttributesFile, loadOrdersFile, loadTicketsFile } from '../load';
import { terminalSafe, terminalSafeField } from '../terminal-safe';

const usage =
	'usage: npm run sieve -- reviews ORDERS --attributes CUSTOMERS [--tickets FILE] [--per-week N] ' +
	'[--ics OUT.ics] [--csv OUT.csv] [--analysis-date YYYY-MM-DD] [--start YYYY-MM-DD] [--weeks N] [--json]';

interface ReviewsArgs {
	file: string;
	attributes?: string;
	tickets?: string;
	perWeek?: number;
	ics?: string;
	csv?: string;
	analysisDay?: number;
	/** First day of the analysed period (--start); lines before it are left out. */
	startDay?: number;
	/** Weeks of the plan shown (and written to --ics); default 8 shown, all written. */
	weeks?: number;
	json: boolean;
}

const VALUED = [
	'--attributes',
	'--tickets',
	'--per-week',
	'--ics',
	'--csv',
	'--analysis-date',
	'--start',
	'--weeks'
];

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): ReviewsArgs | string {
	const parsed: Partial<ReviewsArgs> = { json: false };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const next = args[i + 1];
		if (VALUED.includes(arg) && next === undefined) return `${arg} needs a value`;
		if (arg === '--json') parsed.json = true;
		else if (arg === '--attributes') parsed.attributes = args[++i];
		else if (arg === '--tickets') parsed.tickets = args[++i];
		else if (arg === '--ics') parsed.ics = args[++i];
		else if (arg === '--csv') parsed.csv = args[++i];
		else if (arg === '--per-week' || arg === '--weeks') {
			const value = Number(next);
			i++;
			if (!Number.isInteger(value) || value < 1)
				return `${arg} must be a whole number ≥ 1, got ${next}`;
			if (arg === '--per-week') parsed.perWeek = value;
			else parsed.weeks = value;
		} else if (arg === '--start') {
			parsed.startDay = parseIsoDay(next);
			i++;
			if (Number.isNaN(parsed.startDay)) return `--start: not a YYYY-MM-DD date: ${next}`;
		} else if (arg === '--analysis-date') {
			parsed.analysisDay = parseIsoDay(next);
			i++;
			if (Number.isNaN(parsed.analysisDay))
				return `--analysis-date: not a YYYY-MM-DD date: ${next}`;
		} else if (arg.startsWith('--')) return `unknown option ${arg}`;
		else if (parsed.file === undefined) parsed.file = arg;
		else return `unexpected argument ${arg}`;
	}
	if (parsed.file === undefined) return 'ORDERS is required';
	return parsed as ReviewsArgs;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve reviews: ${parsed}\n${usage}`);
		return 2;
	}
	try {
		const { table: orders } = await loadOrdersFile(parsed.file);
		const attributes = parsed.attributes
			? (await loadAttributesFile(parsed.attributes)).table
			: null;
		const customers = buildCustomerTable(
			orders,
			{ analysisDay: parsed.analysisDay, startDay: parsed.startDay },
			attributes
		);
		const tickets = parsed.tickets
			? (await loadTicketsFile(parsed.tickets, { customerIds: orders.customer.values })).table
			: null;
		const accounts = computeAccounts(
			customers,
			orders,
			parsed.perWeek ? { perWeek: parsed.perWeek } : {}
		);
		const plan = planReviews(customers, accounts);
		const report = buildAccountsReport(customers, accounts, plan);
		const context = prepareReviewBriefs(customers, accounts, plan, tickets);
		if (parsed.csv) await writeFile(parsed.csv, exportPlanCsv(customers, accounts, plan));
		if (parsed.ics) await writeFile(parsed.ics, exportPlanIcs(context, { maxWeeks: parsed.weeks }));

		const shownWeeks = parsed.weeks ?? 8;
		const rows = planRows(customers, accounts, plan).filter((row) => row.week < shownWeeks);
		const firstWeeks = report.weeks.slice(0, shownWeeks).map((week, w) => ({
			...week,
			reviews: rows
				.filter((row) => row.week === w)
				.map((row) => ({ customerId: row.customerId, level: row.level, date: row.scheduledDate }))
		}));
		if (parsed.json) {
			const { weeks, ...rest } = report;
			console.log(
				terminalSafe(
					JSON.stringify(
						{ file: parsed.file, ...rest, weeksInPlan: weeks.length, firstWeeks },
						null,
						2
					)
				)
			);
			return 0;
		}
		const basis = report.capacityBasis;
		const lines = [
			`${parsed.file} — analysis date ${report.analysisDate}, ${report.customers} customers`,
			`opportunity            High ${report.levels.High} · Medium ${report.levels.Medium} · Low ${report.levels.Low}`,
			`capacity basis         ${basis.kind === 'attribute' ? `attribute “${basis.name}”` : 'net revenue'}`,
			`whitespace             ${report.categoriesPresent === null ? 'unknown (no category column)' : `over ${report.categoriesPresent} categories`}`,
			`thresholds             High: whitespace ≥ ${percent(report.thresholds.highWhitespace)} and capacity ≥ ${percent(report.thresholds.highCapacity)}; Low: whitespace < ${percent(report.thresholds.lowWhitespace)} or capacity < ${percent(report.thresholds.lowCapacity)}`,
			`cadence (months)       High ${report.cadenceMonths.High} · Medium ${report.cadenceMonths.Medium} · Low ${report.cadenceMonths.Low}`,
			`last review            ${report.lastReview.attribute ? `“${report.lastReview.attribute}”: ${report.lastReview.known} known, ${report.lastReview.overdue} overdue, ${report.lastReview.unreadable} unreadable` : 'no attribute: every review is due now'}`,
			`plan                   ${report.perWeek} a week, ${report.dueNow} due now, ${report.weeks.length} weeks, last on ${report.lastPlannedDate ?? '—'}`,
			'',
			'week of      High  Medium  Low   reviews',
			...firstWeeks.map(
				(week) =>
					`${week.weekStart}  ${String(week.High).padStart(4)}  ${String(week.Medium).padStart(6)}  ${String(week.Low).padStart(3)}   ${week.reviews
						.slice(0, 6)
						.map((r) => terminalSafeField(r.customerId))
						.join(', ')}${week.reviews.length > 6 ? ' …' : ''}`
			),
			...report.notes.map((note) => `note: ${note}`)
		];
		if (parsed.csv) lines.push(`plan written to ${parsed.csv}`);
		if (parsed.ics) lines.push(`calendar written to ${parsed.ics}`);
		console.log(terminalSafe(lines.join('\n')));
		return 0;
	} catch (error) {
		if (
			error instanceof IngestError ||
			error instanceof AccountsOptionsError ||
			error instanceof RangeError
		) {
			console.error(`sieve reviews: ${terminalSafe(error.message)}`);
			return 1;
		}
		throw error;
	}
}
