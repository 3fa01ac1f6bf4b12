import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../personas/prng';
import { buildCustomerTable } from '../customers/customer-table';
import { formatDay, parseIsoDay } from '../tables/orders-table';
import { attributesFromRows, ordersFromRows, type TestRow } from '../tables/test-tables';
import { ticketsFromRows, type TestTicket } from '../tables/test-tickets';
import {
	computeLoyalty,
	computeLoyaltyFromCounts,
	GROUP_NONE,
	GROUP_RESOLVED,
	GROUP_UNRESOLVED,
	LOYALTY_GROUPS
} from './compute-loyalty';
import { buildLoyaltyReport } from './loyalty-report';

// Hand-worked case: analysis day 2025-01-01, W = 180, Q = 2. Window ends are counted by hand
// (2024 is a leap year: 2024-01-01 + 180 days = 2024-06-29).
const ANALYSIS = parseIsoDay('2025-01-01');
const o = (customer: string, date: string, order?: string): TestRow => ({
	customer,
	date,
	amount: 10,
	order
});
const ORDERS: TestRow[] = [
	o('A', '2024-01-10'), // none, window to 2024-07-08: 03-01 inside → repurchased
	o('A', '2024-03-01'),
	o('B', '2024-01-10'), // none, one order → not repurchased
	o('C', '2024-02-01'), // first ticket 02-05 resolved 02-06 (1 day: quick); 05-01 → repurchased
	o('C', '2024-05-01'),
	o('D', '2024-02-01'), // ticket 02-10 resolved 02-20 (10 days); window to 08-08; 12-20 outside
	o('D', '2024-12-20'),
	o('E', '2024-03-01'), // first ticket 03-05 unresolved, second resolved: unresolved; 04-01 inside
	o('E', '2024-04-01'),
	o('F', '2024-09-01'), // none, window to 2025-02-28: not over on the analysis day → not eligible
	o('F', '2024-10-01'),
	o('G', '2024-01-01'), // ticket 01-03 resolved 2025-02-01, after the analysis day → unresolved
	o('G', '2024-06-01'),
	o('H', '2024-04-01'), // ticket 04-02 resolved 04-04 (2 days = Q: quick); no second order
	o('I', '2024-05-01', 'i1'), // none; a second order on the index day is not a repurchase
	o('I', '2024-05-01', 'i2'),
	o('J', '2024-01-01'), // none; 06-29 = index + 180 → repurchased (d ≤ index + W)
	o('J', '2024-06-29'),
	o('K', '2024-01-01'), // none; 06-30 = index + 181 → not repurchased
	o('K', '2024-06-30')
];
const TICKETS: TestTicket[] = [
	{ id: 't1', customer: 'C', opened: '2024-02-05', resolvedOn: '2024-02-06', severity: 'high' },
	{ id: 't2', customer: 'D', opened: '2024-02-10', resolvedOn: '2024-02-20', severity: 'low' },
	{ id: 't3', customer: 'E', opened: '2024-03-20', resolvedOn: '2024-03-21', severity: 'low' },
	{ id: 't4', customer: 'E', opened: '2024-03-05', severity: 'high' }, // E's first ticket
	{ id: 't5', customer: 'G', opened: '2024-01-03', resolvedOn: '2025-02-01' },
	{ id: 't6', customer: 'H', opened: '2024-04-02', resolvedOn: '2024-04-04', severity: 'low' },
	{ id: 't7', customer: 'Z', opened: '2024-04-02' }, // no such customer
	{ id: 't8', customer: 'B', opened: '2025-01-05' } // after the analysis day
];

function handCase() {
	const customers = buildCustomerTable(ordersFromRows(ORDERS), { analysisDay: ANALYSIS });
	const tickets = ticketsFromRows(TICKETS);
	const result = computeLoyalty(customers, tickets, { windowDays: 180, quickDays: 2 });
	const entry = (id: string) => customers.ids.indexOf(id);
	return { customers, tickets, result, entry };
}

