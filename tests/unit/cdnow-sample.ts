/**
 * Test helper (not a test): CDNOW's 1/10 sample as published (SOURCES.md) — whitespace-separated
 * master id, sample id, YYYYMMDD, CDs bought, dollars spent, no header — read from the project's
 * shared data beside it (`../shared/data/`, so CI's fresh clone finds it), as test order lines or
 * as the worker's open dataset.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { ordersFromRows, type TestRow } from '../../src/lib/engine/tables/test-tables';
import type { DatasetSummary } from '../../src/lib/worker/data/protocol';
import { Datasets } from '../../src/lib/worker/datasets';

export const CDNOW_SAMPLE = fileURLToPath(
	new URL('../../../shared/data/CDNOW_sample.txt.gz', import.meta.url)
);

/** One row per line of the sample: the master id as the customer, the date, the dollars. */
export function cdnowRows(): TestRow[] {
	return gunzipSync(readFileSync(CDNOW_SAMPLE))
		.toString('ascii')
		.split(/\r?\n/)
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const [master, , ymd, , dollars] = line.trim().split(/\s+/);
			return {
				customer: master,
				date: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`,
				amount: Number(dollars)
			};
		});
}

/**
 * The sample as the worker's one open dataset `cdnow`; with `before`, only the lines dated before
 * it (`YYYY-MM-DD`).
 */
export function cdnowDatasets(before?: string): Datasets {
	const rows = cdnowRows().filter((row) => before === undefined || row.date < before);
	const datasets = new Datasets(2, async () => null);
	datasets.put({
		summary: { id: 'cdnow', name: 'CDNOW' } as DatasetSummary,
		orders: ordersFromRows(rows),
		attributes: null
	});
	return datasets;
}
