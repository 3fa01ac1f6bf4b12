import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * An orders file with three planted types, written here: 40 loyal customers (10 full-price orders
 * of about 100, 20 days apart, the last 5–14 days ago), 80 one-time customers (one order of about
 * 25, 200–300 days ago), 40 discount seekers (5 discounted orders of about 40, 30 days apart).
 */
function writePlantedOrders(): string {
	const lines = ['order_id,customer_id,date,amount,discount_code,channel'];
	const analysis = Date.UTC(2026, 0, 1);
	const date = (daysAgo: number) =>
		new Date(analysis - daysAgo * 86_400_000).toISOString().slice(0, 10);
	let order = 1;
	for (let c = 0; c < 40; c++) {
		for (let o = 0; o < 10; o++) {
			lines.push(
				`A${order++},L${c},${date(5 + (c % 10) + o * 20)},${(95 + (c % 7) + o).toFixed(2)},,online`
			);
		}
	}
	for (let c = 0; c < 80; c++) {
		lines.push(`A${order++},T${c},${date(200 + c)},${(20 + (c % 11)).toFixed(2)},,store`);
	}
	for (let c = 0; c < 40; c++) {
		for (let o = 0; o < 5; o++) {
			lines.push(
				`A${order++},D${c},${date(20 + (c % 9) + o * 30)},${(35 + (c % 9)).toFixed(2)},SALE,online`
			);
		}
	}
	const folder = mkdtempSync(join(tmpdir(), 'sieve-personas-'));
	const path = join(folder, 'orders.csv');
	writeFileSync(path, lines.join('\n') + '\n');
	return path;
}

const file = writePlantedOrders();
const sieve = (...args: string[]) =>
	run(process.execPath, ['--import', 'tsx', 'src/cli/sieve.ts', 'personas', file, ...args], {
		cwd: process.cwd(),
		maxBuffer: 1 << 24
	});

describe('sieve personas', () => {
	it('prints one JSON object whose personas are the planted groups when k is set', async () => {
		const { stdout } = await sieve('--k', '3', '--json');
		const result = JSON.parse(stdout);
		expect(result.customers).toBe(160);
		expect(result.k).toBe(3);
		expect(result.kChosenBy).toBe('user');
		expect(result.options.include).toContain('discountShare');
		const sizes = result.personas
			.map((p: { customers: number }) => p.customers)
			.sort((a: number, b: number) => a - b);
		expect(sizes).toEqual([40, 40, 80]);
		expect(new Set(result.personas.map((p: { name: string }) => p.name)).size).toBe(3);
	}, 60_000);

	it('chooses k = 3 by silhouette over 2–8 and prints it with the names', async () => {
		const { stdout } = await sieve();
		expect(stdout).toMatch(/^k +3 \(chosen by silhouette over 2–8\)$/m);
		expect(stdout).toMatch(/^by k +2: [-\d.]+ +3: [-\d.]+ .* 8: [-\d.]+$/m);
		const json = JSON.parse((await sieve('--json')).stdout);
		for (const persona of json.personas) expect(stdout).toContain(persona.name);
		expect(json.silhouetteByK.map((s: { k: number }) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
	}, 60_000);

	it('rejects a k outside 2–20 with exit code 2', async () => {
		await expect(sieve('--k', '25')).rejects.toMatchObject({
			code: 2,
			stderr: expect.stringContaining('--k must be a whole number from 2 to 20')
		});
	}, 60_000);
});

describe('sieve personas exports', () => {
	it('assigns every customer of the table to one persona in --json', async () => {
		const json = JSON.parse((await sieve('--k', '3', '--json')).stdout);
		const assignments = json.assignments as Record<string, number>;
		expect(Object.keys(assignments)).toHaveLength(160);
		const counts = [0, 0, 0];
		for (const persona of Object.values(assignments)) counts[persona]++;
		expect(counts).toEqual(json.personas.map((p: { customers: number }) => p.customers));
		// The planted types stay together: every discount seeker shares one persona.
		const seekers = new Set(
			Object.keys(assignments)
				.filter((id) => id.startsWith('D'))
				.map((id) => assignments[id])
		);
		expect(seekers.size).toBe(1);
	}, 60_000);

	it('writes every customer with their persona from --customers', async () => {
		const out = join(mkdtempSync(join(tmpdir(), 'sieve-personas-out-')), 'all.csv');
		await sieve('--k', '3', '--customers', out);
		const lines = readFileSync(out, 'utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		const header = lines[0].split(',');
		expect(header[0]).toBe('customer_id');
		expect(header).toEqual(expect.arrayContaining(['persona', 'persona_name']));
		expect(lines).toHaveLength(161);
	}, 60_000);
});
