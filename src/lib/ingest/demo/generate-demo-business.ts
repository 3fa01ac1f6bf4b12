/**
 * "Try the demo": a deterministic gift-and-home shop over two years (2024-07-01 to 2026-06-30),
 * written as the two CSV files a real shop would export. Every optional column of the orders file
 * is filled, and the customer kinds of `shared/DOMAIN.md` are planted (see `customer-types.ts`).
 */
import { formatDay } from '../../engine/tables/orders-table';
import { CATEGORIES } from './catalogue';
import { buildCalendar, DAYS, EVERGREEN_CODES, FIRST_DAY } from './calendar';
import type { Calendar, PromoCode } from './calendar';
import { COSTLY_CUSTOMERS, COSTLY_SEED_OFFSET, isReturnedCostlyOrder } from './costs';
import { csvField, csvRow } from './csv';
import { CUSTOMER_TYPES } from './customer-types';
import type { CustomerTypeSpec } from './customer-types';
import { createPeople } from './people';
import { createRandom, cumulativeWeights } from './random';
import { addTicketsAndReviews } from './tickets';
import type { Random } from './random';

export interface DemoBusinessOptions {
	/** Same seed, same shop (default 1). */
	seed?: number;
}

export interface DemoBusiness {
	name: string;
	/** order_id, customer_id, date, product, category, quantity, unit_price, discount_code, cost, channel. */
	ordersCsv: string;
	/** customer_id, name, email, age, gender, city, occupation, service_effort, followers, budget, problems_opened, problems_resolved, last_review. */
	customersCsv: string;
	/** ticket_id, customer_id, opened, resolved, status, severity, channel (see `tickets.ts`). */
	ticketsCsv: string;
}

export const ORDERS_HEADER = [
	'order_id',
	'customer_id',
	'date',
	'product',
	'category',
	'quantity',
	'unit_price',
	'discount_code',
	'cost',
	'channel'
];
export const CUSTOMERS_HEADER = [
	'customer_id',
	'name',
	'email',
	'age',
	'gender',
	'city',
	'occupation',
	'service_effort',
	'followers',
	'budget',
	'problems_opened',
	'problems_resolved'
];
const CHANNELS = ['online', 'store', 'phone'];
/** Share of sales orders that later see one line sent back. */
const RETURN_RATE = 0.004;

interface Customer {
	spec: CustomerTypeSpec;
	categories: number[];
	categoryWeights: number[];
	/** Running sums of `categoryWeights` (one draw per order line). */
	categoryCumulative: Float64Array;
	/** Products bought again and again: [category, product]. */
	staples: [number, number][];
	channel: number;
}

interface Line {
	category: number;
	product: number;
	quantity: number;
	/** Price paid per unit and cost of goods per unit, in cents. */
	priceCents: number;
	unitCostCents: number;
}

interface Order {
	day: number;
	customer: number;
	channel: number;
	code: string;
	lines: Line[];
	isReturn: boolean;
}

// Within a category the first products sell best (a gentle Zipf law).
const PRODUCT_WEIGHTS = CATEGORIES.map((category) =>
	category.products.map((_, rank) => 1 / (rank + 1) ** 0.8)
);
const PRODUCT_CUMULATIVE = PRODUCT_WEIGHTS.map(cumulativeWeights);
const POPULARITY = CATEGORIES.map((category) => category.popularity);

function drawCustomer(spec: CustomerTypeSpec, random: Random): Customer {
	const pool = spec.categoryPool ?? CATEGORIES.map((_, index) => index);
	const count = Math.min(pool.length, random.int(spec.categoryCount[0], spec.categoryCount[1]));
	const remaining = [...pool];
	const categories: number[] = [];
	while (categories.length < count) {
		const index = random.weighted(remaining.map((category) => POPULARITY[category]));
		categories.push(remaining.splice(index, 1)[0]);
	}
	// The first category is the favourite, but not by much: most shoppers browse.
	const categoryWeights = categories.map((_, rank) => (0.5 + random.next()) / Math.sqrt(rank + 1));
	const staples = Array.from({ length: random.int(1, 3) }, (): [number, number] => {
		const category = random.pick(categories);
		return [category, random.weighted(PRODUCT_WEIGHTS[category])];
	});
	return {
		spec,
		categories,
		categoryWeights,
		categoryCumulative: cumulativeWeights(categoryWeights),
		staples,
		channel: random.weighted(spec.channels)
	};
}

