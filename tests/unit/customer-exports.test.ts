/**
 * Issue 20, item 3: every customer export is campaign-ready. The demo business (orders, its
 * customers file with `name` and `email`, tickets) is read as a user's would be; each family's
 * export is produced through the same session or export function the worker and the CLI call,
 * and read back with papaparse: the shared columns of `customers/customer-export-columns.ts`
 * under the same names, money with at most 2 decimals, dates ISO, no formula cell, a UTF-8 BOM.
 */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	analyseLoyalty,
	interviewListFile,
	loyaltyCellFile
} from '../../src/lib/engine/loyalty/analyse-loyalty';
import { AccountsMemo, reviewPlanCsvFile } from '../../src/lib/engine/accounts/accounts-session';
import { ClvMemo, clvCustomersFile } from '../../src/lib/engine/clv/clv-session';
import { joinedClvOptions } from '../../src/lib/engine/clv/clv-options';
import { CUSTOMER_EXPORT_COLUMNS } from '../../src/lib/engine/customers/customer-export-columns';
import {
	buildChosenCustomerTable,
	DEFAULT_CUSTOMER_TABLE_CHOICE
} from '../../src/lib/engine/customers/customer-table-choice';
import type { CustomerTable } from '../../src/lib/engine/customers/customer-table';
import { groupingFromAssignments } from '../../src/lib/engine/customers/group-by';
import { MovementMemo, movementCellFile } from '../../src/lib/engine/movement/movement-session';
import { computePersonas } from '../../src/lib/engine/personas/compute-personas';
import {
	exportAllPersonaCustomers,
	exportPersonaCustomers
} from '../../src/lib/engine/personas/export-personas';
import { DEFAULT_PERSONA_SETTINGS } from '../../src/lib/engine/personas/personas-options';
import { DEFAULT_PROFIT_OPTIONS } from '../../src/lib/engine/profit/profit-options';
import { ProfitMemo, profitExportFile } from '../../src/lib/engine/profit/profit-session';
import { computeSegments } from '../../src/lib/engine/segments/compute-segments';
import {
	exportSegmentCustomers,
	exportSegmentGroupCsv,
	exportSegmentsCsv
} from '../../src/lib/engine/segments/export-segments';
import { DEFAULT_SEGMENTS_OPTIONS } from '../../src/lib/engine/segments/segments-options';
import { formatDay } from '../../src/lib/engine/tables/orders-table';
import { computeValue } from '../../src/lib/engine/value/compute-value';
import { exportTopCustomers, exportValueCustomers } from '../../src/lib/engine/value/export-value';
import { exportAbcClassCsv } from '../../src/lib/engine/value/abc-members';
import { profitGroupFile } from '../../src/lib/engine/profit/profit-group-members';
import { DEMO_COSTS } from '../../src/lib/ingest/demo/costs';
import { readDemoDataset, type ReadDataset } from '../../src/lib/ingest/read-dataset';

/** Every customer export: its file name (for messages), text, and whether it lists customers. */
interface ExportFile {
	label: string;
	csv: string;
	/** One row per customer (the shared columns lead), or per group (the profit group table). */
	perCustomer: boolean;
	/** Only id, name and e-mail are shared (the lifetime-value cohort and the movement list). */
	contactsOnly?: boolean;
}

/** Columns whose cells are money: written to the cent. */
const MONEY = new Set([
	'net_revenue',
	'net_profit',
	'average_order_value',
	'average_unit_price',
	'value_before',
	'value_after',
	'value_change',
	'goods',
	'order_cost',
	'return_cost',
	'ticket_cost',
	'effort_cost',
	'service',
	'marketing',
	'contribution',
	'largest_cost_amount',
	'to_break_even',
	'revenue',
	'expected_spend',
	'clv'
]);
/** Columns whose cells are ISO dates (or empty). */
const DATES = new Set([
	'first_order',
	'last_order',
	'index_date',
	'window_end',
	'last_review',
	'due_date',
	'scheduled_date'
]);

let dataset: ReadDataset;
let customers: CustomerTable;
const files: ExportFile[] = [];

