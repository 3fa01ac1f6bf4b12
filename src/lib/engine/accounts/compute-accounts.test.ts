import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { formatDay, parseIsoDay } from '../tables/orders-table';
import { attributesFromRows, ordersFromRows, type TestRow } from '../tables/test-tables';
import { ticketsFromRows } from '../tables/test-tickets';
import { AccountsOptionsError, resolveAccountsOptions } from './accounts-options';
import { buildAccountsReport } from './accounts-report';
import { addMonths, mondayOf, readYearFirstDay } from './calendar-months';
import { computeAccounts, LEVEL_HIGH, LEVEL_LOW, LEVEL_MEDIUM } from './compute-accounts';
import { exportPlanCsv, planRows } from './export-accounts';
import { planReviews } from './plan-reviews';
import { briefText, buildReviewBrief, prepareReviewBriefs } from './review-brief';

// A hand-worked case. Analysis day 2026-01-01 (a Thursday); four categories A–D in the data.
// Whitespace = 1 − bought ÷ 4. Capacity over the six known budgets (100, 400, 300, 200, 400,
// 1000) = share strictly smaller: P1 0, P2 3/6, P3 2/6, P4 1/6, P6 3/6, P7 5/6; P5 unknown.
const ANALYSIS = parseIsoDay('2026-01-01');
const line = (customer: string, date: string, category: string, amount = 10): TestRow => ({
	customer,
	date,
	category,
	amount
});
const ROWS: TestRow[] = [
	line('P1', '2025-06-01', 'A'), // ws 3/4, cap 0 → Low
	line('P2', '2024-01-10', 'B'), // ws 2/4, cap 1/2 → Medium; B early, not since → stopped
	line('P2', '2025-10-01', 'A'),
	line('P3', '2025-05-01', 'A'), // ws 1/4, cap 2/6 = 1/3 exactly → not Low → Medium
	line('P3', '2025-05-01', 'B'),
	line('P3', '2025-05-01', 'C'),
	line('P4', '2025-04-01', 'A'), // ws 0 → Low
	line('P4', '2025-04-01', 'B'),
	line('P4', '2025-04-01', 'C'),
	line('P4', '2025-04-01', 'D'),
	line('P5', '2025-03-01', 'A'), // B bought then returned in full: net 0, not bought → ws 3/4
	line('P5', '2025-03-02', 'B'),
	line('P5', '2025-03-05', 'B', -10), // capacity unknown → Medium
	line('P6', '2025-02-01', 'A'), // ws 3/4, cap 1/2 → Medium
	line('P7', '2025-12-01', 'A') // ws 3/4, cap 5/6 → High
];
const ATTRIBUTES = attributesFromRows([
	{ id: 'P1', budget: 100, last_review: '' },
	{ id: 'P2', budget: 400, last_review: '2025-03-31' }, // + 6 months = 2025-09-30: overdue
	{ id: 'P3', budget: 300, last_review: '2025-08-31' }, // + 6 = 2026-02-28 (Sat) → Mon 03-02
	{ id: 'P4', budget: 200, last_review: 'not a date' }, // unreadable → due now
	{ id: 'P5', budget: NaN, last_review: '2025-12-10' }, // + 6 = 2026-06-10
	{ id: 'P6', budget: 400, last_review: '20251001' }, // + 6 = 2026-04-01 (Wed)
	{ id: 'P7', budget: 1000, last_review: '2025-11-15' } // + 3 = 2026-02-15 (Sun) → Mon 02-16
]);

function handCase(options = {}) {
	const orders = ordersFromRows(ROWS);
	const customers = buildCustomerTable(orders, { analysisDay: ANALYSIS }, ATTRIBUTES);
	const accounts = computeAccounts(customers, orders, { perWeek: 2, ...options });
	const plan = planReviews(customers, accounts);
	const entry = (id: string) => customers.ids.indexOf(id);
	return { orders, customers, accounts, plan, entry };
}

