import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLV_OPTIONS, type ClvOptions } from '../../engine/clv/clv-options';
import { DEFAULT_CUSTOMER_TABLE_CHOICE } from '../../engine/customers/customer-table-choice';
import { groupingRequestFromSettings } from '../../engine/customers/group-by-settings';
import { ordersFromRows, type TestRow } from '../../engine/tables/test-tables';
import type { DatasetSummary } from '../data/protocol';
import { Datasets, type HandlerContext, type OpenDataset } from '../datasets';
import type { ProgressInfo } from '../rpc';
import { createClvHandlers } from './handlers';
import { cdnowRows } from '../../../../tests/unit/cdnow-sample';

function handlersOver(rows: TestRow[]) {
	const datasets = new Datasets(2, async () => null);
	const entry: OpenDataset = {
		summary: { id: 'cdnow', name: 'CDNOW sample' } as DatasetSummary,
		orders: ordersFromRows(rows),
		attributes: null
	};
	datasets.put(entry);
	return createClvHandlers(datasets);
}

function context(seen: ProgressInfo[] = []): HandlerContext {
	return { signal: new AbortController().signal, progress: (p) => seen.push(p) };
}

const OPTIONS: ClvOptions = {
	...DEFAULT_CLV_OPTIONS,
	calibrationEnd: '1997-09-30',
	holdoutEnd: '1998-06-30',
	unit: 'weeks'
};

