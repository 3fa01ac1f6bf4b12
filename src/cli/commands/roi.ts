/**
 * `npm run sieve -- roi ORDERS --by pattern|rfm|persona|abc [--attributes CUSTOMERS]
 * [--cost-per-order X] [--cost-per-return X] [--cost-per-ticket X] [--cost-per-effort-point X]
 * [--margin PCT | --margins FILE] [--goods-from auto|cost|margin] [--marketing group=amount,…]
 * [--what-if kind=factor,…] [--analysis-date YYYY-MM-DD] [--start YYYY-MM-DD] [--k K] [--seed N] [--customers OUT.csv]
 * [--losing OUT.csv] [--json]`:
 * profit and ROI per group, the whale curve's peak and the customers who cost more than they
 * bring (DOMAIN.md family 6). `--tickets FILE` counts each customer's tickets (the tickets import
 * of family 8, columns detected from their headers) opened in the analysed period.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { buildCustomerTable, type CustomerTable } from '../../lib/engine/customers/customer-table';
import {
	groupCustomers,
	groupingFromAssignments,
	GROUP_FAMILIES,
	type CustomerGrouping,
	type GroupFamily
} from '../../lib/engine/customers/group-by';
import { clusterCustomers, describePersonas, personaFeatures } from '../../lib/engine/personas';
import { computeProfit } from '../../lib/engine/profit/compute-profit';
import { profitCustomerRows } from '../../lib/engine/profit/export-profit';
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
import { buildProfitReport } from '../../lib/engine/profit/profit-report';
import { applyWhatIf } from '../../lib/engine/profit/what-if';
import { toCsv } from '../../lib/engine/tables/csv-export';
import { formatDay, parseIsoDay, type OrdersTable } from '../../lib/engine/tables/orders-table';
import { countTickets } from '../../lib/engine/profit/count-tickets';
import type { TicketsTable } from '../../lib/engine/tables/tickets-table';
import { importTickets, IngestError, sniffTickets } from '../../lib/ingest/index';
import { loadAttributesFile, loadOrdersFile, openChunks, readFileHead } from '../load';
import { terminalSafe, terminalSafeField } from '../terminal-safe';

const usage =
	'usage: npm run sieve -- roi ORDERS --by pattern|rfm|persona|abc [--attributes CUSTOMERS] ' +
	'[--cost-per-order X] [--cost-per-return X] [--cost-per-ticket X] [--cost-per-effort-point X] ' +
	'[--tickets TICKETS] [--margin PCT | --margins FILE] [--goods-from auto|cost|margin] [--marketing group=amount,…] ' +
	'[--what-if kind=factor,…] [--analysis-date YYYY-MM-DD] [--start YYYY-MM-DD] [--k K] [--seed N] [--customers OUT.csv] [--losing OUT.csv] [--json]';

interface RoiArgs {
	file: string;
	by: GroupFamily;
	attributes?: string;
	tickets?: string;
	costs: Partial<
		Pick<ProfitOptions, 'costPerOrder' | 'costPerReturn' | 'costPerTicket' | 'costPerEffortPoint'>
	>;
	margin?: number;
	marginsFile?: string;
	goodsFrom?: GoodsFrom;
	marketing?: string;
	whatIf?: string;
	analysisDay?: number;
	/** First day of the analysed period (--start); lines before it are left out. */
	startDay?: number;
	k?: number;
	seed: number;
	customersOut?: string;
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
	'--attributes',
	'--tickets',
	...Object.keys(COST_OPTIONS),
	'--margin',
	'--margins',
	'--goods-from',
	'--marketing',
	'--what-if',
	'--analysis-date',
	'--start',
	'--k',
	'--seed',
	'--customers',
	'--losing'
];

/** "12.5" → 12.5; "12,5", "£3", "" → NaN (the command line takes plain numbers). */
const plainNumber = (text: string) =>
	/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text.trim()) ? Number(text) : NaN;

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): RoiArgs | string {
	const parsed: Partial<RoiArgs> = { costs: {}, seed: 1, json: false };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const next = args[i + 1];
		if (VALUE_OPTIONS.includes(arg)) {
			if (next === undefined) return `${arg} needs a value`;
			i++;
		}
		if (arg === '--json') parsed.json = true;
		else if (arg === '--by') {
			if (!(GROUP_FAMILIES as readonly string[]).includes(next))
				return `--by must be one of ${GROUP_FAMILIES.join(', ')}, got ${next}`;
			parsed.by = next as GroupFamily;
		} else if (arg === '--attributes') parsed.attributes = next;
		else if (arg === '--tickets') parsed.tickets = next;
		else if (arg in COST_OPTIONS) {
			const value = plainNumber(next);
			if (Number.isNaN(value)) return `${arg} must be a number, got ${next}`;
			parsed.costs![COST_OPTIONS[arg as keyof typeof COST_OPTIONS]] = value;
		} else if (arg === '--margin') {
			parsed.margin = plainNumber(next.replace(/%$/, ''));
			if (Number.isNaN(parsed.margin)) return `--margin must be a percentage (0–100), got ${next}`;
		} else if (arg === '--margins') parsed.marginsFile = next;
		else if (arg === '--goods-from') {
			if (next !== 'auto' && next !== 'cost' && next !== 'margin')
				return `--goods-from must be auto, cost or margin, got ${next}`;
			parsed.goodsFrom = next;
		} else if (arg === '--marketing') parsed.marketing = next;
		else if (arg === '--what-if') parsed.whatIf = next;
		else if (arg === '--start') {
			parsed.startDay = parseIsoDay(next);
			if (Number.isNaN(parsed.startDay)) return `--start: not a YYYY-MM-DD date: ${next}`;
		} else if (arg === '--analysis-date') {
			parsed.analysisDay = parseIsoDay(next);
			if (Number.isNaN(parsed.analysisDay))
				return `--analysis-date: not a YYYY-MM-DD date: ${next}`;
		} else if (arg === '--k') {
			parsed.k = Number(next);
			if (!Number.isInteger(parsed.k) || parsed.k < 2 || parsed.k > 20)
				return `--k must be a whole number from 2 to 20, got ${next}`;
		} else if (arg === '--seed') {
			parsed.seed = Number(next);
			if (!Number.isInteger(parsed.seed)) return `--seed must be a whole number, got ${next}`;
		} else if (arg === '--customers') parsed.customersOut = next;
		else if (arg === '--losing') parsed.losingOut = next;
		else if (arg.startsWith('--')) return `unknown option ${arg}`;
		else if (parsed.file === undefined) parsed.file = arg;
		else return `unexpected argument ${arg}`;
	}
	if (parsed.file === undefined) return 'ORDERS is required';
	if (parsed.by === undefined) return `--by is required (${GROUP_FAMILIES.join(', ')})`;
	if (parsed.margin !== undefined && parsed.marginsFile !== undefined)
		return 'use --margin PCT or --margins FILE, not both';
	if ((parsed.k !== undefined || args.includes('--seed')) && parsed.by !== 'persona')
		return '--k and --seed only apply with --by persona';
	return parsed as RoiArgs;
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