describe('computeAccounts on a hand-worked case', () => {
	it('measures whitespace over the categories present, ignoring a category returned in full', () => {
		const { accounts, entry } = handCase();
		const ws = (id: string) => accounts.whitespace[entry(id)];
		expect(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'].map(ws)).toEqual([
			0.75, 0.5, 0.25, 0, 0.75, 0.75, 0.75
		]);
		expect(accounts.categoriesPresent!.length).toBe(4);
	});

	it('ranks capacity as the share of customers with a strictly smaller budget', () => {
		const { accounts, entry } = handCase();
		const cap = (id: string) => accounts.capacity[entry(id)];
		expect(['P1', 'P2', 'P3', 'P4', 'P6', 'P7'].map(cap)).toEqual([
			0,
			3 / 6,
			2 / 6,
			1 / 6,
			3 / 6,
			5 / 6
		]);
		expect(Number.isNaN(cap('P5'))).toBe(true);
		expect(accounts.capacityBasis).toEqual({ kind: 'attribute', name: 'budget' });
		expect(accounts.capacityUnknown).toBe(1);
	});

	it('assigns levels by the thresholds, a capacity of exactly 1/3 not being Low', () => {
		const { accounts, entry } = handCase();
		const level = (id: string) => accounts.level[entry(id)];
		expect(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'].map(level)).toEqual([
			LEVEL_LOW,
			LEVEL_MEDIUM,
			LEVEL_MEDIUM,
			LEVEL_LOW,
			LEVEL_MEDIUM,
			LEVEL_MEDIUM,
			LEVEL_HIGH
		]);
		expect(accounts.counts).toEqual({ High: 1, Medium: 4, Low: 2 });
	});

	it('moves accounts between levels when the thresholds are edited', () => {
		const { accounts } = handCase({ highCapacity: 0.5 });
		// P2 (0.5, 0.5) and P6 (0.75, 0.5) become High.
		expect(accounts.counts).toEqual({ High: 3, Medium: 2, Low: 2 });
	});

	it('uses net revenue for capacity when there is no resources attribute, and says so', () => {
		const orders = ordersFromRows(ROWS);
		const customers = buildCustomerTable(orders, { analysisDay: ANALYSIS });
		const accounts = computeAccounts(customers, orders);
		expect(accounts.capacityBasis).toEqual({ kind: 'netRevenue', reason: 'no-attribute' });
		// Net revenue: P4 40, P3 30, P2 20, P1 P5 P6 P7 10 → P4 has 6 of 7 customers below it.
		expect(accounts.capacity[customers.ids.indexOf('P4')]).toBeCloseTo(6 / 7, 12);
		expect(accounts.capacity[customers.ids.indexOf('P1')]).toBe(0);
	});

	it('lists categories never bought and stopped', () => {
		const { customers, accounts, plan, entry } = handCase();
		const context = prepareReviewBriefs(customers, accounts, plan);
		const p2 = buildReviewBrief(context, entry('P2'));
		expect(p2.neverBought).toEqual(['C', 'D']);
		// History 2024-01-10 … 2026-01-01: first half ends 2025-01-05, before the last six months
		// (from 2025-07-01). B was bought only in the first half.
		expect(p2.stoppedBuying).toEqual(['B']);
		// P7's first order is a month old: too short a history to say what they stopped buying.
		expect(buildReviewBrief(context, entry('P7')).stoppedBuying).toBeNull();
	});
});

