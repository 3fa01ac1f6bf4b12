/**
 * Test corpus: order exports GENERATED from each format's public column description (never copied
 * from a shop), with their true figures counted by hand from the generated orders — independent of
 * the ingest code. Amounts are whole cents so the true sums are exact.
 */

/** A seeded generator (mulberry32): the same corpus on every run. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface GenLine {
	qty: number;
	/** Unit price in cents. */
	price: number;
	/** Line discount in cents. */
	lineDiscount: number;
	product: string;
	category: string;
}

export interface GenOrder {
	id: string;
	/** '' = no customer. */
	customer: string;
	/** Year, month, day and time of the order. */
	y: number;
	m: number;
	d: number;
	time: string;
	lines: GenLine[];
	/** Order-level discount in cents (Shopify: beyond the lines' own), refund in cents. */
	discount: number;
	refund: number;
	cancelled: boolean;
	code: string;
	channel: string;
	/** A return (negative lines) rather than a sale. */
	isReturn: boolean;
	/** Not a sale at all (a failed payment). */
	failed: boolean;
}

export interface Truth {
	rows: number;
	lines: number;
	customers: number;
	orders: number;
	/** In cents. */
	netCents: number;
	firstDate: string;
	lastDate: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const iso = (o: { y: number; m: number; d: number }) => `${o.y}-${pad(o.m)}-${pad(o.d)}`;

export interface GenOptions {
	seed: number;
	orders: number;
	customers: number;
	maxLines: number;
	/** Share of orders without a customer, cancelled, refunded, discounted, returns, failed. */
	noCustomer?: number;
	cancelled?: number;
	refunded?: number;
	discounted?: number;
	returns?: number;
	failed?: number;
	lineDiscounts?: boolean;
	/** Days of month at most this (to leave the day/month order to the preset). */
	maxDay?: number;
	year?: number;
}

export function generateOrders(options: GenOptions): GenOrder[] {
	const r = random(options.seed);
	const pick = (n: number) => Math.floor(r() * n);
	const orders: GenOrder[] = [];
	for (let k = 0; k < options.orders; k++) {
		const lines: GenLine[] = [];
		const count = 1 + pick(options.maxLines);
		for (let l = 0; l < count; l++) {
			const qty = 1 + pick(4);
			const price = 100 + pick(9900);
			const lineDiscount =
				options.lineDiscounts && r() < 0.2 ? pick(Math.floor(qty * price * 0.3)) : 0;
			lines.push({
				qty,
				price,
				lineDiscount,
				product: `P${pad(pick(40), 3)}`,
				category: ['Tea', 'Cups', 'Books'][pick(3)]
			});
		}
		const gross = lines.reduce((s, l) => s + l.qty * l.price - l.lineDiscount, 0);
		const discounted = r() < (options.discounted ?? 0);
		const discount = discounted ? pick(Math.floor(gross * 0.2)) + 1 : 0;
		const refunded = r() < (options.refunded ?? 0);
		const refund = refunded ? pick(Math.floor((gross - discount) * 0.5)) + 1 : 0;
		orders.push({
			id: String(1001 + k),
			customer: r() < (options.noCustomer ?? 0) ? '' : `c${pad(1 + pick(options.customers), 4)}`,
			y: options.year ?? 2024,
			m: 1 + pick(12),
			d: 1 + pick(options.maxDay ?? 28),
			time: `${pad(pick(24))}:${pad(pick(60))}:${pad(pick(60))}`,
			lines,
			discount,
			refund,
			cancelled: r() < (options.cancelled ?? 0),
			code: discounted ? ['SPRING10', 'WELCOME'][pick(2)] : '',
			channel: ['web', 'pos', 'shopify_draft_order'][pick(3)],
			isReturn: r() < (options.returns ?? 0),
			failed: r() < (options.failed ?? 0)
		});
	}
	return orders;
}

/**
 * The true figures by DOMAIN.md's conventions, from kept line amounts (cents) per order:
 * `lineAmounts(order)` gives the kept lines' amounts of an order ([] when its rows are rejected),
 * `rowsOf(order)` its rows in the file.
 */
export function truthOf(
	orders: GenOrder[],
	rowsOf: (o: GenOrder) => number,
	lineAmounts: (o: GenOrder) => number[],
	customerOf: (o: GenOrder) => string = (o) => o.customer,
	/** The pair key (customer + order id); orders without an id: customer + day. */
	pairOf: (o: GenOrder) => string = (o) => `${customerOf(o)}|${o.id}`
): Truth {
	let rows = 0;
	let lines = 0;
	let netCents = 0;
	const pairs = new Map<string, { customer: string; sum: number; negative: boolean }>();
	const days: string[] = [];
	for (const o of orders) {
		rows += rowsOf(o);
		const amounts = lineAmounts(o);
		if (amounts.length === 0) continue;
		lines += amounts.length;
		days.push(iso(o));
		const key = pairOf(o);
		const pair = pairs.get(key) ?? { customer: customerOf(o), sum: 0, negative: false };
		for (const a of amounts) {
			netCents += a;
			pair.sum += a;
			if (a < 0) pair.negative = true;
		}
		pairs.set(key, pair);
	}
	const buyers = new Set<string>();
	let count = 0;
	for (const pair of pairs.values()) {
		const isReturn = pair.sum < 0 || (pair.sum === 0 && pair.negative);
		if (!isReturn) {
			count++;
			buyers.add(pair.customer);
		}
	}
	days.sort();
	return {
		rows,
		lines,
		customers: buyers.size,
		orders: count,
		netCents,
		firstDate: days[0],
		lastDate: days[days.length - 1]
	};
}

/** A CSV field, quoted when needed. */
export function field(value: string | number, delimiter = ','): string {
	const text = String(value);
	return text.includes(delimiter) || text.includes('"') || text.includes('\n')
		? `"${text.replace(/"/g, '""')}"`
		: text;
}

export function csv(header: string[], rows: (string | number)[][], delimiter = ','): string {
	return (
		[header, ...rows].map((row) => row.map((v) => field(v, delimiter)).join(delimiter)).join('\n') +
		'\n'
	);
}

export const money = (cents: number) => (cents / 100).toFixed(2);
