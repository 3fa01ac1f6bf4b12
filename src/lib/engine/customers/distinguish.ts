/**
 * "What sets them apart" (family 1): a group of customers (the top N, the A class, a segment)
 * against everyone else — what they buy more often, which attribute values they share, and how
 * their behaviour differs, as medians side by side.
 */
import { countingSort, type CustomerTable } from './customer-table';
import type { DictColumn, OrdersTable } from '../tables/orders-table';
import { median } from '../tables/quantile';

export interface DistinguishOptions {
	/** Most rows per list (categories, products, attribute values); default 20. */
	limit?: number;
	/** An item or value must concern at least this many group customers; default
	 * max(2, 5% of the group). */
	minGroupCustomers?: number;
}

export interface OverRepresentedItem {
	label: string;
	/** Group customers who bought it (categories, products) or have it (attribute values). */
	groupCustomers: number;
	/** groupCustomers ÷ group size. */
	groupShare: number;
	/** The same share among the rest. */
	restShare: number;
	/** groupShare ÷ restShare (Infinity when no one in the rest has it). */
	lift: number;
}

export interface AttributeValueDifference extends OverRepresentedItem {
	attribute: string;
}

export interface MedianComparison {
	feature: string;
	label: string;
	groupMedian: number;
	restMedian: number;
}

export interface DistinguishResult {
	groupSize: number;
	restSize: number;
	/** Categories bought (a line with a positive amount) more often by the group; null without a
	 * category column. Sorted by lift, then group share. */
	categories: OverRepresentedItem[] | null;
	products: OverRepresentedItem[] | null;
	/** Values of categorical attributes over-represented in the group. */
	attributeValues: AttributeValueDifference[];
	/** Medians of numeric attributes, group vs rest. */
	numericAttributes: MedianComparison[];
	/** Medians of behaviour features, group vs rest. */
	behaviour: MedianComparison[];
}

function rankItems<T extends OverRepresentedItem>(items: T[], limit: number): T[] {
	return items
		.filter((item) => item.lift > 1)
		.sort((a, b) => b.lift - a.lift || b.groupShare - a.groupShare || (a.label < b.label ? -1 : 1))
		.slice(0, limit);
}

function itemShares(
	dictionary: DictColumn,
	orders: OrdersTable,
	linesByCustomer: Int32Array,
	customers: CustomerTable,
	groupMask: Uint8Array,
	groupSize: number,
	restSize: number,
	minGroupCustomers: number,
	limit: number
): OverRepresentedItem[] {
	const size = dictionary.values.length;
	const lastCustomer = new Int32Array(size).fill(-1);
	const inGroup = new Int32Array(size);
	const inRest = new Int32Array(size);
	for (let j = 0; j < linesByCustomer.length; j++) {
		const line = linesByCustomer[j];
		const i = customers.indexByCode[orders.customer.codes[line]];
		if (i < 0 || !(orders.amount[line] > 0) || orders.day[line] >= customers.analysisDay) continue;
		const item = dictionary.codes[line];
		if (item < 0 || lastCustomer[item] === i) continue;
		lastCustomer[item] = i;
		if (groupMask[i] === 1) inGroup[item]++;
		else inRest[item]++;
	}
	const items: OverRepresentedItem[] = [];
	for (let item = 0; item < size; item++) {
		if (inGroup[item] < minGroupCustomers) continue;
		const groupShare = inGroup[item] / groupSize;
		const restShare = restSize > 0 ? inRest[item] / restSize : NaN;
		items.push({
			label: dictionary.values[item],
			groupCustomers: inGroup[item],
			groupShare,
			restShare,
			lift: groupShare / restShare
		});
	}
	return rankItems(items, limit);
}

/**
 * Compares the customers with `groupMask[i] === 1` to the rest of the customer table. Throws when
 * the mask length differs from the table or the group is empty.
 */
export function distinguishGroup(
	customers: CustomerTable,
	orders: OrdersTable,
	groupMask: Uint8Array,
	options: DistinguishOptions = {}
): DistinguishResult {
	const n = customers.count;
	if (groupMask.length !== n) {
		throw new RangeError(`distinguishGroup: mask has ${groupMask.length} entries, table has ${n}`);
	}
	let groupSize = 0;
	for (let i = 0; i < n; i++) if (groupMask[i] === 1) groupSize++;
	if (groupSize === 0) throw new RangeError('distinguishGroup: the group is empty');
	const restSize = n - groupSize;
	const limit = options.limit ?? 20;
	const minGroupCustomers = options.minGroupCustomers ?? Math.max(2, Math.ceil(0.05 * groupSize));

	const linesByCustomer =
		orders.category || orders.product
			? countingSort(null, orders.customer.codes, orders.customer.values.length)
			: null;
	const shares = (dictionary: DictColumn | null) =>
		dictionary && linesByCustomer
			? itemShares(
					dictionary,
					orders,
					linesByCustomer,
					customers,
					groupMask,
					groupSize,
					restSize,
					minGroupCustomers,
					limit
				)
			: null;

	const attributeValues: AttributeValueDifference[] = [];
	const numericAttributes: MedianComparison[] = [];
	for (const column of customers.attributes) {
		if (column.kind === 'numeric') {
			numericAttributes.push({
				feature: column.name,
				label: column.name,
				groupMedian: median(column.values, groupMask, 1),
				restMedian: median(column.values, groupMask, 0)
			});
			continue;
		}
		const inGroup = new Int32Array(column.values.length);
		const inRest = new Int32Array(column.values.length);
		for (let i = 0; i < n; i++) {
			const code = column.codes[i];
			if (code < 0) continue;
			if (groupMask[i] === 1) inGroup[code]++;
			else inRest[code]++;
		}
		const items: AttributeValueDifference[] = [];
		column.values.forEach((label, code) => {
			if (inGroup[code] < minGroupCustomers) return;
			const groupShare = inGroup[code] / groupSize;
			const restShare = restSize > 0 ? inRest[code] / restSize : NaN;
			items.push({
				attribute: column.name,
				label,
				groupCustomers: inGroup[code],
				groupShare,
				restShare,
				lift: groupShare / restShare
			});
		});
		attributeValues.push(...items);
	}

	const features: [string, string, ArrayLike<number> | null][] = [
		['value', 'Value', customers.value],
		['orders', 'Orders', customers.orders],
		['averageOrderValue', 'Average order value', customers.averageOrderValue],
		['averageUnitPrice', 'Average unit price', customers.averageUnitPrice],
		['recencyDays', 'Days since last order', customers.recencyDays],
		['tenureDays', 'Days since first order', customers.tenureDays],
		['meanGapDays', 'Days between orders', customers.meanGapDays],
		['returnedValue', 'Returned value', customers.returnedValue],
		['discountShare', 'Share of discounted orders', customers.discountShare],
		['categoryCount', 'Categories bought', customers.categoryCount],
		['categoryConcentration', 'Share of spend in top category', customers.categoryConcentration],
		['seasonality', 'Share of orders in top month', customers.seasonality]
	];
	const behaviour = features
		.filter((feature): feature is [string, string, ArrayLike<number>] => feature[2] !== null)
		.map(([feature, label, values]) => ({
			feature,
			label,
			groupMedian: median(values, groupMask, 1),
			restMedian: median(values, groupMask, 0)
		}));

	return {
		groupSize,
		restSize,
		categories: shares(orders.category),
		products: shares(orders.product),
		attributeValues: rankItems(attributeValues, limit),
		numericAttributes,
		behaviour
	};
}
