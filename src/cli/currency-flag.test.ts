import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** `sieve ARGS…` in a child process, as a person runs it. */
const sieve = (args: string[]) => run('node', ['--import', 'tsx', 'src/cli/sieve.ts', ...args]);

/**
 * A German export: 40 customers, one to five orders each over 2023–2024, amounts written
 * “1.234,50 €” — the currency the file names is EUR.
 */
function euros(): string {
	const rows = ['Kunde;Bestellung;Datum;Betrag'];
	let order = 0;
	for (let customer = 0; customer < 40; customer++) {
		for (let k = 0; k <= customer % 5; k++) {
			order++;
			const month = 1 + ((customer * 7 + k * 5) % 12);
			const year = 2023 + ((customer + k) % 2);
			const cents = 1_250 + ((customer * 977 + k * 313) % 150_000);
			const amount = `${Math.floor(cents / 100).toLocaleString('de-DE')},${String(cents % 100).padStart(2, '0')} €`;
			rows.push(`K${customer};B${order};1${k}.${String(month).padStart(2, '0')}.${year};${amount}`);
		}
	}
	return rows.join('\n') + '\n';
}

/** Every analysis command, with the flags it needs on the euro file. */
const COMMANDS: [string, () => string[]][] = [
	['value', () => []],
	['segments', () => []],
	['personas', () => []],
	['roi', () => ['--by', 'rfm']],
	['reviews', () => []],
	['loyalty', () => ['--tickets', tickets]],
	['movement', () => ['--from', '2023-12-31', '--to', '2024-12-31']],
	['clv', () => ['--calibration-end', '2024-06-30']]
];

let folder = '';
let orders = '';
let tickets = '';
let plain = '';

beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'sieve-currency-'));
	orders = join(folder, 'euros.csv');
	tickets = join(folder, 'tickets.csv');
	plain = join(folder, 'plain.csv');
	writeFileSync(orders, euros());
	writeFileSync(tickets, 'Ticket;Kunde;Eröffnet;Gelöst\nT1;K1;11.02.2023;12.02.2023\n');
	writeFileSync(plain, 'customer,order,date,amount\nA,O1,2024-01-05,10\nB,O2,2024-02-01,20.5\n');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function currencyOf(args: string[]): Promise<unknown> {
	const { stdout } = await sieve([...args, '--json']);
	return (JSON.parse(stdout) as { currency?: unknown }).currency;
}

describe('every analysis command names the amounts’ currency in its JSON', () => {
	for (const [command, extra] of COMMANDS) {
		it(`${command}: the one the file's amounts are written in`, async () => {
			expect(await currencyOf([command, orders, ...extra()])).toBe('EUR');
		}, 60_000);
	}

	it('takes --currency instead (a code in any case, or none), and says null for plain amounts', async () => {
		expect(await currencyOf(['value', orders, '--currency', 'gbp'])).toBe('GBP');
		expect(
			await currencyOf([
				'movement',
				orders,
				'--from',
				'2023-12-31',
				'--to',
				'2024-12-31',
				'--currency',
				'none'
			])
		).toBeNull();
		expect(await currencyOf(['segments', plain])).toBeNull();
	}, 60_000);

	it('refuses a --currency that is neither a code, a symbol nor none', async () => {
		const failure = await sieve(['reviews', orders, '--currency', '12']).catch(
			(error: { code: number; stderr: string }) => error
		);
		expect((failure as { code: number }).code).toBe(2);
		expect((failure as { stderr: string }).stderr).toContain(
			'--currency is an ISO code (EUR, GBP …), a symbol ($, Rs …) or none; got 12'
		);
	}, 60_000);
});

/** The header and the rows of a CSV the CLI wrote (no quoted commas in these files). */
function csvOf(path: string): { header: string[]; rows: string[][] } {
	const [header, ...rows] = readFileSync(path, 'utf8')
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n')
		.map((line) => line.split(','));
	return { header, rows };
}

describe('every customer export names the amounts’ currency in a column', () => {
	for (const [command, extra] of COMMANDS) {
		it(`${command} --customers: a currency column, EUR on every row of the euro file`, async () => {
			const out = join(folder, `${command}-customers.csv`);
			await sieve([command, orders, ...extra(), '--customers', out]);
			const { header, rows } = csvOf(out);
			const at = header.indexOf('currency');
			expect(at).toBeGreaterThan(0);
			expect(rows.length).toBeGreaterThan(0);
			expect(new Set(rows.map((row) => row[at]))).toEqual(new Set(['EUR']));
		}, 60_000);
	}

	it('writes --currency’s code instead, and leaves the column out for plain amounts or none', async () => {
		const out = join(folder, 'flag.csv');
		await sieve(['value', orders, '--currency', 'gbp', '--customers', out]);
		const gbp = csvOf(out);
		// After the money of the shared columns (net_revenue; net_profit when cost is known).
		expect(gbp.header.slice(0, 4)).toEqual(['customer_id', 'orders', 'net_revenue', 'currency']);
		expect(new Set(gbp.rows.map((row) => row[3]))).toEqual(new Set(['GBP']));
		await sieve(['value', orders, '--currency', 'none', '--customers', out]);
		expect(csvOf(out).header).not.toContain('currency');
		await sieve(['segments', plain, '--customers', out]);
		expect(csvOf(out).header).not.toContain('currency');
	}, 60_000);

	it('segments --engine duckdb: in its JSON and its customers CSV, from the file or --currency', async () => {
		const out = join(folder, 'duckdb-customers.csv');
		const cli = (extra: string[]) =>
			sieve(['segments', orders, '--engine', 'duckdb', '--json', '--customers', out, ...extra]);
		const euro = JSON.parse((await cli([])).stdout) as { currency: unknown; customers: number };
		expect(euro.currency).toBe('EUR');
		const { header, rows } = csvOf(out);
		expect(header.slice(0, 4)).toEqual(['customer_id', 'orders', 'value', 'currency']);
		expect(rows).toHaveLength(euro.customers);
		expect(new Set(rows.map((row) => row[3]))).toEqual(new Set(['EUR']));
		expect(
			(JSON.parse((await cli(['--currency', 'none'])).stdout) as { currency: unknown }).currency
		).toBeNull();
		expect(csvOf(out).header).not.toContain('currency');
	}, 120_000);
});
