/**
 * Requests of the Data view: sniff a file, import it (or the demo business), open a stored
 * dataset. Also the types every family's input shares (`TableInput`).
 */
import type { CustomerTableChoice } from '../../engine/customers/customer-table-choice';
import type {
	ColumnMapping,
	ImportReport,
	SniffResult,
	TicketMapping,
	TicketsReport,
	TicketsSniff
} from '../../ingest/index';

/** The source file name of the demo business's orders (how the page finds a kept demo). */
export const DEMO_SOURCE_FILE_NAME = 'demo-orders.csv';

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

export interface AttributesSummary {
	fileName: string;
	rowsRead: number;
	customers: number;
	numericColumns: string[];
	categoricalColumns: string[];
	/** Ids of the customers file that are customers of the orders file. */
	matched: number;
	/** Ids of the customers file with no line in the orders file (reported, not joined). */
	unmatched: number;
	/** The first few unmatched ids, as examples. */
	unmatchedExamples: string[];
}

/** The tickets file's import report, with its name (`report.matching` is always filled here). */
export interface TicketsSummary extends TicketsReport {
	fileName: string;
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
	sniffOrders: { input: { file: Blob; fileName: string }; output: SniffOutput };
	sniffTickets: { input: { file: Blob; fileName: string }; output: TicketsSniffOutput };
	importOrders: {
		input: {
			file: Blob;
			fileName: string;
			mapping: ColumnMapping;
			attributesFile: Blob | null;
			attributesFileName: string | null;
			/** The optional tickets file and its confirmed mapping (both or neither). */
			ticketsFile?: Blob | null;
			ticketsFileName?: string | null;
			ticketsMapping?: TicketMapping | null;
		};
		output: DatasetSummary;
	};
	importDemo: { input: { seed: number }; output: DatasetSummary };
	openDataset: { input: { id: string }; output: DatasetSummary };
}
