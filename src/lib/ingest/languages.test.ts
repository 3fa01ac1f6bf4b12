import { describe, expect, it } from 'vitest';
import { formatDay } from '../engine/tables/orders-table';
import { rolesFromHeader } from './detect-roles';
import { importOrders } from './import-orders';
import { parseDay, parseExcelSerialDay } from './parse-date';
import { parseNumber } from './parse-number';
import { sniffOrders } from './sniff-orders';

const bytes = (text: string) => new TextEncoder().encode(text);
async function* source(text: string): AsyncIterable<Uint8Array> {
	yield bytes(text);
}

describe('month-name dates', () => {
	it.each([
		['01-Dec-2010 08:26', '2010-12-01'],
		['Dec 1, 2010', '2010-12-01'],
		['3 mars 2024', '2024-03-03'],
		['12 janv. 2024', '2024-01-12'],
		['1 août 2024', '2024-08-01'],
		['3. März 2024', '2024-03-03'],
		['3 de marzo de 2024', '2024-03-03'],
		['9 settembre 2023', '2023-09-09'],
		['5 de outubro de 2022', '2022-10-05'],
		['14 mei 2021', '2021-05-14'],
		['12 grudnia 2024', '2024-12-12'],
		['5 Kasım 2024', '2024-11-05'],
		['7 مارچ 2024', '2024-03-07']
	])('reads %s as %s', (text, day) => {
		expect(formatDay(parseDay(text, 'dmy'))).toBe(day);
	});

	it('rejects a month name that is not one', () => {
		expect(parseDay('3 blue 2024', 'dmy')).toBeNaN();
	});

	it('rejects the 31st of a 30-day month written with a name', () => {
		expect(parseDay('31 April 2024', 'dmy')).toBeNaN();
	});
});

describe('Excel serial dates', () => {
	it('reads 40513.35 as 2010-12-01, its fraction being the time of day', () => {
		expect(formatDay(parseExcelSerialDay('40513.35'))).toBe('2010-12-01');
	});

	it('reads serial 25569 as 1970-01-01', () => {
		expect(parseExcelSerialDay('25569')).toBe(0);
	});

	it('leaves numbers outside 1970–2099 alone', () => {
		expect(parseExcelSerialDay('12346')).toBeNaN();
	});

	it('detects a serial column by its range when no other column holds dates', () => {
		const sniff = sniffOrders(
			bytes('Kunde,Zeitpunkt,Summe\nA1,45292.5,12.50\nA2,45293.25,8.00\nA1,45300.75,3.10\n'),
			true
		);
		expect(sniff.mapping.excelSerialDates).toBe(true);
		expect(sniff.mapping.roles).toEqual(['customer', 'date', 'amount']);
		expect(sniff.columns[1].reason).toMatch(/Excel serial dates/);
	});

	it('leaves a number column alone when another column holds dates', () => {
		const sniff = sniffOrders(
			bytes('Kunde,Datum,Code,Summe\nA1,2024-01-01,45292.5,12.50\nA2,2024-01-02,45293.25,8.00\n'),
			true
		);
		expect(sniff.mapping.excelSerialDates).toBeUndefined();
		expect(sniff.mapping.roles[1]).toBe('date');
	});
});

describe('amounts', () => {
	it('reads narrow no-break spaces as thousands separators and a trailing euro sign', () => {
		expect(parseNumber('1\u202f234,56\u00a0€', ',')).toBe(1234.56);
	});

	it('reads a trailing złoty', () => {
		expect(parseNumber('12,50 zł', ',')).toBe(12.5);
	});

	it('reads a leading rupee sign', () => {
		expect(parseNumber('₨ 1,234.50')).toBe(1234.5);
	});

	it('reads a trailing Turkish lira', () => {
		expect(parseNumber('45,90 TL', ',')).toBe(45.9);
	});
});