function drawQuantity(spec: CustomerTypeSpec, listPrice: number, random: Random): number {
	if (spec.quantity === 'bulk') return Math.max(3, Math.round(random.logNormal(5, 0.5)));
	if (spec.quantity === 'single') return 1;
	const quantity = [1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 4, 6][random.int(0, 11)];
	return listPrice < 8 ? quantity + random.int(0, 2) : quantity;
}

function drawOrder(
	customer: Customer,
	index: number,
	first: boolean,
	day: number,
	calendar: Calendar,
	random: Random
): Order {
	const { spec } = customer;
	const sale = calendar.saleOf[day] >= 0 ? calendar.sales[calendar.saleOf[day]] : null;
	let promo: PromoCode | null = null;
	if (sale && random.chance(spec.saleCodeRate)) promo = sale;
	else if (random.chance(spec.otherCodeRate))
		promo = first ? EVERGREEN_CODES[0] : random.pick(EVERGREEN_CODES.slice(1));

	const lines: Line[] = [];
	const lineCount = random.int(spec.lines[0], spec.lines[1]);
	for (let attempt = 0; lines.length < lineCount && attempt < lineCount * 3; attempt++) {
		let [category, product] = random.chance(0.35) ? random.pick(customer.staples) : [-1, -1];
		if (category < 0) {
			category = customer.categories[random.weightedCumulative(customer.categoryCumulative)];
			product = random.weightedCumulative(PRODUCT_CUMULATIVE[category]);
		}
		let repeated = false;
		for (const line of lines)
			if (line.category === category && line.product === product) repeated = true;
		if (repeated) continue;
		const listPrice = CATEGORIES[category].products[product][1];
		lines.push({
			category,
			product,
			quantity: drawQuantity(spec, listPrice, random) + (promo && sale ? random.int(0, 1) : 0),
			priceCents: Math.round(listPrice * 100 * (1 - (promo?.percent ?? 0))),
			unitCostCents: Math.round(listPrice * 100 * CATEGORIES[category].costShare)
		});
	}
	const channel = random.chance(0.8) ? customer.channel : random.weighted(spec.channels);
	return { day, customer: index, channel, code: promo?.code ?? '', lines, isReturn: false };
}

/** A return of part of one line of `order` (all of it when `whole`), a few days later, on its own
 * order id. */
function drawReturn(order: Order, random: Random, whole = false): Order | null {
	const day = order.day + random.int(3, 30);
	if (day >= DAYS) return null;
	const line = random.pick(order.lines);
	const quantity = whole ? -line.quantity : -random.int(1, line.quantity);
	return { ...order, day, code: '', isReturn: true, lines: [{ ...line, quantity }] };
}

/** Cents as `12.50` (`-3.00`): integer arithmetic, the same text as `(cents / 100).toFixed(2)`. */
function cents(value: number): string {
	const sign = value < 0 ? '-' : '';
	const whole = Math.abs(Math.round(value));
	const rest = whole % 100;
	return `${sign}${(whole - rest) / 100}.${rest < 10 ? '0' : ''}${rest}`;
}

/** The orders file: lines listed by date, order ids numbered in that order. */
function writeOrders(orders: Order[], ids: string[]): string {
	// The export lists orders by date; on one day, in the order they were placed: a counting sort
	// by day keeps that order without a comparison sort of 27,000 objects.
	const starts = new Int32Array(DAYS + 1);
	for (const order of orders) starts[order.day + 1]++;
	for (let day = 0; day < DAYS; day++) starts[day + 1] += starts[day];
	const sorted: Order[] = new Array(orders.length);
	for (const order of orders) sorted[starts[order.day]++] = order;

	const dates = Array.from({ length: DAYS }, (_, offset) => formatDay(FIRST_DAY + offset));
	// `product,category,` of each product, written once.
	const productFields = CATEGORIES.map((category) => {
		const categoryField = csvField(category.name);
		return category.products.map(([name]) => `${csvField(name)},${categoryField},`);
	});
	const priceTexts = new Map<number, string>();
	const rows = [ORDERS_HEADER.join(',')];
	let [salesNumber, returnNumber] = [100_001, 5_001];
	for (const order of sorted) {
		const id = order.isReturn ? `RT-${returnNumber++}` : `SO-${salesNumber++}`;
		const prefix = `${id},${ids[order.customer]},${dates[order.day]},`;
		const suffix = `,${order.code},`;
		const channel = CHANNELS[order.channel];
		for (const line of order.lines) {
			let price = priceTexts.get(line.priceCents);
			if (price === undefined) {
				price = cents(line.priceCents);
				priceTexts.set(line.priceCents, price);
			}
			rows.push(
				`${prefix}${productFields[line.category][line.product]}${line.quantity},${price}${suffix}` +
					`${cents(line.quantity * line.unitCostCents)},${channel}`
			);
		}
	}
	return rows.join('\n') + '\n';
}