describe('the Lifetime value handlers on CDNOW', () => {
	const handlers = handlersOver(cdnowRows());
	const input = { datasetId: 'cdnow', options: OPTIONS };

	it('report the published BG/NBD fit and each phase as progress', async () => {
		const seen: ProgressInfo[] = [];
		const analysis = await handlers.analyseClv(input, context(seen));
		if (analysis.status !== 'computed' || analysis.report.bgnbd.status !== 'fitted')
			throw new Error('not fitted');
		expect(analysis.report.bgnbd.r).toBeCloseTo(0.2426, 3);
		expect(analysis.report.bgnbd.alpha).toBeCloseTo(4.4136, 3);
		expect(analysis.report.calibrationRepeatTransactions).toBe(2457);
		expect(seen.map((p) => p.phase)).toEqual([
			'transactions',
			'bgnbd',
			'gamma-gamma',
			'customers',
			'holdout'
		]);
	});

	it('draw the P(alive) grid up to the oldest customer (calibration start 1997-01-01, 38.86 weeks)', async () => {
		const analysis = await handlers.analyseClv(input, context());
		if (analysis.status !== 'computed' || !analysis.grid) throw new Error('no grid');
		// 1997-01-01 to 1997-09-30 is 272 days.
		expect(analysis.grid.age).toBeCloseTo(272 / 7, 12);
		expect(
			analysis.grid.values.slice(0, analysis.grid.recencies.length).every((v) => v === 1)
		).toBe(true);
	});

	it('bin every cohort customer’s predicted value', async () => {
		const analysis = await handlers.analyseClv(input, context());
		if (analysis.status !== 'computed' || !analysis.distribution) throw new Error('no bins');
		expect(analysis.distribution.bins.reduce((sum, bin) => sum + bin.customers, 0)).toBe(2357);
	});

	it('search and export without fitting again', async () => {
		const seen: ProgressInfo[] = [];
		const page = await handlers.clvCustomers({ ...input, query: '', limit: 10 }, context(seen));
		const file = await handlers.exportClvCustomers({ ...input, currency: '' }, context(seen));
		expect(seen).toEqual([]);
		if (!('rows' in page) || !('csv' in file)) throw new Error('failed');
		const parsed = Papa.parse<string[]>(file.csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
		expect(parsed.data.length).toBe(2358);
		expect(parsed.data.slice(1, 11).map((row) => row[0])).toEqual(page.rows.map((r) => r.customer));
		expect(file.fileName).toBe('CDNOW-sample-lifetime-value.csv');
	});

	it('answer bad options with the validator’s reason and a suggestion, not NaN', async () => {
		const analysis = await handlers.analyseClv(
			{ datasetId: 'cdnow', options: { ...OPTIONS, holdoutEnd: '1997-01-01' } },
			context()
		);
		expect(analysis).toEqual({
			status: 'failed',
			reason: 'The holdout end must come after the calibration end.',
			suggestion: 'correct the options',
			cause: {
				code: 'invalid-options',
				problems: ['The holdout end must come after the calibration end.']
			}
		});
	});
});

describe('the Lifetime value handlers on Cancel', () => {
	it('stop the fit at the next phase once the request is cancelled, and keep nothing', async () => {
		const handlers = handlersOver(cdnowRows());
		const controller = new AbortController();
		const seen: string[] = [];
		const cancelled = handlers.analyseClv(
			{ datasetId: 'cdnow', options: OPTIONS },
			{
				signal: controller.signal,
				progress: (p) => {
					seen.push(String(p.phase));
					// Cancel arrives while BG/NBD is about to be fitted.
					if (p.phase === 'bgnbd') controller.abort();
				}
			}
		);
		await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
		expect(seen).toEqual(['transactions', 'bgnbd']);
		// Nothing half-made was kept: the next request fits from the start.
		const again: ProgressInfo[] = [];
		const analysis = await handlers.analyseClv(
			{ datasetId: 'cdnow', options: OPTIONS },
			context(again)
		);
		expect(analysis.status).toBe('computed');
		expect(again).toHaveLength(5);
	});
});

describe('the Lifetime value handlers on hostile data', () => {
	it('say that no one bought before a cut-off earlier than the first purchase', async () => {
		const handlers = handlersOver([
			{ customer: 'a', date: '2024-03-01', amount: 10 },
			{ customer: 'a', date: '2024-04-01', amount: 10 }
		]);
		const analysis = await handlers.analyseClv(
			{ datasetId: 'cdnow', options: { ...DEFAULT_CLV_OPTIONS, calibrationEnd: '2024-01-01' } },
			context()
		);
		expect(analysis.status).toBe('failed');
		if (analysis.status === 'failed') expect(analysis.reason).toContain('2024-03-01');
	});

	it('give a failed fit its reason when everyone bought once, and no grid or distribution', async () => {
		const rows = Array.from({ length: 50 }, (_, i) => ({
			customer: `c${i}`,
			date: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
			amount: 10 + i
		}));
		const analysis = await handlersOver(rows).analyseClv(
			{ datasetId: 'cdnow', options: DEFAULT_CLV_OPTIONS },
			context()
		);
		if (analysis.status !== 'computed') throw new Error('expected a report');
		expect(JSON.stringify(analysis)).not.toMatch(/NaN|Infinity/);
		expect(analysis.report.gammaGamma.status).toBe('failed');
		expect(analysis.distribution).toBeNull();
	});
});

describe('the CLV per group request', () => {
	const handlers = handlersOver(cdnowRows());
	const input = {
		datasetId: 'cdnow',
		table: { ...DEFAULT_CUSTOMER_TABLE_CHOICE },
		currency: '',
		...groupingRequestFromSettings('rfm'),
		margin: null
	};

	it('answers each RFM segment’s CLV from the fit to the last day, with the fit’s phases as progress', async () => {
		const seen: ProgressInfo[] = [];
		const answer = await handlers.clvByGroup(input, context(seen));
		if (answer.status !== 'computed') throw new Error(answer.reason);
		expect(answer.calibrationEnd).toBe('1998-06-30');
		expect(answer.holdoutEnd).toBeNull();
		expect(answer.groups[0].name).toBe('Champions');
		expect(answer.total.customers).toBe(2357);
		expect(seen.map((p) => p.phase)).toContain('bgnbd');
	});

	it('groups by the Personas view’s personas, every customer in one', async () => {
		const answer = await handlers.clvByGroup(
			{ ...input, ...groupingRequestFromSettings('persona') },
			context()
		);
		if (answer.status !== 'computed') throw new Error(answer.reason);
		expect(answer.by).toBe('persona');
		expect(answer.groups.length).toBeGreaterThanOrEqual(2);
		expect(answer.groups.reduce((n, g) => n + g.customers, 0)).toBe(2357);
		expect(answer.groups.reduce((n, g) => n + g.expectedValue!, 0)).toBeCloseTo(
			answer.total.expectedValue!,
			6
		);
	});

	it('gives a contribution CLV for a margin without fitting again', async () => {
		const revenue = await handlers.clvByGroup(input, context());
		const seen: ProgressInfo[] = [];
		const contribution = await handlers.clvByGroup({ ...input, margin: 0.3 }, context(seen));
		if (revenue.status !== 'computed' || contribution.status !== 'computed')
			throw new Error('failed');
		expect(seen).toEqual([]);
		expect(contribution.valueKind).toBe('contribution');
		expect(contribution.total.expectedValue! / revenue.total.expectedValue!).toBeCloseTo(0.3, 12);
	});
});

describe('the customer curve request', () => {
	it('gives customer 00004’s P(alive) history and forecast from the view’s fit', async () => {
		const handlers = handlersOver(cdnowRows());
		const curve = await handlers.clvCustomerCurve(
			{ datasetId: 'cdnow', options: OPTIONS, customerId: '00004' },
			context()
		);
		if (curve.status !== 'computed') throw new Error(curve.reason);
		expect(curve.history.at(-1)!.date).toBe('1997-09-30');
		expect(curve.forecast.find((p) => p.days === 273)!.expected).toBeCloseTo(1.226, 3);
	});
});