describe('header words', () => {
	it.each([
		['Betrag', 'amount'],
		['Kundennummer', 'customer'],
		['Montant TTC', 'amount'],
		['Commande n°', 'order'],
		['Importe total', 'amount'],
		['Importo', 'amount'],
		['Quantidade', 'quantity'],
		['Bedrag', 'amount'],
		['Kwota', 'amount'],
		['Nr zamówienia', 'order'],
		['Müşteri No', 'customer'],
		['Sipariş Tarihi', 'date'],
		['Tutar', 'amount'],
		['گاہک', 'customer'],
		['تاریخ', 'date'],
		['رقم', 'amount']
	])('reads “%s” as %s', (name, role) => {
		expect(rolesFromHeader(name)[0]?.role).toBe(role);
	});
});

describe('roles from values', () => {
	const file = [
		'a,b,c,d',
		...Array.from({ length: 60 }, (_, i) =>
			[
				`p${i % 12}@mail.test`,
				`2024-02-${String(1 + (i % 28)).padStart(2, '0')}`,
				`${10 + i}.${i % 10}5`,
				'x'
			].join(',')
		)
	].join('\n');

	it('finds customer, date and amount in a file whose headers say nothing', () => {
		expect(sniffOrders(bytes(file), true).mapping.roles).toEqual([
			'customer',
			'date',
			'amount',
			'ignore'
		]);
	});

	it('says why the date was chosen, with the share of values that parse', () => {
		expect(sniffOrders(bytes(file), true).columns[1].reason).toBe(
			'values look like dates: 100% parse as YYYY-MM-DD'
		);
	});

	it('says why the customer was chosen', () => {
		expect(sniffOrders(bytes(file), true).columns[0].reason).toBe(
			'values repeat like customer ids: 12 different in 60 rows'
		);
	});
});

describe('presets', () => {
	const shopify = [
		'Name,Email,Discount Code,Discount Amount,Created at,Lineitem quantity,Lineitem price,Cancelled at,Refunded Amount,Vendor,Source,Lineitem discount',
		'#1001,a@x.test,SPRING,5.00,2024-03-05 23:30:00 -0500,2,10.00,,3.00,Acme,web,0.00',
		'#1001,,,,2024-03-05 23:30:00 -0500,1,20.00,,,Acme,,0.00',
		'#1002,b@x.test,,0.00,2024-03-06 10:00:00 -0500,1,8.00,2024-03-07 10:00:00 -0500,0.00,Bolt,pos,0.00'
	].join('\n');

	it('names the recognised format and its rules', () => {
		const sniff = sniffOrders(bytes(shopify), true);
		expect(sniff.preset?.name).toBe('Shopify orders export');
		expect(sniff.preset?.rules.length).toBeGreaterThan(3);
	});

	it('spreads the order discount and refund over the lines: 40 − 5 − 3 = 32 for #1001', async () => {
		const sniff = sniffOrders(bytes(shopify), true);
		const { table } = await importOrders(source(shopify), sniff.mapping);
		const first = table.order.values.indexOf('#1001');
		let net = 0;
		for (let i = 0; i < table.rowCount; i++)
			if (table.order.codes[i] === first) net += table.amount[i];
		expect(net).toBeCloseTo(32, 9);
	});

	it('turns the cancelled order into a return in full', async () => {
		const sniff = sniffOrders(bytes(shopify), true);
		const { report } = await importOrders(source(shopify), sniff.mapping);
		expect([report.orders, report.returns, report.addedReturnLines, report.netRevenue]).toEqual([
			1, 1, 1, 32
		]);
	});

	it('keeps the day as written, never the next UTC day', async () => {
		const sniff = sniffOrders(bytes(shopify), true);
		const { report } = await importOrders(source(shopify), sniff.mapping);
		expect(formatDay(report.firstDay)).toBe('2024-03-05');
	});

	it('is overridable: without the preset rules lines count at quantity × price, and the e-mail is not filled down', async () => {
		const { preset: _preset, ...mapping } = sniffOrders(bytes(shopify), true).mapping;
		const { report } = await importOrders(source(shopify), mapping);
		// 2 × 10 and 1 × 8; the second row of #1001 has no e-mail of its own: a "no customer" row.
		expect([report.netRevenue, report.returns, report.rejected[0]?.reason]).toEqual([
			28,
			0,
			'no-customer'
		]);
	});
});
