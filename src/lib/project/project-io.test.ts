import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OrdersTable } from '../engine/tables/orders-table';
import { closeSieveDb, listDatasets, loadDataset, saveDataset } from '../storage/index';
import { openProjectText, projectText } from './project-io';

const orders: OrdersTable = {
	rowCount: 2,
	customer: { codes: Int32Array.from([0, 1]), values: ['c1', 'c2'] },
	order: { codes: Int32Array.from([0, 1]), values: ['o1', 'o2'] },
	day: Int32Array.from([20000, 20001]),
	amount: Float64Array.from([9.5, 3]),
	quantity: null,
	cost: null,
	discounted: null,
	product: null,
	category: null,
	channel: null
};
const settings = {
	segments: { bins: 4 },
	personas: { edits: [{ key: 'k', name: 'Sunday people' }] }
};

beforeEach(async () => {
	await closeSieveDb();
	globalThis.indexedDB = new IDBFactory();
});

async function kept(): Promise<string> {
	return saveDataset({
		meta: {
			name: 'March',
			sourceFileName: 'march.csv',
			sourceSize: 10,
			mapping: {},
			report: {},
			settings,
			createdAt: '2026-03-01T00:00:00.000Z'
		},
		orders
	});
}

describe('opening a project file', () => {
	it('saves its dataset as a new one, which writes the same project file again', async () => {
		const id = await kept();
		const first = await projectText(id, settings, true);
		const opened = await openProjectText(first);
		if (!opened.ok || !opened.datasetId) throw new Error('not opened');
		expect(opened.datasetId).not.toBe(id);
		expect((await loadDataset(opened.datasetId))?.meta.settings).toEqual(settings);
		expect(await projectText(opened.datasetId, opened.settings, true)).toBe(first);
	});

	it('changes nothing saved when the file is truncated', async () => {
		const id = await kept();
		const text = await projectText(id, settings, true);
		const before = await listDatasets();
		const opened = await openProjectText(text.slice(0, text.length - 40));
		expect(opened).toEqual({ ok: false, problem: { kind: 'notJson' } });
		expect(await listDatasets()).toEqual(before);
	});

	it('changes nothing saved when a column was edited', async () => {
		const id = await kept();
		const file = JSON.parse(await projectText(id, settings, true));
		file.dataset.columns[0].data = 'AAAA';
		const before = await listDatasets();
		const opened = await openProjectText(JSON.stringify(file));
		expect(opened.ok).toBe(false);
		expect(await listDatasets()).toEqual(before);
	});

	it('gives back the settings of a file without data and saves nothing', async () => {
		const id = await kept();
		const opened = await openProjectText(await projectText(id, settings, false));
		expect(opened).toEqual({ ok: true, settings, datasetId: null });
		expect((await listDatasets()).length).toBe(1);
	});
});
