import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), 'sieve-reviews-'));
const write = (name: string, lines: string[]) => {
	const path = join(folder, name);
	writeFileSync(path, lines.join('\n') + '\n');
	return path;
};

// Worked by hand (analysis date 2025-01-01, a Wednesday; W = 180, Q = 2):
// A: no ticket, orders 01-10 and 03-01 → none, repurchased. B: one order → none, not repurchased.
// C: ticket 02-05 resolved 02-06 → resolved quickly, order 05-01 → repurchased.
// D: ticket 02-10 resolved 02-20 → resolved, no order in the window. E: ticket 03-05 open →
// unresolved, order 04-01 → repurchased. A ticket of customer Z (no orders) is not matched; a
// ticket with no customer and one resolved before it was opened are rejected.
const ORDERS = write('orders.csv', [
	'customer,date,amount,category',
	'A,2024-01-10,10,Tea',
	'A,2024-03-01,10,Mugs',
	'B,2024-01-10,10,Tea',
	'C,2024-02-01,10,Tea',
	'C,2024-05-01,10,Tea',
	'D,2024-02-01,10,Tea',
	'D,2024-12-20,10,Cups',
	'E,2024-03-01,10,Tea',
	'E,2024-04-01,10,Tea',
	'E,2024-12-31,10,Tea'
]);
const TICKETS = write('tickets.csv', [
	'ticket_id,customer_id,opened,resolved,severity',
	'T1,C,2024-02-05,2024-02-06,high',
	'T2,D,2024-02-10,2024-02-20,low',
	'T3,E,2024-03-05,,high',
	'T4,Z,2024-03-05,,low',
	'T5,,2024-03-06,,low',
	'T6,A,2024-03-07,2024-03-01,low'
]);
// Budgets: A 100, B 200, C 300, D 400, E 500 → capacity 0, 0.2, 0.4, 0.6, 0.8.
const CUSTOMERS = write('customers.csv', [
	'customer_id,budget,last_review',
	'A,100,',
	'B,200,2024-12-01',
	'C,300,2024-10-15',
	'D,400,',
	'E,500,2024-12-20'
]);

const sieve = (...args: string[]) =>
	run(process.execPath, ['--import', 'tsx', 'src/cli/sieve.ts', ...args], {
		cwd: process.cwd(),
		maxBuffer: 1 << 24
	});

describe('sieve loyalty', () => {
	it('prints the four groups with counts, rates and Wilson intervals as JSON', async () => {
		const { stdout } = await sieve(
			'loyalty',
			ORDERS,
			'--tickets',
			TICKETS,
			'--analysis-date',
			'2025-01-01',
			'--json'
		);
		const result = JSON.parse(stdout);
		expect(result.groups.none).toMatchObject({ eligible: 2, repurchased: 1, rate: 0.5 });
		expect(result.groups.resolved).toMatchObject({ eligible: 2, repurchased: 1 });
		expect(result.groups.resolvedQuickly).toMatchObject({ eligible: 1, repurchased: 1, rate: 1 });
		expect(result.groups.unresolved).toMatchObject({ eligible: 1, repurchased: 1 });
		// Wilson 95% for 1 of 2: [0.0945, 0.9055] (published tables).
		expect(result.groups.none.low).toBeCloseTo(0.0945, 4);
		expect(result.groups.none.high).toBeCloseTo(0.9055, 4);
		expect(result.ticketsFile.rejected.map((r: { reason: string }) => r.reason)).toEqual([
			'no-customer',
			'resolved-before-opened'
		]);
		expect(result.ticketsFile.matching.ticketsNotMatched).toBe(1);
	});

	it('refuses a bad window with exit code 2', async () => {
		await expect(
			sieve('loyalty', ORDERS, '--tickets', TICKETS, '--window', 'soon')
		).rejects.toMatchObject({
			code: 2
		});
	});
});

describe('sieve reviews', () => {
	it('prints levels and the first weeks, and writes a CSV and a calendar ical.js reads', async () => {
		const ics = join(folder, 'plan.ics');
		const csv = join(folder, 'plan.csv');
		const { stdout } = await sieve(
			'reviews',
			ORDERS,
			'--attributes',
			CUSTOMERS,
			'--tickets',
			TICKETS,
			'--per-week',
			'2',
			'--analysis-date',
			'2025-01-01',
			'--ics',
			ics,
			'--csv',
			csv,
			'--json'
		);
		const result = JSON.parse(stdout);
		// Whitespace over 3 categories: A bought 2 → 1/3; B, C, E 1 → 2/3; D 2 → 1/3.
		// A: capacity 0 → Low. B: 0.2 → Low. C: 2/3, 0.4 → Medium. D: 1/3, 0.6 → Medium.
		// E: 2/3, 0.8 → High.
		expect(result.levels).toEqual({ High: 1, Medium: 2, Low: 2 });
		expect(result.capacityBasis).toEqual({ kind: 'attribute', name: 'budget' });
		// Due now (2025-01-01): A, D (no review). B Low: 2025-12-01; C Medium: 2025-04-15;
		// E High: 2025-03-20. Week of 2024-12-30: D (opportunity 0.2) then A (0).
		expect(result.firstWeeks[0]).toMatchObject({
			weekStart: '2024-12-30',
			Medium: 1,
			Low: 1,
			reviews: [
				{ customerId: 'D', level: 'Medium', date: '2025-01-01' },
				{ customerId: 'A', level: 'Low', date: '2025-01-01' }
			]
		});
		const calendar = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8')));
		const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
			['Account review: D (Medium)', '2025-01-01'],
			['Account review: A (Low)', '2025-01-01'],
			['Account review: E (High)', '2025-03-20'],
			['Account review: C (Medium)', '2025-04-15'],
			['Account review: B (Low)', '2025-12-01']
		]);
		expect(events[2].description).toContain('Open problems: T3 opened 2024-03-05');
		const [header, first] = readFileSync(csv, 'utf8')
			.replace(/^\uFEFF/, '')
			.split('\r\n')
			.map((line) => line.split(','));
		const level = header.indexOf('level');
		expect([first[0], first[level]]).toEqual(['D', 'Medium']);
		// Shares to 4 decimals: whitespace 1/3, capacity 0.6, opportunity 0.2.
		expect(first.slice(level + 1)).toEqual([
			'0.3333',
			'0.6',
			'0.2',
			'',
			'2025-01-01',
			'2025-01-01',
			'0'
		]);
	});

	it('refuses an unknown option with exit code 2', async () => {
		await expect(sieve('reviews', ORDERS, '--per-month', '3')).rejects.toMatchObject({ code: 2 });
	});
});
