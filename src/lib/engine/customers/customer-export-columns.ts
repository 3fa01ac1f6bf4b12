/**
 * The columns every customer export begins with, under the same names in every family, so a
 * campaign tool reads any of Sieve's lists the same way. Family-specific columns follow them.
 *
 * `CUSTOMER_EXPORT_COLUMNS`, in order (a column is left out when the data cannot give it):
 * customer_id · name · email (when the customers file has them, see `findContactColumns`) ·
 * orders · net_revenue · net_profit (when cost is known) · currency (when the data's currency is
 * known: every amount of the row is in it) · first_order · last_order (ISO dates) · recency_days.
 * Money is written to cents (`csvMoney`), shares to 4 decimals (`csvShare`).
 */
import { csvDate, csvMoney, type CsvCell } from '../tables/csv-export';
import type { AttributesTable } from '../tables/orders-table';
import { joinAttributes } from './attribute-join';
import type { CustomerAttributeColumn, CustomerTable } from './types';

/** The shared leading columns of every customer export, in order. */
export const CUSTOMER_EXPORT_COLUMNS = [
	'customer_id',
	'name',
	'email',
	'orders',
	'net_revenue',
	'net_profit',
	'currency',
	'first_order',
	'last_order',
	'recency_days'
] as const;

/** Names for the same thing when a family writes it after the shared columns. */
export const EXPORT_COLUMN = {
	customerId: 'customer_id',
	name: 'name',
	email: 'email',
	orders: 'orders',
	netRevenue: 'net_revenue',
	netProfit: 'net_profit',
	currency: 'currency',
	firstOrder: 'first_order',
	lastOrder: 'last_order',
	recencyDays: 'recency_days',
	tenureDays: 'tenure_days',
	averageOrderValue: 'average_order_value',
	discountShare: 'discount_share',
	segment: 'segment'
} as const;

/** Header → the whole name, compared lower-case with everything but letters and digits removed. */
const NAME_HEADERS = new Set([
	'name',
	'fullname',
	'customername',
	'clientname',
	'contactname',
	'companyname',
	'accountname'
]);
const FIRST_NAME_HEADERS = new Set(['firstname', 'givenname', 'forename']);
const LAST_NAME_HEADERS = new Set(['lastname', 'surname', 'familyname']);
const EMAIL_HEADERS = new Set(['email', 'emailaddress', 'mail', 'customeremail', 'contactemail']);

const normalise = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

type TextColumn = Extract<CustomerAttributeColumn, { kind: 'categorical' }>;

export interface ContactColumns {
	/** The customer's name per entry ('' when unknown), or null when the file has no name column. */
	name: ((entry: number) => string) | null;
	/** The customer's e-mail address per entry ('' when unknown), or null without one. */
	email: ((entry: number) => string) | null;
}

const textOf = (column: TextColumn) => (entry: number) =>
	column.codes[entry] >= 0 ? (column.values[column.codes[entry]] ?? '').trim() : '';

/**
 * The name and e-mail columns of the customers file, found by header (case, spaces, `_` and `-`
 * ignored; text columns only). Name: the first header among name, full name, customer / client /
 * contact / company / account name; else first name and last name (given name, forename; surname,
 * family name) joined by a space. E-mail: email, e-mail address, mail, customer / contact email;
 * else the first header containing "email".
 */
export function findContactColumns(attributes: readonly CustomerAttributeColumn[]): ContactColumns {
	const text = attributes.filter((c): c is TextColumn => c.kind === 'categorical');
	const byHeader = (headers: Set<string>) => text.find((c) => headers.has(normalise(c.name)));
	const whole = byHeader(NAME_HEADERS);
	const first = byHeader(FIRST_NAME_HEADERS);
	const last = byHeader(LAST_NAME_HEADERS);
	let name: ContactColumns['name'] = null;
	if (whole) name = textOf(whole);
	else if (first || last) {
		const parts = [first, last].filter((c): c is TextColumn => c !== undefined).map(textOf);
		name = (entry) =>
			parts
				.map((part) => part(entry))
				.filter((part) => part !== '')
				.join(' ');
	}
	const email =
		byHeader(EMAIL_HEADERS) ?? text.find((c) => normalise(c.name).includes('email')) ?? null;
	return { name, email: email ? textOf(email) : null };
}

/** A block of export columns: the header cells, and the cells of one entry. */
export interface ExportColumns {
	header: string[];
	cells(entry: number): CsvCell[];
}

function contactBlock(contacts: ContactColumns): ExportColumns {
	const { name, email } = contacts;
	return {
		header: [...(name ? ['name'] : []), ...(email ? ['email'] : [])],
		cells: (entry) => [...(name ? [name(entry)] : []), ...(email ? [email(entry)] : [])]
	};
}

/**
 * The currency column of an export's rows: its header and cell when the data's currency is known
 * (an ISO 4217 code such as `EUR`, or a symbol such as `Rs` when no code is), none for plain
 * numbers — so a spreadsheet knows what its amounts are in.
 */
export function currencyColumn(currency: string): ExportColumns {
	const known = currency.trim() !== '';
	return {
		header: known ? ['currency'] : [],
		cells: () => (known ? [currency.trim()] : [])
	};
}

/**
 * The shared leading columns for the entries of a customer table (`CUSTOMER_EXPORT_COLUMNS`):
 * id, name and e-mail when known, orders, net revenue and profit to the cent, the currency when
 * known (`currencyColumn`), first and last order as ISO dates, recency in days.
 */
export function customerExportColumns(customers: CustomerTable, currency: string): ExportColumns {
	const contacts = contactBlock(findContactColumns(customers.attributes));
	const money = currencyColumn(currency);
	const { profit } = customers;
	return {
		header: [
			'customer_id',
			...contacts.header,
			'orders',
			'net_revenue',
			...(profit ? ['net_profit'] : []),
			...money.header,
			'first_order',
			'last_order',
			'recency_days'
		],
		cells: (i) => [
			customers.ids[i],
			...contacts.cells(i),
			customers.orders[i],
			csvMoney(customers.netRevenue[i]),
			...(profit ? [csvMoney(profit[i])] : []),
			...money.cells(i),
			csvDate(customers.firstOrderDay[i]),
			csvDate(customers.lastOrderDay[i]),
			customers.recencyDays[i]
		]
	};
}

/** Only the id, name and e-mail columns of a customer table's entries (name/e-mail when known). */
export function customerContactColumns(customers: CustomerTable): ExportColumns {
	const contacts = contactBlock(findContactColumns(customers.attributes));
	return {
		header: ['customer_id', ...contacts.header],
		cells: (i) => [customers.ids[i], ...contacts.cells(i)]
	};
}

/**
 * The id, name and e-mail columns for a list of customer ids with no customer table (the
 * lifetime-value cohort): the customers file joined on the id (`joinAttributes`).
 */
export function idContactColumns(
	ids: readonly string[],
	attributes: AttributesTable | null
): ExportColumns {
	const joined = joinAttributes([...ids], attributes);
	const contacts = contactBlock(findContactColumns(joined.columns));
	return {
		header: ['customer_id', ...contacts.header],
		cells: (i) => [ids[i], ...contacts.cells(i)]
	};
}
