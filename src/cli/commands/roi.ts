/**
 * `npm run sieve -- roi ORDERS --by pattern|rfm|persona|abc [--cost-per-order X] [--cost-per-return X]
 * [--cost-per-ticket X] [--cost-per-effort-point X] [--tickets FILE] [--margin PCT | --margins FILE]
 * [--goods-from auto|cost|margin] [--marketing group=amount,…] [--what-if kind=factor,…] [--k K]
 * [--seed N] [shared flags] [--losing OUT.csv] [--json]`: profit and ROI per group, the whale
 * curve's peak and the customers who cost more than they bring (DOMAIN.md family 6) — the Profit
 * view's own pipeline: the grouping through `customers/group-by-request.ts` (RFM with the
 * `segments` settings, personas with the `personas` settings) and `profit/profit-session.ts`.
 * `--tickets FILE` counts each customer's tickets (the tickets import of family 8, columns detected
 * from their headers) opened in the analysed period; `--customers OUT.csv` writes every customer.
 * `--settings FILE.json` gives the costs the Profit view keeps (section `profit`: goods source,
 * margins, service costs, marketing of the `--by` grouping, effort attribute); flags override them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { GROUP_FAMILIES, type GroupFamily } from '../../lib/engine/customers/group-by';
import { CustomerGrouper } from '../../lib/engine/customers/group-by-request';
import { DEFAULT_PERSONA_SETTINGS } from '../../lib/engine/personas/personas-options';
import { countTickets } from '../../lib/engine/profit/count-tickets';
import {
	COST_KINDS,
	parseCategoryMargins,
	parseMarketing,
	ProfitOptionsError,
	withProfitDefaults,
	type CostKind,
	type GoodsFrom,
	type ProfitOptions
} from '../../lib/engine/profit/profit-options';
import {
	ProfitMemo,
	profitExportFile,
	profitReportOf
} from '../../lib/engine/profit/profit-session';
import {
	DEFAULT_PROFIT_SETTINGS,
	profitOptionsOf,
	profitSettingsOf,
	type ProfitSettings
} from '../../lib/engine/profit/profit-settings';
import { DEFAULT_SEGMENTS_OPTIONS } from '../../lib/engine/segments/segments-options';
import { formatDay } from '../../lib/engine/tables/orders-table';
import {
	CommandError,
	familySettings,
	loadAnalysisInput,
	readSettings,
	reportFailures,
	SHARED_USAGE,
	type SharedFlags
} from '../analysis-input';
import { parseCommandLine } from '../command-line';
import { loadTicketsFile } from '../load';
import { terminalSafe, terminalSafeField } from '../terminal-safe';

const usage =
	'usage: npm run sieve -- roi ORDERS --by pattern|rfm|persona|abc ' +
	'[--cost-per-order X] [--cost-per-return X] [--cost-per-ticket X] [--cost-per-effort-point X] ' +
	'[--tickets TICKETS] [--margin PCT | --margins FILE] [--goods-from auto|cost|margin] [--marketing group=amount,…] ' +
	`[--what-if kind=factor,…] [--k K] [--seed N] ${SHARED_USAGE} [--losing OUT.csv] [--json]`;

interface RoiArgs {
	file: string;
	by: GroupFamily;
	tickets?: string;
	costs: Partial<
		Pick<ProfitOptions, 'costPerOrder' | 'costPerReturn' | 'costPerTicket' | 'costPerEffortPoint'>
	>;
	margin?: number;
	marginsFile?: string;
	goodsFrom?: GoodsFrom;
	marketing?: string;
	whatIf?: string;
	k?: number;
	seed?: number;
	flags: SharedFlags;
	losingOut?: string;
	json: boolean;
}

const COST_OPTIONS = {
	'--cost-per-order': 'costPerOrder',
	'--cost-per-return': 'costPerReturn',
	'--cost-per-ticket': 'costPerTicket',
	'--cost-per-effort-point': 'costPerEffortPoint'
} as const;

const VALUE_OPTIONS = [
	'--by',
	'--tickets',
	...Object.keys(COST_OPTIONS),
	'--margin',
	'--margins',
	'--goods-from',
	'--marketing',
	'--what-if',
	'--k',
	'--seed',
	'--losing'
];

/** "12.5" → 12.5; "12,5", "£3", "" → NaN (the command line takes plain numbers). */
const plainNumber = (text: string) =>
	/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text.trim()) ? Number(text) : NaN;

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): RoiArgs | string {
	const own: Partial<RoiArgs> = {};
	const costs: RoiArgs['costs'] = {};
	const line = parseCommandLine(args, {
		valued: VALUE_OPTIONS,
		take: (option, value) => {
			if (option === '--by') {
				if (!(GROUP_FAMILIES as readonly string[]).includes(value))
					return `--by must be one of ${GROUP_FAMILIES.join(', ')}, got ${value}`;
				own.by = value as GroupFamily;
			} else if (option === '--tickets') own.tickets = value;
			else if (option in COST_OPTIONS) {
				const amount = plainNumber(value);
				if (Number.isNaN(amount)) return `${option} must be a number, got ${value}`;
				costs[COST_OPTIONS[option as keyof typeof COST_OPTIONS]] = amount;
			} else if (option === '--margin') {
				own.margin = plainNumber(value.replace(/%$/, ''));
				if (Number.isNaN(own.margin)) return `--margin must be a percentage (0–100), got ${value}`;
			} else if (option === '--margins') own.marginsFile = value;
			else if (option === '--goods-from') {
				if (value !== 'auto' && value !== 'cost' && value !== 'margin')
					return `--goods-from must be auto, cost or margin, got ${value}`;
				own.goodsFrom = value;
			} else if (option === '--marketing') own.marketing = value;
			else if (option === '--what-if') own.whatIf = value;
			else if (option === '--k') {
				own.k = Number(value);
				if (!Number.isInteger(own.k) || own.k < 2 || own.k > 20)
					return `--k must be a whole number from 2 to 20, got ${value}`;
			} else if (option === '--seed') {
				own.seed = Number(value);
				if (!Number.isInteger(own.seed)) return `--seed must be a whole number, got ${value}`;
			} else if (option === '--losing') own.losingOut = value;
			else return false;
			return true;
		}
	});
	if (typeof line === 'string') return line;
	if (line.file === undefined) return 'ORDERS is required';
	if (own.by === undefined) return `--by is required (${GROUP_FAMILIES.join(', ')})`;
	if (own.margin !== undefined && own.marginsFile !== undefined)
		return 'use --margin PCT or --margins FILE, not both';
	if ((own.k !== undefined || own.seed !== undefined) && own.by !== 'persona')
		return '--k and --seed only apply with --by persona';
	return { ...own, ...line, file: line.file, by: own.by, costs };
}

