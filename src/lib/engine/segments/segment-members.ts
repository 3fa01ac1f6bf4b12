/**
 * The customers behind a Segments figure (issue 20): one segment, one behaviour tag or some R × F
 * cells, resolved to entries of the customer table for the shared customer list
 * (`customers/customer-list.ts`); `export-segments.ts` writes the same groups' campaign CSV.
 */
import {
	listCustomers,
	membersOfMask,
	type CustomerListPage,
	type CustomerListQuery
} from '../customers/customer-list';
import type { BehaviourTagSlug } from './behaviour-tags';
import type { SegmentsComputation } from './compute-segments';

/** A group of the Segments view: a segment (slug, 'others' included), a tag, or R × F cells. */
export type SegmentGroup =
	| { kind: 'segment'; slug: string }
	| { kind: 'tag'; slug: BehaviourTagSlug }
	| { kind: 'cells'; cells: [number, number][] };

/** 1 per customer entry whose (R, F) is one of `cells`; cells outside 1…bins are ignored. */
export function cellsMask(
	computation: Pick<SegmentsComputation, 'customers' | 'rfm'>,
	cells: readonly [number, number][]
): Uint8Array {
	const { customers, rfm } = computation;
	const side = rfm.bins + 1;
	const picked = new Uint8Array(side * side);
	for (const [r, f] of cells) {
		if (r >= 1 && r <= rfm.bins && f >= 1 && f <= rfm.bins) picked[r * side + f] = 1;
	}
	const mask = new Uint8Array(customers.count);
	for (let i = 0; i < customers.count; i++) {
		mask[i] = picked[rfm.recency[i] * side + rfm.frequency[i]];
	}
	return mask;
}

/**
 * 1 per customer entry in the group. Throws a RangeError for an unknown segment slug or tag, or a
 * tag the data cannot give (its reason, e.g. "needs a discount column").
 */
export function segmentGroupMask(
	computation: SegmentsComputation,
	group: SegmentGroup
): Uint8Array {
	const { customers, assignment, tags } = computation;
	if (group.kind === 'cells') return cellsMask(computation, group.cells);
	if (group.kind === 'tag') {
		const tag = tags.find((t) => t.slug === group.slug);
		if (!tag) throw new RangeError(`No behaviour tag "${group.slug}".`);
		if (!tag.mask)
			throw new RangeError(`The tag "${tag.name}" ${tag.unavailable ?? 'is unavailable'}.`);
		return tag.mask;
	}
	const k = assignment.slugs.indexOf(group.slug);
	if (k < 0) throw new RangeError(`No segment with slug "${group.slug}".`);
	const mask = new Uint8Array(customers.count);
	for (let i = 0; i < customers.count; i++) mask[i] = assignment.segment[i] === k ? 1 : 0;
	return mask;
}

/** One page of the group's customers (`listCustomers`). */
export function listSegmentGroup(
	computation: SegmentsComputation,
	group: SegmentGroup,
	query: CustomerListQuery
): CustomerListPage {
	return listCustomers(
		computation.customers,
		membersOfMask(segmentGroupMask(computation, group)),
		query
	);
}
