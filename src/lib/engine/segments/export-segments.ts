/**
 * The Segments family's CSV exports (spreadsheet-safe through `toCsv`): campaign lists (one
 * segment, some R × F cells, or everyone) and the per-customer table of the CLI's
 * `segments --customers`.
 */
import { safeFileName } from '../tables/file-name';
import { toCsv, type CsvFile } from '../tables/csv-export';
import type { SegmentsComputation } from './compute-segments';
import { segmentExportRows } from './playbook';

/** A campaign CSV: one segment, the customers of some R × F cells, or everyone. */
export function exportSegmentsCsv(
	computation: SegmentsComputation,
	datasetName: string,
	segment: string | null,
	cells: [number, number][] | null
): CsvFile {
	const { customers, rfm } = computation;
	let mask: Uint8Array | undefined;
	if (cells) {
		const bins = rfm.bins;
		const picked = new Uint8Array((bins + 1) * (bins + 1));
		for (const [r, f] of cells) {
			if (r >= 1 && r <= bins && f >= 1 && f <= bins) picked[r * (bins + 1) + f] = 1;
		}
		mask = new Uint8Array(customers.count);
		for (let i = 0; i < customers.count; i++) {
			mask[i] = picked[rfm.recency[i] * (bins + 1) + rfm.frequency[i]];
		}
	}
	const rows = segmentExportRows({
		...computation,
		segment: segment ?? undefined,
		mask
	});
	const safeName = safeFileName(datasetName);
	const part = segment ?? (cells ? 'rf-selection' : 'all-segments');
	return { fileName: `${safeName}-${part}.csv`, csv: toCsv(rows), rows: rows.length - 1 };
}

/**
 * Every customer of the table with their scores and groups, in customer-table order: the
 * campaign CSV's columns (`segmentExportRows`) for everyone.
 */
export function exportSegmentCustomers(computation: SegmentsComputation): {
	csv: string;
	rows: number;
} {
	const rows = segmentExportRows({ ...computation, tableOrder: true });
	return { csv: toCsv(rows), rows: computation.customers.count };
}
