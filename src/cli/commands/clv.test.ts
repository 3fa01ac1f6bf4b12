import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), 'sieve-clv-'));

/** CDNOW's sample as it is (gzip, whitespace-separated, no header), from `../shared/data/`. */
const file = fileURLToPath(new URL('../../../../shared/data/CDNOW_sample.txt.gz', import.meta.url));
const sieve = (...args: string[]) =>
	run(process.execPath, ['--import', 'tsx', 'src/cli/sieve.ts', 'clv', file, ...args], {
		cwd: process.cwd(),
		maxBuffer: 1 << 24
	});

describe('sieve clv on CDNOW', () => {
	it('prints the published BG/NBD and Gamma-Gamma fits and the holdout check as JSON', async () => {
		const { stdout } = await sieve(
			'--calibration-end',
			'1997-09-30',
			'--holdout-end',
			'1998-06-30',
			'--unit',
			'weeks',
			'--json'
		);
		const result = JSON.parse(stdout);
		expect(result.calibrationRepeatTransactions).toBe(2457);
		expect(result.bgnbd.r).toBeCloseTo(0.2426, 3);
		expect(result.bgnbd.alpha).toBeCloseTo(4.4136, 3);
		expect(result.bgnbd.a).toBeCloseTo(0.7929, 3);
		expect(result.bgnbd.b).toBeCloseTo(2.4259, 3);
		expect(Math.abs(result.bgnbd.logLikelihood + 9582.43)).toBeLessThanOrEqual(0.01);
		expect(Object.keys(result.bgnbd.standardErrors)).toEqual(['r', 'alpha', 'a', 'b']);
		expect(result.gammaGamma).toMatchObject({ customers: 946 });
		expect(result.gammaGamma.p).toBeCloseTo(6.2496, 3);
		expect(result.gammaGamma.q).toBeCloseTo(3.7442, 3);
		expect(result.gammaGamma.v).toBeCloseTo(15.4435, 3);
		expect(result.holdout.actual).toBe(1882);
		expect(result.holdout.predicted).toBeGreaterThan(1500);
	}, 60_000);

	it('writes per-customer rows whose expected purchases cover the holdout: 1.226 for customer 00004', async () => {
		const out = join(folder, 'customers.csv');
		await sieve(
			'--calibration-end',
			'1997-09-30',
			'--holdout-end',
			'1998-06-30',
			'--customers',
			out
		);
		const lines = readFileSync(out, 'utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe(
			'customer_id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv'
		);
		expect(lines).toHaveLength(2358);
		// x = 2, tₓ = 30.43, T = 38.86 weeks: lifetimes' own test value over the next 39 weeks.
		const row = lines.find((line) => line.startsWith('00004,'))!.split(',');
		expect(Number(row[1])).toBe(2);
		expect(Number(row[2])).toBeCloseTo(30.43, 2);
		expect(Number(row[3])).toBeCloseTo(38.86, 2);
		expect(Number(row[5])).toBeCloseTo(1.226, 3);
		expect(lines.some((line) => /NaN|Infinity/.test(line))).toBe(false);
	}, 60_000);

	it('rejects a holdout end before the calibration end with exit code 2', async () => {
		await expect(
			sieve('--calibration-end', '1997-09-30', '--holdout-end', '1997-01-01')
		).rejects.toMatchObject({
			code: 2,
			stderr: expect.stringContaining('must come after the calibration end')
		});
	}, 60_000);

	it('explains a cut-off before the first purchase with exit code 1', async () => {
		await expect(sieve('--calibration-end', '1996-12-31')).rejects.toMatchObject({
			code: 1,
			stderr: expect.stringContaining('the first purchase is on 1997-01-01')
		});
	}, 60_000);

	it('prints CLV per RFM segment from a fit to the last day, adding up to the customers’ own CLVs', async () => {
		const out = join(folder, 'joined.csv');
		const { stdout } = await sieve('--by', 'segment', '--json', '--customers', out);
		const result = JSON.parse(stdout);
		expect(result.calibrationEnd).toBe('1998-06-30');
		expect(result.holdoutEnd).toBeNull();
		const { byGroup } = result;
		expect(byGroup.by).toBe('rfm');
		expect(byGroup.groups[0].name).toBe('Champions');
		const customers = byGroup.groups.reduce(
			(n: number, g: { customers: number }) => n + g.customers,
			0
		);
		expect(customers).toBe(2357);
		// The CSV's clv column, summed here, is the total the groups share.
		const rows = readFileSync(out, 'utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n')
			.slice(1);
		const total = rows.reduce((sum, line) => sum + Number(line.split(',')[7]), 0);
		// Each CLV is written to the cent: the sum is within half a cent per customer.
		const cents = 0.005 * rows.length;
		expect(Math.abs(byGroup.total.expectedValue - total)).toBeLessThanOrEqual(cents);
		const groups = byGroup.groups.reduce(
			(sum: number, g: { expectedValue: number }) => sum + g.expectedValue,
			0
		);
		expect(Math.abs(groups - total)).toBeLessThanOrEqual(cents);
		expect(byGroup.valueKind).toBe('revenue');
	}, 60_000);

	it('fits the groups as of the day before --analysis-date, blind to later purchases', async () => {
		const { stdout } = await sieve('--by', 'segment', '--analysis-date', '1998-01-01', '--json');
		const result = JSON.parse(stdout);
		expect(result.calibrationEnd).toBe('1997-12-31');
		expect(result.holdoutEnd).toBeNull();
		expect(result.byGroup.calibrationEnd).toBe('1997-12-31');
		// The same fit as an explicit calibration to 1997-12-31 (which reads no later line).
		const explicit = JSON.parse((await sieve('--calibration-end', '1997-12-31', '--json')).stdout);
		expect(result.bgnbd).toEqual(explicit.bgnbd);
		expect(result.calibrationRepeatTransactions).toBe(explicit.calibrationRepeatTransactions);
	}, 60_000);

	it('reads the Lifetime value view’s options from --settings, flags over them', async () => {
		const settings = join(folder, 'clv-settings.json');
		writeFileSync(
			settings,
			JSON.stringify({ clv: { calibrationEnd: '1997-09-30', unit: 'days', margin: 0.5 } })
		);
		const result = JSON.parse((await sieve('--settings', settings, '--json')).stdout);
		expect(result).toMatchObject({ calibrationEnd: '1997-09-30', unit: 'days', margin: 0.5 });
		const flagged = JSON.parse(
			(await sieve('--settings', settings, '--unit', 'weeks', '--json')).stdout
		);
		expect(flagged.unit).toBe('weeks');
		expect(flagged.bgnbd.r).toBeCloseTo(0.2426, 3);
	}, 60_000);

	it('refuses the customer-table flags without --by, with exit code 2', async () => {
		await expect(
			sieve('--calibration-end', '1997-09-30', '--analysis-date', '1998-01-01')
		).rejects.toMatchObject({
			code: 2,
			stderr: expect.stringContaining('--analysis-date: only apply with --by')
		});
	}, 60_000);

	it('multiplies the money CLV by --margin: a contribution CLV', async () => {
		const args = ['--calibration-end', '1997-09-30', '--json'];
		const revenue = JSON.parse((await sieve(...args)).stdout);
		const contribution = JSON.parse((await sieve(...args, '--margin', '0.3')).stdout);
		expect(revenue.margin).toBeNull();
		expect(contribution).toMatchObject({ margin: 0.3, valueKind: 'contribution' });
		expect(contribution.totals.expectedValue / revenue.totals.expectedValue).toBeCloseTo(0.3, 12);
		expect(contribution.totals.meanPAlive).toBe(revenue.totals.meanPAlive);
	}, 60_000);

	it.each([
		[['--by', 'region'], '--by must be one of segment, pattern, persona, abc'],
		[['--calibration-end', '1997-09-30', '--margin', '30'], 'margin must be a share above 0'],
		[['--calibration-end', '1997-09-30', '--margin', 'high'], '--margin must be a fraction']
	])(
		'rejects %j with exit code 2',
		async (args, message) => {
			await expect(sieve(...args)).rejects.toMatchObject({
				code: 2,
				stderr: expect.stringContaining(message)
			});
		},
		60_000
	);
});
