/**
 * Family 6 of `shared/DOMAIN.md`, per customer over the analysed period: goods (the cost column
 * summed, or revenue × (1 − margin %), per category when margins are given per category); service
 * = orders × cost per order + returns × cost per return + tickets × cost per ticket + effort × cost
 * per effort point; marketing = the marketing cost per customer of the customer's group;
 * contribution = net revenue − goods − service − marketing. Columnar: one Float64Array per part.
 */
import { findAttribute, type CustomerTable } from '../customers/customer-table';
import type { CustomerGrouping } from '../customers/group-by';
import type { OrdersTable } from '../tables/orders-table';
import { countReturns } from './count-returns';
import {
	checkProfitOptions,
	EFFORT_RANGE,
	type ProfitOptions,
	type ProfitOptionsIssue
} from './profit-options';

/** The money columns, one entry per customer of the customer table. */
export interface ProfitColumns {
	/** Net revenue (returns included): `customers.netRevenue`. */
	revenue: Float64Array;
	goods: Float64Array;
	/** Service, split into its parts. */
	orderCost: Float64Array;
	returnCost: Float64Array;
	ticketCost: Float64Array;
	effortCost: Float64Array;
	/** orderCost + returnCost + ticketCost + effortCost. */
	service: Float64Array;
	marketing: Float64Array;
	/** revenue − goods − service − marketing. */
	contribution: Float64Array;
}

/** Where goods costs came from: the cost column, margins, or nowhere (goods = 0). */
export type GoodsSource = 'cost' | 'margin' | 'none';

export type ProfitWarningCode =
	| 'no-goods-cost'
	| 'lines-without-cost'
	| 'negative-line-cost'
	| 'categories-without-margin'
	| 'no-effort-attribute'
	| 'effort-not-numeric'
	| 'effort-missing'
	| 'effort-out-of-range'
	| 'no-tickets'
	| 'options';

/** Where the figures are weak: a code, a sentence, how many lines or customers, a few examples. */
export interface ProfitWarning {
	code: ProfitWarningCode;
	message: string;
	count: number;
	/** At most five: customer ids, order ids or category names, as the message says. */
	examples: string[];
}

export interface ProfitResult extends ProfitColumns {
	count: number;
	goodsSource: GoodsSource;
	/** Counts the service costs multiply, per customer entry. */
	orders: Int32Array;
	returns: Int32Array;
	tickets: Int32Array;
	/** Service effort 1–10; 0 where missing or out of range (see the warnings). */
	effort: Float64Array;
	/** Name of the effort attribute used, or null. */
	effortAttribute: string | null;
	/** Marketing cost per customer per group code of the grouping. */
	marketingByGroup: Float64Array;
	/** The options' warnings (unknown categories or groups) and the data's. */
	warnings: ProfitWarning[];
}

export interface ProfitInput {
	orders: OrdersTable;
	customers: CustomerTable;
	grouping: CustomerGrouping;
	/** Tickets per customer entry (0 when absent); null without a tickets file. */
	tickets?: Int32Array | null;
}

const EXAMPLES = 5;

/** Counts of a condition with its first few examples. */
class Tally {
	count = 0;
	examples: string[] = [];
	add(example: () => string): void {
		if (this.count++ < EXAMPLES) this.examples.push(example());
	}
}

function warning(code: ProfitWarningCode, message: string, tally?: Tally): ProfitWarning {
	return { code, message, count: tally?.count ?? 0, examples: tally?.examples ?? [] };
}

