import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

// By hand: A buys on 01-05 and 03-01, B only on 01-10, C on 03-05 and 03-08. From 2024-02-01
// on, B has no line left, so the customer table holds A and C only (3 customers without --start).
const ORDERS = [
	'customer,order,date,amount',
	'A,O1,2024-01-05,10',
	'B,O2,2024-01-10,20',
	'A,O3,2024-03-01,30',
	'C,O4,2024-03-05,40',
	'C,O5,2024-03-08,5'
].join('\n');
const TICKETS = ['ticket,customer,opened,resolved', 'T1,A,2024-01-06,2024-01-07'].join('\n');

let folder = '';
const sieve = async (args: string[]) => {
	const { stdout } = await run('node', ['--import', 'tsx', 'src/cli/sieve.ts', ...args]);
	return JSON.parse(stdout);
};

beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'sieve-start-'));
	writeFileSync(join(folder, 'orders.csv'), ORDERS);
	writeFileSync(join(folder, 'tickets.csv'), TICKETS);
});

describe('--start leaves out the lines before the period on every analysis command', () => {
	it('roi counts only the customers with lines in the period', async () => {
		const count = (json: { groups: { customers: number }[] }) =>
			json.groups.reduce((sum, group) => sum + group.customers, 0);
		const file = join(folder, 'orders.csv');
		expect(count(await sieve(['roi', file, '--by', 'pattern', '--json']))).toBe(3);
		expect(
			count(await sieve(['roi', file, '--by', 'pattern', '--start', '2024-02-01', '--json']))
		).toBe(2);
	});

	it('reviews plans only the customers with lines in the period', async () => {
		const count = (json: { levels: Record<string, number> }) =>
			Object.values(json.levels).reduce((sum, n) => sum + n, 0);
		const file = join(folder, 'orders.csv');
		expect(count(await sieve(['reviews', file, '--json']))).toBe(3);
		expect(count(await sieve(['reviews', file, '--start', '2024-02-01', '--json']))).toBe(2);
	});

	it('loyalty groups only the customers with lines in the period', async () => {
		const file = join(folder, 'orders.csv');
		const tickets = join(folder, 'tickets.csv');
		const all = await sieve(['loyalty', file, '--tickets', tickets, '--json']);
		const period = await sieve([
			'loyalty',
			file,
			'--tickets',
			tickets,
			'--start',
			'2024-02-01',
			'--json'
		]);
		expect(all.customers).toBe(3);
		expect(period.customers).toBe(2);
	});

	it('refuses a start that is not a date', async () => {
		await expect(
			run('node', [
				'--import',
				'tsx',
				'src/cli/sieve.ts',
				'roi',
				join(folder, 'orders.csv'),
				'--by',
				'pattern',
				'--start',
				'2024-02-30'
			])
		).rejects.toMatchObject({ code: 2 });
	});
});
