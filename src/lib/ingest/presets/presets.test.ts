import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOrdersFile } from '../../../cli/load';
import { formatDay } from '../../engine/tables/orders-table';
import { csv, generateOrders, iso, money, truthOf } from './export-corpus';
import type { GenOrder, Truth } from './export-corpus';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'sieve-presets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const lineCents = (o: GenOrder) => o.lines.map((l) => l.qty * l.price - l.lineDiscount);
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

interface Case {
	file: string;
	preset: string | null;
	text: string;
	truth: Truth;
}

// Shopify's "Export orders" CSV (columns as described publicly: help.shopify.com "Exporting
// orders", matrixify.app/documentation/orders): one row per line item, order-level fields on the
// order's first row only.
function shopify(): Case {
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
		'Fulfillment Status',
		'Fulfilled at',
		'Accepts Marketing',
		'Currency',
		'Subtotal',
		'Shipping',
		'Taxes',
		'Total',
		'Discount Code',
		'Discount Amount',
		'Shipping Method',
		'Created at',
		'Lineitem quantity',
		'Lineitem name',
		'Lineitem price',
		'Lineitem compare at price',
		'Lineitem sku',
		'Lineitem requires shipping',
		'Lineitem taxable',
		'Lineitem fulfillment status',
		'Billing Name',
		'Billing City',
		'Shipping Name',
		'Notes',
		'Cancelled at',
		'Payment Method',
		'Refunded Amount',
		'Vendor',
		'Id',
		'Tags',
		'Risk Level',
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
			const first = k === 0;
			const orderField = (value: string | number) => (first ? value : '');
			rows.push([
				`#${o.id}`,
				orderField(o.customer ? `${o.customer}@example.com` : ''),
				orderField(o.refund > 0 ? 'partially_refunded' : 'paid'),
				orderField(created),
				orderField('fulfilled'),
				orderField(created),
				orderField('no'),
				orderField('USD'),
				orderField(money(gross - o.discount)),
				orderField('4.90'),
				orderField('1.20'),
				orderField(money(gross - o.discount + 610)),
				orderField(o.code),
				orderField(money(o.discount + lineDiscounts)),
				orderField('Standard'),
				created,
				l.qty,
				`Product ${l.product}`,
				money(l.price),
				'',
				l.product,
				'true',
				'true',
				'fulfilled',
				orderField('Ann Example'),
				orderField('Boston'),
				orderField('Ann Example'),
				orderField(''),
				orderField(o.cancelled ? `${iso(o)} 23:59:00 -0500` : ''),
				orderField('Shopify Payments'),
				orderField(money(o.refund)),
				`${l.category} Co`,
				orderField(`45${o.id}`),
				orderField(''),
				orderField('Low'),
				orderField(o.channel),
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
	return { file: 'shopify-orders.csv', preset: 'shopify-orders', text: csv(header, rows), truth };
}

// WooCommerce Analytics → Orders → Download: one row per order.
function woocommerce(): Case {
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
		file: 'woocommerce-orders.csv',
		preset: 'woocommerce-orders',
		text: csv(header, rows),
		truth
	};
}

// Square Dashboard → Reports → Item Sales → Export (items detail CSV).
function square(): Case {
	const orders = generateOrders({
		seed: 3,
		orders: 140,
		customers: 45,
		maxLines: 3,
		noCustomer: 0.1,
		returns: 0.06,
		lineDiscounts: true
	});
	const header = [
		'Date',
		'Time',
		'Time Zone',
		'Category',
		'Item',
		'Qty',
		'Price Point Name',
		'SKU',
		'Modifiers Applied',
		'Gross Sales',
		'Discounts',
		'Net Sales',
		'Tax',
		'Transaction ID',
		'Payment ID',
		'Device Name',
		'Notes',
		'Details',
		'Event Type',
		'Location',
		'Dining Option',
		'Customer ID',
		'Customer Name',
		'Customer Reference ID'
	];
	const dollars = (cents: number) => (cents < 0 ? `-$${money(-cents)}` : `$${money(cents)}`);
	const rows: (string | number)[][] = [];
	for (const o of orders) {
		const sign = o.isReturn ? -1 : 1;
		for (const l of o.lines) {
			rows.push([
				`${pad(o.m)}/${pad(o.d)}/${o.y}`,
				o.time,
				'Eastern Time (US & Canada)',
				l.category,
				`Item ${l.product}`,
				sign * l.qty,
				'Regular',
				l.product,
				'',
				dollars(sign * l.qty * l.price),
				dollars(-sign * l.lineDiscount),
				dollars(sign * (l.qty * l.price - l.lineDiscount)),
				'$0.00',
				o.isReturn ? `R${o.id}` : `T${o.id}`,
				`P${o.id}`,
				'Counter',
				'',
				'',
				o.isReturn ? 'Refund' : 'Payment',
				'Main St',
				'',
				o.customer,
				o.customer ? 'Ann' : '',
				''
			]);
		}
	}
	const truth = truthOf(
		orders,
		(o) => o.lines.length,
		(o) => (o.customer ? lineCents(o).map((a) => (o.isReturn ? -a : a)) : []),
		undefined,
		(o) => `${o.customer}|${o.isReturn ? 'R' : 'T'}${o.id}`
	);
	return {
		file: 'square-item-sales.csv',
		preset: 'square-item-sales',
		text: csv(header, rows),
		truth
	};
}

// Etsy → Shop Manager → Settings → Options → Download Data → "Order Items" (EtsySoldOrderItems).
// Every day of month ≤ 12: the MM/DD/YY order comes from the preset, not from the values.
function etsy(): Case {
	const orders = generateOrders({
		seed: 4,
		orders: 110,
		customers: 35,
		maxLines: 3,
		lineDiscounts: true,
		maxDay: 12,
		discounted: 0.2
	});
	const header = [
		'Sale Date',
		'Item Name',
		'Buyer',
		'Quantity',
		'Price',
		'Coupon Code',
		'Coupon Details',
		'Discount Amount',
		'Shipping Discount',
		'Order Shipping',
		'Order Sales Tax',
		'Item Total',
		'Currency',
		'Transaction ID',
		'Listing ID',
		'Date Paid',
		'Date Shipped',
		'Ship Name',
		'Ship Address1',
		'Ship City',
		'Ship State',
		'Ship Zipcode',
		'Ship Country',
		'Order ID',
		'Variations',
		'Order Type',
		'Listings Type',
		'Payment Type'
	];
	const rows: (string | number)[][] = [];
	for (const o of orders) {
		const date = `${pad(o.m)}/${pad(o.d)}/${String(o.y).slice(2)}`;
		o.lines.forEach((l, k) => {
			rows.push([
				date,
				`Handmade ${l.product}`,
				o.customer,
				l.qty,
				money(l.price),
				o.code,
				'',
				money(l.lineDiscount),
				'0.00',
				'3.50',
				'0.80',
				money(l.qty * l.price),
				'USD',
				`${o.id}${k}`,
				`99${k}`,
				date,
				date,
				'Ann Example',
				'1 Main St',
				'Austin',
				'TX',
				'73301',
				'United States',
				o.id,
				'',
				'online',
				'listing',
				'online_cc'
			]);
		});
	}
	const truth = truthOf(
		orders,
		(o) => o.lines.length,
		(o) => lineCents(o)
	);
	return {
		file: 'etsy-sold-order-items.csv',
		preset: 'etsy-order-items',
		text: csv(header, rows),
		truth
	};
}

// Stripe Dashboard → Payments → Export (unified_payments.csv).
function stripe(): Case {
	const orders = generateOrders({
		seed: 5,
		orders: 160,
		customers: 60,
		maxLines: 1,
		refunded: 0.15,
		failed: 0.07,
		noCustomer: 0.05
	});
	const header = [
		'id',
		'Created date (UTC)',
		'Amount',
		'Amount Refunded',
		'Currency',
		'Captured',
		'Converted Amount',
		'Converted Amount Refunded',
		'Fee',
		'Tax',
		'Converted Currency',
		'Status',
		'Statement Descriptor',
		'Customer ID',
		'Customer Description',
		'Customer Email',
		'Description'
	];
	const rows = orders.map((o) => {
		const amount = sum(lineCents(o));
		return [
			`ch_3Ok${o.id}`,
			`${iso(o)} ${o.time.slice(0, 5)}:00`,
			money(amount),
			money(o.refund),
			'usd',
			o.failed ? 'false' : 'true',
			money(amount),
			money(o.refund),
			money(Math.round(amount * 0.029) + 30),
			'0.00',
			'usd',
			o.failed ? 'Failed' : 'Paid',
			'SIEVE SHOP',
			o.customer ? `cus_${o.customer}` : '',
			'',
			o.customer ? `${o.customer}@example.com` : '',
			'Order payment'
		];
	});
	const truth = truthOf(
		orders,
		() => 1,
		(o) => (o.failed || !o.customer ? [] : [sum(lineCents(o)) - o.refund]),
		(o) => `${o.customer}@example.com`,
		(o) => o.id
	);
	return {
		file: 'unified_payments.csv',
		preset: 'stripe-payments',
		text: csv(header, rows),
		truth
	};
}

// Amazon Seller Central → Reports → Order Reports (tab-delimited text).
function amazon(): Case {
	const orders = generateOrders({
		seed: 6,
		orders: 130,
		customers: 50,
		maxLines: 2,
		lineDiscounts: true
	});
	const header = [
		'order-id',
		'order-item-id',
		'purchase-date',
		'payments-date',
		'buyer-email',
		'buyer-name',
		'buyer-phone-number',
		'sku',
		'product-name',
		'quantity-purchased',
		'currency',
		'item-price',
		'item-tax',
		'shipping-price',
		'shipping-tax',
		'item-promotion-discount',
		'ship-promotion-discount',
		'ship-service-level',
		'recipient-name',
		'ship-city',
		'ship-country',
		'sales-channel'
	];
	const rows: (string | number)[][] = [];
	for (const o of orders) {
		const when = `${iso(o)}T${o.time}+00:00`;
		o.lines.forEach((l, k) => {
			rows.push([
				`114-${o.id}-77`,
				`6${o.id}${k}`,
				when,
				when,
				`${o.customer}@marketplace.amazon.com`,
				'Ann',
				'',
				l.product,
				`Product ${l.product}`,
				l.qty,
				'USD',
				money(l.qty * l.price),
				'0.00',
				'3.99',
				'0.00',
				money(l.lineDiscount),
				'0.00',
				'Standard',
				'Ann',
				'Seattle',
				'US',
				'Amazon.com'
			]);
		});
	}
	const truth = truthOf(
		orders,
		(o) => o.lines.length,
		(o) => lineCents(o),
		(o) => o.customer,
		(o) => `${o.customer}|114-${o.id}-77`
	);
	return {
		file: 'amazon-order-report.txt',
		preset: 'amazon-order-report',
		text: csv(header, rows, '\t'),
		truth
	};
}

// The UCI Online Retail layout, re-exported by a spreadsheet with month-name dates (01-Dec-2010 08:26).
function onlineRetail(): Case {
	const orders = generateOrders({
		seed: 7,
		orders: 150,
		customers: 50,
		maxLines: 4,
		noCustomer: 0.1,
		returns: 0.08,
		year: 2010
	});
	const header = [
		'InvoiceNo',
		'StockCode',
		'Description',
		'Quantity',
		'InvoiceDate',
		'UnitPrice',
		'CustomerID',
		'Country'
	];
	const invoice = (o: GenOrder) => (o.isReturn ? `C5${o.id}` : `5${o.id}`);
	const customerId = (o: GenOrder) => (o.customer ? `1${o.customer.slice(1)}` : '');
	const rows: (string | number)[][] = [];
	for (const o of orders) {
		for (const l of o.lines) {
			rows.push([
				invoice(o),
				l.product,
				`ITEM ${l.product}`,
				o.isReturn ? -l.qty : l.qty,
				`${pad(o.d)}-${MONTHS[o.m - 1]}-${o.y} ${o.time.slice(0, 5)}`,
				money(l.price),
				customerId(o),
				'United Kingdom'
			]);
		}
	}
	const truth = truthOf(
		orders,
		(o) => o.lines.length,
		(o) => (o.customer ? o.lines.map((l) => (o.isReturn ? -1 : 1) * l.qty * l.price) : []),
		customerId,
		(o) => `${customerId(o)}|${invoice(o)}`
	);
	return { file: 'online-retail.csv', preset: 'online-retail', text: csv(header, rows), truth };
}

// CDNOW: no header, space-aligned: customer id, YYYYMMDD, CDs bought, dollar value.
function cdnow(): Case {
	const orders = generateOrders({ seed: 8, orders: 200, customers: 60, maxLines: 1, year: 1997 });
	const lines = orders.map((o) => {
		const l = o.lines[0];
		return `${o.customer.slice(1).padStart(5, '0').padStart(6)} ${o.y}${pad(o.m)}${pad(o.d)} ${String(l.qty).padStart(3)} ${money(l.qty * l.price).padStart(8)}`;
	});
	const truth = truthOf(
		orders,
		() => 1,
		(o) => [o.lines[0].qty * o.lines[0].price],
		undefined,
		(o) => `${o.customer}|${iso(o)}`
	);
	return { file: 'cdnow.txt', preset: 'cdnow', text: lines.join('\n') + '\n', truth };
}

// No preset: a German spreadsheet export, `;`-separated, month names, amounts as `1 234,56 €`
// with narrow no-break spaces.
function german(): Case {
	const orders = generateOrders({ seed: 9, orders: 90, customers: 30, maxLines: 1 });
	const monate = [
		'Jan.',
		'Feb.',
		'März',
		'Apr.',
		'Mai',
		'Juni',
		'Juli',
		'Aug.',
		'Sept.',
		'Okt.',
		'Nov.',
		'Dez.'
	];
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
		truth
	};
}

