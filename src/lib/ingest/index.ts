/**
 * The ingest layer's public API: sniff an orders file, import it (and a customers file) into
 * columnar tables. Environment-neutral: sources are `AsyncIterable<Uint8Array>`.
 */
export type {
	ColumnMapping,
	ColumnProfile,
	ColumnRole,
	CurrencyGuess,
	DateOrder,
	ImportProgress,
	ImportReport,
	RejectedReason,
	RejectionReason,
	SniffResult,
	TextEncodingName
} from './types';
export type { AttributesWarning, ImportWarning, TicketsWarning } from './import-warnings';
export type { IngestRefusal, IngestRefusalCode } from './ingest-refusals';
export type {
	DateOrderEvidence,
	RoleReason,
	SniffWarning,
	SniffWarningCode
} from './sniff-warnings';
export { IngestError } from './types';
export { sniffOrders, headerKey } from './sniff-orders';
export { detectCurrency } from './detect-currency';
export { importOrders, checkMapping } from './import-orders';
export type { ImportOptions } from './import-orders';
export { importAttributes } from './import-attributes';
export { deriveAttributes, mergeAttributes } from './derive-attributes';
export { suggestAttributeColumns } from './suggest-attributes';
export type { AttributesImportOptions, AttributesReport } from './import-attributes';
export { importTickets, checkTicketMapping, isResolvedStatus } from './import-tickets';
export { sniffTickets, suggestTicketRoles } from './sniff-tickets';
export type {
	TicketMapping,
	TicketRole,
	TicketsImportOptions,
	TicketsReport,
	TicketsSniff,
	TicketRejectedReason
} from './import-tickets';
export { streamChunks } from './stream-chunks';
export { gunzipMembers } from './gunzip-members';
export type { GzipDecompressor } from './gunzip-members';
export { isGzip } from './detect-encoding';
export { isZip, xlsxToCsv } from './xlsx';
export { parseDay } from './parse-date';
export { parseNumber, normaliseCustomerId } from './parse-number';
export { importOrdersParallel, parsePiece } from './parallel-import';
export { offerSpareBuffers } from './spare-buffers';
