import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectNewline } from './detect-delimiter';
import { detectEncoding, isGzip } from './detect-encoding';
import { normaliseHeader, rolesFromHeader, suggestRoles } from './detect-roles';
import type { ColumnStats } from './detect-roles';
import { IngestError, sniffOrders } from './index';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
	const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
	const view = new DataView(bytes.buffer);
	let offset = 0;
	if (bom) {
		view.setUint16(0, 0xfeff, littleEndian);
		offset = 2;
	}
	for (let i = 0; i < text.length; i++)
		view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
	return bytes;
}

describe('detectEncoding', () => {
	it.each([
		['plain ASCII', utf8('customer,date\nA,2024-01-01\n'), 'utf-8'],
		['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a,b\n')]), 'utf-8'],
		['UTF-8 with £ and é', utf8('name,price\nJosé,£3\n'), 'utf-8'],
		['UTF-16 LE with a BOM', utf16('a,b\n1,2\n', true, true), 'utf-16le'],
		['UTF-16 BE with a BOM', utf16('a,b\n1,2\n', false, true), 'utf-16be'],
		['UTF-16 LE without a BOM', utf16('customer,date\nA,2024-01-01\n', true, false), 'utf-16le'],
		['UTF-16 BE without a BOM', utf16('customer,date\nA,2024-01-01\n', false, false), 'utf-16be'],
		// é = 0xE9 and £ = 0xA3 in Windows-1252: not valid UTF-8 on their own.
		['Windows-1252', new Uint8Array([...utf8('name\nJos'), 0xe9, 0x0a, 0xa3, 0x33]), 'windows-1252']
	])('recognises %s', (_, bytes, expected) => {
		expect(detectEncoding(bytes)).toBe(expected);
	});

	it('accepts a UTF-8 character cut at the end of the head', () => {
		const bytes = utf8('name\nJosé');
		expect(detectEncoding(bytes.subarray(0, bytes.length - 1))).toBe('utf-8');
	});

	it.each([
		[
			'a zero byte',
			new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x02, 0x03, 0x61, 0x62]),
			/zero byte at byte 5/
		],
		[
			'a ZIP archive (xlsx)',
			new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
			/ZIP archive or an Excel workbook/
		],
		['a PDF', utf8('%PDF-1.7\n'), /PDF/],
		[
			'control characters',
			new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 7 : 65))),
			/control characters/
		]
	])('refuses %s as not text', (_, bytes, message) => {
		expect(() => detectEncoding(bytes)).toThrow(IngestError);
		expect(() => detectEncoding(bytes)).toThrow(message);
	});

	it('knows the gzip magic bytes', () => {
		expect(isGzip(new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe(true);
		expect(isGzip(utf8('a,b'))).toBe(false);
	});
});

describe('detectNewline and detectDelimiter', () => {
	it.each([
		['a,b\r\n1,2\r\n', '\r\n'],
		['a,b\n1,2\n', '\n'],
		['a,b\r1,2\r', '\r'],
		['a,b', '\n']
	])('%j ends lines with %j', (text, newline) => {
		expect(detectNewline(text)).toBe(newline);
	});

	it.each([
		['customer,date,amount\nA,2024-01-01,12.50\nB,2024-01-02,3\n', ','],
		['Kunde;Datum;Betrag\nA;01.02.2024;12,50\nB;02.02.2024;3,99\n', ';'],
		['customer\tdate\tamount\nA\t2024-01-01\t1,234.50\n', '\t'],
		['customer|date|amount\nA|2024-01-01|12.50\n', '|'],
		// Commas inside quotes do not count: the file is semicolon-separated.
		['name;note;amount\n"Smith, J";"a, b, c";1\n"Doe, A";"x, y";2\n', ';'],
		['just one column\nvalue\n', ',']
	])('finds the delimiter of %j', (text, delimiter) => {
		expect(detectDelimiter(text, detectNewline(text))).toBe(delimiter);
	});
});

