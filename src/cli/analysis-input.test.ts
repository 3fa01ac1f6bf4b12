import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), 'sieve-cli-shared-'));
const write = (name: string, text: string) => {
	const path = join(folder, name);
	writeFileSync(path, text);
	return path;
};
const sieve = (...args: string[]) =>
	run(process.execPath, ['--import', 'tsx', 'src/cli/sieve.ts', ...args], {
		cwd: process.cwd(),
		maxBuffer: 1 << 24
	});

/** CSV text → rows of cells (these files quote nothing). */
const rowsOf = (csv: string) =>
	csv
		.replace(/^\uFEFF/, '')
		.split('\r\n')
		.filter((line) => line !== '')
		.map((line) => line.split(','));

// The worked example of issue 10. By hand: C1's O1 = 0.1 + 0.2 − 0.3 is zero with a negative line
// (a return); C2's O2 = 10 and C3's O3 = 5 are orders; C4's O3 = −4 is a return of its own pair.
// So 2 customers (C2, C3), 2 orders, 2 returns, 2 returns-only customers (C1, C4), value 15.
const example = write(
	'example.csv',
	[
		'customer,order,date,amount',
		'C1,O1,2024-01-01,0.1',
		'C1,O1,2024-01-01,0.2',
		'C1,O1,2024-01-01,-0.3',
		'C2,O2,2024-01-02,10',
		'C3,O3,2024-01-03,5',
		'C4,O3,2024-01-03,-4'
	].join('\n') + '\n'
);

describe('the worked example on the command line', () => {
	it('gives 2 customers, 2 orders, 2 returns and 2 returns-only customers in the summary', async () => {
		const summary = JSON.parse((await sieve('summary', example, '--json')).stdout);
		expect(summary).toMatchObject({
			customers: 2,
			orders: 2,
			returns: 2,
			returnsOnlyCustomers: 2
		});
	}, 60_000);

	it('gives 2 customers and a value total of 15 in the Value report', async () => {
		const value = JSON.parse((await sieve('value', example, '--json')).stdout);
		expect(value.customers).toBe(2);
		expect(value.returnsOnlyCustomers).toBe(2);
		expect(value.totalValue).toBe(15);
	}, 60_000);
});

// Three customers over 2024: A orders in January and June, B only in January, C only in June.
const shop = write(
	'shop.csv',
	[
		'customer,order,date,amount',
		'A,a1,2024-01-10,100',
		'A,a2,2024-06-10,50',
		'B,b1,2024-01-15,30',
		'C,c1,2024-06-20,70'
	].join('\n') + '\n'
);

describe('the shared flags', () => {
	it('leaves out lines before --start and still counts recency from the analysis date', async () => {
		const out = write('start.csv', '');
		await sieve(
			'segments',
			shop,
			'--start',
			'2024-03-01',
			'--analysis-date',
			'2024-07-01',
			'--customers',
			out,
			'--json'
		);
		const rows = rowsOf(readFileSync(out, 'utf8'));
		expect(rows[0]).toEqual([
			'customer_id',
			'orders',
			'net_revenue',
			'first_order',
			'last_order',
			'recency_days',
			'segment',
			'r',
			'f',
			'm',
			'pattern',
			'lapsing',
			'tags'
		]);
		// A: one order (50) on 2024-06-10, 21 days before 2024-07-01 (a1 of January is before the
		// start); C: 70 on 2024-06-20, 11 days.
		expect(rows.slice(1).map((row) => row.slice(0, 6))).toEqual([
			['A', '1', '50', '2024-06-10', '2024-06-10', '21'],
			['C', '1', '70', '2024-06-20', '2024-06-20', '11']
		]);
	}, 60_000);

	it('applies the dataset section and a family section of a settings file', async () => {
		const settings = write(
			'settings.json',
			JSON.stringify({ dataset: { analysisDate: '2024-02-01' }, value: { topN: 1 } })
		);
		const value = JSON.parse((await sieve('value', shop, '--settings', settings, '--json')).stdout);
		expect(value.analysisDate).toBe('2024-02-01');
		expect(value.customers).toBe(2);
		expect(value.topIds).toEqual(['A']);
	}, 60_000);

	it('reads the value basis and date of an older settings file the same way', async () => {
		const settings = write(
			'old-settings.json',
			JSON.stringify({ value: { analysisDate: '2024-02-01', topN: 5 } })
		);
		const value = JSON.parse((await sieve('value', shop, '--settings', settings, '--json')).stdout);
		expect(value.analysisDate).toBe('2024-02-01');
	}, 60_000);

	it('writes every customer with rank, value and class from value --customers', async () => {
		const out = write('value.csv', '');
		await sieve('value', shop, '--customers', out);
		const rows = rowsOf(readFileSync(out, 'utf8'));
		// Total 250. Value before each: A 0 (< 80%: A), C 150 = 60% (A), B 220 = 88% (< 95%: B).
		const column = (name: string) => rows[0].indexOf(name);
		expect(
			rows
				.slice(1)
				.map((row) =>
					['rank', 'customer_id', 'net_revenue', 'abc_class'].map((c) => row[column(c)])
				)
		).toEqual([
			['1', 'A', '150', 'A'],
			['2', 'C', '70', 'A'],
			['3', 'B', '30', 'B']
		]);
	}, 60_000);

	it('refuses a start date that is not a date, with exit code 2', async () => {
		await expect(sieve('value', shop, '--start', '2024-13')).rejects.toMatchObject({
			code: 2,
			stderr: expect.stringContaining('--start: not a YYYY-MM-DD date')
		});
	}, 60_000);

	it('says when no customer has an order in the chosen period, with exit code 1', async () => {
		await expect(sieve('value', shop, '--analysis-date', '2023-01-01')).rejects.toMatchObject({
			code: 1,
			stderr: expect.stringContaining('No customer has an order before 2023-01-01')
		});
	}, 60_000);
});
