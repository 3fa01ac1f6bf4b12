import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * The hand-computed shop of `engine/profit/hand-fixture.ts` as files: orders with costs and
 * returns, a customers file with service effort (D has none), a tickets file (A 1, B 4, D 3, and
 * one ticket of a non-customer). By pattern: A (2 orders) is irregular, C (3 orders, gaps 36 and
 * 31 days, CV 0.075) regular, B and D one-time. Hand figures with order 5, return 8, ticket 6,
 * effort point 4, marketing one-time 3, irregular 10 (regular 0):
 *   A: 210 − 94 − (10 + 8 + 6 + 8) − 10 = 74    B: 15 − 11 − (5 + 16 + 24 + 36) − 3 = −80
 *   C: 450 − 180 − (15 + 0 + 0 + 12) − 0 = 243  D: 20 − 12 − (5 + 0 + 18 + 0) − 3 = −18
 */
function writeShop(): { folder: string; orders: string; customers: string; tickets: string } {
	const folder = mkdtempSync(join(tmpdir(), 'sieve-roi-'));
	const orders = join(folder, 'orders.csv');
	writeFileSync(
		orders,
		[
			'order_id,customer_id,date,amount,cost,category',
			'O1,A,2024-01-10,100,40,Tea',
			'O1,A,2024-01-10,50,30,Mugs',
			'O3,B,2024-01-20,30,20,Tea',
			'O4,C,2024-01-25,200,80,Tea',
			'R2,B,2024-01-28,-10,-6,Tea',
			'O2,A,2024-02-10,80,32,Tea',
			'R9,E,2024-02-11,-15,-9,Mugs',
			'R1,A,2024-02-15,-20,-8,Tea',
			'R3,B,2024-02-16,-5,-3,Tea',
			'O5,C,2024-03-01,150,60,Mugs',
			'O7,D,2024-03-05,20,12,Cards',
			'O6,C,2024-04-01,100,40,Tea'
		].join('\n') + '\n'
	);
	const customers = join(folder, 'customers.csv');
	writeFileSync(
		customers,
		'customer_id,email,service_effort\nA,a@example.com,2\nB,b@example.com,9\nC,c@example.com,3\nD,d@example.com,\nE,e@example.com,5\n'
	);
	const tickets = join(folder, 'tickets.csv');
	writeFileSync(
		tickets,
		[
			'ticket_id,customer_id,opened,resolved',
			'T1,A,2024-01-12,2024-01-13',
			'T2,B,2024-01-22,',
			'T3,B,2024-01-29,2024-02-01',
			'T4,B,2024-02-17,',
			'T5,B,2024-02-18,2024-02-19',
			'T6,D,2024-03-06,',
			'T7,D,2024-03-07,2024-03-08',
			'T8,D,2024-03-08,',
			'T9,Z,2024-03-08,'
		].join('\n') + '\n'
	);
	return { folder, orders, customers, tickets };
}

const shop = writeShop();
const sieve = (...args: string[]) =>
	run(process.execPath, ['--import', 'tsx', 'src/cli/sieve.ts', 'roi', ...args], {
		cwd: process.cwd(),
		maxBuffer: 1 << 24
	});
const costs = [
	'--cost-per-order',
	'5',
	'--cost-per-return',
	'8',
	'--cost-per-ticket',
	'6',
	'--cost-per-effort-point',
	'4'
];

/** Exit code and stderr of a run expected to fail. */
async function failure(...args: string[]): Promise<{ code: number; stderr: string }> {
	try {
		await sieve(...args);
	} catch (error) {
		const { code, stderr } = error as { code: number; stderr: string };
		return { code, stderr };
	}
	throw new Error('expected the command to fail');
}