// No preset: French headers and `3 mars 2024` dates.
function french(): Case {
	const orders = generateOrders({ seed: 10, orders: 80, customers: 25, maxLines: 1 });
	const mois = [
		'janv.',
		'févr.',
		'mars',
		'avr.',
		'mai',
		'juin',
		'juil.',
		'août',
		'sept.',
		'oct.',
		'nov.',
		'déc.'
	];
	const rows = orders.map((o) => [
		`${o.d} ${mois[o.m - 1]} ${o.y}`,
		`CL${o.customer.slice(1)}`,
		`F${o.id}`,
		`${money(o.lines[0].qty * o.lines[0].price).replace('.', ',')} €`
	]);
	const truth = truthOf(
		orders,
		() => 1,
		(o) => [o.lines[0].qty * o.lines[0].price],
		(o) => o.customer,
		(o) => `${o.customer}|${o.id}`
	);
	return {
		file: 'ventes.csv',
		preset: null,
		text: csv(['Date', 'Client', 'Commande n°', 'Montant TTC'], rows, ';'),
		truth
	};
}

// No preset, Excel serial dates under a header that says nothing (`Zeitpunkt`).
function excelSerial(): Case {
	const orders = generateOrders({ seed: 11, orders: 70, customers: 20, maxLines: 1 });
	const serial = (o: GenOrder) => {
		const days = Date.UTC(o.y, o.m - 1, o.d) / 86_400_000 + 25569;
		return `${days}.${String(1 + Number(o.time.slice(0, 2)) * 4).padStart(3, '0')}`;
	};
	const rows = orders.map((o) => [o.customer, serial(o), money(o.lines[0].qty * o.lines[0].price)]);
	const truth = truthOf(
		orders,
		() => 1,
		(o) => [o.lines[0].qty * o.lines[0].price],
		undefined,
		(o) => `${o.customer}|${iso(o)}`
	);
	return {
		file: 'excel-serial.csv',
		preset: null,
		text: csv(['Kunde', 'Zeitpunkt', 'Summe'], rows),
		truth
	};
}

