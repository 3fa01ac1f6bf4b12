import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'sieve-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function summary(name: string, text: string, json = true) {
	const path = join(dir, name);
	writeFileSync(path, text);
	const { stdout } = await run(
		'node',
		['--import', 'tsx', 'src/cli/sieve.ts', 'summary', path, ...(json ? ['--json'] : [])],
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

describe('sieve summary (text)', () => {
	it('names the recognised format and each mapped column with its reason', async () => {
		const text = await summary('shopify.csv', SHOPIFY, false);
		expect(text).toContain('format: Shopify orders export — recognised');
		expect(text).toContain('Email → customer (Shopify orders export: “Email” is the customer)');
	}, 60_000);
});
