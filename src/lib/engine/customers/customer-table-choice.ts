/**
 * The customer-table choice: which customer table every view analyses (the dataset-wide settings
 * section `dataset`). Plain JSON, so it travels in links, project files and `--settings` files;
 * parsed here into `CustomerTableOptions` with messages that name the field at fault.
 */
import {
	formatDay,
	parseIsoDay,
	type AttributesTable,
	type OrdersTable
} from '../tables/orders-table';
import { buildCustomerTable } from './customer-table';
import type { CustomerTable, CustomerTableOptions, ValueBasis } from './types';

export interface CustomerTableChoice {
	/** Value = net revenue, or net profit when the data has costs (else revenue). Default revenue. */
	basis: ValueBasis;
	/** `YYYY-MM-DD`: recency is measured from it and lines on or after it are left out. Default
	 * null = the day after the last date in the data. */
	analysisDate: string | null;
	/** `YYYY-MM-DD`: lines before it are left out (recency still counts from the analysis date).
	 * Default null = from the first line. */
	startDate: string | null;
}

export const DEFAULT_CUSTOMER_TABLE_CHOICE: CustomerTableChoice = {
	basis: 'revenue',
	analysisDate: null,
	startDate: null
};

/** A choice the data cannot satisfy, or a malformed one; `field` names the setting at fault. */
export class CustomerTableChoiceError extends RangeError {
	constructor(
		message: string,
		readonly field: keyof CustomerTableChoice | null
	) {
		super(message);
		this.name = 'CustomerTableChoiceError';
	}
}

function parseDay(value: unknown, field: 'analysisDate' | 'startDate'): number | undefined {
	if (value === null || value === undefined || value === '') return undefined;
	const day = typeof value === 'string' ? parseIsoDay(value) : NaN;
	if (!Number.isFinite(day)) {
		throw new CustomerTableChoiceError(
			`${field}: “${String(value)}” is not a date (expected YYYY-MM-DD).`,
			field
		);
	}
	return day;
}

/** The engine's options for a choice; throws CustomerTableChoiceError naming the field. */
export function parseCustomerTableChoice(
	choice: Partial<CustomerTableChoice>
): CustomerTableOptions {
	const basis = choice.basis ?? 'revenue';
	if (basis !== 'revenue' && basis !== 'profit') {
		throw new CustomerTableChoiceError(
			`basis: “${String(basis)}” is not a value basis (expected revenue or profit).`,
			'basis'
		);
	}
	const analysisDay = parseDay(choice.analysisDate, 'analysisDate');
	const startDay = parseDay(choice.startDate, 'startDate');
	if (analysisDay !== undefined && startDay !== undefined && startDay >= analysisDay) {
		throw new CustomerTableChoiceError(
			`startDate: ${choice.startDate} is not before the analysis date ${choice.analysisDate}.`,
			'startDate'
		);
	}
	return { valueBasis: basis, analysisDay, startDay };
}

/** The key of a choice: equal keys give the same customer table of the same dataset. */
export function customerTableKey(choice: Partial<CustomerTableChoice>): string {
	return [choice.basis ?? 'revenue', choice.analysisDate ?? '', choice.startDate ?? ''].join('|');
}

/**
 * The customer table a choice asks for. Throws CustomerTableChoiceError for a malformed choice or
 * when no customer has an order in the chosen period (an empty table answers nothing).
 */
export function buildChosenCustomerTable(
	orders: OrdersTable,
	attributes: AttributesTable | null,
	choice: Partial<CustomerTableChoice>
): CustomerTable {
	const options = parseCustomerTableChoice(choice);
	const customers = buildCustomerTable(orders, options, attributes);
	if (customers.count === 0) {
		const period =
			options.startDay !== undefined
				? `from ${formatDay(options.startDay)} to before ${formatDay(customers.analysisDay)}`
				: `before ${formatDay(customers.analysisDay)}`;
		throw new CustomerTableChoiceError(
			options.analysisDay !== undefined || options.startDay !== undefined
				? `No customer has an order ${period}. Choose another analysis date or start date.`
				: 'This dataset has no customer with an order (every order id is a return).',
			options.startDay !== undefined
				? 'startDate'
				: options.analysisDay !== undefined
					? 'analysisDate'
					: null
		);
	}
	return customers;
}
