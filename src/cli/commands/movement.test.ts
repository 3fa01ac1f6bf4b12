import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FROM, movementRows, TO } from '../../lib/engine/movement/test-movement';

const run = promisify(execFile);

// The seven-customer business of engine/movement/test-movement.ts (moves checked by hand in
// compute-movement.test.ts), written as an orders file.
const folder = mkdtempSync(join(tmpdir(), 'sieve-movement-'));
const file = join(folder, 'orders.csv');
writeFileSync(
	file,
	[
		'order_id,customer_id,date,amount',
		...movementRows().map((r) => `${r.order},${r.customer},${r.date},${r.amount}`)
	].join('\n') + '\n'
);

const sieve = (...args: string[]) =>
	run(process.execPath, ['--import', 'tsx', 'src/cli/sieve.ts', 'movement', file, ...args], {
		cwd: process.cwd(),
		maxBuffer: 1 << 24
	});
const failure = (...args: string[]) =>
	sieve(...args).then(
		() => ({ code: 0, stderr: '' }),
		(error: { code: number; stderr: string }) => error
	);

describe('sieve movement', () => {
	it('prints the flows as JSON, by purchase pattern', async () => {
		const { stdout } = await sieve('--from', FROM, '--to', TO, '--by', 'pattern', '--json');
		const report = JSON.parse(stdout);
		expect(report.policy).toBe('fixed');
		expect(
			report.flows.map((f: { from: string; to: string; customers: number }) => [
				f.from,
				f.to,
				f.customers
			])
		).toEqual([
			['one-time', 'one-time', 1],
			['regular', 'regular', 2],
			['regular', 'irregular', 2],
			['irregular', 'irregular', 1],
			['new', 'one-time', 1]
		]);
	}, 30_000);

	it('prints the policy and marks critical downgrades in the text output', async () => {
		const { stdout } = await sieve('--from', FROM, '--to', TO);
		expect(stdout).toContain(`Cut points of ${FROM} applied at both dates`);
		expect(stdout).toContain('! Champions → At Risk: 1, 600 (600)');
	}, 30_000);

	it('writes the customers of one flow as CSV', async () => {
		const out = join(folder, 'flow.csv');
		await sieve(
			'--from',
			FROM,
			'--to',
			TO,
			'--customers',
			out,
			'--flow',
			'loyal-customers,champions'
		);
		const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
		expect(lines).toHaveLength(2);
		expect(lines[1].startsWith('D,Loyal Customers,Champions,300,600,300,3,6,4,1,')).toBe(true);
	}, 30_000);

	it('exits with 2 and says so when the dates are in the wrong order', async () => {
		const result = await failure('--from', TO, '--to', FROM);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(`The from-date ${TO} is after the to-date ${FROM}: swap them.`);
	}, 30_000);

	it('exits with 2 and says so when both dates are equal', async () => {
		const result = await failure('--from', FROM, '--to', FROM);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(`Both dates are ${FROM}`);
	}, 30_000);

	it('exits with 2 when a date or a value is missing', async () => {
		expect(await failure('--from', FROM)).toMatchObject({ code: 2 });
		expect((await failure('--from', FROM)).stderr).toContain('--to YYYY-MM-DD is required');
		expect((await failure('--from', FROM, '--to', TO, '--by', 'deciles')).stderr).toContain(
			'--by must be one of rfm, pattern, abc, persona, got deciles'
		);
	}, 30_000);
});
