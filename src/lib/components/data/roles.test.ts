import { describe, expect, it } from 'vitest';
import { checkMapping } from '$lib/ingest/import-orders';
import type { ColumnMapping, ColumnRole } from '$lib/ingest/types';
import { missingRoles, ROLE_ORDER } from './roles';

const mapping = (roles: ColumnRole[]): ColumnMapping => ({
	roles,
	dateOrder: 'dmy',
	returnPrefix: '',
	returns: 'net'
});

describe('the mapping step’s roles', () => {
	it('lists each of the 14 roles of an orders column once, the required ones first, ignore last', () => {
		expect(new Set(ROLE_ORDER).size).toBe(14);
		expect(ROLE_ORDER).toHaveLength(14);
		expect(ROLE_ORDER.slice(0, 3)).toEqual(['customer', 'date', 'amount']);
		expect(ROLE_ORDER.at(-1)).toBe('ignore');
	});

	it('asks for one column only for exactly the roles the import refuses twice', () => {
		for (const role of ROLE_ORDER) {
			const roles: ColumnRole[] = ['customer', 'date', 'amount', role, role];
			const refused = (() => {
				try {
					checkMapping(mapping(roles));
					return false;
				} catch {
					return true;
				}
			})();
			expect(missingRoles(roles).length > 0, role).toBe(refused);
			expect(refused, role).toBe(role !== 'ignore');
		}
	});

	it('says nothing is missing for a customer, a date and a quantity × unit price', () => {
		expect(missingRoles(['customer', 'date', 'quantity', 'unitPrice', 'ignore', 'ignore'])).toEqual(
			[]
		);
	});
});