// No preset, headers in no known language: roles come from the values alone.
function unknownHeaders(): Case {
	const orders = generateOrders({ seed: 12, orders: 120, customers: 30, maxLines: 1 });
	const rows = orders.map((o) => [
		`${o.customer}@mail.test`,
		iso(o),
		money(o.lines[0].qty * o.lines[0].price),
		'x'
	]);
	const truth = truthOf(
		orders,
		() => 1,
		(o) => [o.lines[0].qty * o.lines[0].price],
		undefined,
		(o) => `${o.customer}|${iso(o)}`
	);
	return {
		file: 'unknown.csv',
		preset: null,
		text: csv(['kolumna_a', 'kolumna_b', 'kolumna_c', 'note'], rows),
		truth
	};
}

// No preset, Urdu headers (customer, date, amount).
function urdu(): Case {
	const orders = generateOrders({ seed: 13, orders: 60, customers: 15, maxLines: 1 });
	const rows = orders.map((o) => [
		o.customer,
		iso(o),
		`Rs ${money(o.lines[0].qty * o.lines[0].price)}`
	]);
	const truth = truthOf(
		orders,
		() => 1,
		(o) => [o.lines[0].qty * o.lines[0].price],
		undefined,
		(o) => `${o.customer}|${iso(o)}`
	);
	return { file: 'urdu.csv', preset: null, text: csv(['گاہک', 'تاریخ', 'رقم'], rows), truth };
}

