import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { currencyOfHeader, currencyOfValue, detectCurrency } from './detect-currency';
import { sniffOrders } from './sniff-orders';

const utf8 = (text: string) => new TextEncoder().encode(text);
const sniff = (text: string) => sniffOrders(utf8(text), true);

describe('the currency written with a value', () => {
	it.each([
		['€12,50', 'EUR'],
		['£3.20', 'GBP'],
		['-£5', 'GBP'],
		['12,50 €', 'EUR'],
		['EUR 12.50', 'EUR'],
		['12.50 USD', 'USD'],
		['(£12.50)', 'GBP'],
		['R$ 1.200,00', 'BRL'],
		['1 200,00 zł', 'PLN']
	])('reads %s as %s', (value, currency) => {
		expect(currencyOfValue(value)).toBe(currency);
	});
	it.each([
		['$5', '$'],
		['Rs 1,200', 'Rs'],
		['Rs. 1,200', 'Rs'],
		['¥1200', '¥'],
		['125 kr', 'kr']
	])('keeps %s, a mark of several currencies, as the mark %s', (value, mark) => {
		expect(currencyOfValue(value)).toBe(mark);
	});
	it.each(['12.50', '1,234.56', '', '2011-12-09', 'ABC12', 'n/a'])(
		'finds no currency in “%s”',
		(value) => {
			expect(currencyOfValue(value)).toBeNull();
		}
	);
});

describe('the currency a header names', () => {
	it.each([
		['Price (EUR)', 'EUR'],
		['Amount GBP', 'GBP'],
		['Total (£)', 'GBP'],
		['Betrag in €', 'EUR'],
		['price_eur', 'EUR'],
		['Price ($)', '$']
	])('reads “%s” as %s', (header, currency) => {
		expect(currencyOfHeader(header)).toBe(currency);
	});
	it.each(['UnitPrice', 'Amount', 'Lineitem price', 'SKU', 'try_price', 'QTY'])(
		'finds none in “%s”',
		(header) => {
			expect(currencyOfHeader(header)).toBeNull();
		}
	);
});

describe('the currency of an orders file', () => {
	it('finds none in Online Retail, whose amounts are plain numbers (its only £ is in product names)', () => {
		const path = fileURLToPath(
			new URL('../../../../shared/data/online_retail.csv.gz', import.meta.url)
		);
		const head = gunzipSync(readFileSync(path)).subarray(0, 256 * 1024);
		const result = sniffOrders(head, false);
		expect(result.header).toEqual([
			'InvoiceNo',
			'StockCode',
			'Description',
			'Quantity',
			'InvoiceDate',
			'UnitPrice',
			'CustomerID',
			'Country'
		]);
		expect(result.currency).toBeNull();
		expect(result.mapping.currency).toBeUndefined();
	});

	it('reads a German file’s “Betrag” values written as “12,50 €” as euros', () => {
		const result = sniff(
			'Kunde;Datum;Betrag\nK1;31.12.2023;12,50 €\nK2;02.01.2024;1.200,00 €\nK1;03.01.2024;7,00 €\n'
		);
		expect(result.mapping.roles).toEqual(['customer', 'date', 'amount']);
		expect(result.currency).toEqual({ currency: 'EUR', source: 'values', column: 'Betrag' });
		expect(result.mapping.currency).toBe('EUR');
	});

	it('reads a Shopify export’s Currency column, written on each order’s first row only', () => {
		const header = [
			'Name',
			'Email',
			'Financial Status',
			'Currency',
			'Subtotal',
			'Total',
			'Created at',
			'Lineitem quantity',
			'Lineitem name',
			'Lineitem price'
		];
		const rows = [
			[
				'#1001',
				'a@example.com',
				'paid',
				'EUR',
				'30.00',
				'30.00',
				'2024-01-02 10:00:00 +0100',
				'2',
				'Mug',
				'15.00'
			],
			['#1001', 'a@example.com', '', '', '', '', '', '1', 'Tea', '0.00'],
			[
				'#1002',
				'b@example.com',
				'paid',
				'EUR',
				'9.50',
				'9.50',
				'2024-01-03 11:00:00 +0100',
				'1',
				'Tea',
				'9.50'
			]
		];
		const text = [header, ...rows].map((row) => row.join(',')).join('\n');
		const result = sniff(text);
		expect(result.currency).toEqual({ currency: 'EUR', source: 'column', column: 'Currency' });
	});

	it('reads a money column’s header when the values are plain', () => {
		const result = sniff(
			'customer,date,Price (GBP),Qty\nA,2024-01-01,3.20,2\nB,2024-01-02,4.00,1\n'
		);
		expect(result.currency).toEqual({ currency: 'GBP', source: 'header', column: 'Price (GBP)' });
	});

	it('takes a symbol when only some values carry it', () => {
		const roles = ['customer', 'amount'] as const;
		const rows = [
			['A', '12.00'],
			['B', '£3.20'],
			['C', '7']
		];
		expect(detectCurrency(['customer', 'amount'], rows, [...roles])?.currency).toBe('GBP');
	});

	it('names no currency when the values disagree', () => {
		const rows = [
			['A', '$12.00'],
			['B', '€3.20']
		];
		expect(detectCurrency(['customer', 'amount'], rows, ['customer', 'amount'])).toBeNull();
	});

	it('names no currency when a currency column holds several', () => {
		const rows = [
			['A', '12.00', 'EUR'],
			['B', '3.20', 'USD']
		];
		expect(
			detectCurrency(['customer', 'amount', 'Currency'], rows, ['customer', 'amount', 'ignore'])
		).toBeNull();
	});

	it('reads symbols only in money columns, not in a product name', () => {
		const rows = [['A', 'Gift Voucher £40.00', '34.04']];
		expect(
			detectCurrency(['customer', 'Description', 'UnitPrice'], rows, [
				'customer',
				'product',
				'unitPrice'
			])
		).toBeNull();
	});
});