/** `returns=1.2,effort=0.8` → multipliers (validated with the other options). */
function parseWhatIf(text: string): Partial<Record<CostKind, number>> {
	const multipliers: Partial<Record<CostKind, number>> = {};
	for (const pair of text.split(',')) {
		if (pair.trim() === '') continue;
		const [kind, factor] = pair.split('=').map((part) => part.trim());
		const value = plainNumber(factor ?? '');
		if (!(COST_KINDS as readonly string[]).includes(kind) || Number.isNaN(value)) {
			throw new ProfitOptionsError([
				{
					severity: 'error',
					field: 'multipliers',
					message: `--what-if: expected kind=factor with kind one of ${COST_KINDS.join(', ')}, got “${pair.trim()}”.`
				}
			]);
		}
		multipliers[kind as CostKind] = value;
	}
	return multipliers;
}

/**
 * The costs: the `profit` section of `--settings` (as the Profit view keeps it; its marketing for
 * the `--by` grouping) over the defaults, then the flags over it. Throws ProfitOptionsError for a
 * bad margins file or what-if, CommandError for a missing margins file.
 */
async function optionsOf(parsed: RoiArgs, section: ProfitSettings | null): Promise<ProfitOptions> {
	const saved = profitOptionsOf({ ...(section ?? DEFAULT_PROFIT_SETTINGS), by: parsed.by });
	let categoryMargins = saved.categoryMargins;
	if (parsed.marginsFile) {
		try {
			categoryMargins = parseCategoryMargins(await readFile(parsed.marginsFile, 'utf8'));
		} catch (error) {
			if ((error as { code?: string }).code === 'ENOENT')
				throw new CommandError(`--margins: no such file: ${parsed.marginsFile}`);
			throw error;
		}
	}
	return withProfitDefaults({
		...saved,
		...parsed.costs,
		goodsFrom: parsed.goodsFrom ?? saved.goodsFrom,
		marginPercent: parsed.margin ?? saved.marginPercent,
		categoryMargins,
		marketingPerCustomer: parsed.marketing
			? parseMarketing(parsed.marketing)
			: saved.marketingPerCustomer,
		multipliers: { ...withProfitDefaults().multipliers, ...parseWhatIf(parsed.whatIf ?? '') }
	});
}

