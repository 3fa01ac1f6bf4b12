import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

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
	const { stdout } = await run('node', ['--import', 'tsx', 'src/cli/sieve.ts', ...args, '--json']);
	return (JSON.parse(stdout) as { currency?: unknown }).currency;
}

describe('every analysis command names the amounts’ currency in its JSON', () => {
	const commands: [string, () => string[]][] = [
		['value', () => []],
		['segments', () => []],
		['personas', () => []],
		['roi', () => ['--by', 'rfm']],
		['reviews', () => []],
		['loyalty', () => ['--tickets', tickets]],
		['movement', () => ['--from', '2023-12-31', '--to', '2024-12-31']],
		['clv', () => ['--calibration-end', '2024-06-30']]
	];
	for (const [command, extra] of commands) {
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
		const failure = await run('node', [
			'--import',
			'tsx',
			'src/cli/sieve.ts',
			'reviews',
			orders,
			'--currency',
			'12'
		]).catch((error: { code: number; stderr: string }) => error);
		expect((failure as { code: number }).code).toBe(2);
		expect((failure as { stderr: string }).stderr).toContain(
			'--currency is an ISO code (EUR, GBP …), a symbol ($, Rs …) or none; got 12'
		);
	}, 60_000);
});
