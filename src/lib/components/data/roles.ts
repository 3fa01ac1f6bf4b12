import { MAPPABLE_ROLES, type ColumnRole } from '$lib/state/types';
import { m } from '../../i18n';

/** The column roles a user can pick in the mapping step, in the order the select lists them (labels: `m.data.roles`). */
export const ROLE_ORDER: ColumnRole[] = [...MAPPABLE_ROLES, 'ignore'];

/** What the mapping still lacks before an import can run, in words; empty when it is complete. */
export function missingRoles(roles: ColumnRole[]): string[] {
	const has = (role: ColumnRole) => roles.includes(role);
	const words = m.data.missing;
	const missing: string[] = [];
	if (!has('customer')) missing.push(words.customer);
	if (!has('date')) missing.push(words.date);
	if (!has('amount') && !(has('quantity') && has('unitPrice'))) missing.push(words.amount);
	const doubled = MAPPABLE_ROLES.filter((role) => roles.filter((r) => r === role).length > 1);
	for (const role of doubled) missing.push(words.onlyOne(role));
	return missing;
}
