/**
 * The mapping step's one-line summary of what an import will count, from the sniff's column
 * profiles and preview and the mapping being edited: how many sampled rows have each required
 * value, how returns are handled, and which of a preset's order-level rules apply.
 */
import type { ColumnMapping, ColumnRole, SniffOutput } from '$lib/state/types';
import { m } from '../../i18n';

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
	const words = m.data.counting;
	const column = (role: ColumnRole) => roles.indexOf(role);
	const sampled = sniff.columns[0]?.sampled ?? 0;
	if (sampled === 0) return null;
	const parts: string[] = [];
	const date = column('date');
	if (date >= 0) {
		const profile = sniff.columns[date];
		parts.push(
			mapping.excelSerialDates
				? words.excelDates(profile.numbers)
				: words.dates(profile.dates, words.dateOrders[mapping.dateOrder])
		);
	}
	const amount = column('amount');
	const quantity = column('quantity');
	const price = column('unitPrice');
	if (amount >= 0) parts.push(words.amounts(sniff.columns[amount].numbers));
	else if (quantity >= 0 && price >= 0) {
		parts.push(words.quantityPrice(sniff.columns[quantity].numbers, sniff.columns[price].numbers));
	}
	const customer = column('customer');
	let customers: string | null = null;
	if (customer >= 0) {
		if (mapping.preset?.fillDown) {
			const rows = sniff.preview;
			const found = customersFilledDown(rows, customer, column('order'));
			customers = words.customersFilled(found, rows.length);
		} else {
			parts.push(words.customers(sniff.columns[customer].nonEmpty));
		}
	}
	const clauses: string[] = [];
	if (parts.length > 0) clauses.push(words.sampled(sampled, parts));
	if (customers) clauses.push(customers);
	if (clauses.length === 0) return null;
	return words.clauses(clauses);
}

function returnsClause(mapping: ColumnMapping): string {
	const words = m.data.counting;
	const marks = [words.negative];
	if (mapping.returnPrefix.trim()) marks.push(words.prefix(mapping.returnPrefix));
	if (mapping.roles.includes('returnFlag')) marks.push(words.flag);
	if (mapping.preset && mapping.preset.cancelled >= 0) marks.push(words.cancelledOrders);
	return words.returns(marks, mapping.returns === 'net');
}

/** The preset's order-level rules that apply, in words; [] when the mapping has none. */
export function presetRuleWords(mapping: ColumnMapping): string[] {
	const preset = mapping.preset;
	if (!preset) return [];
	const text = m.data.counting;
	const words: string[] = [];
	if (preset.lineDiscount >= 0) words.push(text.lineDiscount);
	const spread = [
		preset.orderDiscount >= 0 ? text.orderDiscounts : '',
		preset.orderRefund >= 0 ? text.refunds : ''
	].filter(Boolean);
	if (spread.length > 0) words.push(text.spread(spread));
	if (preset.cancelled >= 0) words.push(text.cancelled);
	if (preset.status >= 0 && preset.notSaleStatuses.length > 0)
		words.push(text.statuses(preset.notSaleStatuses));
	if (preset.fillDown) words.push(text.fillDown);
	return words;
}

/** The whole summary, one sentence per part. */
export function countingSummary(sniff: SniffOutput, mapping: ColumnMapping): string {
	const rules = presetRuleWords(mapping);
	return [
		sampleClause(sniff, mapping),
		returnsClause(mapping),
		rules.length > 0 ? m.data.counting.orderRules(rules) : null
	]
		.filter((part): part is string => part !== null)
		.join(' ');
}
