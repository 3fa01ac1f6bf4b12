/**
 * The customers behind a persona card (issue 20): the persona's entries of the customer table for
 * the shared customer list (`customers/customer-list.ts`), and one customer's persona for the
 * customer detail.
 */
import {
	listCustomers,
	membersWithCode,
	type CustomerListPage,
	type CustomerListQuery
} from '../customers/customer-list';
import type { PersonaComputation } from './compute-personas';
import type { PersonaNameParts } from './name-persona';

/** The entries of persona `persona` (0-based), ascending; throws a RangeError for no such one. */
export function personaMembers(computation: PersonaComputation, persona: number): Uint32Array {
	if (!Number.isInteger(persona) || persona < 0 || persona >= computation.clusters.k) {
		throw new RangeError(`No persona ${persona + 1}: there are ${computation.clusters.k}.`);
	}
	return membersWithCode(computation.clusters.assignments, persona);
}

/** One page of the persona's customers (`listCustomers`). */
export function listPersonaCustomers(
	computation: PersonaComputation,
	persona: number,
	query: CustomerListQuery
): CustomerListPage {
	return listCustomers(computation.customers, personaMembers(computation, persona), query);
}

/** A customer's persona: its 0-based index, its key (for the user's name) and its own name. */
export interface CustomerPersona {
	index: number;
	/** `<clustering key>-<n>`: the key the user's persona names are saved under. */
	key: string;
	name: string;
	/** The generated name's parts (for the interface's languages); null when there is no card. */
	nameParts: PersonaNameParts | null;
}

/** The persona of customer `customerId`, or null when the id is not in the customer table. */
export function personaOfCustomer(
	computation: PersonaComputation,
	customerId: string
): CustomerPersona | null {
	const entry = computation.customers.ids.indexOf(customerId);
	if (entry < 0) return null;
	const index = computation.clusters.assignments[entry];
	const card = computation.cards.find((c) => c.index === index);
	return {
		index,
		key: `${computation.clusteringKey}-${index + 1}`,
		name: card?.name ?? '',
		nameParts: card?.nameParts ?? null
	};
}