describe('roles from header names', () => {
	it.each([
		['Customer ID', 'customer'],
		['Kunden-Nr.', 'customer'],
		['cliente', 'customer'],
		['Klant', 'customer'],
		['E-Mail', 'customer'],
		['InvoiceDate', 'date'],
		['Bestelldatum', 'date'],
		['Fecha', 'date'],
		['Umsatz', 'amount'],
		['Importe', 'amount'],
		['Order Total', 'amount'],
		['Menge', 'quantity'],
		['Qty', 'quantity'],
		['UnitPrice', 'unitPrice'],
		['Precio', 'unitPrice'],
		['InvoiceNo', 'order'],
		['Rechnungsnummer', 'order'],
		['Factura', 'order'],
		['StockCode', 'product'],
		['Artikel', 'product'],
		['Categoría', 'category'],
		['Rabatt', 'discount'],
		['Coupon code', 'discount'],
		['Kosten', 'cost'],
		['Margin %', 'margin'],
		['Kanal', 'channel'],
		['Order status', 'returnFlag']
	])('%s → %s', (name, role) => {
		expect(rolesFromHeader(name)[0]?.role).toBe(role);
	});

	it('knows no role for Country or Description-only hints beyond product', () => {
		expect(rolesFromHeader('Country')).toEqual([]);
		expect(rolesFromHeader('Description')).toEqual([{ role: 'product', score: 1 }]);
	});

	it('normalises case, accents and punctuation', () => {
		expect(normaliseHeader(' Categoría (Haupt) ')).toBe('categoriahaupt');
	});
});

describe('suggestRoles', () => {
	const text: ColumnStats = { nonEmpty: 10, dates: 0, numbers: 0, fractional: 0 };
	const dates: ColumnStats = { nonEmpty: 10, dates: 10, numbers: 0, fractional: 0 };
	const money: ColumnStats = { nonEmpty: 10, dates: 0, numbers: 10, fractional: 8 };
	const counts: ColumnStats = { nonEmpty: 10, dates: 0, numbers: 10, fractional: 0 };

	// Issue 20 item 7: the product is named in words when the file has them, so profiles, lists
	// and exports read "WHITE HANGING HEART T-LIGHT HOLDER", not "85123A".
	it('maps the Online Retail header, taking Description over StockCode as the product', () => {
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
		const stats = [counts, text, text, counts, dates, money, counts, text];
		expect(suggestRoles(header, stats).roles).toEqual([
			'order',
			'ignore',
			'product',
			'quantity',
			'date',
			'unitPrice',
			'customer',
			'ignore'
		]);
	});

	it('takes a product name over a SKU, whichever comes first', () => {
		expect(suggestRoles(['Product name', 'SKU', 'Client'], [text, text, text]).roles).toEqual([
			'product',
			'ignore',
			'customer'
		]);
	});

	it('keeps the code as the product when the description column holds numbers', () => {
		expect(suggestRoles(['StockCode', 'Description', 'Kunde'], [text, counts, text]).roles).toEqual(
			['product', 'ignore', 'customer']
		);
	});

	it('keeps a product column whose values are words over a description column', () => {
		const values = [
			['Blue mug', 'Red mug', 'Tea pot'],
			['A mug in blue', 'A mug in red', 'A pot for tea'],
			['c1', 'c2', 'c3']
		];
		expect(
			suggestRoles(['Product', 'Description', 'Kunde'], [text, text, text], values).roles
		).toEqual(['product', 'ignore', 'customer']);
	});

	it('takes Description as the product when there is no product code', () => {
		expect(suggestRoles(['Description', 'Kunde'], [text, text]).roles).toEqual([
			'product',
			'customer'
		]);
	});

	it('prefers a customer id column over an e-mail column', () => {
		expect(suggestRoles(['Email', 'Customer ID'], [text, text]).roles).toEqual([
			'ignore',
			'customer'
		]);
	});

	it('drops a header guess that the values contradict', () => {
		expect(suggestRoles(['Date', 'Amount'], [text, text]).roles).toEqual(['ignore', 'ignore']);
	});

	it('guesses a date and an amount from values when no header names them', () => {
		const { roles, guessed } = suggestRoles(['client', 'when', 'x'], [text, dates, money]);
		expect(roles).toEqual(['customer', 'date', 'amount']);
		expect(guessed).toEqual(['date', 'amount']);
	});
});

