import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { workbookOf } from '../../lib/ingest/xlsx-fixture';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'sieve-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function summary(name: string, text: string, json = true, extra: string[] = []) {
	const path = join(dir, name);
	writeFileSync(path, text);
	const { stdout } = await run(
		'node',
		['--import', 'tsx', 'src/cli/sieve.ts', 'summary', path, ...(json ? ['--json'] : []), ...extra],
		{ cwd: process.cwd() }
	);
	return stdout;
}

// A two-order Shopify export (the columns its preset requires, and the order-level ones).
const SHOPIFY = [
	'Name,Email,Created at,Lineitem quantity,Lineitem price,Discount Amount,Refunded Amount,Cancelled at,Notes',
	'#1001,a@example.com,2024-03-01 10:00:00 -0500,2,10.00,0.00,0.00,,',
	'#1001,,2024-03-01 10:00:00 -0500,1,5.00,,,,',
	'#1002,b@example.com,2024-03-02 11:00:00 -0500,1,8.00,0.00,0.00,,'
].join('\n');

describe('sieve summary --json', () => {
	it('names the recognised preset by its id', async () => {
		expect(JSON.parse(await summary('shopify.csv', SHOPIFY)).preset).toBe('shopify-orders');
	}, 60_000);

	it('gives the reason of every mapped column and none for ignored ones', async () => {
		const { mapping } = JSON.parse(await summary('shopify.csv', SHOPIFY));
		expect(mapping.reasons.Email).toBe('Shopify orders export: “Email” is the customer');
		expect(Object.keys(mapping.reasons).sort()).toEqual(
			['Created at', 'Email', 'Lineitem price', 'Lineitem quantity', 'Name'].sort()
		);
		expect(mapping.presetRules).toBe(true);
	}, 60_000);

	it('says preset null for a file no preset matches, with reasons from header words', async () => {
		const out = JSON.parse(
			await summary(
				'umsatz.csv',
				'Kundennr;Datum;Betrag\nK1;01.02.2024;12,50\nK2;03.02.2024;7,00\n'
			)
		);
		expect(out.preset).toBeNull();
		expect(out.mapping.presetRules).toBe(false);
		expect(out.mapping.reasons.Betrag).toMatch(/Betrag/);
	}, 60_000);
});

describe('sieve summary: the currency', () => {
	const EUROS = 'Kunde;Datum;Betrag\nK1;31.12.2023;12,50 €\nK2;02.01.2024;1.200,00 €\n';

	it('gives the currency the amounts are written in', async () => {
		expect(JSON.parse(await summary('euros.csv', EUROS)).currency).toBe('EUR');
	}, 60_000);

	it('takes the currency given with --currency, or none', async () => {
		expect(
			JSON.parse(await summary('euros.csv', EUROS, true, ['--currency', 'gbp'])).currency
		).toBe('GBP');
		expect(
			JSON.parse(await summary('euros.csv', EUROS, true, ['--currency', 'none'])).currency
		).toBeNull();
	}, 60_000);

	it('says null for plain amounts, never a guessed currency', async () => {
		expect(JSON.parse(await summary('plain.csv', SHOPIFY)).currency).toBeNull();
	}, 60_000);
});

describe('sieve summary (text)', () => {
	it('names the recognised format and each mapped column with its reason', async () => {
		const text = await summary('shopify.csv', SHOPIFY, false);
		expect(text).toContain('format: Shopify orders export — recognised');
		expect(text).toContain('Email → customer (Shopify orders export: “Email” is the customer)');
	}, 60_000);
});

describe('sieve summary of a workbook with --sheet', () => {
	// Serial 45352 = 2024-03-01 (days since 1899-12-30).
	const book = join(dir, 'shop.xlsx');
	writeFileSync(
		book,
		workbookOf({
			Notes: [['Exported by the shop'], ['see the Orders sheet']],
			Orders: [
				['Customer', 'Invoice', 'Date', 'Amount'],
				['A1', 'INV-1', { serial: 45352 }, 10],
				['B2', 'INV-2', { serial: 45353 }, 20.5],
				['A1', 'INV-3', { serial: 45380 }, 4.25]
			]
		})
	);
	const sieve = (...args: string[]) =>
		run('node', ['--import', 'tsx', 'src/cli/sieve.ts', 'summary', book, ...args], {
			cwd: process.cwd()
		});

	it('gives the chosen sheet’s hand-counted figures', async () => {
		const out = JSON.parse((await sieve('--sheet', 'Orders', '--json')).stdout);
		// A1 (INV-1, INV-3) and B2 (INV-2): 3 lines, 2 customers, 3 orders, 10 + 20.5 + 4.25.
		expect({
			rows: out.rows,
			customers: out.customers,
			orders: out.orders,
			netRevenue: out.netRevenue,
			firstDate: out.firstDate,
			lastDate: out.lastDate
		}).toEqual({
			rows: 3,
			customers: 2,
			orders: 3,
			netRevenue: 34.75,
			firstDate: '2024-03-01',
			lastDate: '2024-03-29'
		});
	}, 60_000);

	it('refuses a sheet the workbook lacks, naming its sheets, with exit code 1', async () => {
		const failure = await sieve('--sheet', 'Sales', '--json').catch((error) => error);
		expect(failure.code).toBe(1);
		expect(failure.stderr).toContain(
			'The workbook has no sheet “Sales”; its sheets are “Notes”, “Orders”.'
		);
	}, 60_000);
});
