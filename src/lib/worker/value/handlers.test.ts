import { describe, expect, it } from 'vitest';
import { JOINED_CLV_OPTIONS } from '../../engine/clv/clv-options';
import { DEFAULT_CUSTOMER_TABLE_CHOICE } from '../../engine/customers/customer-table-choice';
import { ordersFromRows } from '../../engine/tables/test-tables';
import { ClvMemo } from '../../engine/clv/clv-session';
import { DEFAULT_VALUE_OPTIONS, type ValueOptions } from '../../engine/value/value-options';
import { createClvHandlers } from '../clv/handlers';
import type { DatasetSummary } from '../data/protocol';
import { Datasets, type HandlerContext } from '../datasets';
import type { ProgressInfo } from '../rpc';
import { createValueHandlers } from './handlers';
import { cdnowDatasets } from '../../../../tests/unit/cdnow-sample';

const context = (seen: ProgressInfo[] = []): HandlerContext => ({
	signal: new AbortController().signal,
	progress: (p) => seen.push(p)
});
const input = (predicted: ValueOptions['predicted']) => ({
	datasetId: 'cdnow',
	table: { ...DEFAULT_CUSTOMER_TABLE_CHOICE },
	currency: '',
	options: { ...DEFAULT_VALUE_OPTIONS, topN: 20, predicted }
});

describe('the Value handlers’ predicted value', () => {
	const datasets = cdnowDatasets();
	// The worker's assembly: one set of fits for both views (handlers.ts).
	const fits = new ClvMemo();
	const value = createValueHandlers(datasets, fits);
	const clv = createClvHandlers(datasets, fits);

	it('fit nothing when the predicted value is off (the default)', async () => {
		const report = await value.analyseValue(input(undefined), context());
		expect(report.predicted).toBeNull();
		expect(fits.size).toBe(0);
	});

	it('show the joined fit’s 365-day value per top customer, fitted to the last day 1998-06-30', async () => {
		// CDNOW runs 1997-01-01 … 1998-06-30: the joined fit calibrates to its last day, no holdout.
		const report = await value.analyseValue(input('show'), context());
		if (report.predicted?.status !== 'computed') throw new Error('no prediction');
		expect(report.predicted.calibrationEnd).toBe('1998-06-30');
		expect(report.predicted.horizonDays).toBe(365);
		expect(report.predicted.ranked).toBe(false);
		expect(report.predicted.values).toHaveLength(20);
		const top = report.top[0].id;
		const page = await clv.clvCustomers(
			{ datasetId: 'cdnow', options: JOINED_CLV_OPTIONS, query: top, limit: 1 },
			context()
		);
		if (!('rows' in page)) throw new Error('no page');
		expect(report.predicted.values[0]).toBe(page.rows[0].clv);
	});

	it('rank the top list by predicted value, as the CLV view ranks the joined fit’s customers', async () => {
		const seen: ProgressInfo[] = [];
		const report = await value.analyseValue(input('rank'), context(seen));
		// The fit made for 'show' is kept: no phase runs again.
		expect(seen).toEqual([]);
		if (report.predicted?.status !== 'computed') throw new Error('no prediction');
		const values = report.predicted.values.map((v) => v ?? -Infinity);
		expect(values).toEqual([...values].sort((p, q) => q - p));
		expect(report.top.map((row) => row.rank)).toEqual(report.top.map((_, i) => i + 1));
		const page = await clv.clvCustomers(
			{ datasetId: 'cdnow', options: JOINED_CLV_OPTIONS, query: '', limit: 5 },
			context()
		);
		if (!('rows' in page)) throw new Error('no page');
		expect(report.top.slice(0, 5).map((row) => row.id)).toEqual(page.rows.map((r) => r.customer));
	});

	it('export the list in the order the page shows when ranked by predicted value', async () => {
		const report = await value.analyseValue(input('rank'), context());
		const file = await value.exportTopCustomers(input('rank'), context());
		const ids = file.csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n')
			.slice(1)
			.map((line) => line.split(',')[0]);
		expect(ids).toEqual(report.top.map((row) => row.id));
	});

	it('predict as of the day before an earlier analysis date, whatever was bought after it', async () => {
		// Analysis date 1998-01-01: the table and the fit stop at 1997-12-31, so the full file and a
		// file cut at 1997-12-31 give the same top list and the same predicted value.
		const early = () => ({
			...input('show'),
			table: { ...DEFAULT_CUSTOMER_TABLE_CHOICE, analysisDate: '1998-01-01' }
		});
		const full = await createValueHandlers(cdnowDatasets()).analyseValue(early(), context());
		const cut = await createValueHandlers(cdnowDatasets('1998-01-01')).analyseValue(
			early(),
			context()
		);
		if (full.predicted?.status !== 'computed' || cut.predicted?.status !== 'computed')
			throw new Error('no prediction');
		expect(full.predicted.calibrationEnd).toBe('1997-12-31');
		expect(full.top.map((row) => row.id)).toEqual(cut.top.map((row) => row.id));
		expect(full.predicted.values).toEqual(cut.predicted.values);
		// A fit that saw 1998 (no analysis date) predicts otherwise for the same customers.
		const latest = await value.analyseValue(input('show'), context());
		if (latest.predicted?.status !== 'computed') throw new Error('no prediction');
		const [before, after] = [full.predicted.values, latest.predicted.values];
		const seen = new Map(latest.top.map((row, i) => [row.id, after[i]]));
		const changed = full.top.filter((row, i) => seen.has(row.id) && seen.get(row.id) !== before[i]);
		expect(changed.length).toBeGreaterThan(0);
	});

	it('say why when the model cannot be fitted (no one bought twice)', async () => {
		const once = new Datasets(2, async () => null);
		once.put({
			summary: { id: 'cdnow', name: 'Once' } as DatasetSummary,
			orders: ordersFromRows([
				{ customer: 'a', date: '2024-01-02', amount: 25 },
				{ customer: 'b', date: '2024-01-04', amount: 300 },
				{ customer: 'c', date: '2024-01-05', amount: 100 }
			]),
			attributes: null
		});
		const report = await createValueHandlers(once).analyseValue(input('show'), context());
		expect(report.predicted).toMatchObject({
			status: 'failed',
			reason: expect.stringContaining('no customer bought again')
		});
	});
});
