/**
 * Every request the page can make of the analysis worker, with its input and output. One map types
 * both ends: `client.call('importOrders', input)` returns `Promise<Protocol['importOrders']['output']>`
 * and the worker's handlers are checked against the same entries.
 */
import type { ColumnMapping, ImportReport, SniffResult } from '../ingest/index';
import type { PersonasProtocol } from './personas/protocol';
import type { SegmentsProtocol } from './segments/protocol';

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
	/** False when IndexedDB refused the dataset (it is still open in this tab). */
	saved: boolean;
	saveMessage: string | null;
	/** The analysis settings saved with the dataset, by view (`value`, `segments`, `personas`). */
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

export interface SniffOutput extends SniffResult {
	fileName: string;
	fileSize: number;
	gzip: boolean;
}

/** Options of the Value view (plain JSON: they travel in links and are saved with the dataset). */
export interface ValueOptions {
	/** Value = net revenue, or net profit when the data has costs. */
	basis: 'revenue' | 'profit';
	/** Size of the top-N list (default 200). */
	topN: number;
	/** `YYYY-MM-DD`; null = the day after the last date in the data. */
	analysisDate: string | null;
	/** The group compared with everyone else in "what sets them apart". */
	group: 'top' | 'A';
}

export const DEFAULT_VALUE_OPTIONS: ValueOptions = {
	basis: 'revenue',
	topN: 200,
	analysisDate: null,
	group: 'top'
};

export interface TopCustomerRow {
	rank: number;
	id: string;
	value: number;
	orders: number;
	averageOrderValue: number;
	averageUnitPrice: number;
	recencyDays: number;
	repeatRate: number;
}

export interface AbcClassSummary {
	name: 'A' | 'B' | 'C';
	customers: number;
	value: number;
	customerShare: number;
	valueShare: number;
}

/** One over- or under-represented trait of a group: share in the group, in the rest, and lift. */
export interface LiftRow {
	label: string;
	shareInGroup: number;
	shareInRest: number;
	lift: number;
}

export interface BehaviourComparison {
	label: string;
	group: number;
	rest: number;
	format: 'money' | 'integer' | 'decimal' | 'share' | 'days';
}

export interface GroupProfile {
	groupLabel: string;
	groupSize: number;
	restSize: number;
	categories: LiftRow[];
	products: LiftRow[];
	attributes: LiftRow[];
	behaviour: BehaviourComparison[];
	/** Why a part is missing ("needs a category column"). */
	notes: string[];
}

export interface ValueOutput {
	options: ValueOptions;
	profitAvailable: boolean;
	analysisDate: string;
	customers: number;
	returnsOnlyCustomers: number;
	netRevenue: number;
	totalValue: number;
	topShare: number;
	shareFor80: number;
	gini: number;
	abc: AbcClassSummary[];
	curve: { customerShare: Float64Array; valueShare: Float64Array; rank: Int32Array; ids: string[] };
	top: TopCustomerRow[];
	profile: GroupProfile;
}

export interface CustomerDetail {
	id: string;
	features: { label: string; value: string }[];
	orders: { orderId: string; day: number; amount: number; lines: number }[];
}

/** The whole map: the requests below, and each family's own protocol file. */
export interface Protocol extends CoreProtocol, SegmentsProtocol, PersonasProtocol {}

interface CoreProtocol {
	sniffOrders: { input: { file: Blob; fileName: string }; output: SniffOutput };
	importOrders: {
		input: {
			file: Blob;
			fileName: string;
			mapping: ColumnMapping;
			attributesFile: Blob | null;
			attributesFileName: string | null;
		};
		output: DatasetSummary;
	};
	importDemo: { input: { seed: number }; output: DatasetSummary };
	openDataset: { input: { id: string }; output: DatasetSummary };
	analyseValue: { input: { datasetId: string; options: ValueOptions }; output: ValueOutput };
	exportTopCustomers: {
		input: { datasetId: string; options: ValueOptions };
		output: { fileName: string; csv: string };
	};
	customerDetail: {
		input: { datasetId: string; customerId: string; options: ValueOptions };
		output: CustomerDetail;
	};
}

export type ProtocolName = keyof Protocol;
