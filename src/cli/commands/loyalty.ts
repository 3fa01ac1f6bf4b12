/**
 * `npm run sieve -- loyalty ORDERS --tickets TICKETS [--window DAYS] [--quick DAYS]
 * [--interviews OUT.csv] [shared flags] [--json]`: problems and loyalty (DOMAIN.md family 8) —
 * the Loyalty view's own pipeline (`loyalty/analyse-loyalty.ts`, W and Q from the `loyalty`
 * settings section): repurchase after no problem, a resolved one, a quickly resolved one and an
 * unresolved one, with Wilson intervals, by severity and within each RFM segment. Without
 * --tickets, the weaker version from the customers file's (--attributes) opened/resolved counts.
 */
import { writeFile } from 'node:fs/promises';
import {
	analyseLoyalty,
	interviewListFile,
	loyaltyAnswer,
	loyaltyCellFile
} from '../../lib/engine/loyalty/analyse-loyalty';
import { LOYALTY_GROUPS } from '../../lib/engine/loyalty/compute-loyalty';
import {
	DEFAULT_LOYALTY_OPTIONS,
	LoyaltyOptionsError
} from '../../lib/engine/loyalty/loyalty-options';
import type { LoyaltyCell } from '../../lib/engine/loyalty/loyalty-report';
import type { TicketsReport } from '../../lib/ingest/index';
import {
	familySettings,
	loadAnalysisInput,
	reportFailures,
	SHARED_USAGE,
	type SharedFlags
} from '../analysis-input';
import { parseCommandLine } from '../command-line';
import { loadTicketsFile } from '../load';
import { terminalSafe } from '../terminal-safe';

const usage =
	'usage: npm run sieve -- loyalty ORDERS --tickets TICKETS [--window DAYS] [--quick DAYS] ' +
	`[--interviews OUT.csv] ${SHARED_USAGE} [--json]`;

interface LoyaltyArgs {
	file: string;
	tickets?: string;
	windowDays?: number;
	quickDays?: number;
	interviewsOut?: string;
	flags: SharedFlags;
	json: boolean;
}

const VALUED = ['--tickets', '--window', '--quick', '--interviews'];

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): LoyaltyArgs | string {
	const own: Partial<LoyaltyArgs> = {};
	const line = parseCommandLine(args, {
		valued: VALUED,
		take: (option, value) => {
			if (option === '--tickets') own.tickets = value;
			else if (option === '--interviews') own.interviewsOut = value;
			else if (option === '--window' || option === '--quick') {
				const days = Number(value);
				if (!Number.isInteger(days) || days < 0)
					return `${option} must be a whole number of days, got ${value}`;
				if (option === '--window') own.windowDays = days;
				else own.quickDays = days;
			} else return false;
			return true;
		}
	});
	if (typeof line === 'string') return line;
	if (line.file === undefined) return 'ORDERS is required';
	if (own.tickets === undefined && line.flags.attributes === undefined)
		return '--tickets is required (or --attributes with problems opened/resolved counts, for the weaker version)';
	return { ...own, ...line, file: line.file };
}

const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);
const cellText = (cell: LoyaltyCell | null) =>
	cell === null
		? 'n/a'
		: `${cell.repurchased}/${cell.eligible} = ${percent(cell.rate)} [${percent(cell.low)}, ${percent(cell.high)}]`;

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve loyalty: ${parsed}\n${usage}`);
		return 2;
	}
	return reportFailures('loyalty', async () => {
		const { orders, customers, settings, currency } = await loadAnalysisInput(
			parsed.file,
			parsed.flags
		);
		const { windowDays, quickDays } = DEFAULT_LOYALTY_OPTIONS;
		const options = familySettings(settings, 'loyalty', { windowDays, quickDays });
		if (parsed.windowDays !== undefined) options.windowDays = parsed.windowDays;
		if (parsed.quickDays !== undefined) options.quickDays = parsed.quickDays;
		let ticketsReport: TicketsReport | null = null;
		let tickets = null;
		if (parsed.tickets) {
			const loaded = await loadTicketsFile(parsed.tickets, { customerIds: orders.customer.values });
			tickets = loaded.table;
			ticketsReport = loaded.report;
		}
		// The Loyalty view's own pipeline (engine/loyalty/analyse-loyalty.ts), never a copy.
		const computation = analyseLoyalty(customers, tickets, options);
		const { report, interviews } = loyaltyAnswer(computation);
		if (!report) {
			console.error(
				'sieve loyalty: no --tickets file, and the customers file has no problems opened / resolved counts for the weaker version'
			);
			return 1;
		}
		if (parsed.flags.customers) {
			const file = loyaltyCellFile(computation, parsed.file, currency ?? '', {
				eligibleOnly: false
			});
			await writeFile(parsed.flags.customers, file.csv);
		}
		if (parsed.interviewsOut)
			await writeFile(
				parsed.interviewsOut,
				interviewListFile(computation, parsed.file, currency ?? '').csv
			);

		if (parsed.json) {
			console.log(
				terminalSafe(
					JSON.stringify(
						{
							file: parsed.file,
							currency,
							ticketsPath: parsed.tickets ?? null,
							...report,
							ticketsFile: ticketsReport && {
								rowsRead: ticketsReport.rowsRead,
								tickets: ticketsReport.tickets,
								duplicates: ticketsReport.duplicates,
								rejected: ticketsReport.rejected,
								matching: ticketsReport.matching,
								columns: ticketsReport.columns,
								warnings: ticketsReport.warnings
							},
							interviews: {
								sizeBasis: interviews.sizeBasis,
								funnel: interviews.funnel,
								groups: interviews.groups.length,
								people: interviews.groups.reduce((a, g) => a + g.interviewees.length, 0)
							}
						},
						null,
						2
					)
				)
			);
			return 0;
		}
		const lines = [
			`${parsed.file} — analysis date ${report.analysisDate}, ${report.customers} customers, ` +
				(report.strength === 'weaker'
					? 'WEAKER VERSION (counts from the customers file)'
					: `window ${report.windowDays} days, quickly = within ${report.quickDays} days`)
		];
		if (ticketsReport) {
			const m = ticketsReport.matching!;
			lines.push(
				`tickets                ${ticketsReport.tickets} read of ${ticketsReport.rowsRead} rows; ${m.ticketsMatched} matched to customers, ${m.ticketsNotMatched} not` +
					(ticketsReport.rejected.length > 0
						? `; rejected: ${ticketsReport.rejected.map((r) => `${r.count} ${r.label}`).join(', ')}`
						: '')
			);
		}
		lines.push('', 'group              repurchased / eligible = rate [Wilson 95%]');
		for (const group of LOYALTY_GROUPS)
			lines.push(`${group.padEnd(18)} ${cellText(report.groups[group])}`);
		if (report.bySeverity) {
			lines.push('', 'by severity of the first ticket');
			for (const row of report.bySeverity)
				lines.push(
					`${row.severity.padEnd(10)} resolved ${cellText(row.groups.resolved)} · unresolved ${cellText(row.groups.unresolved)}`
				);
		}
		lines.push(
			'',
			`interview list: ${interviews.groups.reduce((a, g) => a + g.interviewees.length, 0)} customers in ${interviews.groups.length} size band × segment cells`,
			...report.notes.map((note) => `note: ${note}`)
		);
		console.log(terminalSafe(lines.join('\n')));
		return 0;
	}).catch((error: unknown) => {
		if (!(error instanceof LoyaltyOptionsError)) throw error;
		console.error(`sieve loyalty: ${terminalSafe(error.message)}`);
		return 1;
	});
}