describe('planReviews on the hand-worked case (2 reviews a week)', () => {
	it('dates the next review from the last one plus the cadence, in calendar months', () => {
		const { plan, entry } = handCase();
		const due = (id: string) => formatDay(plan.dueDay[entry(id)]);
		expect(due('P7')).toBe('2026-02-15');
		expect(due('P3')).toBe('2026-02-28');
		expect(due('P6')).toBe('2026-04-01');
		expect(due('P5')).toBe('2026-06-10');
	});

	it('is due on the analysis date without a last review, with an unreadable one, or when overdue', () => {
		const { plan, entry } = handCase();
		for (const id of ['P1', 'P2', 'P4'])
			expect(formatDay(plan.dueDay[entry(id)])).toBe('2026-01-01');
		expect(plan.overdue).toBe(1);
		expect(plan.neverReviewed).toBe(2);
		expect(plan.lastReviewUnreadable).toBe(1);
		expect(plan.unreadableExamples).toEqual([{ customerId: 'P4', value: 'not a date' }]);
	});

	it('fills weeks in order of due date then opportunity, moving weekend dues to Monday', () => {
		const { customers, accounts, plan } = handCase();
		const rows = planRows(customers, accounts, plan).map((r) => [
			r.customerId,
			r.scheduledDate,
			r.week
		]);
		expect(rows).toEqual([
			['P2', '2026-01-01', 0], // due now, opportunity 0.25
			['P1', '2026-01-01', 0], // due now, opportunity 0 (entry before P4)
			['P4', '2026-01-05', 1], // week 0 is full
			['P7', '2026-02-16', 7], // due Sunday 02-15
			['P3', '2026-03-02', 9], // due Saturday 02-28
			['P6', '2026-04-01', 13],
			['P5', '2026-06-10', 23]
		]);
	});

	it('counts reviews per week and level in the report', () => {
		const { customers, accounts, plan } = handCase();
		const report = buildAccountsReport(customers, accounts, plan);
		expect(report.weeks[0]).toEqual({
			weekStart: '2025-12-29',
			High: 0,
			Medium: 1,
			Low: 1,
			total: 2
		});
		expect(report.weeks[1]).toEqual({
			weekStart: '2026-01-05',
			High: 0,
			Medium: 0,
			Low: 1,
			total: 1
		});
		expect(report.weeks[7].High).toBe(1);
		expect(report.weeks).toHaveLength(24);
		expect(report.dueNow).toBe(3);
		expect(report.lastReview).toMatchObject({ attribute: 'last_review', known: 5, overdue: 1 });
		expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
	});

	it('spreads a week over Monday to Friday, never before the due day', () => {
		const orders = ordersFromRows(
			Array.from({ length: 7 }, (_, k) => line(`Q${k}`, '2025-06-01', 'A'))
		);
		const customers = buildCustomerTable(orders, { analysisDay: parseIsoDay('2026-01-05') });
		const accounts = computeAccounts(customers, orders, { perWeek: 7 });
		const plan = planReviews(customers, accounts);
		const days = planRows(customers, accounts, plan).map((r) => r.scheduledDate);
		expect(days).toEqual([
			'2026-01-05',
			'2026-01-06',
			'2026-01-07',
			'2026-01-08',
			'2026-01-09',
			'2026-01-05',
			'2026-01-06'
		]);
	});
});

describe('the report’s notes', () => {
	it('gives the missing last-review date by code beside its English', () => {
		const orders = ordersFromRows([line('Q1', '2025-06-01', 'A'), line('Q2', '2025-07-01', 'B')]);
		const customers = buildCustomerTable(orders, { analysisDay: parseIsoDay('2026-01-05') });
		const accounts = computeAccounts(customers, orders);
		const report = buildAccountsReport(customers, accounts, planReviews(customers, accounts));
		expect(report.noteCodes).toEqual(['noLastReview']);
		expect(report.notes.slice(1)).toEqual([
			'No last-review date in the customers file: every review is due on the analysis date.'
		]);
	});

	it('gives no note by code when categories and last reviews are known', () => {
		const { customers, accounts, plan } = handCase();
		expect(buildAccountsReport(customers, accounts, plan).noteCodes).toEqual([]);
	});
});

describe('the review brief', () => {
	it('shows open problems, the gap against the usual one, and P(alive) when given', () => {
		const { customers, accounts, plan, entry } = handCase();
		const tickets = ticketsFromRows([
			{ id: 'k1', customer: 'P2', opened: '2025-11-01', severity: 'high' },
			{ id: 'k2', customer: 'P2', opened: '2025-10-01', resolvedOn: '2025-10-02' },
			{ id: 'k3', customer: 'P2', opened: '2025-12-20', resolvedOn: '2026-01-10' } // open on 01-01
		]);
		const pAlive = new Float64Array(customers.count).fill(0.8);
		const context = prepareReviewBriefs(customers, accounts, plan, tickets, pAlive);
		const brief = buildReviewBrief(context, entry('P2'));
		expect(brief.openProblems).toEqual([
			{ ticketId: 'k1', openedDate: '2025-11-01', daysOpen: 61, severity: 'high' },
			{ ticketId: 'k3', openedDate: '2025-12-20', daysOpen: 12, severity: null }
		]);
		// Orders 2024-01-10 and 2025-10-01: one gap of 630 days; last order 92 days ago.
		expect(brief.daysSinceLastOrder).toBe(92);
		expect(brief.usualGapDays).toBe(630);
		expect(brief.gapRatio).toBeCloseTo(92 / 630, 12);
		expect(brief.pAlive).toBe(0.8);
		expect(brief.questions).toHaveLength(3);
		const text = briefText(brief);
		expect(text).toContain('Never bought: C, D');
		expect(text).toContain('k1 opened 2025-11-01 (61 days, high)');
	});
});