beforeAll(async () => {
	dataset = await readDemoDataset(1, {
		signal: new AbortController().signal,
		progress: () => {}
	});
	const { orders } = dataset;
	const attributes = dataset.attributes?.table ?? null;
	const tickets = dataset.tickets?.table ?? null;
	const name = dataset.name;
	customers = buildChosenCustomerTable(orders, attributes, DEFAULT_CUSTOMER_TABLE_CHOICE);
	const add = (label: string, csv: string, perCustomer = true, contactsOnly = false) =>
		files.push({ label, csv, perCustomer, contactsOnly });

	const value = computeValue(customers);
	add('value top-N', exportTopCustomers(value, 50, name, CURRENCY).csv);
	add('value --customers', exportValueCustomers(value, name, CURRENCY).csv);
	add('ABC class list', exportAbcClassCsv(value, name, CURRENCY, 'A').csv);

	const segments = computeSegments(customers, DEFAULT_SEGMENTS_OPTIONS);
	add('segment campaign', exportSegmentsCsv(segments, name, CURRENCY, 'champions', null).csv);
	add('R × F selection', exportSegmentsCsv(segments, name, CURRENCY, null, [[5, 5]]).csv);
	add('all segments', exportSegmentsCsv(segments, name, CURRENCY, null, null).csv);
	add('segments --customers', exportSegmentCustomers(segments, CURRENCY).csv);
	const tag = segments.tags.find((t) => t.count > 0);
	if (!tag) throw new Error('no behaviour tag with customers on the demo');
	add(
		'behaviour tag list',
		exportSegmentGroupCsv(segments, name, CURRENCY, { kind: 'tag', slug: tag.slug }).csv
	);

	const { edits: _edits, ...personaOptions } = DEFAULT_PERSONA_SETTINGS;
	const personas = await computePersonas(
		customers,
		{
			categoryNames: orders.category?.values ?? null,
			channelNames: orders.channel?.values ?? null
		},
		{ ...personaOptions, autoK: false, k: 3 }
	);
	add('one persona', exportPersonaCustomers(personas, name, 0, '=Persona one', CURRENCY).csv);
	add('personas --customers', exportAllPersonaCustomers(personas, CURRENCY).csv);

	const grouping = groupingFromAssignments(
		'rfm',
		segments.assignment.slugs,
		segments.assignment.segment,
		customers.count
	);
	const profit = new ProfitMemo().compute(orders, customers, grouping, tickets, {
		...DEFAULT_PROFIT_OPTIONS,
		...DEMO_COSTS
	});
	add('profit customers', profitExportFile(profit, name, CURRENCY, 'rfm', 'customers').csv);
	add('profit loss list', profitExportFile(profit, name, CURRENCY, 'rfm', 'losing').csv);
	add('profit groups', profitExportFile(profit, name, CURRENCY, 'rfm', 'groups').csv, false);
	add('one profit group', profitGroupFile(profit, name, CURRENCY, 'champions').csv);

	const days = orders.day;
	let last = -Infinity;
	for (let i = 0; i < days.length; i++) if (days[i] > last) last = days[i];
	const movement = new MovementMemo().get(orders, attributes, DEFAULT_CUSTOMER_TABLE_CHOICE, {
		from: formatDay(last - 180),
		to: formatDay(last + 1)
	});
	add(
		'movement cell',
		movementCellFile(movement, name, CURRENCY, { from: null, to: null }).csv,
		true,
		true
	);

	const clvMemo = new ClvMemo();
	const fit = await clvMemo.result('demo', orders, joinedClvOptions(null));
	const clv = clvCustomersFile(clvMemo, fit, orders.customer.values, name, CURRENCY, attributes);
	if (!('csv' in clv)) throw new Error(`the demo's lifetime-value fit failed: ${clv.reason}`);
	add('lifetime value ranking', clv.csv, true, true);

	const accounts = new AccountsMemo().get(customers, orders, tickets, {});
	add('review plan', reviewPlanCsvFile(accounts, name, CURRENCY).text);

	const loyalty = analyseLoyalty(customers, tickets, {});
	add('loyalty cell', loyaltyCellFile(loyalty, name, CURRENCY, {}).csv);
	add('interview list', interviewListFile(loyalty, name, CURRENCY).csv);
}, 120_000);

