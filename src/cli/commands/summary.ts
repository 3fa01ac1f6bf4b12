/**
 * `npm run sieve -- summary FILE [--attributes FILE] [--json] [--date-order dmy|mdy|ymd]
 * [--returns net|ignore] [--sheet NAME] [--currency CODE|none]`: the import figures of an orders
 * file — rows read, lines kept, rejected rows by reason, customers, orders, returns, net revenue,
 * date range, the currency the file names (or the one given) — with the mapping the page would
 * suggest. Bad input: a message on stderr and exit code 1.
 */
import { summariseOrders } from '../../lib/engine/tables/order-totals';
import { formatDay } from '../../lib/engine/tables/orders-table';
import { IngestError } from '../../lib/ingest/index';
import { describeExample } from '../../lib/ingest/rejection-tally';
import type { AttributesReport, ColumnMapping, DateOrder } from '../../lib/ingest/index';
import { currencyFlagError, parseCurrencyFlag } from '../analysis-input';
import { loadAttributesFile, loadOrdersFile } from '../load';
import type { LoadedOrders } from '../load';
import { terminalSafe } from '../terminal-safe';

const USAGE = `usage: npm run sieve -- summary FILE [--attributes FILE] [--json]
                                   [--date-order dmy|mdy|ymd] [--returns net|ignore]
                                   [--sheet NAME]  (the sheet of an .xlsx workbook; default the first)
                                   [--currency CODE|none]  (EUR, GBP, a symbol such as $; default: the one the file names)`;

