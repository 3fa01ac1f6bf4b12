import { describe, expect, it } from 'vitest';
import { describeIngestRefusal } from './ingest-refusals';
import { checkMapping, importOrders } from './import-orders';
import { sniffOrders } from './sniff-orders';
import { xlsxToCsv } from './xlsx';
import { workbookOf } from './xlsx-fixture';
import { IngestError, type ColumnMapping, type ColumnRole } from './types';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
	yield bytes;
}

const mappingOf = (roles: ColumnRole[]): ColumnMapping => ({
	roles,
	dateOrder: 'ymd',
	returnPrefix: '',
	returns: 'net'
});

/** The IngestError a call throws. */
async function refusalOf(call: () => unknown): Promise<IngestError> {
	try {
		await call();
	} catch (error) {
		if (error instanceof IngestError) return error;
		throw error;
	}
	throw new Error('no IngestError was thrown');
}

describe('IngestError made from a refusal', () => {
	it('carries the code and values beside the English sentence of an empty file', async () => {
		const error = await refusalOf(() => sniffOrders(new Uint8Array(0), true));
		expect(error.message).toBe('The file is empty.');
		expect(error.code).toBe('empty-file');
		expect(error.values).toEqual({});
	});

	it('names a PDF by its kind', async () => {
		const error = await refusalOf(() => sniffOrders(utf8('%PDF-1.7\n...'), true));
		expect(error.code).toBe('binary-signature');
		expect(error.values).toEqual({ kind: 'pdf' });
		expect(error.message).toBe(
			"This doesn't look like a text file: it looks like a PDF document. Export your orders as CSV (comma, semicolon or tab separated) and try again."
		);
	});

	it('names an image chosen by mistake (a screenshot, a photo) by its kind', async () => {
		const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
		const gif = utf8('GIF89a\x01\x00');
		expect((await refusalOf(() => sniffOrders(png, true))).values).toEqual({ kind: 'png' });
		expect((await refusalOf(() => sniffOrders(jpeg, true))).values).toEqual({ kind: 'jpeg' });
		expect((await refusalOf(() => sniffOrders(gif, true))).values).toEqual({ kind: 'gif' });
		expect((await refusalOf(() => sniffOrders(png, true))).message).toBe(
			"This doesn't look like a text file: it looks like a PNG image (a screenshot?). Export your orders as CSV (comma, semicolon or tab separated) and try again."
		);
	});

	it('lists the missing roles of a mapping', async () => {
		const error = await refusalOf(() => checkMapping(mappingOf(['customer', 'ignore'])));
		expect(error.code).toBe('roles-missing');
		expect(error.values).toEqual({ missing: ['date', 'amount'] });
		expect(error.message).toBe(
			'No column is mapped as the order date and the amount (nor a quantity and unit price pair to compute it). Choose the date column and the amount column (line revenue), or quantity and unit price.'
		);
	});

	it('keeps the header of a file without data rows', async () => {
		const error = await refusalOf(() =>
			importOrders(once(utf8('Customer,Date,Amount\n')), mappingOf(['customer', 'date', 'amount']))
		);
		expect(error.code).toBe('header-no-data');
		expect(error.values).toEqual({ header: ['Customer', 'Date', 'Amount'] });
		expect(error.message).toBe('The file has a header (Customer, Date, Amount) but no data rows.');
	});

	it('counts the reasons when no row could be used', async () => {
		const text = 'Customer,Date,Amount\n,2024-01-02,5\nC1,someday,6\n';
		const error = await refusalOf(() =>
			importOrders(once(utf8(text)), mappingOf(['customer', 'date', 'amount']))
		);
		expect(error.code).toBe('no-usable-rows');
		expect(error.values).toMatchObject({ rows: 2, ignoredReturnLines: 0 });
		expect(error.message).toBe(
			describeIngestRefusal({ code: 'no-usable-rows', ...error.values } as never)
		);
		expect(error.message).toMatch(/^None of the 2 rows could be used: 1 no customer id, 1 date/);
	});

	it('names the sheets of a workbook that lacks the one asked for', async () => {
		const book = workbookOf({ Orders: [['a']], Notes: [['b']] });
		const error = await refusalOf(() => xlsxToCsv(book.slice().buffer, 'Missing'));
		expect(error.code).toBe('no-sheet');
		expect(error.values).toEqual({ sheet: 'Missing', sheets: ['Orders', 'Notes'] });
		expect(error.message).toBe(
			'The workbook has no sheet “Missing”; its sheets are “Orders”, “Notes”.'
		);
	});

	it('keeps a plain text without a code', () => {
		const error = new IngestError('The tickets file is empty.');
		expect(error.code).toBeUndefined();
		expect(error.values).toBeUndefined();
	});
});

describe('the sniff’s warnings by code', () => {
	it('gives a title line and ambiguous dates their codes and figures beside the English', () => {
		const text = 'Sales 2024\nCustomer,Date,Amount\nC1,03/04/2024,5\nC2,05/06/2024,7\n';
		const sniff = sniffOrders(utf8(text), true);
		expect(sniff.warningCauses).toEqual([
			{
				code: 'title-skipped',
				lines: 1,
				title: 'Sales 2024',
				header: 'Customer,Date,Amount'
			},
			{ code: 'dates-ambiguous', example: '03/04/2024', order: 'dmy', headerSays: false }
		]);
		expect(sniff.warnings).toEqual([
			'The line above the header (“Sales 2024”) will be skipped as a title: the header is “Customer,Date,Amount”.',
			'No date in the sample tells day and month apart (e.g. 03/04/2024); read as day/month/year. Change the date order in the mapping if that is wrong.'
		]);
	});
});