/** The file read back by papaparse (BOM removed), with its header. */
function read(file: ExportFile): { header: string[]; rows: string[][] } {
	const parsed = Papa.parse<string[]>(file.csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
	expect(parsed.errors, file.label).toEqual([]);
	const [header, ...rows] = parsed.data;
	return { header, rows };
}

/** The currency the exports are written with (the demo's amounts name none: chosen, as in the page's settings). */
const CURRENCY = 'GBP';

describe('every customer export on the demo business', () => {
	it('covers the nineteen exports, each with rows', () => {
		expect(files.map((f) => f.label)).toHaveLength(19);
		for (const file of files) expect(read(file).rows.length, file.label).toBeGreaterThan(0);
	});

	it('begins every file with a UTF-8 byte-order mark', () => {
		for (const file of files) expect(file.csv.charCodeAt(0), file.label).toBe(0xfeff);
	});

	it('leads with the shared columns, in the same order and under the same names', () => {
		// The demo has cost (so net_profit) and a customers file with name and email.
		const full = [...CUSTOMER_EXPORT_COLUMNS];
		for (const file of files.filter((f) => f.perCustomer)) {
			const { header } = read(file);
			const shared = file.contactsOnly ? ['customer_id', 'name', 'email'] : full;
			expect(header.slice(0, shared.length), file.label).toEqual(shared);
		}
	});

	it('names the currency on every row of every export, after the money columns', () => {
		for (const file of files) {
			const { header, rows } = read(file);
			const at = header.indexOf('currency');
			// A customer table's exports carry it among the shared columns; the others write it last.
			if (!file.perCustomer || file.contactsOnly) expect(at, file.label).toBe(header.length - 1);
			expect(rows.length, file.label).toBeGreaterThan(0);
			expect(new Set(rows.map((row) => row[at])), file.label).toEqual(new Set([CURRENCY]));
		}
	});

	it('carries each customer’s name and e-mail from the customers file', () => {
		const emailOf = new Map<string, string>();
		const nameOf = new Map<string, string>();
		const attributes = dataset.attributes!.table;
		const column = (header: string) => attributes.columns.find((c) => c.name === header)!;
		const [names, emails] = [column('name'), column('email')];
		if (names.kind !== 'categorical' || emails.kind !== 'categorical') throw new Error('text');
		attributes.customerIds.forEach((id, row) => {
			nameOf.set(id, names.values[names.codes[row]]);
			emailOf.set(id, emails.values[emails.codes[row]]);
		});
		for (const file of files.filter((f) => f.perCustomer)) {
			const { rows } = read(file);
			const wrong = rows.filter(
				(row) => row[1] !== (nameOf.get(row[0]) ?? '') || row[2] !== (emailOf.get(row[0]) ?? '')
			);
			expect(wrong.slice(0, 3), file.label).toEqual([]);
			expect(
				rows.some((row) => /@example\.(com|org|net)$/.test(row[2])),
				file.label
			).toBe(true);
		}
	});

	it('writes money with at most 2 decimals', () => {
		for (const file of files) {
			const { header, rows } = read(file);
			const money = header.map((name, k) => (MONEY.has(name) ? k : -1)).filter((k) => k >= 0);
			expect(money.length, file.label).toBeGreaterThan(0);
			const bad = rows.flatMap((row) =>
				money.map((k) => row[k]).filter((cell) => cell !== '' && !/^-?\d+(\.\d{1,2})?$/.test(cell))
			);
			expect(bad.slice(0, 5), file.label).toEqual([]);
		}
	});

	it('writes no number with more than 4 decimals anywhere', () => {
		for (const file of files) {
			const cells = read(file).rows.flat();
			expect(cells.filter((cell) => /^-?\d+\.\d{5,}$/.test(cell)).slice(0, 5), file.label).toEqual(
				[]
			);
		}
	});

	it('writes dates as ISO YYYY-MM-DD', () => {
		for (const file of files) {
			const { header, rows } = read(file);
			const dates = header.map((name, k) => (DATES.has(name) ? k : -1)).filter((k) => k >= 0);
			const bad = rows.flatMap((row) =>
				dates.map((k) => row[k]).filter((cell) => cell !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(cell))
			);
			expect(bad.slice(0, 5), file.label).toEqual([]);
		}
	});

	it('has no cell a spreadsheet would run as a formula', () => {
		for (const file of files) {
			const formulas = read(file)
				.rows.flat()
				.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell));
			expect(formulas.slice(0, 5), file.label).toEqual([]);
		}
		// The persona name given as `=Persona one` arrives as inert text.
		const persona = read(files.find((f) => f.label === 'one persona')!);
		expect(persona.rows[0][persona.header.indexOf('persona_name')]).toBe("'=Persona one");
	});
});
