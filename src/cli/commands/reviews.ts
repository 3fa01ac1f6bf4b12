/**
 * `npm run sieve -- reviews ORDERS [--tickets FILE] [--per-week N] [--ics OUT.ics] [--csv OUT.csv]
 * [--weeks N] [shared flags] [--json]`: account reviews (DOMAIN.md family 7) — the Account reviews
 * view's own pipeline (`accounts/accounts-session.ts`, options from the `accounts` settings
 * section): opportunity levels, the review plan, and its CSV and iCalendar exports
 * (`--customers OUT.csv` writes the plan's CSV, like `--csv`).
 */
import { writeFile } from 'node:fs/promises';
import {
	AccountsOptionsError,
	DEFAULT_ACCOUNTS_OPTIONS
} from '../../lib/engine/accounts/accounts-options';
import { buildAccountsReport } from '../../lib/engine/accounts/accounts-report';
import { analyseAccounts } from '../../lib/engine/accounts/accounts-session';
import { exportPlanCsv, exportPlanIcs, planRows } from '../../lib/engine/accounts/export-accounts';
import {
	familySettings,
	loadAnalysisInput,
	reportFailures,
	SHARED_USAGE,
	type SharedFlags
} from '../analysis-input';
import { parseCommandLine } from '../command-line';
import { loadTicketsFile } from '../load';
import { terminalSafe, terminalSafeField } from '../terminal-safe';

const usage =
	'usage: npm run sieve -- reviews ORDERS [--tickets FILE] [--per-week N] ' +
	`[--ics OUT.ics] [--csv OUT.csv] [--weeks N] ${SHARED_USAGE} [--json]`;

interface ReviewsArgs {
	file: string;
	tickets?: string;
	perWeek?: number;
	ics?: string;
	csv?: string;
	/** Weeks of the plan shown (and written to --ics); default 8 shown, all written. */
	weeks?: number;
	flags: SharedFlags;
	json: boolean;
}

const VALUED = ['--tickets', '--per-week', '--ics', '--csv', '--weeks'];

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): ReviewsArgs | string {
	const own: Partial<ReviewsArgs> = {};
	const line = parseCommandLine(args, {
		valued: VALUED,
		take: (option, value) => {
			if (option === '--tickets') own.tickets = value;
			else if (option === '--ics') own.ics = value;
			else if (option === '--csv') own.csv = value;
			else if (option === '--per-week' || option === '--weeks') {
				const count = Number(value);
				if (!Number.isInteger(count) || count < 1)
					return `${option} must be a whole number ≥ 1, got ${value}`;
				if (option === '--per-week') own.perWeek = count;
				else own.weeks = count;
			} else return false;
			return true;
		}
	});
	if (typeof line === 'string') return line;
	if (line.file === undefined) return 'ORDERS is required';
	return { ...own, ...line, file: line.file };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve reviews: ${parsed}\n${usage}`);
		return 2;
	}
	return reportFailures('reviews', async () => {
		const { orders, customers, settings, currency } = await loadAnalysisInput(
			parsed.file,
			parsed.flags
		);
		const tickets = parsed.tickets
			? (await loadTicketsFile(parsed.tickets, { customerIds: orders.customer.values })).table
			: null;
		const options = familySettings(settings, 'accounts', DEFAULT_ACCOUNTS_OPTIONS);
		if (parsed.perWeek) options.perWeek = parsed.perWeek;
		// The Account reviews view's own pipeline: accounts, plan and briefs.
		const computation = analyseAccounts(customers, orders, tickets, options);
		const { accounts, plan, briefs: context } = computation;
		const report = buildAccountsReport(customers, accounts, plan);
		// --customers OUT.csv (every customer, as on every command) is the plan's CSV.
		for (const path of new Set([parsed.csv, parsed.flags.customers]))
			if (path) await writeFile(path, exportPlanCsv(customers, accounts, plan, currency ?? ''));
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
						{ file: parsed.file, currency, ...rest, weeksInPlan: weeks.length, firstWeeks },
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
	}).catch((error: unknown) => {
		if (!(error instanceof AccountsOptionsError)) throw error;
		console.error(`sieve reviews: ${terminalSafe(error.message)}`);
		return 1;
	});
}
