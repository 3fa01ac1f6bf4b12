/**
 * Requests of the Data view: sniff a file, import it (or the demo business), open a stored
 * dataset. Also the types every family's input shares (`TableInput`).
 */
import type { CustomerTableChoice } from '../../engine/customers/customer-table-choice';
import type { ImportReport, SniffResult, TicketsSniff } from '../../ingest/index';
import type { AttributesSummary, DatasetFiles, TicketsSummary } from '../../ingest/read-dataset';

export { DEMO_SOURCE_FILE_NAME } from '../../ingest/read-dataset';
export type { AttributesSummary, TicketsSummary };

/** What the page knows of a dataset (the columns stay in the worker and in IndexedDB). */
export interface DatasetSummary {
	id: string;
	name: string;
	sourceFileName: string;
	sourceSize: number;
	createdAt: string;
	report: ImportReport;
	attributes: AttributesSummary | null;
	/** The tickets file's import report (matched / not matched / rejected), or null without one. */
	tickets: TicketsSummary | null;
	/** False when IndexedDB refused the dataset (it is still open in this tab). */
	saved: boolean;
	saveMessage: string | null;
	/** The analysis settings saved with the dataset: `dataset` (the customer-table choice), then one section per family. */
	settings: Record<string, unknown>;
	/** Seconds spent in the worker: parsing into columns, and saving to IndexedDB. */
	timings: { parseSeconds: number; saveSeconds: number };
}

export interface TicketsSniffOutput extends TicketsSniff {
	fileName: string;
	fileSize: number;
	gzip: boolean;
}

export interface SniffOutput extends SniffResult {
	fileName: string;
	fileSize: number;
	gzip: boolean;
}

/** What storage keeps as a dataset's "report": the import report, the customers file, timings. */
export interface StoredReport {
	import: ImportReport;
	attributes: AttributesSummary | null;
	/** Absent in datasets saved before tickets files existed. */
	tickets?: TicketsSummary | null;
	timings: DatasetSummary['timings'];
}

/** The input every analysis request carries: the dataset and its customer-table choice (the
 * dataset-wide settings section `dataset`). */
export interface TableInput {
	datasetId: string;
	table: CustomerTableChoice;
}

export interface DataProtocol {
	/** `delimiter`: the one chosen by hand in the mapping step (detected when absent). */
	sniffOrders: {
		input: { file: Blob; fileName: string; delimiter?: string | null };
		output: SniffOutput;
	};
	sniffTickets: { input: { file: Blob; fileName: string }; output: TicketsSniffOutput };
	importOrders: { input: DatasetFiles; output: DatasetSummary };
	importDemo: { input: { seed: number }; output: DatasetSummary };
	openDataset: { input: { id: string }; output: DatasetSummary };
}
