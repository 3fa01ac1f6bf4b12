/**
 * The customer table of `shared/DOMAIN.md` ("Per-customer features"): one entry per customer with
 * at least one order, every feature as a typed array. This file only orchestrates the passes:
 * line sums (`line-sums.ts`), orders by THE rule (`order-grouping.ts`), their rhythm over time
 * (`order-rhythm.ts`), categories (`category-stats.ts`) and the customers file (`attribute-join.ts`).
 */
import type { LineWindow } from '../tables/order-rule';
import type { AttributesTable, OrdersTable } from '../tables/orders-table';
import { joinAttributes } from './attribute-join';
import { computeCategoryStats } from './category-stats';
import { gather, gatherInt, sumLines } from './line-sums';
import { groupOrders } from './order-grouping';
import { measureOrderRhythm } from './order-rhythm';
import type { CustomerTable, CustomerTableOptions, ValueBasis } from './types';

export type {
	CustomerAttributeColumn,
	CustomerTable,
	CustomerTableOptions,
	ValueBasis
} from './types';
export { findAttribute } from './attribute-join';
export { countingSort } from '../tables/counting-sort';

/**
 * Builds the customer table from order lines inside [start day, analysis day) and joins the
 * customers file on the id when given. Orders and returns follow `tables/order-rule.ts`; customers
 * with returns only are counted apart. Throws a RangeError for a day that is not a whole number.
 */
export function buildCustomerTable(
	orders: OrdersTable,
	options: CustomerTableOptions = {},
	attributes: AttributesTable | null = null
): CustomerTable {
	const rowCount = orders.rowCount;
	let lastDataDay = -Infinity;
	for (let i = 0; i < rowCount; i++) if (orders.day[i] > lastDataDay) lastDataDay = orders.day[i];
	const analysisDay = options.analysisDay ?? (rowCount > 0 ? lastDataDay + 1 : 0);
	if (!Number.isInteger(analysisDay)) {
		throw new RangeError(
			`buildCustomerTable: analysisDay must be a whole epoch day, got ${analysisDay}`
		);
	}
	const startDay = options.startDay ?? -Infinity;
	if (startDay !== -Infinity && !Number.isInteger(startDay)) {
		throw new RangeError(`buildCustomerTable: startDay must be a whole epoch day, got ${startDay}`);
	}
	const valueBasis: ValueBasis =
		options.valueBasis === 'profit' && orders.cost ? 'profit' : 'revenue';
	const window: LineWindow = { startDay, endDay: analysisDay };

	const sums = sumLines(orders, window);
	const grouped = groupOrders(orders, window, sums.lines);
	const { count, customerCode } = grouped;
	const rhythm = measureOrderRhythm(
		grouped,
		analysisDay,
		orders.channel ? orders.channel.values.length : null
	);

	const netRevenue = gather(sums.revenue, customerCode);
	const profit = sums.profit ? gather(sums.profit, customerCode) : null;
	const averageOrderValue = new Float64Array(count);
	for (let i = 0; i < count; i++) averageOrderValue[i] = netRevenue[i] / rhythm.orders[i];
	let averageUnitPrice: Float64Array | null = null;
	if (sums.soldAmount && sums.soldUnits) {
		const { soldAmount, soldUnits } = sums;
		averageUnitPrice = new Float64Array(count);
		for (let i = 0; i < count; i++) {
			const c = customerCode[i];
			averageUnitPrice[i] = soldUnits[c] > 0 ? soldAmount[c] / soldUnits[c] : NaN;
		}
	}
	const categories = computeCategoryStats(orders, window, grouped.indexByCode, customerCode);
	const joined = joinAttributes(grouped.ids, attributes);

	return {
		count,
		ids: grouped.ids,
		customerCode,
		indexByCode: grouped.indexByCode,
		analysisDay,
		valueBasis,
		linesAfterAnalysisDay: sums.linesAfterAnalysisDay,
		startDay,
		linesBeforeStartDay: sums.linesBeforeStartDay,
		...rhythm,
		lines: gatherInt(sums.lines, customerCode),
		units: sums.units ? gather(sums.units, customerCode) : null,
		netRevenue,
		returnedValue: gather(sums.returned, customerCode),
		profit,
		value: valueBasis === 'profit' && profit ? profit : netRevenue,
		averageOrderValue,
		averageUnitPrice,
		categoryCount: categories ? categories.count : null,
		categoryConcentration: categories ? categories.concentration : null,
		topCategory: categories ? categories.top : null,
		orderStart: grouped.orderStart,
		orderDay: grouped.orderDay,
		orderValue: grouped.orderValue,
		orderCode: grouped.orderCode,
		attributes: joined.columns,
		unmatchedAttributeIds: joined.unmatched,
		customersWithAttributes: joined.matched,
		returnsOnlyCustomers: grouped.returnsOnlyCustomers
	};
}