describe('exportPlanCsv', () => {
	it('writes one row per account in plan order, empty cells for unknown figures', () => {
		const { customers, accounts, plan } = handCase();
		const lines = exportPlanCsv(customers, accounts, plan, '').replace('\uFEFF', '').split('\r\n');
		expect(lines[0]).toBe(
			'customer_id,orders,net_revenue,first_order,last_order,recency_days,' +
				'level,whitespace,capacity,opportunity,last_review,due_date,scheduled_date,week'
		);
		// P2: two orders of 10; the last on 2025-10-01, 31 + 30 + 31 = 92 days before 2026-01-01.
		expect(lines[1]).toBe(
			'P2,2,20,2024-01-10,2025-10-01,92,Medium,0.5,0.5,0.25,2025-03-31,2026-01-01,2026-01-01,0'
		);
		// P5: orders on 03-01 and 03-02, the return of 03-05 nets 10 off; 305 days since 03-02.
		expect(lines.find((l) => l.startsWith('P5,'))).toBe(
			'P5,2,10,2025-03-01,2025-03-02,305,Medium,0.75,,,2025-12-10,2026-06-10,2026-06-10,23'
		);
	});
});

describe('accounts options', () => {
	it('fills in defaults and keeps edited cadences per level', () => {
		const options = resolveAccountsOptions({ cadenceMonths: { High: 2, Medium: 6, Low: 12 } });
		expect(options.cadenceMonths).toEqual({ High: 2, Medium: 6, Low: 12 });
		expect(options.perWeek).toBe(10);
		expect(options.highCapacity).toBeCloseTo(2 / 3, 15);
	});

	it('names every bad field', () => {
		expect(() =>
			resolveAccountsOptions({ highWhitespace: 1.5, perWeek: 0, lowCapacity: 0.9 })
		).toThrow(AccountsOptionsError);
		try {
			resolveAccountsOptions({ highWhitespace: 1.5, perWeek: 0, lowCapacity: 0.9 });
		} catch (error) {
			expect((error as AccountsOptionsError).problems).toEqual([
				'highWhitespace must be a share from 0 to 1, got 1.5.',
				'The Low capacity threshold (0.9) is above the High one (0.6666666666666666).',
				'Reviews per week must be a whole number from 1 to 10000, got 0.'
			]);
		}
	});
});

describe('calendar months', () => {
	it.each([
		['2025-01-31', 1, '2025-02-28'],
		['2024-01-31', 1, '2024-02-29'],
		['2025-08-31', 6, '2026-02-28'],
		['2025-11-15', 3, '2026-02-15'],
		['2025-03-31', -1, '2025-02-28'],
		['2025-12-10', 12, '2026-12-10']
	])('%s + %i months = %s', (from, months, to) => {
		expect(formatDay(addMonths(parseIsoDay(from), months))).toBe(to);
	});

	it('finds the Monday of a week', () => {
		expect(formatDay(mondayOf(parseIsoDay('2026-01-01')))).toBe('2025-12-29');
		expect(formatDay(mondayOf(parseIsoDay('2025-12-29')))).toBe('2025-12-29');
		expect(formatDay(mondayOf(parseIsoDay('1969-12-31')))).toBe('1969-12-29');
	});

	it.each([
		['2026-03-14', '2026-03-14'],
		['2026/3/4', '2026-03-04'],
		['2026-03-14T10:00:00Z', '2026-03-14'],
		['20260314', '2026-03-14'],
		[20260314, '2026-03-14']
	])('reads the last-review cell %j', (cell, iso) => {
		expect(formatDay(readYearFirstDay(cell))).toBe(iso);
	});

	it.each(['14/03/2026', '2026-02-30', '2026-03', 'soon', 2026.5])('refuses %j', (cell) => {
		expect(Number.isNaN(readYearFirstDay(cell))).toBe(true);
	});
});