const money = (x: number) =>
	x.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve roi: ${parsed}\n${usage}`);
		return 2;
	}
	return reportFailures('roi', async () => {
		const settings = await readSettings(parsed.flags);
		const options = await optionsOf(parsed, profitSettingsOf(settings.profit));
		const { orders, customers, currency } = await loadAnalysisInput(
			parsed.file,
			parsed.flags,
			settings
		);
		if (parsed.by === 'persona' && customers.count < 2)
			throw new CommandError('personas need at least 2 customers with an order');
		// The Profit view's grouping: RFM with the Segments settings, personas with the Personas ones.
		const { edits: _edits, ...personas } = familySettings(
			settings,
			'personas',
			DEFAULT_PERSONA_SETTINGS
		);
		if (parsed.k !== undefined) Object.assign(personas, { autoK: false, k: parsed.k });
		if (parsed.seed !== undefined) personas.seed = parsed.seed;
		const grouping = await new CustomerGrouper().group(orders, customers, {
			by: parsed.by,
			segments: familySettings(settings, 'segments', DEFAULT_SEGMENTS_OPTIONS),
			personas,
			personaNames: {}
		});
		let tickets = null;
		if (parsed.tickets) {
			tickets = (await loadTicketsFile(parsed.tickets, { customerIds: orders.customer.values }))
				.table;
			const counted = countTickets(tickets, customers);
			console.error(
				`sieve roi: ${counted.counted} tickets counted` +
					(counted.outsideWindow > 0
						? `, ${counted.outsideWindow} opened outside the period`
						: '') +
					(counted.notCustomers > 0
						? `, ${counted.notCustomers} of ids that are not customers`
						: '')
			);
		}
		const computation = new ProfitMemo().compute(orders, customers, grouping, tickets, options);
		const report = profitReportOf(computation);

		for (const [path, what] of [
			[parsed.flags.customers, 'customers'],
			[parsed.losingOut, 'losing']
		] as const) {
			if (!path) continue;
			const { csv, rows } = profitExportFile(
				computation,
				parsed.file,
				currency ?? '',
				parsed.by,
				what
			);
			await writeFile(path, csv, 'utf8');
			console.error(`sieve roi: wrote ${rows} customers to ${path}`);
		}
		for (const warning of report.warnings)
			console.error(`warning: ${terminalSafe(warning.message)}`);

		if (parsed.json) {
			const { whale, ...rest } = report;
			const result = {
				file: parsed.file,
				currency,
				analysisDate: formatDay(customers.analysisDay),
				by: parsed.by,
				...rest,
				whale: { total: whale.total, peak: whale.peak }
			};
			console.log(terminalSafe(JSON.stringify(result, null, 2)));
			return 0;
		}
		const t = report.totals;
		const nameWidth = Math.max(26, ...report.groups.map((g) => g.name.length + 1));
		const peak = report.whale.peak;
		const lines = [
			`${parsed.file} — analysis date ${formatDay(customers.analysisDay)}, ${customers.count.toLocaleString('en')} customers, by ${parsed.by}, goods from ${report.goodsSource}`,
			`revenue ${money(t.revenue)}  goods ${money(t.goods)}  service ${money(t.service)}  marketing ${money(t.marketing)}  contribution ${money(t.contribution)}  ROI ${t.roi === null ? '—' : t.roi.toFixed(2)}`,
			'',
			`${'group'.padEnd(nameWidth)} ${'customers'.padStart(9)} ${'revenue'.padStart(13)} ${'goods'.padStart(13)} ${'service'.padStart(11)} ${'marketing'.padStart(10)} ${'contribution'.padStart(13)} ${'ROI'.padStart(7)} ${'losing'.padStart(6)} ${'share'.padStart(7)}`,
			...report.groups
				.filter((g) => g.customers > 0)
				.map(
					(g) =>
						`${g.name.padEnd(nameWidth)} ${String(g.customers).padStart(9)} ${money(g.revenue).padStart(13)} ${money(g.goods).padStart(13)} ` +
						`${money(g.service).padStart(11)} ${money(g.marketing).padStart(10)} ${money(g.contribution).padStart(13)} ` +
						`${(g.roi === null ? '—' : g.roi.toFixed(2)).padStart(7)} ${String(g.losing).padStart(6)} ${percent(g.contributionShare).padStart(7)}`
				),
			'',
			peak.share === null
				? `whale curve: the best ${percent(peak.customerShare)} (${peak.count}) make ${money(peak.contribution)}; the rest give back ${money(peak.giveBack)} (no overall profit to take shares of)`
				: `whale curve: the best ${percent(peak.customerShare)} of customers (${peak.count}) make ${percent(peak.share)} of profit; the rest give back ${percent(peak.giveBackShare)}`,
			`cost more than they bring: ${report.losing.count} customers, ${money(report.losing.loss)} in all; largest cost: ` +
				COST_KINDS.filter((kind) => report.losing.byLargestCost[kind] > 0)
					.map((kind) => `${kind} ${report.losing.byLargestCost[kind]}`)
					.join(', '),
			...report.losing.customers
				.slice(0, 10)
				.map(
					(c) =>
						`  ${terminalSafeField(c.id)}: ${money(c.contribution)}; ${c.largestCost} cost ${money(c.largestCostAmount)}` +
						(c.largestCostCut !== null && c.largestCostCut <= 1
							? ` (cutting it by ${percent(c.largestCostCut)} breaks even)`
							: '')
				)
		];
		if (report.whatIf) {
			lines.push(
				`what if ${COST_KINDS.filter((k) => report.multipliers[k] !== 1)
					.map((k) => `${k} × ${report.multipliers[k]}`)
					.join(
						', '
					)}: ${report.whatIf.changedSign} customers change sign (${report.whatIf.becameLosing} start losing money, ${report.whatIf.becameProfitable} stop)`
			);
		}
		console.log(terminalSafe(lines.join('\n')));
		return 0;
	}).catch((error: unknown) => {
		if (!(error instanceof ProfitOptionsError)) throw error;
		console.error(`sieve roi: ${terminalSafe(error.message)}\n${usage}`);
		return 2;
	});
}
