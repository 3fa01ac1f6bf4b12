/**
 * One customer's detail for the Value view: rank and class, every feature of the customer table
 * in words, and their orders with lines per order.
 */
import { formatDay, type OrdersTable } from '../tables/orders-table';
import type { ValueComputation } from './compute-value';

export interface CustomerDetail {
	id: string;
	features: { label: string; value: string }[];
	orders: { orderId: string; day: number; amount: number; lines: number }[];
}

/** One customer's features and orders (with lines per order), for the detail dialog. */
export function explainCustomer(
	computation: ValueComputation,
	table: OrdersTable,
	customerId: string
): CustomerDetail {
	const { customers, pareto } = computation;
	const index = customers.ids.indexOf(customerId);
	if (index < 0) throw new RangeError(`No customer “${customerId}” in the customer table.`);
	const code = customers.customerCode[index];
	const linesPerOrder = new Map<number, number>();
	const { customer, order } = table;
	for (let line = 0; line < table.rowCount; line++) {
		if (customer.codes[line] === code) {
			const orderCode = order.codes[line];
			linesPerOrder.set(orderCode, (linesPerOrder.get(orderCode) ?? 0) + 1);
		}
	}
	const orders: CustomerDetail['orders'] = [];
	for (let k = customers.orderStart[index]; k < customers.orderStart[index + 1]; k++) {
		orders.push({
			orderId: order.values[customers.orderCode[k]],
			day: customers.orderDay[k],
			amount: customers.orderValue[k],
			lines: linesPerOrder.get(customers.orderCode[k]) ?? 0
		});
	}
	const rank = pareto.order.indexOf(index) + 1;
	const money = (v: number) =>
		Number.isFinite(v)
			? v.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
			: '—';
	const share = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(0)}%` : '—');
	const number = (v: number) =>
		Number.isFinite(v) ? v.toLocaleString('en-GB', { maximumFractionDigits: 2 }) : '—';
	const features: CustomerDetail['features'] = [
		{
			label: 'Rank by value',
			value: `${rank.toLocaleString('en-GB')} of ${customers.count.toLocaleString('en-GB')} (class ${'ABC'[pareto.abc[index]]})`
		},
		{ label: 'Net revenue', value: money(customers.netRevenue[index]) },
		{
			label: 'Net profit',
			value: customers.profit ? money(customers.profit[index]) : 'needs a cost column'
		},
		{ label: 'Returned value', value: money(customers.returnedValue[index]) },
		{ label: 'Orders', value: number(customers.orders[index]) },
		{ label: 'Lines', value: number(customers.lines[index]) },
		{
			label: 'Units',
			value: customers.units ? number(customers.units[index]) : 'needs a quantity column'
		},
		{ label: 'Average order value', value: money(customers.averageOrderValue[index]) },
		{
			label: 'Average unit price',
			value: customers.averageUnitPrice
				? money(customers.averageUnitPrice[index])
				: 'needs a quantity column'
		},
		{ label: 'First order', value: formatDay(customers.firstOrderDay[index]) },
		{ label: 'Last order', value: formatDay(customers.lastOrderDay[index]) },
		{ label: 'Recency', value: `${customers.recencyDays[index]} days` },
		{ label: 'Tenure', value: `${customers.tenureDays[index]} days` },
		{
			label: 'Mean gap between orders',
			value: Number.isFinite(customers.meanGapDays[index])
				? `${number(customers.meanGapDays[index])} days`
				: 'one order only'
		},
		{ label: 'Gap variation (CV)', value: number(customers.gapCv[index]) },
		{
			label: 'Discounted orders',
			value: customers.discountShare
				? share(customers.discountShare[index])
				: 'needs a discount column'
		},
		{
			label: 'Categories bought',
			value: customers.categoryCount
				? number(customers.categoryCount[index])
				: 'needs a category column'
		},
		{
			label: 'Top category',
			value:
				customers.topCategory && table.category
					? (table.category.values[customers.topCategory[index]] ?? '—') +
						(customers.categoryConcentration
							? ` (${share(customers.categoryConcentration[index])} of spend)`
							: '')
					: 'needs a category column'
		},
		{
			label: 'Main channel',
			value:
				customers.topChannel && table.channel
					? (table.channel.values[customers.topChannel[index]] ?? '—')
					: 'needs a channel column'
		},
		{
			label: 'Orders in top month',
			value: `${share(customers.seasonality[index])} (month ${customers.topMonth[index]})`
		}
	];
	for (const column of customers.attributes) {
		features.push({
			label: column.name,
			value:
				column.kind === 'numeric'
					? number(column.values[index])
					: (column.values[column.codes[index]] ?? '—')
		});
	}
	return { id: customerId, features, orders };
}
