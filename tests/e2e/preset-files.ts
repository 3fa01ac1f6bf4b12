/**
 * Three order exports for the presets journey, GENERATED from each format's public column
 * description with the ingest corpus's seeded generator (`src/lib/ingest/presets/export-corpus.ts`,
 * the same seeds and layouts as `presets.test.ts`), with their true figures counted by hand from
 * the generated orders — independent of the ingest code.
 */
import {
	csv,
	generateOrders,
	iso,
	money,
	truthOf
} from '../../src/lib/ingest/presets/export-corpus';
import type { GenOrder, Truth } from '../../src/lib/ingest/presets/export-corpus';

export interface PresetFile {
	file: string;
	/** The preset the mapping step should name, or null. */
	preset: string | null;
	text: string;
	truth: Truth;
	/** The generated orders the file was written from. */
	orders: GenOrder[];
}

const lineCents = (o: GenOrder) => o.lines.map((l) => l.qty * l.price - l.lineDiscount);
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

/** Shopify's admin "Export orders" CSV: one row per line item, order fields on the first row. */
export function shopifyFile(): PresetFile {
	const orders = generateOrders({
		seed: 1,
		orders: 120,
		customers: 40,
		maxLines: 4,
		noCustomer: 0.05,
		cancelled: 0.08,
		refunded: 0.15,
		discounted: 0.3,
		lineDiscounts: true
	});
	const header = [
		'Name',
		'Email',
		'Financial Status',
		'Paid at',
		'Currency',
		'Subtotal',
		'Shipping',
		'Taxes',
		'Total',
		'Discount Code',
		'Discount Amount',
		'Created at',
		'Lineitem quantity',
		'Lineitem name',
		'Lineitem price',
		'Lineitem sku',
		'Billing City',
		'Cancelled at',
		'Refunded Amount',
		'Vendor',
		'Id',
		'Source',
		'Lineitem discount'
	];
	const rows: (string | number)[][] = [];
	for (const o of orders) {
		// Late evening in New York: the day as written, never the next UTC day.
		const created = `${iso(o)} ${o.time} -0500`;
		const gross = sum(lineCents(o));
		const lineDiscounts = sum(o.lines.map((l) => l.lineDiscount));
		o.lines.forEach((l, k) => {
			const first = (value: string | number) => (k === 0 ? value : '');
			rows.push([
				`#${o.id}`,
				first(o.customer ? `${o.customer}@example.com` : ''),
				first(o.refund > 0 ? 'partially_refunded' : 'paid'),
				first(created),
				first('USD'),
				first(money(gross - o.discount)),
				first('4.90'),
				first('1.20'),
				first(money(gross - o.discount + 610)),
				first(o.code),
				first(money(o.discount + lineDiscounts)),
				created,
				l.qty,
				`Product ${l.product}`,
				money(l.price),
				l.product,
				first('Boston'),
				first(o.cancelled ? `${iso(o)} 23:59:00 -0500` : ''),
				first(money(o.refund)),
				`${l.category} Co`,
				first(`45${o.id}`),
				first(o.channel),
				money(l.lineDiscount)
			]);
		});
	}
	const truth = truthOf(
		orders,
		(o) => o.lines.length,
		(o) => {
			if (!o.customer) return [];
			const amounts = lineCents(o);
			if (o.cancelled) return [...amounts, ...amounts.map((a) => -a)];
			// The order's net on its first line (the spread only moves it between lines).
			return [sum(amounts) - o.discount - o.refund, ...amounts.slice(1).map(() => 0)];
		}
	);
	return {
		file: 'orders_export.csv',
		preset: 'shopify-orders',
		text: csv(header, rows),
		truth,
		orders
	};
}

/** WooCommerce Analytics → Orders → Download: one row per order. */
export function wooCommerceFile(): PresetFile {
	const orders = generateOrders({
		seed: 2,
		orders: 150,
		customers: 50,
		maxLines: 3,
		discounted: 0.3,
		noCustomer: 0.04
	});
	const header = [
		'Date',
		'Order #',
		'Status',
		'Customer',
		'Customer type',
		'Product(s)',
		'Items sold',
		'Coupon(s)',
		'Net Sales',
		'Attribution'
	];
	const net = (o: GenOrder) => sum(lineCents(o)) - o.discount;
	const rows = orders.map((o) => [
		iso(o),
		o.id,
		'Completed',
		o.customer ? `Customer ${o.customer}` : '',
		'returning',
		o.lines.map((l) => `Product ${l.product} × ${l.qty}`).join(', '),
		sum(o.lines.map((l) => l.qty)),
		o.code || 'NONE',
		money(net(o)),
		'Direct'
	]);
	const truth = truthOf(
		orders,
		() => 1,
		(o) => (o.customer ? [net(o)] : []),
		(o) => `Customer ${o.customer}`
	);
	return {
		file: 'wc-orders.csv',
		preset: 'woocommerce-orders',
		text: csv(header, rows),
		truth,
		orders
	};
}

/** No preset: a German spreadsheet export, `;`-separated, month names, `1 234,56 €` amounts. */
export function germanFile(): PresetFile {
	const orders = generateOrders({ seed: 9, orders: 90, customers: 30, maxLines: 1 });
	const monate = 'Jan.|Feb.|März|Apr.|Mai|Juni|Juli|Aug.|Sept.|Okt.|Nov.|Dez.'.split('|');
	const euro = (cents: number) => {
		const [whole, frac] = money(cents).split('.');
		return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')},${frac}\u00a0€`;
	};
	const rows = orders.map((o) => [
		o.customer.toUpperCase(),
		`B-${o.id}`,
		`${o.d}. ${monate[o.m - 1]} ${o.y}`,
		euro(o.lines[0].qty * o.lines[0].price * 10)
	]);
	const truth = truthOf(
		orders,
		() => 1,
		(o) => [o.lines[0].qty * o.lines[0].price * 10],
		(o) => o.customer.toUpperCase(),
		(o) => `${o.customer}|B-${o.id}`
	);
	return {
		file: 'umsatz.csv',
		preset: null,
		text: csv(['Kundennr', 'Bestellnr', 'Datum', 'Betrag'], rows, ';'),
		truth,
		orders
	};
}
