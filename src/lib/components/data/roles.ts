import type { ColumnRole } from '$lib/state/types';

/** The column roles a user can pick in the mapping step, with their labels. */
export const ROLE_LABELS: Record<ColumnRole, string> = {
	customer: 'Customer',
	date: 'Date',
	amount: 'Amount (line revenue)',
	quantity: 'Quantity',
	unitPrice: 'Unit price',
	order: 'Order / invoice',
	product: 'Product',
	category: 'Category',
	discount: 'Discount',
	cost: 'Cost',
	margin: 'Margin',
	channel: 'Channel',
	returnFlag: 'Return marker',
	ignore: '— ignore —'
};

export const ROLE_ORDER = Object.keys(ROLE_LABELS) as ColumnRole[];

/** What the mapping still lacks before an import can run, in words; empty when it is complete. */
export function missingRoles(roles: ColumnRole[]): string[] {
	const has = (role: ColumnRole) => roles.includes(role);
	const missing: string[] = [];
	if (!has('customer')) missing.push('a customer column');
	if (!has('date')) missing.push('a date column');
	if (!has('amount') && !(has('quantity') && has('unitPrice')))
		missing.push('an amount column, or quantity and unit price');
	const doubled = ROLE_ORDER.filter(
		(role) => role !== 'ignore' && roles.filter((r) => r === role).length > 1
	);
	for (const role of doubled) missing.push(`only one ${ROLE_LABELS[role].toLowerCase()} column`);
	return missing;
}
