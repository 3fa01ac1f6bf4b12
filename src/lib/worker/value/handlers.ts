/**
 * The Value view's requests (family 1): the customer table, Pareto figures, ABC classes, the
 * top-N list, what sets a group apart, one customer's detail, and the top-N CSV. Results are
 * shaped for the page here, so the UI never needs the engine's full tables.
 */
import { buildCustomerTable, type CustomerTable } from '../../engine/customers/customer-table';
import { toCsv } from '../../engine/tables/csv-export';
import { distinguishGroup, type DistinguishResult } from '../../engine/customers/distinguish';
import { formatDay, parseIsoDay } from '../../engine/tables/orders-table';
import { computePareto, type ParetoResult } from '../../engine/value/pareto';
import { topCustomers, topCustomersMask } from '../../engine/value/top-customers';
import type { OpenDataset } from '../handlers';
import type {
	BehaviourComparison,
	CustomerDetail,
	GroupProfile,
	ValueOptions,
	ValueOutput
} from '../protocol';

export interface ValueComputation {
	customers: CustomerTable;
	pareto: ParetoResult;
}

/** The customer table and Pareto result for a dataset and options, computed once per key. */
export class ValueCache {
	#key = '';
	#value: ValueComputation | null = null;

	get(dataset: OpenDataset, options: ValueOptions): ValueComputation {
		const key = `${dataset.summary.id}|${options.basis}|${options.analysisDate ?? ''}`;
		if (this.#value && this.#key === key) return this.#value;
		const analysisDay = options.analysisDate ? parseIsoDay(options.analysisDate) : undefined;
		if (analysisDay !== undefined && !Number.isFinite(analysisDay)) {
			throw new RangeError(`“${options.analysisDate}” is not a date (expected YYYY-MM-DD).`);
		}
		const customers = buildCustomerTable(
			dataset.orders,
			{ analysisDay, valueBasis: options.basis },
			dataset.attributes
		);
		if (customers.count === 0) {
			throw new RangeError(
				analysisDay !== undefined
					? `No customer has an order before ${options.analysisDate}. Choose a later analysis date.`
					: 'This dataset has no customer with an order (every order id sums to zero or less).'
			);
		}
		const pareto = computePareto(customers, { basis: customers.valueBasis });
		this.#key = key;
		this.#value = { customers, pareto };
		return this.#value;
	}
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
				group: row.groupMedian,
				rest: row.restMedian,
				format: FORMAT_OF[row.feature] ?? 'decimal'
			})),
			...result.numericAttributes.map((row) => ({
				label: row.label,
				group: row.groupMedian,
				rest: row.restMedian,
				format: 'decimal' as const
			}))
		],
		notes
	};
}

/** The Value view's figures, chart points, top-N rows and group profile. */
export function analyseValue(
	dataset: OpenDataset,
	options: ValueOptions,
	cache: ValueCache
): ValueOutput {
	const { customers, pareto } = cache.get(dataset, options);
	const top = topCustomers(customers, pareto, { n: options.topN });
	const groupMask =
		options.group === 'A'
			? pareto.abc.map((c) => (c === 0 ? 1 : 0))
			: topCustomersMask(pareto, options.topN);
	const groupLabel =
		options.group === 'A'
			? 'the A class'
			: `the top ${Math.min(options.topN, customers.count).toLocaleString('en-GB')}`;
	const hasRest = groupMask.some((inGroup) => inGroup === 0);
	const profile: GroupProfile = hasRest
		? toProfile(distinguishGroup(customers, dataset.orders, groupMask), groupLabel)
		: {
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

	// The engine's curve starts at rank 0 (the origin); the chart draws the origin itself.
	const from = pareto.curve.rank[0] === 0 ? 1 : 0;
	const rank = pareto.curve.rank.slice(from);
	const classes = ['A', 'B', 'C'] as const;
	return {
		options: { ...options, basis: customers.valueBasis },
		profitAvailable: customers.profit !== null,
		analysisDate: formatDay(customers.analysisDay),
		customers: customers.count,
		returnsOnlyCustomers: customers.returnsOnlyCustomers,
		netRevenue: customers.netRevenue.reduce((sum, v) => sum + v, 0),
		totalValue: pareto.total,
		topShare: pareto.topShare,
		shareFor80: pareto.shareFor80,
		gini: pareto.gini,
		abc: classes.map((name) => ({
			name,
			customers: pareto.abcSummary[name].count,
			value: pareto.abcSummary[name].value,
			customerShare: pareto.abcSummary[name].count / customers.count,
			valueShare: pareto.abcSummary[name].valueShare
		})),
		curve: {
			rank,
			customerShare: pareto.curve.customerShare.slice(from),
			valueShare: pareto.curve.valueShare.slice(from),
			ids: Array.from(rank, (r) => customers.ids[pareto.order[r - 1]])
		},
		top: top.map((row) => ({
			rank: row.rank,
			id: row.id,
			value: row.value,
			orders: row.orders,
			averageOrderValue: row.averageOrderValue,
			averageUnitPrice: row.averageUnitPrice,
			recencyDays: row.recencyDays,
			repeatRate: row.repeatRate
		})),
		profile
	};
}

/** The top-N list as a spreadsheet-safe CSV. */
export function exportTopCustomers(
	dataset: OpenDataset,
	options: ValueOptions,
	cache: ValueCache
): { fileName: string; csv: string } {
	const { customers, pareto } = cache.get(dataset, options);
	const rows = topCustomers(customers, pareto, { n: options.topN });
	const csv = toCsv([
		[
			'rank',
			'customer_id',
			customers.valueBasis === 'profit' ? 'net_profit' : 'net_revenue',
			'orders',
			'average_order_value',
			'average_unit_price',
			'recency_days',
			'repeat_rate',
			'abc_class'
		],
		...rows.map((row) => [
			row.rank,
			row.id,
			round(row.value),
			row.orders,
			round(row.averageOrderValue),
			round(row.averageUnitPrice),
			row.recencyDays,
			round(row.repeatRate, 4),
			row.abc
		])
	]);
	const safeName = dataset.summary.name.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60);
	return { fileName: `${safeName}-top-${rows.length}.csv`, csv };
}

function round(value: number, digits = 2): number {
	const scale = 10 ** digits;
	return Number.isFinite(value) ? Math.round(value * scale) / scale : NaN;
}

/** One customer's features and orders (with lines per order), for the detail dialog. */
export function describeCustomer(
	dataset: OpenDataset,
	customerId: string,
	options: ValueOptions,
	cache: ValueCache
): CustomerDetail {
	const { customers, pareto } = cache.get(dataset, options);
	const index = customers.ids.indexOf(customerId);
	if (index < 0) throw new RangeError(`No customer “${customerId}” in the customer table.`);
	const code = customers.customerCode[index];
	const linesPerOrder = new Map<number, number>();
	const { customer, order } = dataset.orders;
	for (let line = 0; line < dataset.orders.rowCount; line++) {
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
				customers.topCategory && dataset.orders.category
					? (dataset.orders.category.values[customers.topCategory[index]] ?? '—') +
						(customers.categoryConcentration
							? ` (${share(customers.categoryConcentration[index])} of spend)`
							: '')
					: 'needs a category column'
		},
		{
			label: 'Main channel',
			value:
				customers.topChannel && dataset.orders.channel
					? (dataset.orders.channel.values[customers.topChannel[index]] ?? '—')
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
