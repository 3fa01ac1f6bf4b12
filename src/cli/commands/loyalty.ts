/**
 * `npm run sieve -- loyalty ORDERS --tickets TICKETS [--attributes CUSTOMERS] [--window DAYS]
 * [--quick DAYS] [--analysis-date YYYY-MM-DD] [--start YYYY-MM-DD] [--customers OUT.csv] [--interviews OUT.csv]
 * [--json]`: problems and loyalty (DOMAIN.md family 8) — repurchase after no problem, a resolved
 * one, a quickly resolved one and an unresolved one, with Wilson intervals, by severity and
 * within each RFM segment. Without --tickets, the weaker version from the customers file's
 * opened/resolved counts.
 */
import { writeFile } from 'node:fs/promises';
import { buildCustomerTable } from '../../lib/engine/customers/customer-table';
import { analyseLoyalty } from '../../lib/engine/loyalty/analyse-loyalty';
import { LOYALTY_GROUPS } from '../../lib/engine/loyalty/compute-loyalty';
import { exportLoyaltyCell } from '../../lib/engine/loyalty/export-loyalty';
import { exportInterviewList } from '../../lib/engine/loyalty/interview-list';
import { LoyaltyOptionsError } from '../../lib/engine/loyalty/loyalty-options';
import type { LoyaltyOptions } from '../../lib/engine/loyalty/loyalty-options';
import { buildLoyaltyReport } from '../../lib/engine/loyalty/loyalty-report';
import type { LoyaltyCell } from '../../lib/engine/loyalty/loyalty-report';
import { parseIsoDay } from '../../lib/engine/tables/orders-table';
import { IngestError } from '../../lib/ingest/index';
import type { TicketsReport } from '../../lib/ingest/index';
import { loadAttributesFile, loadOrdersFile, loadTicketsFile } from '../load';
import { terminalSafe } from '../terminal-safe';

const usage =
	'usage: npm run sieve -- loyalty ORDERS --tickets TICKETS [--attributes CUSTOMERS] [--window DAYS] ' +
	'[--quick DAYS] [--analysis-date YYYY-MM-DD] [--start YYYY-MM-DD] [--customers OUT.csv] [--interviews OUT.csv] [--json]';

interface LoyaltyArgs {
	file: string;
	tickets?: string;
	attributes?: string;
	windowDays?: number;
	quickDays?: number;
	analysisDay?: number;
	/** First day of the analysed period (--start); lines before it are left out. */
	startDay?: number;
	customersOut?: string;
	interviewsOut?: string;
	json: boolean;
}

const VALUED = [
	'--tickets',
	'--attributes',
	'--window',
	'--quick',
	'--analysis-date',
	'--start',
	'--customers',
	'--interviews'
];

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): LoyaltyArgs | string {
	const parsed: Partial<LoyaltyArgs> = { json: false };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const next = args[i + 1];
		if (VALUED.includes(arg) && next === undefined) return `${arg} needs a value`;
		if (arg === '--json') parsed.json = true;
		else if (arg === '--tickets') parsed.tickets = args[++i];
		else if (arg === '--attributes') parsed.attributes = args[++i];
		else if (arg === '--customers') parsed.customersOut = args[++i];
		else if (arg === '--interviews') parsed.interviewsOut = args[++i];
		else if (arg === '--window' || arg === '--quick') {
			const value = Number(next);
			i++;
			if (!Number.isInteger(value) || value < 0)
				return `${arg} must be a whole number of days, got ${next}`;
			if (arg === '--window') parsed.windowDays = value;
			else parsed.quickDays = value;
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
	if (parsed.tickets === undefined && parsed.attributes === undefined)
		return '--tickets is required (or --attributes with problems opened/resolved counts, for the weaker version)';
	return parsed as LoyaltyArgs;
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
		const options: Partial<LoyaltyOptions> = {};
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
		const { result, segments, interviews } = analyseLoyalty(customers, tickets, options);
		if (!result) {
			console.error(
				'sieve loyalty: no --tickets file, and the customers file has no problems opened / resolved counts for the weaker version'
			);
			return 1;
		}
		const report = buildLoyaltyReport(result, segments);
		if (parsed.customersOut)
			await writeFile(
				parsed.customersOut,
				exportLoyaltyCell(customers, result, { eligibleOnly: false }, tickets, segments)
			);
		if (parsed.interviewsOut)
			await writeFile(parsed.interviewsOut, exportInterviewList(interviews, customers.analysisDay));

		if (parsed.json) {
			console.log(
				terminalSafe(
					JSON.stringify(
						{
							file: parsed.file,
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
	} catch (error) {
		if (
			error instanceof IngestError ||
			error instanceof LoyaltyOptionsError ||
			error instanceof RangeError
		) {
			console.error(`sieve loyalty: ${terminalSafe(error.message)}`);
			return 1;
		}
		throw error;
	}
}