interface SummaryArgs {
	file: string;
	attributes: string | null;
	json: boolean;
	mapping: Partial<ColumnMapping>;
}

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve summary: ${parsed}\n${USAGE}`);
		return 2;
	}
	try {
		const loaded = await loadOrdersFile(parsed.file, { mapping: parsed.mapping });
		const attributes = parsed.attributes
			? await summariseAttributes(parsed.attributes, loaded)
			: null;
		const summary = toJson(parsed.file, loaded, attributes);
		console.log(
			terminalSafe(parsed.json ? JSON.stringify(summary, null, 2) : toText(summary, loaded))
		);
		return 0;
	} catch (error) {
		if (error instanceof IngestError) {
			console.error(`sieve summary: ${terminalSafe(error.message)}`);
			return 1;
		}
		throw error;
	}
}

function parseArgs(args: string[]): SummaryArgs | string {
	const result: SummaryArgs = { file: '', attributes: null, json: false, mapping: {} };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--json') result.json = true;
		else if (arg === '--attributes') {
			const value = args[++i];
			if (!value) return '--attributes needs a file';
			result.attributes = value;
		} else if (arg === '--date-order') {
			const value = args[++i];
			if (value !== 'dmy' && value !== 'mdy' && value !== 'ymd')
				return '--date-order is dmy, mdy or ymd';
			result.mapping.dateOrder = value as DateOrder;
		} else if (arg === '--returns') {
			const value = args[++i];
			if (value !== 'net' && value !== 'ignore') return '--returns is net or ignore';
			result.mapping.returns = value;
		} else if (arg === '--sheet') {
			const value = args[++i];
			if (!value) return '--sheet needs the name of a sheet of the workbook';
			result.mapping.sheet = value;
		} else if (arg === '--currency') {
			const value = args[++i];
			const currency = parseCurrencyFlag(value);
			if (currency === null) return currencyFlagError(value);
			result.mapping.currency = currency;
		} else if (arg.startsWith('--')) return `unknown option ${arg}`;
		else if (result.file) return `one orders file only (got ${result.file} and ${arg})`;
		else result.file = arg;
	}
	return result.file ? result : 'no orders file given';
}

/** Where the summary's currency came from, in words. */
function currencySourceText(loaded: LoadedOrders): string {
	const guess = loaded.sniff.currency;
	if (loaded.mapping.currency !== (guess?.currency ?? undefined)) return 'as given';
	if (!guess) return '';
	if (guess.source === 'values') return `written with the values of “${guess.column}”`;
	if (guess.source === 'header') return `named in the header “${guess.column}”`;
	return `the “${guess.column}” column`;
}

interface AttributesSummary {
	file: string;
	rows: number;
	customers: number;
	duplicates: number;
	customerColumn: string;
	numericColumns: string[];
	categoricalColumns: string[];
	rejected: Record<string, number>;
	/** Attribute rows whose id is a customer of the customer table. */
	matched: number;
	/** Attribute rows whose id has no order in the orders file. */
	unmatched: number;
	/** Customers of the customer table without an attribute row. */
	customersWithoutAttributes: number;
	warnings: string[];
}

async function summariseAttributes(path: string, loaded: LoadedOrders): Promise<AttributesSummary> {
	const { table, report } = await loadAttributesFile(path);
	const { customerHasOrder } = summariseOrders(loaded.table);
	const customers = new Set(
		loaded.table.customer.values.filter((_, code) => customerHasOrder[code] === 1)
	);
	const matched = table.customerIds.filter((id) => customers.has(id)).length;
	return {
		file: path,
		rows: report.rowsRead,
		customers: report.customers,
		duplicates: report.duplicates,
		customerColumn: report.customerColumn,
		numericColumns: report.numericColumns,
		categoricalColumns: report.categoricalColumns,
		rejected: rejectedCounts(report.rejected),
		matched,
		unmatched: report.customers - matched,
		customersWithoutAttributes: customers.size - matched,
		warnings: report.warnings
	};
}

function rejectedCounts(rejected: AttributesReport['rejected']): Record<string, number> {
	return Object.fromEntries(rejected.map((r) => [r.reason, r.count]));
}

function toJson(file: string, loaded: LoadedOrders, attributes: AttributesSummary | null) {
	const { report, sniff, mapping } = loaded;
	return {
		file,
		gzip: loaded.gzip,
		encoding: report.encoding,
		delimiter: report.delimiter,
		/** The export format recognised from the header (`shopify-orders` …), or null. */
		preset: sniff.preset?.id ?? null,
		mapping: {
			columns: Object.fromEntries(sniff.header.map((name, i) => [name, mapping.roles[i]])),
			/** Why each mapped column got its role (ignored columns left out). */
			reasons: Object.fromEntries(
				sniff.columns
					.filter((column) => column.reason !== '')
					.map((column) => [column.name, column.reason])
			),
			/** Whether the preset's order-level rules (discounts, refunds, cancellations) apply. */
			presetRules: mapping.preset !== undefined,
			dateOrder: mapping.dateOrder,
			returnPrefix: mapping.returnPrefix,
			returns: mapping.returns
		},
		rows: report.rowsRead,
		lines: report.lines,
		rejected: rejectedCounts(report.rejected),
		// `text` as before (the width in words first); `fields` the same as figures.
		rejectedExamples: Object.fromEntries(
			report.rejected.map((r) => [
				r.reason,
				r.examples.map((example) => ({ ...example, text: describeExample(example) }))
			])
		),
		ignoredReturnLines: report.ignoredReturnLines,
		blankLines: report.blankLines,
		customers: report.customers,
		returnsOnlyCustomers: report.returnsOnlyCustomers,
		orders: report.orders,
		returns: report.returns,
		netRevenue: report.netRevenue,
		returnsOnlyRevenue: report.returnsOnlyRevenue,
		firstDate: formatDay(report.firstDay),
		lastDate: formatDay(report.lastDay),
		/** The amounts' currency: an ISO code, a symbol, or null when the file names none. */
		currency: mapping.currency ? mapping.currency : null,
		warnings: [...sniff.warnings, ...report.warnings],
		...(attributes ? { attributes } : {})
	};
}

const integer = (n: number) => n.toLocaleString('en');
const money = (n: number) =>
	n.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function toText(summary: ReturnType<typeof toJson>, loaded: LoadedOrders): string {
	const { report } = loaded;
	const delimiter = summary.delimiter === '\t' ? 'tab' : `“${summary.delimiter}”`;
	const out: string[] = [
		`${summary.file}: ${summary.gzip ? 'gzip, ' : ''}${summary.encoding.toUpperCase()}, delimiter ${delimiter}`,
		...(loaded.sniff.preset ? [`format: ${loaded.sniff.preset.name} — recognised`] : []),
		`columns: ${loaded.sniff.columns
			.filter((column) => column.reason !== '')
			.map((column) => `${column.name} → ${column.role} (${column.reason})`)
			.join('; ')}`,
		`dates: ${loaded.sniff.dateOrderEvidence}${summary.mapping.dateOrder !== loaded.sniff.mapping.dateOrder ? ` Read as ${summary.mapping.dateOrder} as asked.` : ''}`,
		`returns: ${summary.mapping.returns === 'net' ? 'netted' : 'ignored'}${summary.mapping.returnPrefix ? `; order ids starting with “${summary.mapping.returnPrefix}” are returns` : ''}`,
		'',
		row('Rows read', integer(summary.rows)),
		row('Lines kept', integer(summary.lines))
	];
	const rejectedTotal = report.rejected.reduce((sum, r) => sum + r.count, 0);
	out.push(row('Rejected', integer(rejectedTotal)));
	for (const reason of report.rejected) {
		const example = reason.examples[0];
		out.push(
			`  ${reason.label}: ${integer(reason.count)} (e.g. line ${example.line}: ${describeExample(example).slice(0, 80)})`
		);
	}
	if (summary.ignoredReturnLines > 0)
		out.push(row('Returns ignored', integer(summary.ignoredReturnLines)));
	out.push(
		row('Customers', integer(summary.customers)),
		row('Returns only', `${integer(summary.returnsOnlyCustomers)} customers (counted apart)`),
		row('Orders', integer(summary.orders)),
		row('Returns', integer(summary.returns)),
		row(
			'Net revenue',
			`${money(summary.netRevenue)}${summary.currency ? ` ${summary.currency}` : ''}`
		),
		row(
			'Currency',
			summary.currency
				? `${summary.currency} (${currencySourceText(loaded)})`
				: 'none named in the file (plain numbers; --currency CODE to give one)'
		),
		row('Dates', `${summary.firstDate} … ${summary.lastDate}`)
	);
	const attributes = 'attributes' in summary ? summary.attributes : null;
	if (attributes) {
		out.push(
			'',
			`${attributes.file}: ${integer(attributes.customers)} customers (id column “${attributes.customerColumn}”), ` +
				`${integer(attributes.matched)} matched, ${integer(attributes.unmatched)} without orders, ` +
				`${integer(attributes.customersWithoutAttributes)} customers without attributes`,
			`  numeric: ${attributes.numericColumns.join(', ') || '—'}`,
			`  categorical: ${attributes.categoricalColumns.join(', ') || '—'}`
		);
		for (const warning of attributes.warnings) out.push(`  warning: ${warning}`);
	}
	for (const warning of summary.warnings) out.push(`warning: ${warning}`);
	return out.join('\n');
}

function row(label: string, value: string): string {
	return `${label.padEnd(14)}${value}`;
}
