/**
 * The Segments family's CSV exports (spreadsheet-safe through `toCsv`): campaign lists (one
 * segment, some R × F cells, or everyone) and the per-customer table of the CLI's
 * `segments --customers`.
 */
import { safeFileName } from '../tables/file-name';
import { toCsv, type CsvFile } from '../tables/csv-export';
import type { SegmentsComputation } from './compute-segments';
import { segmentExportRows } from './playbook';
import { cellsMask, segmentGroupMask, type SegmentGroup } from './segment-members';

/** A campaign CSV: one segment, the customers of some R × F cells, or everyone. */
export function exportSegmentsCsv(
	computation: SegmentsComputation,
	datasetName: string,
	currency: string,
	segment: string | null,
	cells: [number, number][] | null
): CsvFile {
	const mask = cells ? cellsMask(computation, cells) : undefined;
	const rows = segmentExportRows({
		...computation,
		segment: segment ?? undefined,
		mask,
		currency
	});
	const safeName = safeFileName(datasetName);
	const part = segment ?? (cells ? 'rf-selection' : 'all-segments');
	return { fileName: `${safeName}-${part}.csv`, csv: toCsv(rows), rows: rows.length - 1 };
}

/**
 * The campaign CSV of one group of the Segments view (issue 20's customer lists): a segment or R × F
 * cells as `exportSegmentsCsv` writes them, or the customers carrying a behaviour tag
 * (`<dataset>-<tag slug>.csv`), with the same columns.
 */
export function exportSegmentGroupCsv(
	computation: SegmentsComputation,
	datasetName: string,
	currency: string,
	group: SegmentGroup
): CsvFile {
	if (group.kind === 'segment')
		return exportSegmentsCsv(computation, datasetName, currency, group.slug, null);
	if (group.kind === 'cells')
		return exportSegmentsCsv(computation, datasetName, currency, null, group.cells);
	const rows = segmentExportRows({
		...computation,
		mask: segmentGroupMask(computation, group),
		currency
	});
	const fileName = `${safeFileName(datasetName)}-${group.slug}.csv`;
	return { fileName, csv: toCsv(rows), rows: rows.length - 1 };
}

/**
 * Every customer of the table with their scores and groups, in customer-table order: the
 * campaign CSV's columns (`segmentExportRows`) for everyone.
 */
export function exportSegmentCustomers(
	computation: SegmentsComputation,
	currency: string
): {
	csv: string;
	rows: number;
} {
	const rows = segmentExportRows({ ...computation, tableOrder: true, currency });
	return { csv: toCsv(rows), rows: computation.customers.count };
}