const CASES: Case[] = [
	shopify(),
	woocommerce(),
	square(),
	etsy(),
	stripe(),
	amazon(),
	onlineRetail(),
	cdnow(),
	german(),
	french(),
	excelSerial(),
	unknownHeaders(),
	urdu()
];
for (const c of CASES) writeFileSync(join(dir, c.file), c.text);

describe.each(CASES)('$file', ({ file, preset, truth }) => {
	const path = join(dir, file);
	const loaded = loadOrdersFile(path);

	it('is recognised as its preset (or as none)', async () => {
		expect((await loaded).sniff.preset?.id ?? null).toBe(preset);
	});
	it('gives every mapped column a reason', async () => {
		const { sniff } = await loaded;
		for (const column of sniff.columns) expect(column.reason === '').toBe(column.role === 'ignore');
	});
	it('reads the true rows, lines, customers and orders', async () => {
		const { report } = await loaded;
		expect({
			rows: report.rowsRead,
			lines: report.lines,
			customers: report.customers,
			orders: report.orders
		}).toEqual({
			rows: truth.rows,
			lines: truth.lines,
			customers: truth.customers,
			orders: truth.orders
		});
	});
	it('reads the true net revenue and first and last dates', async () => {
		const { report } = await loaded;
		expect(report.netRevenue).toBeCloseTo(truth.netCents / 100, 6);
		expect([formatDay(report.firstDay), formatDay(report.lastDay)]).toEqual([
			truth.firstDate,
			truth.lastDate
		]);
	});
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run(
			'node',
			['--import', 'tsx', 'src/cli/sieve.ts', 'summary', ...args],
			{ cwd: process.cwd(), maxBuffer: 1 << 24 }
		);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

describe('npm run sieve -- summary FILE --json, with no mapping flags', () => {
	it.each(CASES)(
		'gives the true figures of $file',
		async ({ file, truth }) => {
			const { code, stdout, stderr } = await cli([join(dir, file), '--json']);
			expect(stderr).toBe('');
			expect(code).toBe(0);
			const summary = JSON.parse(stdout);
			expect({
				rows: summary.rows,
				lines: summary.lines,
				customers: summary.customers,
				orders: summary.orders,
				firstDate: summary.firstDate,
				lastDate: summary.lastDate
			}).toEqual({
				rows: truth.rows,
				lines: truth.lines,
				customers: truth.customers,
				orders: truth.orders,
				firstDate: truth.firstDate,
				lastDate: truth.lastDate
			});
			expect(summary.netRevenue).toBeCloseTo(truth.netCents / 100, 6);
		},
		60_000
	);

	it('names the columns and what to choose when a file has no recognisable amount', async () => {
		const path = join(dir, 'no-amount.csv');
		writeFileSync(path, 'Kunde,Farbe,Größe\nA1,rot,L\nA2,blau,M\nA1,grün,S\n');
		const { code, stderr } = await cli([path, '--json']);
		expect(code).toBe(1);
		expect(stderr).toContain('No column is mapped as the order date and the amount');
		expect(stderr).toContain('the amount column (line revenue), or quantity and unit price');
		expect(stderr).toContain('“Kunde”, “Farbe”, “Größe”');
	}, 60_000);
});
