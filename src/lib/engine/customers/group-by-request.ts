/**
 * Groups customers for a family that lets the user choose the grouping (Profit): RFM segments with
 * the Segments view's scoring and rules, purchase patterns, ABC classes, or the Personas view's
 * clustering with the user's persona names. An adapter in `customers/` so that the family using it
 * imports no other family's files. The last grouping and the personas memo are kept.
 */
import { computePersonas, PersonasMemo } from '../personas/compute-personas';
import type { PersonaOptions } from '../personas/personas-options';
import type { SegmentsOptions } from '../segments/segments-options';
import type { OrdersTable } from '../tables/orders-table';
import { LastValue } from '../tables/last-value';
import type { CustomerTable } from './customer-table';
import {
	groupCustomers,
	groupingFromAssignments,
	type CustomerGrouping,
	type GroupFamily
} from './group-by';

export interface GroupingRequest {
	/** The exclusive family the customers are grouped by. */
	by: GroupFamily;
	/** The Segments view's RFM scoring and rules (for `by: 'rfm'`): the same segments it shows. */
	segments: Pick<SegmentsOptions, 'bins' | 'cutPoints' | 'rules'>;
	/** The Personas view's clustering (for `by: 'persona'`) and the user's persona names by key. */
	personas: PersonaOptions;
	personaNames: Record<string, string>;
}

export class CustomerGrouper {
	readonly #personas = new PersonasMemo();
	readonly #groupings = new LastValue<CustomerGrouping>();

	/** The grouping of `customers` (built on `orders`) that `request` asks for. */
	async group(
		orders: OrdersTable,
		customers: CustomerTable,
		request: GroupingRequest
	): Promise<CustomerGrouping> {
		const { by } = request;
		if (by !== 'persona') {
			const key = by === 'rfm' ? JSON.stringify(request.segments) : '';
			return this.#groupings.get([customers, by, key], () =>
				by === 'rfm'
					? groupCustomers(customers, 'rfm', {
							rfm: {
								bins: request.segments.bins,
								cutPoints: Object.fromEntries(
									Object.entries(request.segments.cutPoints).filter(([, cuts]) => cuts !== null)
								)
							},
							rules: request.segments.rules
						})
					: groupCustomers(customers, by)
			);
		}
		// The Personas view's own pipeline: the same personas it shows, with the user's names.
		const computation = await computePersonas(
			customers,
			{
				categoryNames: orders.category?.values ?? null,
				channelNames: orders.channel?.values ?? null
			},
			request.personas,
			this.#personas
		);
		const names = JSON.stringify(request.personaNames);
		return this.#groupings.get([customers, 'persona', computation, names], () => {
			const cards = [...computation.cards].sort((a, b) => a.index - b.index);
			// The user's name where they gave one (shown as written), else the generated name and
			// its parts (worded in the interface's language).
			const given = cards.map(
				(card) =>
					request.personaNames[`${computation.clusteringKey}-${card.index + 1}`]?.trim() || null
			);
			return groupingFromAssignments(
				'persona',
				cards.map((card, p) => given[p] ?? card.name),
				computation.clusters.assignments,
				customers.count,
				cards.map((card, p) => (given[p] === null ? card.nameParts : null))
			);
		});
	}

	/** Lets go of the kept grouping and personas (the customer table was let go). */
	clear(): void {
		this.#groupings.clear();
		this.#personas.clear();
	}
}
