import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { workbook } from '../lib/ingest/xlsx-fixture';

const run = promisify(execFile);

// 2024-03-01 = serial 45352 (days since 1899-12-30).
const BOOK = workbook([
	['Customer', 'Invoice', 'Date', 'Amount'],
	['A1', 'INV-1', { serial: 45352 }, 12.5],
	['A2', 'INV-2', { serial: 45353 }, 7],
	['A1', 'INV-3', { serial: 45380 }, -2.25],
	['B1', 'INV-4', { serial: 45381 }, 100.1]
]);

describe('the command line reads an Excel workbook', () => {
	it('summarises the first sheet with the figures counted by hand', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'sieve-xlsx-'));
		const path = join(folder, 'orders.xlsx');
		writeFileSync(path, BOOK);
		const { stdout } = await run('node', [
			'--import',
			'tsx',
			'src/cli/sieve.ts',
			'summary',
			path,
			'--json'
		]);
		const summary = JSON.parse(stdout);
		// 4 lines; INV-3 sums below zero (a return); customers A1, A2, B1 each have an order.
		expect(summary.lines).toBe(4);
		expect(summary.customers).toBe(3);
		expect(summary.orders).toBe(3);
		expect(summary.returns).toBe(1);
		expect(summary.netRevenue).toBeCloseTo(12.5 + 7 - 2.25 + 100.1, 9);
		expect(summary.firstDate).toBe('2024-03-01');
		expect(summary.lastDate).toBe('2024-03-30');
	});
});
