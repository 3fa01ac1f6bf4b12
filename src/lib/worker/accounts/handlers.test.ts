import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS_OPTIONS } from '../../engine/accounts/accounts-options';
import { DEFAULT_CUSTOMER_TABLE_CHOICE } from '../../engine/customers/customer-table-choice';
import { ordersFromRows } from '../../engine/tables/test-tables';
import type { DatasetSummary } from '../data/protocol';
import { Datasets, type HandlerContext } from '../datasets';
import { createAccountsHandlers } from './handlers';
import type { AccountsInput } from './protocol';

// Hand-computed: categories present {A, B}. c1 buys both (whitespace 0 → Low); c2 and c3 buy A
// only (whitespace 0.5). Capacity = share of customers with strictly less net revenue: c1 (50) 0,
// c3 (100) 1/3, c2 (300) 2/3. So c2 is High (0.5 ≥ 0.5, 2/3 ≥ 2/3), c3 Medium (1/3 is not < 1/3).
function handlers() {
	const datasets = new Datasets(2, async () => null);
	datasets.put({
		summary: { id: 'small', name: 'Small shop.csv' } as DatasetSummary,
		orders: ordersFromRows([
			{ customer: 'c1', date: '2024-01-02', amount: 25, category: 'A' },
			{ customer: 'c1', date: '2024-01-03', amount: 25, category: 'B' },
			{ customer: 'c2', date: '2024-01-04', amount: 300, category: 'A' },
			{ customer: 'c3', date: '2024-01-05', amount: 100, category: 'A' }
		]),
		attributes: null
	});
	return createAccountsHandlers(datasets);
}

const context: HandlerContext = { signal: new AbortController().signal, progress: () => {} };
const input = (options = DEFAULT_ACCOUNTS_OPTIONS): AccountsInput => ({
	datasetId: 'small',
	table: { ...DEFAULT_CUSTOMER_TABLE_CHOICE },
	options: structuredClone(options)
});

describe('account reviews handlers', () => {
	it('reports one account per level on the hand-computed shop', async () => {
		const report = await handlers().analyseAccounts(input(), context);
		expect(report.levels).toEqual({ High: 1, Medium: 1, Low: 1 });
		expect(report.capacityBasis).toEqual({ kind: 'netRevenue', reason: 'no-attribute' });
	});

	it('pages the plan filtered by level', async () => {
		const page = await handlers().accountsPlan(
			{ ...input(), filter: { level: 'High', week: null }, offset: 0, limit: 10 },
			context
		);
		expect(page.matched).toBe(1);
		expect(page.rows.map((row) => row.customerId)).toEqual(['c2']);
	});

	it('moves the third review to the next week when two fit a week', async () => {
		const page = await handlers().accountsPlan(
			{
				...input({ ...DEFAULT_ACCOUNTS_OPTIONS, perWeek: 2 }),
				filter: { level: null, week: 2 },
				offset: 0,
				limit: 10
			},
			context
		);
		// All three are due on the analysis day, Saturday 2024-01-06, so from Monday 8th (week 1);
		// opportunity orders them c2 (1/3), c3 (1/6), c1 (0): c1 waits for week 2.
		expect(page.rows.map((row) => row.customerId)).toEqual(['c1']);
	});

	it('gives a brief listing the category a customer never bought', async () => {
		const [brief] = await handlers().reviewBriefs({ ...input(), customerIds: ['c3'] }, context);
		expect(brief.neverBought).toEqual(['B']);
		expect(brief.openProblems).toBeNull();
	});

	it('exports the calendar as an iCalendar file with CRLF line ends', async () => {
		const file = await handlers().exportReviewPlan({ ...input(), format: 'ics' }, context);
		expect(file.fileName).toBe('Small-shop-review-plan.ics');
		expect(file.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		expect(file.text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
	});

	it('rejects a Low threshold above the High one with a message naming both', async () => {
		await expect(
			handlers().analyseAccounts(
				input({ ...DEFAULT_ACCOUNTS_OPTIONS, lowWhitespace: 0.8, highWhitespace: 0.5 }),
				context
			)
		).rejects.toThrow(/Low whitespace threshold \(0\.8\) is above the High one \(0\.5\)/);
	});
});
