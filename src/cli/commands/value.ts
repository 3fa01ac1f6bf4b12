/**
 * `npm run sieve -- value FILE [--top N] [--basis revenue|profit] [--attributes FILE]
 * [--analysis-date YYYY-MM-DD] [--json]`: the most valuable customers (DOMAIN.md family 1) —
 * Pareto figures, Gini, ABC classes and the top-N list.
 */
import { buildCustomerTable, type ValueBasis } from '../../lib/engine/customers/customer-table';
import { formatDay, parseIsoDay } from '../../lib/engine/tables/orders-table';
import { computePareto } from '../../lib/engine/value/pareto';
import { topCustomers } from '../../lib/engine/value/top-customers';
import { IngestError } from '../../lib/ingest/index';
import { loadAttributesFile, loadOrdersFile } from '../load';

const usage =
	'usage: npm run sieve -- value FILE [--top N] [--basis revenue|profit] [--attributes FILE] ' +
	'[--analysis-date YYYY-MM-DD] [--json]';

interface ValueArgs {
	file: string;
	top: number;
	basis: ValueBasis;
	attributes?: string;
	analysisDay?: number;
	json: boolean;
}

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): ValueArgs | string {
	const parsed: Partial<ValueArgs> = { top: 200, basis: 'revenue', json: false };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const next = args[i + 1];
		const needsValue = ['--top', '--basis', '--attributes', '--analysis-date'].includes(arg);
		if (needsValue && next === undefined) return `${arg} needs a value`;
		if (arg === '--json') parsed.json = true;
		else if (arg === '--top') {
			parsed.top = Number(next);
			i++;
			if (!Number.isInteger(parsed.top) || parsed.top < 0) {
				return `--top must be a whole number ≥ 0, got ${next}`;
			}
		} else if (arg === '--basis') {
			if (next !== 'revenue' && next !== 'profit')
				return `--basis must be revenue or profit, got ${next}`;
			parsed.basis = next;
			i++;
		} else if (arg === '--attributes') {
			parsed.attributes = next;
			i++;
		} else if (arg === '--analysis-date') {
			parsed.analysisDay = parseIsoDay(next);
			i++;
			if (Number.isNaN(parsed.analysisDay))
				return `--analysis-date: not a YYYY-MM-DD date: ${next}`;
		} else if (arg.startsWith('--')) return `unknown option ${arg}`;
		else if (parsed.file === undefined) parsed.file = arg;
		else return `unexpected argument ${arg}`;
	}
	if (parsed.file === undefined) return 'FILE is required';
	return parsed as ValueArgs;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const money = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 2 });

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve value: ${parsed}\n${usage}`);
		return 2;
	}
	try {
		const { table: orders } = await loadOrdersFile(parsed.file);
		const attributes = parsed.attributes
			? (await loadAttributesFile(parsed.attributes)).table
			: null;
		const customers = buildCustomerTable(
			orders,
			{ analysisDay: parsed.analysisDay, valueBasis: parsed.basis },
			attributes
		);
		if (parsed.basis === 'profit' && customers.valueBasis !== 'profit') {
			console.error('sieve value: --basis profit needs a cost or margin column in the orders file');
			return 1;
		}
		const pareto = computePareto(customers, { basis: customers.valueBasis });
		const top = topCustomers(customers, pareto, { n: parsed.top });
		let netRevenue = 0;
		for (let i = 0; i < customers.count; i++) netRevenue += customers.netRevenue[i];

		if (parsed.json) {
			const result = {
				file: parsed.file,
				analysisDate: formatDay(customers.analysisDay),
				valueBasis: pareto.basis,
				customers: customers.count,
				returnsOnlyCustomers: customers.returnsOnlyCustomers,
				netRevenue,
				valueTotal: pareto.total,
				topCount: pareto.topCount,
				topShare: pareto.topShare,
				countFor80: pareto.countFor80,
				shareFor80: pareto.shareFor80,
				gini: pareto.gini,
				abc: pareto.abcSummary,
				top: top.map(({ index: _index, ...row }) => row),
				topIds: top.map((row) => row.id)
			};
			console.log(JSON.stringify(result, null, 2));
			return 0;
		}
		const basis = pareto.basis === 'profit' ? 'profit' : 'net revenue';
		const lines = [
			`${parsed.file} — analysis date ${formatDay(customers.analysisDay)}, value = ${basis}`,
			`customers              ${customers.count} (plus ${customers.returnsOnlyCustomers} with returns only)`,
			`total value            ${money(pareto.total)}`,
			`top 20% bring          ${percent(pareto.topShare)} (${pareto.topCount} customers)`,
			`80% of value from      ${percent(pareto.shareFor80)} of customers (${pareto.countFor80})`,
			`Gini                   ${pareto.gini.toFixed(4)}`,
			...(['A', 'B', 'C'] as const).map(
				(cls) =>
					`class ${cls}                ${pareto.abcSummary[cls].count} customers, ${percent(pareto.abcSummary[cls].valueShare)} of value`
			),
			'',
			`top ${top.length}: rank  customer  value  orders  AOV  unit price  recency (days)  repeat rate`,
			...top.map(
				(row) =>
					`${String(row.rank).padStart(4)}  ${row.id}  ${money(row.value)}  ${row.orders}  ` +
					`${money(row.averageOrderValue)}  ${Number.isNaN(row.averageUnitPrice) ? '–' : money(row.averageUnitPrice)}  ` +
					`${row.recencyDays}  ${percent(row.repeatRate)}`
			)
		];
		console.log(lines.join('\n'));
		return 0;
	} catch (error) {
		if (error instanceof IngestError) {
			console.error(`sieve value: ${error.message}`);
			return 1;
		}
		throw error;
	}
}