describe('computeLoyalty on a hand-worked case', () => {
	it('puts each customer in one group by their first ticket', () => {
		const { result, entry } = handCase();
		const groupOf = (id: string) => result.group[entry(id)];
		expect(['A', 'B', 'F', 'I', 'J', 'K'].map(groupOf)).toEqual(Array(6).fill(GROUP_NONE));
		expect(['C', 'D', 'H'].map(groupOf)).toEqual(Array(3).fill(GROUP_RESOLVED));
		expect(['E', 'G'].map(groupOf)).toEqual(Array(2).fill(GROUP_UNRESOLVED));
		expect(['C', 'D', 'H'].map((id) => result.quick[entry(id)])).toEqual([1, 0, 1]);
	});

	it('takes the first ticket by opened day, not by file order', () => {
		const { result, entry, tickets } = handCase();
		expect(tickets.ticketId![result.firstTicket[entry('E')]]).toBe('t4');
		expect(formatDay(result.indexDay[entry('E')])).toBe('2024-03-05');
	});

	it('uses the first order day as index without a ticket, and the opened day with one', () => {
		const { result, entry } = handCase();
		expect(formatDay(result.indexDay[entry('A')])).toBe('2024-01-10');
		expect(formatDay(result.indexDay[entry('C')])).toBe('2024-02-05');
	});

	it('leaves out a customer whose window is not over on the analysis day', () => {
		const { result, entry } = handCase();
		expect(result.eligible[entry('F')]).toBe(0);
		expect(result.eligible[entry('K')]).toBe(1);
	});

	it('counts a repurchase on the last day of the window but not the day after or the index day', () => {
		const { result, entry } = handCase();
		expect(result.repurchased[entry('J')]).toBe(1);
		expect(result.repurchased[entry('K')]).toBe(0);
		expect(result.repurchased[entry('I')]).toBe(0);
	});

	it('counts tickets of unknown customers and after the analysis day apart', () => {
		const { result } = handCase();
		expect(result.tickets).toEqual({
			matched: 6,
			notMatched: 1,
			afterAnalysisDay: 1,
			customersWithTickets: 5
		});
	});

	it('counts tickets still open on the analysis day per customer', () => {
		const { result, entry } = handCase();
		expect(result.openProblems[entry('E')]).toBe(1);
		expect(result.openProblems[entry('G')]).toBe(1);
		expect(result.openProblems[entry('C')]).toBe(0);
	});

	it('gives the complaint-handling table with Wilson intervals', () => {
		const report = buildLoyaltyReport(handCase().result);
		// 2 of 5: Wilson 95% = [0.1176, 0.7693] (published tables); 2 of 2: [0.3424, 1].
		expect(report.groups.none).toMatchObject({
			customers: 6,
			eligible: 5,
			repurchased: 2,
			rate: 0.4
		});
		expect(report.groups.none!.low).toBeCloseTo(0.1176, 4);
		expect(report.groups.none!.high).toBeCloseTo(0.7693, 4);
		expect(report.groups.resolved).toMatchObject({ eligible: 3, repurchased: 1 });
		expect(report.groups.resolvedQuickly).toMatchObject({ eligible: 2, repurchased: 1, rate: 0.5 });
		expect(report.groups.unresolved).toMatchObject({ eligible: 2, repurchased: 2, rate: 1 });
		expect(report.groups.unresolved!.low).toBeCloseTo(0.3424, 4);
		expect(report.groups.unresolved!.high).toBe(1);
	});

	it('gives its notes by code beside their English, with the window W', () => {
		const report = buildLoyaltyReport(handCase().result);
		expect(report.noteCauses).toEqual([
			{ code: 'window', windowDays: handCase().result.options.windowDays },
			{ code: 'notRandom' }
		]);
		expect(report.notes[0]).toBe(
			`Repurchased = an order within ${handCase().result.options.windowDays} days after the first ticket was opened (after the first order for customers with no ticket). Only customers whose whole window ended before the analysis date count.`
		);
		expect(report.notes[1]).toMatch(/^Problems are not random: /);
	});

	it('splits problem groups by the first ticket’s severity', () => {
		const report = buildLoyaltyReport(handCase().result);
		const high = report.bySeverity!.find((s) => s.severity === 'high')!;
		const low = report.bySeverity!.find((s) => s.severity === 'low')!;
		expect(high.groups.resolved).toMatchObject({ eligible: 1, repurchased: 1 }); // C
		expect(high.groups.unresolved).toMatchObject({ eligible: 1, repurchased: 1 }); // E
		expect(low.groups.resolved).toMatchObject({ eligible: 2, repurchased: 0 }); // D, H
	});

	it('splits every group within each segment given as labels', () => {
		const { result, customers } = handCase();
		const codes = Int32Array.from(customers.ids, (id) => ('ABCDE'.includes(id) ? 0 : 1));
		const report = buildLoyaltyReport(result, { name: 'test', labels: ['AtoE', 'rest'], codes });
		const [first, rest] = report.bySegment!.segments;
		expect(first.groups.none).toMatchObject({ eligible: 2, repurchased: 1 }); // A, B
		expect(first.groups.unresolved).toMatchObject({ eligible: 1, repurchased: 1 }); // E
		expect(rest.groups.unresolved).toMatchObject({ eligible: 1, repurchased: 1 }); // G
	});

	it('has null rates, not NaN, for an empty group', () => {
		const customers = buildCustomerTable(ordersFromRows([o('A', '2024-01-01')]), {
			analysisDay: ANALYSIS
		});
		const report = buildLoyaltyReport(computeLoyalty(customers, ticketsFromRows([])));
		expect(report.groups.resolved).toEqual({
			customers: 0,
			eligible: 0,
			repurchased: 0,
			rate: null,
			low: null,
			high: null
		});
	});
});

