import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS_OPTIONS } from '../../engine/accounts/accounts-options';
import { DEFAULT_CLV_OPTIONS, JOINED_CLV_OPTIONS } from '../../engine/clv/clv-options';
import { DEFAULT_CUSTOMER_TABLE_CHOICE } from '../../engine/customers/customer-table-choice';
import { ordersFromRows } from '../../engine/tables/test-tables';
import type { DatasetSummary } from '../data/protocol';
import { Datasets, type HandlerContext } from '../datasets';
import { createClvHandlers } from '../clv/handlers';
import { createAccountsHandlers } from './handlers';
import type { AccountsInput } from './protocol';
import { cdnowDatasets } from '../../../../tests/unit/cdnow-sample';

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
	currency: '',
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

describe('account review briefs with P(alive)', () => {
	const datasets = cdnowDatasets();
	const accounts = createAccountsHandlers(datasets);
	const briefs = (customerIds: string[]) =>
		accounts.reviewBriefs({ ...input(), datasetId: 'cdnow', customerIds }, context);

	it('give P(alive) by the BG/NBD formula fitted to the last day, and name the cut-off', async () => {
		// The joined fit calibrates to the data's last day, 1998-06-30, with no holdout. Customer
		// 00004 bought on 1997-01-01, 01-18, 08-02 and 12-12 (nothing in 1998): x = 3, tₓ = 345
		// days, T = 1997-01-01 → 1998-06-30 = 365 + 180 = 545 days, in weeks.
		const [brief] = await briefs(['00004']);
		expect(brief.pAliveCutoff).toBe('1998-06-30');
		const analysis = await createClvHandlers(datasets).analyseClv(
			{ datasetId: 'cdnow', options: JOINED_CLV_OPTIONS },
			context
		);
		if (analysis.status !== 'computed' || analysis.report.bgnbd.status !== 'fitted')
			throw new Error('not fitted');
		expect(analysis.report.calibrationEnd).toBe('1998-06-30');
		const { r, alpha, a, b } = analysis.report.bgnbd;
		const [x, tx, T] = [3, 345 / 7, 545 / 7];
		// FHL 2005 eq. 13 (x > 0).
		const expected = 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x));
		expect(brief.pAlive).toBeCloseTo(expected, 10);
	});

	it('give P(alive) as of the day before an earlier analysis date, blind to later purchases', async () => {
		// Analysis date 1998-01-01: the fit is calibrated to 1997-12-31 (T of 00004 = 364 days) and
		// must give what a file cut at 1997-12-31 gives: 1998's purchases change nothing (00111,
		// 00113, 00114 and 00208 bought again in 1998).
		const table = { ...DEFAULT_CUSTOMER_TABLE_CHOICE, analysisDate: '1998-01-01' };
		const ids = ['00004', '00111', '00113', '00114', '00208', '23569'];
		const [full] = await createAccountsHandlers(datasets).reviewBriefs(
			{ ...input(), datasetId: 'cdnow', table, customerIds: ids.slice(0, 1) },
			context
		);
		const cut = cdnowDatasets('1998-01-01');
		const cutBriefs = await createAccountsHandlers(cut).reviewBriefs(
			{ ...input(), datasetId: 'cdnow', table, customerIds: ids },
			context
		);
		const fullBriefs = await createAccountsHandlers(datasets).reviewBriefs(
			{ ...input(), datasetId: 'cdnow', table, customerIds: ids },
			context
		);
		expect(full.pAliveCutoff).toBe('1997-12-31');
		expect(fullBriefs.map((brief) => brief.pAlive)).toEqual(cutBriefs.map((brief) => brief.pAlive));
		// The parameters of a fit calibrated to 1997-12-31, and the formula with T = 364 days.
		const analysis = await createClvHandlers(datasets).analyseClv(
			{ datasetId: 'cdnow', options: { ...DEFAULT_CLV_OPTIONS, calibrationEnd: '1997-12-31' } },
			context
		);
		if (analysis.status !== 'computed' || analysis.report.bgnbd.status !== 'fitted')
			throw new Error('not fitted');
		const { r, alpha, a, b } = analysis.report.bgnbd;
		const [x, tx, T] = [3, 345 / 7, 364 / 7];
		const expected = 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x));
		expect(full.pAlive).toBeCloseTo(expected, 10);
		// …and not the figure of the fit to the last day, which saw 1998.
		const [latest] = await briefs(['00004']);
		expect(Math.abs((latest.pAlive as number) - (full.pAlive as number))).toBeGreaterThan(0.01);
	});

	it('give a customer with one purchase P(alive) = 1, as BG/NBD does', async () => {
		// 23569 bought once, on 1997-03-25.
		const [brief] = await briefs(['23569']);
		expect(brief.pAlive).toBe(1);
	});

	it('leave P(alive) out when the model cannot be fitted (no one bought twice)', async () => {
		const once = new Datasets(2, async () => null);
		once.put({
			summary: { id: 'small', name: 'Once.csv' } as DatasetSummary,
			orders: ordersFromRows([
				{ customer: 'c1', date: '2024-01-02', amount: 25, category: 'A' },
				{ customer: 'c2', date: '2024-01-04', amount: 300, category: 'A' },
				{ customer: 'c3', date: '2024-01-05', amount: 100, category: 'B' }
			]),
			attributes: null
		});
		const [brief] = await createAccountsHandlers(once).reviewBriefs(
			{ ...input(), customerIds: ['c3'] },
			context
		);
		expect(brief.pAlive).toBeNull();
		expect(brief.pAliveCutoff).toBeNull();
	});
});
