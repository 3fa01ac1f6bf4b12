/**
 * The mapping step's one-line summary of what an import will count, from the sniff's column
 * profiles and preview and the mapping being edited: how many sampled rows have each required
 * value, how returns are handled, and which of a preset's order-level rules apply.
 */
import type { ColumnMapping, ColumnRole, SniffOutput } from '$lib/state/types';

const DATE_ORDERS: Record<ColumnMapping['dateOrder'], string> = {
	ymd: 'year first',
	dmy: 'day first',
	mdy: 'month first'
};

const integer = (n: number) => n.toLocaleString('en');

/**
 * Rows of the preview with a customer when a preset fills order-level fields down: an empty
 * customer takes the one of the order's first row (consecutive rows with the same order id).
 */
export function customersFilledDown(rows: string[][], customer: number, order: number): number {
	let count = 0;
	let lastOrder: string | null = null;
	let lastCustomer = '';
	for (const row of rows) {
		const id = order >= 0 ? (row[order] ?? '').trim() : '';
		let value = (row[customer] ?? '').trim();
		if (value === '' && order >= 0 && id !== '' && id === lastOrder) value = lastCustomer;
		if (id !== lastOrder || value !== '') lastCustomer = value;
		lastOrder = id;
		if (value !== '') count++;
	}
	return count;
}

/** What each sampled required value looks like, as a clause: `4,980 of 5,000 sampled rows …`. */
function sampleClause(sniff: SniffOutput, mapping: ColumnMapping): string | null {
	const { roles } = mapping;
	const column = (role: ColumnRole) => roles.indexOf(role);
	const sampled = sniff.columns[0]?.sampled ?? 0;
	if (sampled === 0) return null;
	const parts: string[] = [];
	const date = column('date');
	if (date >= 0) {
		const profile = sniff.columns[date];
		parts.push(
			mapping.excelSerialDates
				? `${integer(profile.numbers)} have an Excel serial date`
				: `${integer(profile.dates)} have a date that parses (${DATE_ORDERS[mapping.dateOrder]})`
		);
	}
	const amount = column('amount');
	const quantity = column('quantity');
	const price = column('unitPrice');
	if (amount >= 0)
		parts.push(`${integer(sniff.columns[amount].numbers)} have an amount that parses`);
	else if (quantity >= 0 && price >= 0) {
		parts.push(
			`${integer(sniff.columns[quantity].numbers)} have a quantity and ${integer(sniff.columns[price].numbers)} a unit price that parse`
		);
	}
	const customer = column('customer');
	let customers: string | null = null;
	if (customer >= 0) {
		if (mapping.preset?.fillDown) {
			const rows = sniff.preview;
			const found = customersFilledDown(rows, customer, column('order'));
			customers = `${integer(found)} of the first ${integer(rows.length)} rows have a customer, taken from the first row of their order`;
		} else {
			parts.push(`${integer(sniff.columns[customer].nonEmpty)} have a customer`);
		}
	}
	const clauses: string[] = [];
	if (parts.length > 0) clauses.push(`Of ${integer(sampled)} sampled rows, ${parts.join(', ')}`);
	if (customers) clauses.push(customers);
	if (clauses.length === 0) return null;
	return `${clauses.join('; ')}. A row missing one is rejected, with its reason.`;
}

function returnsClause(mapping: ColumnMapping): string {
	const marks = ['negative amounts'];
	if (mapping.returnPrefix.trim()) marks.push(`order ids starting with “${mapping.returnPrefix}”`);
	if (mapping.roles.includes('returnFlag')) marks.push('the return marker column');
	if (mapping.preset && mapping.preset.cancelled >= 0) marks.push('cancelled orders');
	const how =
		mapping.returns === 'net'
			? 'netted against their customer'
			: 'left out (you chose to ignore them)';
	return `Returns (${marks.join(', ')}) are ${how}.`;
}

/** The preset's order-level rules that apply, in words; [] when the mapping has none. */
export function presetRuleWords(mapping: ColumnMapping): string[] {
	const preset = mapping.preset;
	if (!preset) return [];
	const words: string[] = [];
	if (preset.lineDiscount >= 0) words.push('line discounts subtracted');
	const spread = [
		preset.orderDiscount >= 0 ? 'order discounts' : '',
		preset.orderRefund >= 0 ? 'refunds' : ''
	].filter(Boolean);
	if (spread.length > 0) words.push(`${spread.join(' and ')} spread over each order’s lines`);
	if (preset.cancelled >= 0) words.push('cancelled orders returned in full');
	if (preset.status >= 0 && preset.notSaleStatuses.length > 0)
		words.push(`statuses ${preset.notSaleStatuses.join(', ')} rejected as not a sale`);
	if (preset.fillDown) words.push('order fields filled down from each order’s first row');
	return words;
}

/** The whole summary, one sentence per part. */
export function countingSummary(sniff: SniffOutput, mapping: ColumnMapping): string {
	const rules = presetRuleWords(mapping);
	return [
		sampleClause(sniff, mapping),
		returnsClause(mapping),
		rules.length > 0 ? `Order rules: ${rules.join('; ')}.` : null
	]
		.filter((part): part is string => part !== null)
		.join(' ');
}