describe('computeLoyaltyFromCounts, the weaker version', () => {
	it('groups by the opened/resolved counts and counts repeat customers', () => {
		const orders = ordersFromRows([
			o('A', '2024-01-01'),
			o('A', '2024-02-01'),
			o('B', '2024-01-01'),
			o('C', '2024-01-01'),
			o('C', '2024-03-01'),
			o('D', '2024-01-01')
		]);
		const attributes = attributesFromRows([
			{ id: 'A', problems_opened: 0, problems_resolved: 0 },
			{ id: 'B', problems_opened: 2, problems_resolved: 1 },
			{ id: 'C', problems_opened: 1, problems_resolved: 1 },
			{ id: 'D', problems_opened: 1, problems_resolved: 0 }
		]);
		const customers = buildCustomerTable(orders, { analysisDay: ANALYSIS }, attributes);
		const result = computeLoyaltyFromCounts(customers)!;
		const report = buildLoyaltyReport(result);
		expect(report.strength).toBe('weaker');
		expect(report.notes[0]).toMatch(/Weaker version/);
		expect(report.groups.none).toMatchObject({ eligible: 1, repurchased: 1 });
		expect(report.groups.resolved).toMatchObject({ eligible: 1, repurchased: 1 });
		expect(report.groups.unresolved).toMatchObject({ eligible: 2, repurchased: 0 });
		expect(report.groups.resolvedQuickly).toBeNull();
		expect(result.openProblems[customers.ids.indexOf('B')]).toBe(1);
	});

	it('returns null when the customers file has no such counts', () => {
		const customers = buildCustomerTable(ordersFromRows([o('A', '2024-01-01')]));
		expect(computeLoyaltyFromCounts(customers)).toBeNull();
	});
});