describe('sniffOrders', () => {
	const sniff = (text: string) => sniffOrders(utf8(text), true);

	it('reads day-first dates when a first field exceeds 12, and says why', () => {
		const result = sniff('customer,date,amount\nA,05/01/2024,1\nB,31/01/2024,2\n');
		expect(result.mapping.dateOrder).toBe('dmy');
		expect(result.dateOrderEvidence).toMatch(/31\/01\/2024/);
	});

	it('reads month-first dates when a second field exceeds 12', () => {
		expect(sniff('customer,date,amount\nA,01/05/2024,1\nB,01/31/2024,2\n').mapping.dateOrder).toBe(
			'mdy'
		);
	});

	it('falls back to day-first with a warning when no date decides', () => {
		const result = sniff('customer,date,amount\nA,01/02/2024,1\nB,03/04/2024,2\n');
		expect(result.mapping.dateOrder).toBe('dmy');
		expect(result.warnings.join(' ')).toMatch(/day\/month or month\/day|tells day and month apart/);
	});

	it('follows a header that says MM/DD when no date decides', () => {
		expect(sniff('customer,date (MM/DD/YYYY),amount\nA,01/02/2024,1\n').mapping.dateOrder).toBe(
			'mdy'
		);
	});

	it('suggests a return prefix when prefixed order ids carry negative quantities', () => {
		const rows = ['InvoiceNo,Quantity,UnitPrice,CustomerID,InvoiceDate'];
		for (let i = 0; i < 8; i++) rows.push(`${1000 + i},2,1.5,C${i},2024-01-0${i + 1}`);
		rows.push('C1001,-2,1.5,C1,2024-01-09', 'C1002,-1,1.5,C2,2024-01-09');
		const result = sniff(rows.join('\n'));
		expect(result.mapping.returnPrefix).toBe('C');
		expect(result.mapping.roles).toEqual(['order', 'quantity', 'unitPrice', 'customer', 'date']);
	});

	it('suggests no return prefix when every order id has the same prefix', () => {
		const rows = ['order,qty,price,customer,date'];
		for (let i = 0; i < 5; i++) rows.push(`INV-${i},${i === 0 ? -1 : 1},2,A,2024-01-01`);
		expect(sniff(rows.join('\n')).mapping.returnPrefix).toBe('');
	});

	it('notes decimal commas only in the columns read as numbers, not in ids that parse as one', () => {
		// Semicolons: numbers default to decimal commas. `R0` reads as 0 rand, but it is an id.
		const rows = ['Kunde;Datum;Betrag;Bestellung'];
		for (let i = 0; i < 6; i++) rows.push(`R${i};2024-01-0${i + 1};12,50;R${i}`);
		const result = sniff(rows.join('\n'));
		expect(result.mapping.roles.slice(0, 3)).toEqual(['customer', 'date', 'amount']);
		const note = (result.warningCauses ?? []).filter((w) => w.code === 'decimal-commas');
		expect(note).toEqual([{ code: 'decimal-commas', columns: ['Betrag'] }]);
	});

	it('profiles each column of the sample', () => {
		const result = sniff('customer,date,amount\nA,2024-01-01,12.50\nB,,oops\n');
		expect(result.columns.map((c) => [c.name, c.sampled, c.nonEmpty, c.dates, c.numbers])).toEqual([
			['customer', 2, 2, 0, 0],
			['date', 2, 1, 1, 0],
			['amount', 2, 2, 0, 1]
		]);
	});

	it('gives the same header key for the same columns whatever their case and spacing', () => {
		const a = sniff('Customer ID,Date,Amount\nA,2024-01-01,1\n').headerKey;
		const b = sniff('customer id , date,AMOUNT\nB,2024-02-01,2\n').headerKey;
		const c = sniff('Customer ID,Date,Total\nA,2024-01-01,1\n').headerKey;
		expect(a).toBe(b);
		expect(a).not.toBe(c);
	});

	it('ignores the cut last row of an incomplete head', () => {
		const result = sniffOrders(utf8('customer,date,amount\nA,2024-01-01,1\nB,2024-01-0'), false);
		expect(result.preview).toEqual([['A', '2024-01-01', '1']]);
	});

	it('refuses an empty head', () => {
		expect(() => sniffOrders(new Uint8Array(0), true)).toThrow('The file is empty');
	});

	it('refuses a whole file that is only a header, and warns of a head that is', () => {
		expect(() => sniffOrders(utf8('customer,date,amount\n\n'), true)).toThrow(
			'The file has a header (customer, date, amount) but no data rows.'
		);
		// Only the file's first bytes: rows may follow them.
		const head = sniffOrders(utf8('customer,date,amount\n\n'), false);
		expect(head.warningCauses).toContainEqual({ code: 'header-no-data' });
	});
});
