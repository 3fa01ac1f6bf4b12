/**
 * `npm run sieve -- value FILE [--top N] [--group top|A] [shared flags] [--json]`: the most
 * valuable customers (DOMAIN.md family 1) — the engine's Value report (Pareto figures, Gini, ABC
 * classes, the top-N list, what sets the group apart), the same the page shows. `--customers
 * OUT.csv` writes every customer with rank, value and class.
 */
import { writeFile } from 'node:fs/promises';
import { mergeSettings } from '../../lib/engine/customers/settings-file';
import { computeValue } from '../../lib/engine/value/compute-value';
import { exportValueCustomers } from '../../lib/engine/value/export-value';
import {
	DEFAULT_VALUE_OPTIONS,
	validateValueOptions,
	type ValueOptions
} from '../../lib/engine/value/value-options';
import { buildValueReport } from '../../lib/engine/value/value-report';
import {
	loadAnalysisInput,
	reportFailures,
	SHARED_USAGE,
	toJson,
	type SharedFlags
} from '../analysis-input';
import { parseCommandLine } from '../command-line';
import { terminalSafe, terminalSafeField } from '../terminal-safe';

const usage = `usage: npm run sieve -- value FILE [--top N] [--group top|A] ${SHARED_USAGE} [--json]`;

interface ValueArgs {
	file: string;
	top?: number;
	group?: 'top' | 'A';
	flags: SharedFlags;
	json: boolean;
}

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): ValueArgs | string {
	const own: Partial<ValueArgs> = {};
	const line = parseCommandLine(args, {
		valued: ['--top', '--group'],
		take: (option, value) => {
			if (option === '--top') {
				own.top = Number(value);
				if (!Number.isInteger(own.top) || own.top < 0) {
					return `--top must be a whole number ≥ 0, got ${value}`;
				}
			} else if (option === '--group') {
				if (value !== 'top' && value !== 'A') return `--group must be top or A, got ${value}`;
				own.group = value;
			} else return false;
			return true;
		}
	});
	if (typeof line === 'string') return line;
	if (line.file === undefined) return 'FILE is required';
	return { ...own, ...line, file: line.file };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const money = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 2 });

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve value: ${parsed}\n${usage}`);
		return 2;
	}
	return reportFailures('value', async () => {
		const input = await loadAnalysisInput(parsed.file, parsed.flags);
		const options: ValueOptions = mergeSettings({ ...DEFAULT_VALUE_OPTIONS }, input.settings.value);
		if (parsed.top !== undefined) options.topN = parsed.top;
		if (parsed.group !== undefined) options.group = parsed.group;
		validateValueOptions(options);
		const computation = computeValue(input.customers);
		const report = buildValueReport(computation, input.orders, options);

		if (parsed.flags.customers) {
			const { csv, rows } = exportValueCustomers(computation, parsed.file, input.currency ?? '');
			await writeFile(parsed.flags.customers, csv, 'utf8');
			console.error(`sieve value: wrote ${rows} customers to ${parsed.flags.customers}`);
		}
		if (parsed.json) {
			// The curve (one point per customer) is for the chart; the rest is the page's report.
			const { curve: _curve, ...figures } = report;
			console.log(
				terminalSafe(
					toJson({
						file: parsed.file,
						currency: input.currency,
						...figures,
						topIds: report.top.map((r) => r.id)
					})
				)
			);
			return 0;
		}
		const basis = report.valueBasis === 'profit' ? 'profit' : 'net revenue';
		const period = report.startDate ? `from ${report.startDate}, ` : '';
		const lines = [
			`${parsed.file} — ${period}analysis date ${report.analysisDate}, value = ${basis}`,
			`customers              ${report.customers} (plus ${report.returnsOnlyCustomers} with returns only)`,
			`total value            ${money(report.totalValue)}`,
			`top 20% bring          ${percent(report.topShare)} (${report.topCount} customers)`,
			`80% of value from      ${percent(report.shareFor80)} of customers (${report.countFor80})`,
			`Gini                   ${report.gini.toFixed(4)}`,
			...report.abc.map(
				(c) =>
					`class ${c.name}                ${c.customers} customers, ${percent(c.valueShare)} of value`
			),
			'',
			`top ${report.top.length}: rank  customer  value  orders  AOV  unit price  recency (days)  repeat rate`,
			...report.top.map(
				(row) =>
					`${String(row.rank).padStart(4)}  ${terminalSafeField(row.id)}  ${money(row.value)}  ${row.orders}  ` +
					`${money(row.averageOrderValue)}  ${Number.isNaN(row.averageUnitPrice) ? '–' : money(row.averageUnitPrice)}  ` +
					`${row.recencyDays}  ${percent(row.repeatRate)}`
			)
		];
		console.log(terminalSafe(lines.join('\n')));
		return 0;
	});
}