const plural = (n: number, word: string) =>
	`${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/**
 * The per-customer profit of DOMAIN.md family 6 with the options' costs as entered (multipliers
 * are applied by `applyWhatIf`). Throws `ProfitOptionsError` for invalid options (negative costs,
 * margins outside 0–100% …), RangeError for tickets or a grouping that do not fit the table.
 */
export function computeProfit(input: ProfitInput, options: ProfitOptions): ProfitResult {
	const { orders, customers, grouping } = input;
	const n = customers.count;
	const optionWarnings = checkProfitOptions(options, {
		hasCostColumn: orders.cost !== null,
		categories: orders.category?.values,
		groupLabels: grouping.labels,
		groupKeys: grouping.keys
	});
	if (grouping.codes.length !== n) {
		throw new RangeError(
			`computeProfit: the grouping has ${grouping.codes.length} customers, the table ${n}`
		);
	}
	const warnings: ProfitWarning[] = optionWarnings.map((issue: ProfitOptionsIssue) =>
		warning('options', issue.message)
	);

	const goods = new Float64Array(n);
	const goodsSource = sumGoods(orders, customers, options, goods, warnings);

	const returns = countReturns(orders, customers);
	const tickets = readTickets(input.tickets ?? null, customers, options, warnings);
	const { effort, name: effortAttribute } = readEffort(customers, options, warnings);
	const marketingByGroup = marketingPerGroup(grouping, options);

	const orderCost = new Float64Array(n);
	const returnCost = new Float64Array(n);
	const ticketCost = new Float64Array(n);
	const effortCost = new Float64Array(n);
	const service = new Float64Array(n);
	const marketing = new Float64Array(n);
	const contribution = new Float64Array(n);
	const revenue = customers.netRevenue;
	const ordersColumn = customers.orders;
	const { costPerOrder, costPerReturn, costPerTicket, costPerEffortPoint } = options;
	for (let i = 0; i < n; i++) {
		orderCost[i] = ordersColumn[i] * costPerOrder;
		returnCost[i] = returns[i] * costPerReturn;
		ticketCost[i] = tickets[i] * costPerTicket;
		effortCost[i] = effort[i] * costPerEffortPoint;
		service[i] = orderCost[i] + returnCost[i] + ticketCost[i] + effortCost[i];
		marketing[i] = marketingByGroup[grouping.codes[i]];
		contribution[i] = revenue[i] - goods[i] - service[i] - marketing[i];
	}
	return {
		count: n,
		goodsSource,
		revenue,
		goods,
		orderCost,
		returnCost,
		ticketCost,
		effortCost,
		service,
		marketing,
		contribution,
		orders: ordersColumn,
		returns,
		tickets,
		effort,
		effortAttribute,
		marketingByGroup,
		warnings
	};
}

/** Marketing per customer for each group code: the option keyed by the group's label, else by its key. */
export function marketingPerGroup(
	grouping: CustomerGrouping,
	options: ProfitOptions
): Float64Array {
	const byGroup = new Float64Array(grouping.labels.length);
	const table = options.marketingPerCustomer ?? {};
	grouping.labels.forEach((label, g) => {
		const amount = table[label] ?? table[grouping.keys[g]];
		byGroup[g] = amount ?? 0;
	});
	return byGroup;
}

/** Goods per customer entry into `goods`; returns the source used and adds its warnings. */
function sumGoods(
	orders: OrdersTable,
	customers: CustomerTable,
	options: ProfitOptions,
	goods: Float64Array,
	warnings: ProfitWarning[]
): GoodsSource {
	const category = orders.category;
	const categoryCount = category ? category.values.length : 0;
	const hasMargins =
		options.marginPercent !== null || Object.keys(options.categoryMargins ?? {}).length > 0;
	const useCost = orders.cost !== null && options.goodsFrom !== 'margin';
	if (!useCost && !hasMargins) {
		const reason =
			options.goodsFrom === 'margin'
				? 'Goods costs are set to come from margins, but no margin is set'
				: 'The orders file has no cost column and no margin is set';
		warnings.push(
			warning(
				'no-goods-cost',
				`${reason}: goods count as 0, so profit equals revenue. Set a margin for a truer picture.`
			)
		);
		return 'none';
	}

	// Margin per category code + 1 (slot 0: lines without a category); NaN where none applies.
	const global = options.marginPercent ?? NaN;
	const margin = new Float64Array(categoryCount + 1).fill(global);
	for (let k = 0; k < categoryCount; k++) {
		const own = options.categoryMargins?.[(category as NonNullable<typeof category>).values[k]];
		if (own !== undefined) margin[k + 1] = own;
	}

	const { day, amount, cost } = orders;
	const customerCodes = orders.customer.codes;
	const categoryCodes = category?.codes ?? null;
	const analysisDay = customers.analysisDay;
	const startDay = customers.startDay;
	const indexByCode = customers.indexByCode;
	const uncovered = new Float64Array(categoryCount + 1);
	const uncoveredLines = new Int32Array(categoryCount + 1);
	const withoutCost = new Tally();
	const negativeCost = new Tally();
	const describeLine = (line: number) =>
		`order ${orders.order.values[orders.order.codes[line]]} (customer ${orders.customer.values[customerCodes[line]]})`;

	for (let line = 0; line < orders.rowCount; line++) {
		// The customer table's window of lines: start day ≤ day < analysis day.
		if (day[line] >= analysisDay || day[line] < startDay) continue;
		const entry = indexByCode[customerCodes[line]];
		if (entry < 0) continue;
		if (useCost) {
			const lineCost = (cost as Float64Array)[line];
			if (lineCost === lineCost) {
				goods[entry] += lineCost;
				if (lineCost < 0 && amount[line] > 0) negativeCost.add(() => describeLine(line));
				continue;
			}
			withoutCost.add(() => describeLine(line));
		}
		const slot = categoryCodes ? categoryCodes[line] + 1 : 0;
		const m = margin[slot];
		if (m === m) goods[entry] += amount[line] * (1 - m / 100);
		else {
			uncovered[slot] += amount[line];
			uncoveredLines[slot]++;
		}
	}

	if (withoutCost.count > 0) {
		const fallback = hasMargins
			? 'their goods cost comes from the margins'
			: 'they count at zero goods cost (set a margin to estimate them)';
		warnings.push(
			warning(
				'lines-without-cost',
				`${plural(withoutCost.count, 'line')} have no readable cost (empty or text in the cost column): ${fallback}. First: ${withoutCost.examples.join('; ')}.`,
				withoutCost
			)
		);
	}
	if (negativeCost.count > 0) {
		warnings.push(
			warning(
				'negative-line-cost',
				`${plural(negativeCost.count, 'sold line')} have a negative cost, which lowers goods costs; check the cost column. First: ${negativeCost.examples.join('; ')}.`,
				negativeCost
			)
		);
	}
	if (hasMargins) {
		const missing = new Tally();
		for (let slot = 0; slot <= categoryCount; slot++) {
			if (uncoveredLines[slot] === 0) continue;
			const name =
				slot === 0 ? '(no category)' : (category as NonNullable<typeof category>).values[slot - 1];
			missing.add(() => name);
		}
		if (missing.count > 0) {
			let lines = 0;
			for (let slot = 0; slot <= categoryCount; slot++) lines += uncoveredLines[slot];
			warnings.push(
				warning(
					'categories-without-margin',
					`${plural(missing.count, 'category')} ${missing.count === 1 ? 'has' : 'have'} no margin (${plural(lines, 'line')}): their goods count as 0. First: ${missing.examples.join(', ')}.`,
					missing
				)
			);
		}
	}
	return useCost ? 'cost' : 'margin';
}

/** Tickets per entry (validated), or zeros with a warning when a ticket cost is set. */
function readTickets(
	tickets: Int32Array | null,
	customers: CustomerTable,
	options: ProfitOptions,
	warnings: ProfitWarning[]
): Int32Array {
	if (!tickets) {
		if (options.costPerTicket > 0) {
			warnings.push(
				warning(
					'no-tickets',
					'A cost per ticket is set, but no tickets are loaded: every customer counts 0 tickets.'
				)
			);
		}
		return new Int32Array(customers.count);
	}
	if (tickets.length !== customers.count) {
		throw new RangeError(
			`computeProfit: ${tickets.length} ticket counts for ${customers.count} customers`
		);
	}
	for (let i = 0; i < tickets.length; i++) {
		if (tickets[i] < 0) {
			throw new RangeError(
				`computeProfit: customer ${customers.ids[i]} has ${tickets[i]} tickets; a count cannot be negative`
			);
		}
	}
	return tickets;
}

/** Effort per entry: the numeric effort attribute, 0 where missing or outside 1–10 (warned). */
function readEffort(
	customers: CustomerTable,
	options: ProfitOptions,
	warnings: ProfitWarning[]
): { effort: Float64Array; name: string | null } {
	const n = customers.count;
	const effort = new Float64Array(n);
	const byName = options.effortAttribute;
	const column = byName
		? (customers.attributes.find((c) => c.name === byName) ?? null)
		: findAttribute(customers, /effort/i, 'numeric');
	const matters = options.costPerEffortPoint > 0;
	if (!column) {
		if (matters) {
			const what = byName ? `the attribute “${byName}”` : 'no effort attribute';
			warnings.push(
				warning(
					'no-effort-attribute',
					`A cost per effort point is set, but the customers file has ${byName ? `no ${what}` : what}: every customer counts effort 0.`
				)
			);
		}
		return { effort, name: null };
	}
	if (column.kind !== 'numeric') {
		if (matters)
			warnings.push(
				warning(
					'effort-not-numeric',
					`The effort attribute “${column.name}” holds text, not numbers 1–10: every customer counts effort 0.`
				)
			);
		return { effort, name: column.name };
	}
	const [low, high] = EFFORT_RANGE;
	const missing = new Tally();
	const outOfRange = new Tally();
	for (let i = 0; i < n; i++) {
		const value = column.values[i];
		if (value !== value) missing.add(() => customers.ids[i]);
		else if (value < low || value > high) outOfRange.add(() => `${customers.ids[i]} (${value})`);
		else effort[i] = value;
	}
	// Effort only weighs when it costs something: no warnings about a column that changes nothing.
	if (matters && outOfRange.count > 0) {
		warnings.push(
			warning(
				'effort-out-of-range',
				`${plural(outOfRange.count, 'customer')} ${outOfRange.count === 1 ? 'has' : 'have'} a “${column.name}” outside ${low}–${high}: counted as effort 0 until corrected. First: ${outOfRange.examples.join(', ')}.`,
				outOfRange
			)
		);
	}
	if (matters && missing.count > 0) {
		warnings.push(
			warning(
				'effort-missing',
				`${plural(missing.count, 'customer')} ${missing.count === 1 ? 'has' : 'have'} no “${column.name}” value: counted as effort 0. First: ${missing.examples.join(', ')}.`,
				missing
			)
		);
	}
	return { effort, name: column.name };
}
