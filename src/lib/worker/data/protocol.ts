/**
 * Requests of the Data view: sniff a file, import it (or the demo business), open a stored
 * dataset. Also the types every family's input shares (`TableInput`).
 */
import type { CustomerTableChoice } from '../../engine/customers/customer-table-choice';
import type { DatasetSummary } from '../../ingest/dataset-summary';
import type { SniffResult, TicketsSniff } from '../../ingest/index';
import type { DatasetFiles, SniffedFile } from '../../ingest/read-dataset';

export { DEMO_SOURCE_FILE_NAME } from '../../ingest/read-dataset';
export type { AttributesSummary, TicketsSummary } from '../../ingest/read-dataset';
/** What the page knows of a dataset, and what storage keeps as its report: ingest's. */
export type { DatasetSummary, StoredReport } from '../../ingest/dataset-summary';

/** A file's sniff with its name, size and compression (`sniffFile`). */
export type SniffOutput = SniffedFile<SniffResult>;
export type TicketsSniffOutput = SniffedFile<TicketsSniff>;

/** The input every analysis request carries: the dataset and its customer-table choice (the
 * dataset-wide settings section `dataset`). */
export interface TableInput {
	datasetId: string;
	table: CustomerTableChoice;
	/**
	 * The currency the page shows the amounts in (the dataset settings' choice, else the import's;
	 * '' for plain numbers): exports write it as their `currency` column.
	 */
	currency: string;
}

export interface DataProtocol {
	/**
	 * `delimiter`: the one chosen by hand in the mapping step (detected when absent); `sheet`: a
	 * workbook's sheet chosen there, by name (the first when absent).
	 */
	sniffOrders: {
		input: { file: Blob; fileName: string; delimiter?: string | null; sheet?: string | null };
		output: SniffOutput;
	};
	sniffTickets: { input: { file: Blob; fileName: string }; output: TicketsSniffOutput };
	importOrders: { input: DatasetFiles; output: DatasetSummary };
	importDemo: { input: { seed: number }; output: DatasetSummary };
	openDataset: { input: { id: string }; output: DatasetSummary };
}