describe('computeLoyalty against DuckDB on a generated file', () => {
	it('gives the same eligible and repurchased counts per group as an SQL query', async () => {
		const random = createPrng(42);
		const int = (a: number, b: number) => a + Math.floor(random() * (b - a + 1));
		const start = parseIsoDay('2023-01-01');
		const analysisDay = parseIsoDay('2025-01-01');
		const orders: TestRow[] = [];
		const tickets: TestTicket[] = [];
		for (let c = 0; c < 800; c++) {
			const id = `K${c}`;
			let day = start + int(0, 650);
			const count = int(1, 6);
			for (let k = 0; k < count && day < analysisDay + 30; k++) {
				// Lines after the analysis day are left out by the customer table and by the query.
				orders.push({
					customer: id,
					date: formatDay(day),
					amount: int(5, 90),
					order: `${id}-${k}`
				});
				day += int(1, 200);
			}
			const ticketCount = random() < 0.45 ? int(1, 3) : 0;
			for (let k = 0; k < ticketCount; k++) {
				const opened = start + int(0, 760);
				const outcome = random();
				tickets.push({
					id: `T${tickets.length}`,
					customer: random() < 0.05 ? `X${c}` : id,
					opened: formatDay(opened),
					resolvedOn: outcome < 0.6 ? formatDay(opened + int(0, 12)) : undefined,
					severity: ['low', 'high'][int(0, 1)]
				});
			}
		}
		// One whole-order return: its order does not count as a purchase.
		orders.push({ customer: 'K1', date: '2024-06-01', amount: -20, order: 'ret' });

		const customers = buildCustomerTable(ordersFromRows(orders), { analysisDay });
		const result = computeLoyalty(customers, ticketsFromRows(tickets));
		const report = buildLoyaltyReport(result);

		const dir = await mkdtemp(join(tmpdir(), 'sieve-loyalty-'));
		try {
			const ordersPath = join(dir, 'orders.csv');
			const ticketsPath = join(dir, 'tickets.csv');
			await writeFile(
				ordersPath,
				'customer,order_id,date,amount\n' +
					orders.map((r) => `${r.customer},${r.order},${r.date},${r.amount}`).join('\n')
			);
			await writeFile(
				ticketsPath,
				'row,customer,opened,resolved\n' +
					tickets.map((t, i) => `${i},${t.customer},${t.opened},${t.resolvedOn ?? ''}`).join('\n')
			);
			const instance = await DuckDBInstance.create(':memory:');
			const connection = await instance.connect();
			const reader = await connection.runAndReadAll(`
				WITH lines AS (
				  SELECT * FROM read_csv('${ordersPath}', header = true, columns = {
				    'customer': 'VARCHAR', 'order_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DOUBLE'})
				  WHERE date < DATE '2025-01-01'),
				orders AS (
				  SELECT customer, order_id, min(date) AS day FROM lines
				  GROUP BY customer, order_id HAVING sum(amount) > 0),
				people AS (SELECT customer, min(day) AS first_day FROM orders GROUP BY customer),
				tickets AS (
				  SELECT * FROM read_csv('${ticketsPath}', header = true, columns = {
				    'row': 'INTEGER', 'customer': 'VARCHAR', 'opened': 'DATE', 'resolved': 'DATE'})
				  WHERE opened < DATE '2025-01-01' AND customer IN (SELECT customer FROM people)),
				first_ticket AS (
				  SELECT * FROM (
				    SELECT *, row_number() OVER (PARTITION BY customer ORDER BY opened, row) AS k FROM tickets)
				  WHERE k = 1),
				grouped AS (
				  SELECT p.customer,
				    CASE WHEN t.customer IS NULL THEN 'none'
				         WHEN t.resolved IS NOT NULL AND t.resolved < DATE '2025-01-01' THEN 'resolved'
				         ELSE 'unresolved' END AS grp,
				    coalesce(t.resolved - t.opened <= 2, false) AS quick,
				    coalesce(t.opened, p.first_day) AS index_day
				  FROM people p LEFT JOIN first_ticket t USING (customer)),
				flagged AS (
				  SELECT g.*, g.index_day + 180 < DATE '2025-01-01' AS eligible,
				    EXISTS (SELECT 1 FROM orders o WHERE o.customer = g.customer
				            AND o.day > g.index_day AND o.day <= g.index_day + 180) AS repurchased
				  FROM grouped g)
				SELECT grp, count(*) FILTER (WHERE eligible)::INTEGER AS eligible,
				       count(*) FILTER (WHERE eligible AND repurchased)::INTEGER AS repurchased
				FROM (SELECT grp, eligible, repurchased FROM flagged
				      UNION ALL SELECT 'resolvedQuickly', eligible, repurchased FROM flagged
				      WHERE grp = 'resolved' AND quick)
				GROUP BY grp ORDER BY grp`);
			const rows = reader.getRowObjectsJS() as {
				grp: string;
				eligible: number;
				repurchased: number;
			}[];
			connection.closeSync();
			instance.closeSync();
			const expected = Object.fromEntries(
				rows.map((r) => [r.grp, { eligible: r.eligible, repurchased: r.repurchased }])
			);
			for (const group of LOYALTY_GROUPS) {
				expect(report.groups[group], group).toMatchObject(expected[group]);
				expect(expected[group].eligible, group).toBeGreaterThan(20);
			}
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
