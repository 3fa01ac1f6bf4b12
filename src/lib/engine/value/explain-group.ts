/**
 * "What sets them apart": a group of customers (the top N, or the A class) against everyone
 * else, as the page and the CLI show it — over-represented categories, products and attribute
 * values with their lift, and medians of behaviour side by side.
 */
import type { CustomerTable } from '../customers/customer-table';
import { distinguishGroup, type DistinguishResult } from '../customers/distinguish';
import type { OrdersTable } from '../tables/orders-table';

/** One over- or under-represented trait of a group: share in the group, in the rest, and lift. */
export interface LiftRow {
	label: string;
	shareInGroup: number;
	shareInRest: number;
	lift: number;
}

/** A behaviour median of the group and of the rest, with how to format it. */
export interface BehaviourComparison {
	label: string;
	/** The behaviour feature's key (`distinguish.ts`), for the interface's languages; null for a
	 * numeric attribute of the customers file (its label is the column's name). */
	feature: string | null;
	group: number;
	rest: number;
	format: 'money' | 'integer' | 'decimal' | 'share' | 'days';
}

export interface GroupProfile {
	groupLabel: string;
	groupSize: number;
	restSize: number;
	categories: LiftRow[];
	products: LiftRow[];
	attributes: LiftRow[];
	behaviour: BehaviourComparison[];
	/** Why a part is missing ("needs a category column"). */
	notes: string[];
}

const FORMAT_OF: Record<string, BehaviourComparison['format']> = {
	value: 'money',
	orders: 'decimal',
	averageOrderValue: 'money',
	averageUnitPrice: 'money',
	recencyDays: 'days',
	tenureDays: 'days',
	meanGapDays: 'days',
	returnedValue: 'money',
	discountShare: 'share',
	categoryCount: 'decimal',
	categoryConcentration: 'share',
	seasonality: 'share'
};

function toProfile(result: DistinguishResult, groupLabel: string): GroupProfile {
	const lift = (items: DistinguishResult['products']) =>
		(items ?? []).map((item) => ({
			label: item.label,
			shareInGroup: item.groupShare,
			shareInRest: item.restShare,
			lift: item.lift
		}));
	const notes: string[] = [];
	if (result.categories === null) notes.push('Categories: the orders file has no category column.');
	if (result.products === null) notes.push('Products: the orders file has no product column.');
	return {
		groupLabel,
		groupSize: result.groupSize,
		restSize: result.restSize,
		categories: lift(result.categories),
		products: lift(result.products),
		attributes: result.attributeValues.map((item) => ({
			label: `${item.attribute}: ${item.label}`,
			shareInGroup: item.groupShare,
			shareInRest: item.restShare,
			lift: item.lift
		})),
		behaviour: [
			...result.behaviour.map((row) => ({
				label: row.label,
				feature: row.feature,
				group: row.groupMedian,
				rest: row.restMedian,
				format: FORMAT_OF[row.feature] ?? 'decimal'
			})),
			...result.numericAttributes.map((row) => ({
				label: row.label,
				feature: null,
				group: row.groupMedian,
				rest: row.restMedian,
				format: 'decimal' as const
			}))
		],
		notes
	};
}

/**
 * The profile of the customers with `groupMask[i] = 1` against the rest; when the group holds
 * everyone, an empty profile with a note (there is no one to compare with).
 */
export function explainGroup(
	customers: CustomerTable,
	orders: OrdersTable,
	groupMask: Uint8Array,
	groupLabel: string
): GroupProfile {
	if (groupMask.some((inGroup) => inGroup === 0)) {
		return toProfile(distinguishGroup(customers, orders, groupMask), groupLabel);
	}
	return {
		groupLabel,
		groupSize: customers.count,
		restSize: 0,
		categories: [],
		products: [],
		attributes: [],
		behaviour: [],
		notes: [
			'The group holds every customer: there is no one to compare it with. Choose a smaller N.'
		]
	};
}