/** The grouping of `--by`: personas through the personas family's own pipeline. */
function groupFor(
	by: GroupFamily,
	orders: OrdersTable,
	customers: CustomerTable,
	k: number | undefined,
	seed: number
): CustomerGrouping {
	if (by !== 'persona') return groupCustomers(customers, by);
	const features = personaFeatures(customers);
	const clusters = clusterCustomers(features, { k, seed });
	const cards = describePersonas(customers, clusters.assignments, clusters.k, {
		features,
		categoryNames: orders.category?.values ?? null,
		channelNames: orders.channel?.values ?? null
	});
	const labels = cards.sort((a, b) => a.index - b.index).map((card) => card.name);
	return groupingFromAssignments('persona', labels, clusters.assignments, customers.count);
}

/** The tickets file read as the page reads it: roles detected from the headers. */
async function loadTickets(path: string, orders: OrdersTable): Promise<TicketsTable> {
	const { head, isComplete } = await readFileHead(path);
	const sniff = sniffTickets(head, isComplete);
	const { chunks } = await openChunks(path);
	const { table } = await importTickets(chunks, sniff.mapping, {
		encoding: sniff.encoding,
		delimiter: sniff.delimiter,
		customerIds: orders.customer.values
	});
	return table;
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
	let options: ProfitOptions;
	try {
		options = withProfitDefaults({
			...parsed.costs,
			goodsFrom: parsed.goodsFrom ?? 'auto',
			marginPercent: parsed.margin ?? null,
			categoryMargins: parsed.marginsFile
				? parseCategoryMargins(await readFile(parsed.marginsFile, 'utf8'))
				: {},
			marketingPerCustomer: parsed.marketing ? parseMarketing(parsed.marketing) : {},
			multipliers: { ...withProfitDefaults().multipliers, ...parseWhatIf(parsed.whatIf ?? '') }
		});
	} catch (error) {
		if (error instanceof ProfitOptionsError) {
			console.error(`sieve roi: ${terminalSafe(error.message)}\n${usage}`);
			return 2;
		}
		if ((error as { code?: string }).code === 'ENOENT') {
			console.error(`sieve roi: --margins: no such file: ${parsed.marginsFile}`);
			return 1;
		}
		throw error;
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
		if (customers.count === 0) {
			console.error('sieve roi: no customer with an order in this file');
			return 1;
		}
		if (parsed.by === 'persona' && customers.count < 2) {
			console.error('sieve roi: personas need at least 2 customers with an order');
			return 1;
		}
		const grouping = groupFor(parsed.by, orders, customers, parsed.k, parsed.seed);
		let tickets: Int32Array | null = null;
		if (parsed.tickets) {
			const counted = countTickets(await loadTickets(parsed.tickets, orders), customers);
			tickets = counted.counts;
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
		const profit = computeProfit({ orders, customers, grouping, tickets }, options);
		const report = buildProfitReport({
			ids: customers.ids,
			profit,
			grouping,
			options,
			losingLimit: 100
		});

		const columns = applyWhatIf(profit, options.multipliers);
		for (const [path, onlyLosing] of [
			[parsed.customersOut, false],
			[parsed.losingOut, true]
		] as const) {
			if (!path) continue;
			const rows = profitCustomerRows({ customers, profit, columns, grouping, onlyLosing });
			await writeFile(path, toCsv(rows), 'utf8');
			console.error(`sieve roi: wrote ${rows.length - 1} customers to ${path}`);
		}
		for (const warning of report.warnings)
			console.error(`warning: ${terminalSafe(warning.message)}`);

		if (parsed.json) {
			const { whale, ...rest } = report;
			const result = {
				file: parsed.file,
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
	} catch (error) {
		if (error instanceof ProfitOptionsError) {
			console.error(`sieve roi: ${terminalSafe(error.message)}\n${usage}`);
			return 2;
		}
		if (error instanceof IngestError) {
			console.error(`sieve roi: ${terminalSafe(error.message)}`);
			return 1;
		}
		throw error;
	}
}