describe('computeAccounts and planReviews against DuckDB on a generated file', () => {
	it('gives the same whitespace, capacity, level and due date per customer as SQL', async () => {
		const { DuckDBInstance } = await import('@duckdb/node-api');
		const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const { createPrng } = await import('../personas/prng');
		const random = createPrng(7);
		const int = (a: number, b: number) => a + Math.floor(random() * (b - a + 1));
		const analysisDay = parseIsoDay('2026-01-01');
		const rows: TestRow[] = [];
		const attributeRows: { id: string; budget: number; last_review: string }[] = [];
		for (let c = 0; c < 600; c++) {
			const id = `G${c}`;
			const categories = int(1, 6);
			for (let k = 0; k < int(1, 8); k++) {
				const category = 'ABCDEFG'[int(0, categories - 1)];
				const amount = random() < 0.1 ? -int(1, 30) : int(1, 60);
				rows.push(line(id, formatDay(analysisDay - int(1, 700)), category, amount));
			}
			const review = random() < 0.7 ? formatDay(analysisDay - int(0, 500)) : '';
			attributeRows.push({
				id,
				budget: random() < 0.1 ? NaN : int(1, 40) * 100,
				last_review: review
			});
		}
		const orders = ordersFromRows(rows);
		const customers = buildCustomerTable(
			orders,
			{ analysisDay },
			attributesFromRows(attributeRows)
		);
		const accounts = computeAccounts(customers, orders);
		const plan = planReviews(customers, accounts);

		const dir = await mkdtemp(join(tmpdir(), 'sieve-accounts-'));
		try {
			const linesPath = join(dir, 'lines.csv');
			const peoplePath = join(dir, 'people.csv');
			await writeFile(
				linesPath,
				'customer,date,category,amount\n' +
					rows.map((r) => `${r.customer},${r.date},${r.category},${r.amount}`).join('\n')
			);
			await writeFile(
				peoplePath,
				'id,budget,last_review\n' +
					attributeRows
						.map((r) => `${r.id},${Number.isNaN(r.budget) ? '' : r.budget},${r.last_review}`)
						.join('\n')
			);
			const instance = await DuckDBInstance.create(':memory:');
			const connection = await instance.connect();
			const reader = await connection.runAndReadAll(`
				WITH lines AS (SELECT * FROM read_csv('${linesPath}', header = true, columns = {
				    'customer': 'VARCHAR', 'date': 'DATE', 'category': 'VARCHAR', 'amount': 'DOUBLE'})),
				orders AS (SELECT customer, date FROM lines GROUP BY customer, date HAVING sum(amount) > 0),
				table_customers AS (SELECT DISTINCT customer FROM orders),
				present AS (SELECT count(DISTINCT category) AS n FROM lines),
				bought AS (
				  SELECT customer, count(*) AS n FROM (
				    SELECT customer, category FROM lines GROUP BY ALL HAVING sum(amount) > 0)
				  GROUP BY customer),
				people AS (SELECT * FROM read_csv('${peoplePath}', header = true, columns = {
				    'id': 'VARCHAR', 'budget': 'DOUBLE', 'last_review': 'DATE'})
				  WHERE id IN (SELECT customer FROM table_customers)),
				ranked AS (
				  SELECT id, (rank() OVER (ORDER BY budget) - 1) / count(*) OVER () AS capacity
				  FROM people WHERE budget IS NOT NULL),
				scored AS (
				  SELECT c.customer, 1 - coalesce(b.n, 0) / (SELECT n FROM present) AS whitespace,
				         r.capacity, p.last_review
				  FROM table_customers c LEFT JOIN bought b USING (customer)
				  LEFT JOIN ranked r ON r.id = c.customer LEFT JOIN people p ON p.id = c.customer),
				levelled AS (
				  SELECT *, CASE WHEN whitespace < 0.2 OR capacity < 1/3 THEN 'Low'
				                 WHEN whitespace >= 0.5 AND capacity >= 2/3 THEN 'High'
				                 ELSE 'Medium' END AS level
				  FROM scored)
				SELECT customer, whitespace, capacity, level,
				  strftime(CASE WHEN last_review IS NULL THEN DATE '2026-01-01'
				    ELSE greatest(DATE '2026-01-01', CAST(last_review + to_months(
				      CASE level WHEN 'High' THEN 3 WHEN 'Medium' THEN 6 ELSE 12 END) AS DATE)) END,
				    '%Y-%m-%d') AS due
				FROM levelled ORDER BY customer`);
			const expected = reader.getRowObjectsJS() as {
				customer: string;
				whitespace: number;
				capacity: number | null;
				level: string;
				due: string;
			}[];
			connection.closeSync();
			instance.closeSync();
			expect(expected).toHaveLength(customers.count);
			const levels = new Set<string>();
			for (const row of expected) {
				const i = customers.ids.indexOf(row.customer);
				expect(accounts.whitespace[i], row.customer).toBeCloseTo(row.whitespace, 12);
				if (row.capacity === null) expect(Number.isNaN(accounts.capacity[i])).toBe(true);
				else expect(accounts.capacity[i], row.customer).toBeCloseTo(row.capacity, 12);
				expect(['High', 'Medium', 'Low'][accounts.level[i]], row.customer).toBe(row.level);
				expect(formatDay(plan.dueDay[i]), row.customer).toBe(row.due);
				levels.add(row.level);
			}
			expect(levels.size).toBe(3);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
