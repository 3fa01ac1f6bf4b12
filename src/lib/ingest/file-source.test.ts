import { describe, expect, it } from 'vitest';
import { workbook } from './xlsx-fixture';
import { openFileSource, readHead } from './file-source';

describe('openFileSource with an Excel workbook', () => {
	it('gives the first sheet as CSV bytes, and counts the whole file read at the end', async () => {
		const book = workbook([
			['Customer', 'Date', 'Amount'],
			['A1', { serial: 45352 }, 10]
		]);
		const file = new Blob([book.slice().buffer]);
		const source = await openFileSource(file);
		const { head, isComplete } = await readHead(source.chunks);
		expect(new TextDecoder().decode(head)).toBe('Customer,Date,Amount\nA1,2024-03-01,10\n');
		expect(isComplete).toBe(true);
		expect(source.gzip).toBe(false);
		expect(source.bytesRead()).toBe(file.size);
	});
});