/** The customers file, with attributes drawn to fit each customer's kind; sorted by id. */
function writeCustomers(customers: Customer[], ids: string[], random: Random): string {
	const person = createPeople(random);
	const rows = customers.map(({ spec }, index) => {
		const age = Math.min(85, Math.max(18, Math.round(spec.age[0] + spec.age[1] * random.normal())));
		const who = person(spec.type, age);
		const [low, high] = spec.effort;
		const effort = low + Math.floor((high - low + 1) * random.next() ** 2);
		const followers =
			spec.type === 'influencer'
				? Math.round(Math.exp(Math.log(15_000) + random.next() * Math.log(400_000 / 15_000)))
				: Math.round(random.logNormal(spec.followers, 1.4));
		const budget =
			spec.type === 'business'
				? Math.round(random.logNormal(spec.budget, 0.6) / 100) * 100
				: Math.round(random.logNormal(spec.budget, 0.5) / 10) * 10;
		const opened = random.chance(spec.problemRate)
			? 1 + Math.floor(-Math.log(1 - random.next()) * (spec.type === 'highEffort' ? 3 : 0.8))
			: 0;
		const resolved =
			opened === 0 || random.chance(spec.resolvedRate) ? opened : random.int(0, opened - 1);
		return csvRow([
			ids[index],
			who.name,
			who.email,
			String(age),
			who.gender,
			who.city,
			who.occupation,
			String(effort),
			String(followers),
			String(budget),
			String(opened),
			String(resolved)
		]);
	});
	// Sorted by id, as a CRM exports it (ids have the same length, so text order is number order).
	rows.sort();
	return [CUSTOMERS_HEADER.join(','), ...rows].join('\n') + '\n';
}

/** Generates the demo shop: the same `seed` always gives byte-identical CSV text. */
export function generateDemoBusiness({ seed = 1 }: DemoBusinessOptions = {}): DemoBusiness {
	const random = createRandom(seed);
	const calendar = buildCalendar();

	const customers = CUSTOMER_TYPES.flatMap((spec) =>
		Array.from({ length: spec.count }, () => drawCustomer(spec, random))
	);
	// Shuffle so that customer ids say nothing about the kind of customer.
	for (let i = customers.length - 1; i > 0; i--) {
		const j = random.int(0, i);
		[customers[i], customers[j]] = [customers[j], customers[i]];
	}
	const ids = customers.map((_, index) => `C${10001 + index}`);

	const orders: Order[] = [];
	customers.forEach((customer, index) => {
		const days = customer.spec.orderDays(random, calendar);
		days.forEach((day, n) => {
			const order = drawOrder(customer, index, n === 0, day, calendar, random);
			orders.push(order);
			if (random.chance(RETURN_RATE)) {
				const back = drawReturn(order, random);
				if (back) orders.push(back);
			}
		});
		if (customer.spec.type === 'returnsOnly') {
			const bought = drawOrder(customer, index, false, random.int(0, 40), calendar, random);
			orders.push({
				...bought,
				code: '',
				isReturn: true,
				lines: [{ ...bought.lines[0], quantity: -1 }]
			});
		}
	});
	// The customers who cost more than they bring, last and from their own stream (see costs.ts).
	const costlyRandom = createRandom(seed + COSTLY_SEED_OFFSET);
	for (let k = 0; k < COSTLY_CUSTOMERS.count; k++) {
		const index = customers.length;
		const customer = drawCustomer(COSTLY_CUSTOMERS, costlyRandom);
		customers.push(customer);
		ids.push(`C${10001 + index}`);
		COSTLY_CUSTOMERS.orderDays(costlyRandom, calendar).forEach((day, n) => {
			const order = drawOrder(customer, index, n === 0, day, calendar, costlyRandom);
			orders.push(order);
			const back = isReturnedCostlyOrder(n) ? drawReturn(order, costlyRandom, true) : null;
			if (back) orders.push(back);
		});
	}
	const customersCsv = writeCustomers(customers, ids, random);
	return {
		name: 'Demo: Harbour & Home',
		ordersCsv: writeOrders(orders, ids),
		...addTicketsAndReviews(customersCsv, orders, ids, seed)
	};
}
