/**
 * The reader rejects a broken line for one of two reasons (an unclosed quote, or a line over the
 * length limit); the customers and tickets files tally each under its own reason (issue 21).
 */
import { describe, expect, it } from 'vitest';
import { importAttributes, importTickets } from '../../src/lib/ingest/index';

async function* chunksOf(text: string, size = 1 << 20): AsyncIterable<Uint8Array> {
	const bytes = new TextEncoder().encode(text);
	for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

// Line 3 is 2 MB long (over the 1 MB limit); line 5 opens a quote that never closes.
const long = 'x'.repeat(2 << 20);

describe('broken lines of a customers file', () => {
	it('are counted as too long or as an unclosed quote, each on its line', async () => {
		const text = `customer_id,city\nA,Oslo\nB,${long}\nC,Bergen\nD,"Tromsø\n`;
		const { report } = await importAttributes(chunksOf(text));
		expect(report.rejected.map((r) => [r.reason, r.count, r.examples[0].line])).toEqual([
			['unclosed-quote', 1, 5],
			['line-too-long', 1, 3]
		]);
		expect(report.customers).toBe(2);
	});
});

describe('broken lines of a tickets file', () => {
	it('are counted as too long or as an unclosed quote, each on its line', async () => {
		const text = `customer,opened,resolved\nA,2024-01-01,2024-01-02\nB,${long}\nC,2024-01-03,\nD,"2024-01-04\n`;
		const { report } = await importTickets(chunksOf(text), {
			roles: ['customer', 'opened', 'resolved'],
			dateOrder: 'ymd'
		});
		expect(report.rejected.map((r) => [r.reason, r.count, r.examples[0].line])).toEqual([
			['unclosed-quote', 1, 5],
			['line-too-long', 1, 3]
		]);
		expect(report.tickets).toBe(2);
	});
});
