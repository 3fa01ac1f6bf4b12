import { describe, expect, it } from 'vitest';
import { formatDay } from '../engine/tables/orders-table';
import { importAttributes, importOrders, IngestError } from './index';
import type { ColumnMapping, ColumnRole, ImportReport } from './index';

// Small files whose figures are counted by hand in the comments beside them.

async function* chunksOf(bytes: Uint8Array, size = bytes.length || 1): AsyncIterable<Uint8Array> {
	for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function mappingOf(roles: ColumnRole[], extra: Partial<ColumnMapping> = {}): ColumnMapping {
	return { roles, dateOrder: 'dmy', returnPrefix: '', returns: 'net', ...extra };
}

function rejectedCounts(report: ImportReport): Record<string, number> {
	return Object.fromEntries(report.rejected.map((r) => [r.reason, r.count]));
}

const ORDERS = [
	'customer,order,date,amount',
	'A,o1,2024-01-01,10', // o1 = 10 + 5 = 15: an order
	'A,o1,2024-01-01,5',
	'A,o2,2024-01-03,-5', // o2 = -5: a return
	'B,o3,2024-01-02,20', // o3 = 20 - 20 = 0 with a negative line: a return (cancelled in full)
	'B,o3,2024-01-02,-20',
	'C,o4,2024-01-05,7', // o4 = 7: an order
	',o5,2024-01-05,3', // line 8: no customer
	'D,o6,not a date,4', // line 9: bad date
	'D,o7,2024-01-06,abc' // line 10: bad amount
].join('\n');
const ORDER_ROLES: ColumnRole[] = ['customer', 'order', 'date', 'amount'];

describe('importOrders under the counting conventions', () => {
	it('counts lines, rejected rows, orders, returns and customers as DOMAIN.md defines them', async () => {
		const { report } = await importOrders(chunksOf(utf8(ORDERS)), mappingOf(ORDER_ROLES));
		expect(report.rowsRead).toBe(9);
		expect(report.lines).toBe(6);
		expect(rejectedCounts(report)).toEqual({ 'no-customer': 1, 'bad-date': 1, 'bad-amount': 1 });
		expect(report.rejected.map((r) => r.examples[0].line)).toEqual([8, 9, 10]);
		expect(report.orders).toBe(2); // o1, o4
		expect(report.returns).toBe(2); // o2, o3
		expect(report.customers).toBe(2); // A, C
		expect(report.returnsOnlyCustomers).toBe(1); // B
		expect(report.netRevenue).toBe(17); // 15 - 5 + 0 + 7
		expect(report.returnsOnlyRevenue).toBe(0); // B: 20 - 20
		expect(formatDay(report.firstDay)).toBe('2024-01-01');
		expect(formatDay(report.lastDay)).toBe('2024-01-05');
	});

	it('leaves returned lines out, counted apart, when returns are ignored', async () => {
		const mapping = mappingOf(ORDER_ROLES, { returns: 'ignore' });
		const { report } = await importOrders(chunksOf(utf8(ORDERS)), mapping);
		// The -5 and -20 lines go; o3 is then B's order of 20.
		expect(report.ignoredReturnLines).toBe(2);
		expect(report.lines).toBe(4);
		expect(report.orders).toBe(3);
		expect(report.returns).toBe(0);
		expect(report.customers).toBe(3);
		expect(report.netRevenue).toBe(42); // 15 + 20 + 7
		const rejected = report.rejected.reduce((sum, r) => sum + r.count, 0);
		expect(report.lines + rejected + report.ignoredReturnLines).toBe(report.rowsRead);
	});

	it('forms one order per customer and day when there is no order column', async () => {
		const text =
			'customer,date,amount\nA,2024-01-01,10\nA,2024-01-01,5\nA,2024-01-02,3\nB,2024-01-01,-4\n';
		const { table, report } = await importOrders(
			chunksOf(utf8(text)),
			mappingOf(['customer', 'date', 'amount'])
		);
		expect(table.order.values).toEqual(['A@2024-01-01', 'A@2024-01-02', 'B@2024-01-01']);
		expect(Array.from(table.order.codes)).toEqual([0, 0, 1, 2]);
		expect(report.orders).toBe(2);
		expect(report.returns).toBe(1);
	});

	it('turns lines marked by an order-id prefix or a status into returns whatever their sign', async () => {
		const text = [
			'customer,invoice,date,qty,price,status',
			'A,1001,2024-01-01,2,5.00,', // 10
			'A,C1001,2024-01-02,1,5.00,', // prefix C: -5
			'B,1002,2024-01-03,3,2.50,returned', // status: -7.5
			'B,1003,2024-01-03,1,2.50,' // 2.5
		].join('\n');
		const roles: ColumnRole[] = [
			'customer',
			'order',
			'date',
			'quantity',
			'unitPrice',
			'returnFlag'
		];
		const { table, report } = await importOrders(
			chunksOf(utf8(text)),
			mappingOf(roles, { returnPrefix: 'C' })
		);
		expect(Array.from(table.amount)).toEqual([10, -5, -7.5, 2.5]);
		expect(Array.from(table.quantity ?? [])).toEqual([2, -1, -3, 1]);
		expect(report.orders).toBe(2); // 1001, 1003
		expect(report.returns).toBe(2); // C1001, 1002
		expect(report.netRevenue).toBe(0);
	});

	it('computes the amount as quantity × unit price and rejects a bad quantity or price', async () => {
		const text = 'customer,date,qty,price\nA,2024-01-01,3,1.5\nA,2024-01-01,x,1\nA,2024-01-01,1,\n';
		const roles: ColumnRole[] = ['customer', 'date', 'quantity', 'unitPrice'];
		const { table, report } = await importOrders(chunksOf(utf8(text)), mappingOf(roles));
		expect(Array.from(table.amount)).toEqual([4.5]);
		expect(rejectedCounts(report)).toEqual({ 'bad-quantity': 1, 'bad-price': 1 });
	});

	it('fills cost, discount, category and channel columns', async () => {
		const text = [
			'customer,date,amount,cost,discount,category,channel',
			'A,2024-01-01,100,60,0,Tea,web',
			'A,2024-01-02,-50,30,SUMMER,Tea,store', // a returned line: its cost comes back too
			'B,2024-01-03,80,,10%,,web'
		].join('\n');
		const roles: ColumnRole[] = [
			'customer',
			'date',
			'amount',
			'cost',
			'discount',
			'category',
			'channel'
		];
		const { table } = await importOrders(chunksOf(utf8(text)), mappingOf(roles));
		expect(Array.from(table.cost ?? [])).toEqual([60, -30, NaN]);
		expect(Array.from(table.discounted ?? [])).toEqual([0, 1, 1]);
		expect(table.category?.values).toEqual(['Tea']);
		expect(Array.from(table.category?.codes ?? [])).toEqual([0, 0, -1]);
		expect(table.channel?.values).toEqual(['web', 'store']);
		expect(Array.from(table.channel?.codes ?? [])).toEqual([0, 1, 0]);
	});

	it.each([
		['percent', ['25%', '40'], [75, 120]], // a value over 1 puts the column in percent
		['fractions', ['0.25', '0.4'], [75, 120]]
	])('derives cost from a margin column in %s', async (_, margins, costs) => {
		const text = `customer,date,amount,margin\nA,2024-01-01,100,${margins[0]}\nA,2024-01-02,200,${margins[1]}\n`;
		const { table } = await importOrders(
			chunksOf(utf8(text)),
			mappingOf(['customer', 'date', 'amount', 'margin'])
		);
		expect(Array.from(table.cost ?? []).map((c) => Math.round(c * 1e9) / 1e9)).toEqual(costs);
	});

	it('reads semicolon files with decimal commas and day-first dates', async () => {
		const text = 'Kunde;Datum;Betrag\nK1;31.12.2023;1.234,56\nK2;01.01.2024;-0,56\n';
		const { table, report } = await importOrders(
			chunksOf(utf8(text)),
			mappingOf(['customer', 'date', 'amount'])
		);
		expect(report.delimiter).toBe(';');
		expect(Array.from(table.amount)).toEqual([1234.56, -0.56]);
		expect(formatDay(report.firstDay)).toBe('2023-12-31');
	});

	it('reads ambiguous dates in the order the mapping says', async () => {
		const text = 'customer,date,amount\nA,01/02/2024,1\n';
		const dmy = await importOrders(chunksOf(utf8(text)), mappingOf(['customer', 'date', 'amount']));
		const mdy = await importOrders(
			chunksOf(utf8(text)),
			mappingOf(['customer', 'date', 'amount'], { dateOrder: 'mdy' })
		);
		expect(formatDay(dmy.report.firstDay)).toBe('2024-02-01');
		expect(formatDay(mdy.report.firstDay)).toBe('2024-01-02');
	});

	it('rejects ragged rows, accepts empty trailing fields, and skips blank lines', async () => {
		const text = [
			'customer,date,amount',
			'A,2024-01-01,1',
			'B,2024-01-01', // line 3: too few fields
			'C,2024-01-01,1,extra', // line 4: too many fields
			'D,2024-01-01,1,', // a trailing delimiter: fine
			'',
			',,',
			'E,2024-01-01,2'
		].join('\n');
		const { report } = await importOrders(
			chunksOf(utf8(text)),
			mappingOf(['customer', 'date', 'amount'])
		);
		expect(report.rowsRead).toBe(5);
		expect(report.lines).toBe(3);
		expect(report.blankLines).toBe(2);
		const ragged = report.rejected.find((r) => r.reason === 'wrong-field-count');
		expect(ragged?.examples.map((e) => e.line)).toEqual([3, 4]);
		expect(ragged?.examples[0]).toEqual({
			line: 3,
			text: 'B,2024-01-01',
			fields: { found: 2, expected: 3 }
		});
	});
});

describe('streaming in chunks', () => {
	// Quoted commas, doubled quotes, line breaks inside quotes (LF and CRLF), multi-byte characters:
	// every chunk size must give the same table, and rejected rows keep their file line numbers.
	const text = [
		'customer,date,amount,note',
		'José,2024-01-01,"1,234.50","says ""hi"", then leaves"',
		'Zoë,2024-01-02,£7.25,"two\nlines"',
		',2024-01-03,1,line 5: no customer',
		'Ünal,2024-01-04,3,"three\r\nlines\r\nhere 😀"',
		',2024-01-05,1,line 9: no customer',
		'José,2024-01-06,-1.25,"x"'
	].join('\n');
	const mapping = mappingOf(['customer', 'date', 'amount', 'ignore']);

	it.each([1, 2, 3, 5, 7, 13, 64, 1 << 20])(
		'gives the same result with %i-byte chunks',
		async (size) => {
			// Encoding and delimiter given (as the sniff gives them), so detection does not wait for 64 KB.
			const options = { chunkBytes: size, encoding: 'utf-8', delimiter: ',' } as const;
			const { table, report } = await importOrders(chunksOf(utf8(text), size), mapping, options);
			expect(table.customer.values).toEqual(['José', 'Zoë', 'Ünal']);
			expect(Array.from(table.amount)).toEqual([1234.5, 7.25, 3, -1.25]);
			expect(report.rowsRead).toBe(6);
			expect(report.rejected[0].examples.map((e) => e.line)).toEqual([5, 9]);
		}
	);
});

describe('broken quotes', () => {
	it('leaves out only the line whose quote never closes, then reads on', async () => {
		const text = [
			'customer,date,amount,note',
			'A,2024-01-01,10.00,ok',
			'B,2024-01-02,20.00,"broken note', // line 3: this quote pairs with nothing
			'C,2024-01-03,30.00,fine',
			'D,2024-01-04,40.00,"quoted, with comma"',
			'E,2024-01-05,50.00,plain',
			'F,2024-01-06,60.00,"never closed at the end' // line 7
		].join('\n');
		for (const size of [4, 1 << 20]) {
			const { table, report } = await importOrders(
				chunksOf(utf8(text), size),
				mappingOf(['customer', 'date', 'amount', 'ignore']),
				{
					chunkBytes: size,
					encoding: 'utf-8',
					delimiter: ','
				}
			);
			expect(table.customer.values).toEqual(['A', 'C', 'D', 'E']);
			const unclosed = report.rejected.find((r) => r.reason === 'unclosed-quote');
			expect(unclosed?.count).toBe(2);
			expect(unclosed?.examples.map((e) => e.line)).toEqual([3, 7]);
			expect(unclosed?.examples[0].text).toBe('B,2024-01-02,20.00,"broken note');
			expect(report.rowsRead).toBe(6);
		}
	});
});

describe('a stray quote early in a large file', () => {
	it('costs one line, not the 800,000 after it (about 18 MB)', async () => {
		const rows = Array.from({ length: 800_000 }, (_, i) => `C${i % 1000},2024-01-01,1.5`);
		const text = `customer,date,amount\nX,2024-01-01,"7\n${rows.join('\n')}\n`;
		const { report } = await importOrders(
			chunksOf(utf8(text), 1 << 20),
			mappingOf(['customer', 'date', 'amount'])
		);
		expect(report.rejected).toEqual([
			{
				reason: 'unclosed-quote',
				label: expect.any(String),
				count: 1,
				examples: [{ line: 2, text: 'X,2024-01-01,"7' }]
			}
		]);
		expect(report.lines).toBe(800_000);
		expect(report.netRevenue).toBe(1_200_000);
	});
});

describe('encoding trouble after the head', () => {
	it('warns when bytes later in the file are not valid in the encoding of the head', async () => {
		// The head is plain ASCII (UTF-8); a Windows-1252 é (0xE9) comes in a later chunk.
		const head = utf8('customer,date,amount\nA,2024-01-01,1\n');
		const tail = new Uint8Array([...utf8('Jos'), 0xe9, ...utf8(',2024-01-02,2\n')]);
		async function* source() {
			yield head;
			yield tail;
		}
		const options = { chunkBytes: head.length, encoding: 'utf-8', delimiter: ',' } as const;
		const { table, report } = await importOrders(
			source(),
			mappingOf(['customer', 'date', 'amount']),
			options
		);
		expect(table.customer.values).toEqual(['A', 'Jos\uFFFD']);
		expect(report.warnings).toEqual([
			'Some bytes are not valid UTF-8 and show as “�” (line 3): the file may use another encoding.'
		]);
	});
});

describe('errors and cancellation', () => {
	it.each([
		[['date', 'amount', 'ignore'], /No column is mapped as the customer/],
		[['customer', 'amount', 'ignore'], /No column is mapped as the order date/],
		[['customer', 'date', 'ignore'], /No column is mapped as the amount/],
		[['customer', 'customer', 'date', 'amount'], /Columns 1 and 2 are both mapped as “customer”/]
	] as [ColumnRole[], RegExp][])('refuses the mapping %j', async (roles, message) => {
		const text = 'a,b,c\n1,2,3\n';
		await expect(importOrders(chunksOf(utf8(text)), mappingOf(roles))).rejects.toThrow(message);
	});

	it('refuses a mapping made for another header', async () => {
		const text = 'customer,date,amount,extra\nA,2024-01-01,1,x\n';
		await expect(
			importOrders(chunksOf(utf8(text)), mappingOf(['customer', 'date', 'amount']))
		).rejects.toThrow(/mapping is for 3 columns but the file's header has 4/);
	});

	it('says why when no row is usable', async () => {
		const text = 'customer,date,amount\n,2024-01-01,1\nA,someday,1\n';
		const error = await importOrders(
			chunksOf(utf8(text)),
			mappingOf(['customer', 'date', 'amount'])
		).catch((e) => e);
		expect(error).toBeInstanceOf(IngestError);
		expect(error.message).toBe(
			'None of the 2 rows could be used: 1 no customer id, 1 date missing or not understood. Check the column mapping (customer, date, amount) and the date order.'
		);
	});

	it('stops with an AbortError when the signal aborts between chunks', async () => {
		const controller = new AbortController();
		const rows = Array.from({ length: 200 }, (_, i) => `C${i},2024-01-01,${i}`).join('\n');
		const progress: number[] = [];
		const run = importOrders(
			chunksOf(utf8(`customer,date,amount\n${rows}`), 256),
			mappingOf(['customer', 'date', 'amount']),
			{
				chunkBytes: 256,
				encoding: 'utf-8',
				delimiter: ',',
				signal: controller.signal,
				onProgress: ({ rowsRead }) => {
					progress.push(rowsRead);
					controller.abort();
				}
			}
		);
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
		expect(progress.length).toBe(1);
		expect(progress[0]).toBeLessThan(200);
	});
});

describe('importAttributes', () => {
	it('keys rows by the detected customer column, types columns, and counts duplicates', async () => {
		const text = [
			'age,CustomerID,city,followers',
			'34,17850.0,London,"1,200"',
			',17851.0,Paris,350',
			'99,17850.0,Rome,0', // a duplicate id: the first row wins
			'40,,Berlin,5' // no customer
		].join('\n');
		const { table, report } = await importAttributes(chunksOf(utf8(text)));
		expect(table.customerIds).toEqual(['17850', '17851']);
		expect(report).toMatchObject({
			rowsRead: 4,
			customers: 2,
			duplicates: 1,
			customerColumn: 'CustomerID',
			numericColumns: ['age', 'followers'],
			categoricalColumns: ['city']
		});
		expect(report.rejected.map((r) => [r.reason, r.count])).toEqual([['no-customer', 1]]);
		expect(report.warningCauses).toEqual([{ code: 'duplicate-customers', rows: 1 }]);
		expect(report.warnings).toEqual([
			'1 row repeats a customer id already seen; the first row of each id is kept.'
		]);
		const [age, city, followers] = table.columns;
		expect(age.kind === 'numeric' && Array.from(age.values)).toEqual([34, NaN]);
		expect(city.kind === 'categorical' && [city.values, Array.from(city.codes)]).toEqual([
			['London', 'Paris'],
			[0, 1]
		]);
		expect(followers.kind === 'numeric' && Array.from(followers.values)).toEqual([1200, 350]);
	});

	it('says when no header names the customer id and the first column is used', async () => {
		const { table, report } = await importAttributes(chunksOf(utf8('Zeile,Alter\nA,34\nB,51\n')));
		expect(table.customerIds).toEqual(['A', 'B']);
		expect(report.warningCauses).toEqual([{ code: 'customer-column-guessed', column: 'Zeile' }]);
	});

	it('types a column numeric at 90% numbers and categorical below', async () => {
		const values = (bad: number) =>
			Array.from({ length: 10 }, (_, i) => (i < bad ? 'n/a' : String(i)));
		const rows = values(1).map((v, i) => `c${i},${v},${values(2)[i]}`);
		const { table } = await importAttributes(
			chunksOf(utf8(`customer,score,rank\n${rows.join('\n')}`))
		);
		expect(table.columns.map((c) => c.kind)).toEqual(['numeric', 'categorical']);
	});
});