describe('sieve roi', () => {
	it('prints groups, the whale peak and the losing customers equal to the hand computation', async () => {
		const { stdout } = await sieve(
			shop.orders,
			'--attributes',
			shop.customers,
			'--tickets',
			shop.tickets,
			'--by',
			'pattern',
			...costs,
			'--marketing',
			'one-time=3,irregular=10',
			'--json'
		);
		const result = JSON.parse(stdout);
		expect(result.customers).toBe(4);
		const groups = Object.fromEntries(
			result.groups.map((g: { name: string }) => [g.name, g])
		) as Record<string, Record<string, number | null>>;
		// one-time = B + D; regular = C; irregular = A.
		expect(groups['one-time']).toMatchObject({
			customers: 2,
			revenue: 35,
			goods: 23,
			service: 104,
			marketing: 6,
			contribution: -98,
			losing: 2
		});
		expect(groups['one-time'].roi).toBeCloseTo(-98 / 110, 12);
		expect(groups.regular).toMatchObject({
			customers: 1,
			revenue: 450,
			goods: 180,
			service: 27,
			marketing: 0,
			contribution: 243,
			losing: 0
		});
		expect(groups.regular.roi).toBeCloseTo(243 / 27, 12);
		expect(groups.irregular).toMatchObject({ contribution: 74, service: 32, marketing: 10 });
		expect(groups.irregular.roi).toBeCloseTo(74 / 42, 12);
		// 243, 74, −18, −80: peak 317 after 2 of 4; total 219; give back 98.
		expect(result.whale.total).toBe(219);
		expect(result.whale.peak).toMatchObject({ count: 2, customerShare: 0.5, contribution: 317 });
		expect(result.whale.peak.share).toBeCloseTo(317 / 219, 12);
		expect(result.losing.customers.map((c: { id: string }) => c.id)).toEqual(['B', 'D']);
		expect(result.losing.customers[0]).toMatchObject({ largestCost: 'effort', toBreakEven: 80 });
	});

	it('writes the losing customers to a formula-safe CSV with their contact columns', async () => {
		const out = join(shop.folder, 'losing.csv');
		await sieve(
			shop.orders,
			'--attributes',
			shop.customers,
			'--by',
			'abc',
			...costs,
			'--losing',
			out
		);
		const lines = readFileSync(out, 'utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		const header = lines[0].split(',');
		expect(header.slice(0, 3)).toEqual(['customer_id', 'email', 'orders']);
		expect(header).toEqual(expect.arrayContaining(['group', 'contribution']));
		// Without tickets: B = 15 − 11 − (5 + 16 + 36) = −53; D = 20 − 12 − 5 = 3 (not losing).
		expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['B']);
		expect(lines[1].split(',')[header.indexOf('contribution')]).toBe('-53');
	});

	it('says profit equals revenue when there is neither cost nor margin, and still answers', async () => {
		const plain = join(shop.folder, 'plain.csv');
		writeFileSync(plain, 'customer_id,date,amount\nA,2024-01-01,10\nB,2024-01-02,20\n');
		const { stdout, stderr } = await sieve(plain, '--by', 'pattern', '--json');
		expect(stderr).toMatch(/profit equals revenue/);
		expect(JSON.parse(stdout).totals.contribution).toBe(30);
	});

	it('takes goods from the margin instead of the cost column when asked to', async () => {
		const { stdout } = await sieve(
			shop.orders,
			'--by',
			'abc',
			'--margin',
			'50',
			'--goods-from',
			'margin',
			'--json'
		);
		const result = JSON.parse(stdout);
		expect(result.goodsSource).toBe('margin');
		expect(result.totals.goods).toBe(347.5); // half of 210 + 15 + 450 + 20
	});

	it('names a margin over 100% and a negative cost, with exit code 2', async () => {
		const over = await failure(shop.orders, '--by', 'abc', '--margin', '120');
		expect(over.code).toBe(2);
		expect(over.stderr).toMatch(/margin is 120%.*over 100%/);
		const negative = await failure(shop.orders, '--by', 'abc', '--cost-per-return', '-3');
		expect(negative.code).toBe(2);
		expect(negative.stderr).toMatch(/cost per return is -3/);
	});

	it('names the bad line of a margins file', async () => {
		const margins = join(shop.folder, 'margins.csv');
		writeFileSync(margins, 'category,margin\nTea,40\nMugs,-10\n');
		const bad = await failure(shop.orders, '--by', 'abc', '--margins', margins);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toMatch(/line 3.*“Mugs”.*negative/);
	});

	it('warns about an effort of 42, naming the customer, and keeps everyone', async () => {
		const customers = join(shop.folder, 'customers-42.csv');
		writeFileSync(customers, 'customer_id,service_effort\nA,2\nB,42\nC,3\nD,1\n');
		const { stdout, stderr } = await sieve(
			shop.orders,
			'--attributes',
			customers,
			'--by',
			'abc',
			'--cost-per-effort-point',
			'1',
			'--json'
		);
		expect(stderr).toMatch(/outside 1–10.*B \(42\)/);
		expect(JSON.parse(stdout).customers).toBe(4);
	});

	it('takes the costs of the Profit view’s settings section, flags over it', async () => {
		// The hand figures above, costs from `--settings` (marketing of the pattern grouping; the RFM
		// list must be ignored): one-time B + D = −98, irregular A = 74, regular C = 243.
		const settings = join(shop.folder, 'profit-settings.json');
		writeFileSync(
			settings,
			JSON.stringify({
				profit: {
					by: 'rfm',
					costPerOrder: 5,
					costPerReturn: 8,
					costPerTicket: 6,
					costPerEffortPoint: 4,
					marketing: {
						rfm: [{ group: 'champions', amount: 100 }],
						pattern: [
							{ group: 'one-time', amount: 3 },
							{ group: 'irregular', amount: 10 }
						]
					},
					costsSet: true
				}
			})
		);
		const args = ['--attributes', shop.customers, '--tickets', shop.tickets, '--by', 'pattern'];
		const fromSettings = JSON.parse(
			(await sieve(shop.orders, ...args, '--settings', settings, '--json')).stdout
		);
		const contribution = (result: { groups: { name: string; contribution: number }[] }) =>
			Object.fromEntries(result.groups.map((g) => [g.name, g.contribution]));
		expect(contribution(fromSettings)).toMatchObject({
			'one-time': -98,
			irregular: 74,
			regular: 243
		});
		// A flag wins: a cost per order of 0 adds back A's 2 × 5 and C's 3 × 5.
		const overridden = JSON.parse(
			(await sieve(shop.orders, ...args, '--settings', settings, '--cost-per-order', '0', '--json'))
				.stdout
		);
		expect(contribution(overridden)).toMatchObject({ irregular: 84, regular: 258 });
	});

	it('names a negative cost of the settings’ profit section, with exit code 2', async () => {
		const settings = join(shop.folder, 'bad-profit.json');
		writeFileSync(settings, JSON.stringify({ profit: { costPerReturn: -3 } }));
		const bad = await failure(shop.orders, '--by', 'abc', '--settings', settings);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toMatch(/cost per return is -3/);
	});

	it('refuses a missing --by and an unknown grouping with exit code 2', async () => {
		expect((await failure(shop.orders)).stderr).toMatch(/--by is required/);
		expect((await failure(shop.orders, '--by', 'colour')).code).toBe(2);
	});
});
