import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { parseIsoDay } from '../tables/orders-table';
import { attributesFromRows, ordersFromRows, type TestRow } from '../tables/test-tables';
import { ticketsFromRows } from '../tables/test-tickets';
import { computeLoyalty } from './compute-loyalty';
import { exportLoyaltyCell } from './export-loyalty';
import { buildInterviewList, exportInterviewList } from './interview-list';
import { LoyaltyOptionsError, resolveLoyaltyOptions } from './loyalty-options';

const ANALYSIS = parseIsoDay('2025-01-01');

/** `count` orders `gap` days apart, the last `recency` days before the analysis day. */
function orders(customer: string, count: number, gap: number, recency: number): TestRow[] {
	return Array.from({ length: count }, (_, k) => ({
		customer,
		date: new Date((ANALYSIS - recency - (count - 1 - k) * gap) * 86_400_000)
			.toISOString()
			.slice(0, 10),
		amount: 10
	}));
}

// Budgets 100…900: ranks 0/9 … 8/9 → small (< 1/3): L1 L2 L3; medium: L4 L5 L6; large: L7 L8 L9.
const ROWS = [
	...orders('L1', 10, 30, 5), // regular, recent, tenure 275 days
	...orders('L2', 5, 30, 5), // regular, recent, tenure 125
	...orders('L3', 8, 30, 100), // regular but 100 > 2 × 30 days since the last order: lapsing
	...orders('L4', 2, 30, 5), // two orders: not regular
	...orders('L5', 6, 40, 10), // regular, recent, tenure 210, but an open ticket
	...orders('L6', 6, 40, 10), // regular, recent, tenure 210
	...orders('L7', 4, 20, 10),
	...orders('L8', 12, 20, 3),
	...orders('L9', 3, 20, 10)
];
const BUDGETS = attributesFromRows(
	['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9'].map((id, k) => ({
		id,
		budget: (k + 1) * 100
	}))
);

function setUp() {
	const customers = buildCustomerTable(ordersFromRows(ROWS), { analysisDay: ANALYSIS }, BUDGETS);
	const tickets = ticketsFromRows([{ id: 't', customer: 'L5', opened: '2024-12-01' }]);
	const loyalty = computeLoyalty(customers, tickets);
	return { customers, tickets, loyalty };
}

describe('buildInterviewList', () => {
	it('keeps regular, recent customers with no open problem, longest tenure first per size band', () => {
		const { customers, loyalty } = setUp();
		const list = buildInterviewList(customers, loyalty.openProblems, null, {
			interviewsPerGroup: 2
		});
		expect(list.sizeBasis).toEqual({ kind: 'attribute', name: 'budget' });
		expect(list.funnel).toEqual({ customers: 9, regular: 8, recent: 7, noOpenProblem: 6 });
		expect(
			list.groups.map((g) => [g.sizeBand, g.candidates, g.interviewees.map((p) => p.customerId)])
		).toEqual([
			['small', 2, ['L1', 'L2']],
			['medium', 1, ['L6']],
			['large', 3, ['L8', 'L7']] // tenure: L8 223 days, L7 70, L9 50
		]);
		expect(list.questions.length).toBeGreaterThan(0);
	});

	it('splits each size band by the segment labels given', () => {
		const { customers, loyalty } = setUp();
		const codes = Int32Array.from(customers.ids, (id) => (id === 'L2' ? 1 : 0));
		const list = buildInterviewList(customers, loyalty.openProblems, {
			name: 'test',
			labels: ['one', 'two'],
			codes
		});
		expect(list.groups.map((g) => `${g.sizeBand}/${g.segment}`)).toEqual([
			'small/one',
			'small/two',
			'medium/one',
			'large/one'
		]);
	});

	it('exports one CSV row per interviewee with the questions', () => {
		const { customers, loyalty } = setUp();
		const csv = exportInterviewList(
			buildInterviewList(customers, loyalty.openProblems),
			customers,
			''
		);
		const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
		expect(lines).toHaveLength(1 + 6);
		expect(lines[0]).toBe(
			'customer_id,orders,net_revenue,first_order,last_order,recency_days,' +
				'size_band,segment,tenure_days,mean_gap_days,questions'
		);
		// L1: 10 orders of 10, the last 5 days before 2025-01-01, the first 9 × 30 days earlier.
		expect(lines[1]).toMatch(/^L1,10,100,2024-04-01,2024-12-27,5,small,All customers,275,30,/);
	});
});

describe('exportLoyaltyCell', () => {
	it('lists the eligible customers of one group with their index and window', () => {
		const { customers, loyalty, tickets } = setUp();
		const csv = exportLoyaltyCell(
			customers,
			loyalty,
			'',
			{ group: 'unresolved', eligibleOnly: false },
			tickets
		);
		const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
		expect(lines).toEqual([
			'customer_id,orders,net_revenue,first_order,last_order,recency_days,' +
				'group,resolved_quickly,first_ticket,severity,segment,index_date,window_end,eligible,repurchased,open_problems',
			// L5: 6 orders of 10, 40 days apart, the last 10 days before 2025-01-01.
			'L5,6,60,2024-06-05,2024-12-22,10,unresolved,,t,,,2024-12-01,2025-05-30,false,true,1'
		]);
	});
});

describe('loyalty options', () => {
	it('refuses Q longer than W and names the fields', () => {
		expect(() => resolveLoyaltyOptions({ windowDays: 10, quickDays: 20 })).toThrow(
			LoyaltyOptionsError
		);
		expect(() => resolveLoyaltyOptions({ windowDays: 0 })).toThrow(/window W/);
	});
});
