/**
 * What an import rejected and noticed, in the reader's language. The ingest's refusals, the sniff's
 * warnings, the columns' reasons, the rejected rows' labels and the orders, tickets and customers
 * imports' warnings are shown as the ingest wrote them in English (its sentences are the CLI's,
 * carried next to their codes: one writer) and worded by code through `ingestWords()` in another
 * language. A report stored before the codes keeps its English sentences.
 */
import type {
	AttributesWarning,
	DateOrderEvidence,
	ImportWarning,
	IngestRefusal,
	RoleReason,
	SniffWarning,
	TicketsWarning
} from '$lib/state/types';
import { ingestWords, type IngestWords } from '$lib/i18n';

type RejectionCode = keyof IngestWords['rejection'];

/** The label of a rejection reason: the ingest's in English, else by its code (an unknown one keeps the ingest's). */
export function rejectionLabel(reason: { reason: string; label: string }): string {
	const labels = ingestWords()?.rejection;
	return labels && reason.reason in labels ? labels[reason.reason as RejectionCode] : reason.label;
}

/** A report's English sentences and, beside them, their codes (a report stored before the codes has none). */
interface Reported<Cause> {
	warnings: string[];
	warningCauses?: Cause[];
}

/**
 * The ingest's sentences in the chosen language: as the ingest wrote them in English (or without
 * codes), else each code worded through `ingestWords()`.
 */
function ingestTexts<Cause>(
	report: Reported<Cause>,
	word: (words: IngestWords, cause: Cause) => string
): string[] {
	const words = ingestWords();
	return words && report.warningCauses
		? report.warningCauses.map((cause) => word(words, cause))
		: report.warnings;
}

/** An orders import's warning, worded by code in a language other than English. */
function importWarningText(words: IngestWords, warning: ImportWarning): string {
	const w = words.importWarning;
	switch (warning.code) {
		case 'title-lines':
			return w.titleLines(warning.lines);
		case 'invalid-bytes':
			return w.invalidBytes(warning.encoding, warning.lines.count, warning.lines.lines);
		case 'zero-bytes':
			return w.zeroBytes(warning.lines.count, warning.lines.lines);
		case 'duplicate-columns':
			return w.duplicateColumns(warning.columns);
		case 'cancelled-as-returns':
			return w.cancelledAsReturns(warning.orders, warning.returnLines);
		case 'cancelled-kept':
			return w.cancelledKept(warning.orders);
		case 'spread-orders':
			return w.spreadOrders(warning.orders);
		case 'future-dates':
			return w.futureDates(warning.count, warning.today, warning.examples);
	}
}

const DATE_PATTERNS = { dmy: 'DD/MM/YYYY', mdy: 'MM/DD/YYYY', ymd: 'YYYY-MM-DD' };

/** Why a column got its suggested role, worded by code in a language other than English. */
function roleReasonText(words: IngestWords, reason: RoleReason): string {
	const r = words.roleReason;
	const role = (code: string) => (code in r.roles ? r.roles[code as keyof typeof r.roles] : code);
	switch (reason.code) {
		case 'excel-serial':
			return r.excelSerial(reason.share, reason.min, reason.max);
		case 'preset':
			return r.preset(reason.preset, reason.column, role(reason.role));
		case 'header':
			return r.header(reason.column, role(reason.role));
		case 'dates':
			return r.dates(reason.share, DATE_PATTERNS[reason.order]);
		case 'money':
			return r.money(reason.numbers, reason.decimals);
		case 'customer-ids':
			return r.customerIds(reason.distinct, reason.rows);
		case 'counts':
			return r.counts(reason.share);
		case 'guessed':
			return r.guessed(reason.column);
	}
}

/** A column's reason in the chosen language: the sniff's words in English (or without a code), else by code. */
export function columnReasonText(column: {
	reason: string;
	reasonCause?: RoleReason | null;
}): string {
	const words = ingestWords();
	return words && column.reasonCause ? roleReasonText(words, column.reasonCause) : column.reason;
}

/** Why the sniff chose its day/month order, worded by code in a language other than English. */
function dateOrderEvidenceWords(words: IngestWords, evidence: DateOrderEvidence): string {
	const w = words.dateOrderEvidence;
	switch (evidence.code) {
		case 'day-over-12':
			return w.dayOver12(evidence.count, evidence.example);
		case 'month-over-12':
			return w.monthOver12(evidence.count, evidence.example);
		case 'dates-disagree':
			return w.disagree(evidence);
		case 'dates-ambiguous':
			return w.ambiguous(evidence.example, evidence.order, evidence.headerSays);
		case 'month-names':
			return w.monthNames(evidence.example);
		case 'year-first':
			return w.yearFirst(evidence.example);
		case 'no-dates':
			return w.noDates;
		case 'preset':
			return w.preset(evidence.order, evidence.preset);
	}
}

/**
 * The line under a mapping step's date-order choice in the chosen language: the sniff's English
 * (or a sniff's made before the codes), else by code.
 */
export function dateOrderEvidenceText(sniff: {
	dateOrderEvidence: string;
	dateOrderEvidenceCause?: DateOrderEvidence;
}): string {
	const words = ingestWords();
	return words && sniff.dateOrderEvidenceCause
		? dateOrderEvidenceWords(words, sniff.dateOrderEvidenceCause)
		: sniff.dateOrderEvidence;
}

/** A sniff's warning, worded by code in a language other than English. */
function sniffWarningText(words: IngestWords, warning: SniffWarning): string {
	const w = words.sniffWarning;
	switch (warning.code) {
		case 'title-skipped':
			return w.titleSkipped(warning.lines, warning.title, warning.header);
		case 'header-no-data':
			return w.headerNoData;
		case 'one-column':
			return w.oneColumn;
		case 'ragged-rows':
			return w.raggedRows(warning.ragged, warning.sampled, warning.columns);
		case 'invalid-bytes':
			return w.invalidBytes(warning.encoding, warning.lines);
		case 'zero-bytes':
			return w.zeroBytes(warning.lines);
		case 'duplicate-columns':
			return words.importWarning.duplicateColumns(warning.columns);
		case 'excel-serial':
			return w.excelSerial(warning.column, warning.example);
		case 'no-header':
			return w.noHeader(warning.header);
		case 'no-customer':
			return w.noCustomer;
		case 'no-date':
			return w.noDate;
		case 'no-opened':
			return w.noOpened;
		case 'no-resolution':
			return w.noResolution;
		case 'no-amount':
			return w.noAmount(warning.columns, warning.numeric);
		case 'guessed-role':
			return w.guessedRole(warning.role, warning.column);
		case 'dates-disagree':
			return w.datesDisagree(warning);
		case 'dates-ambiguous':
			return w.datesAmbiguous(warning.example, warning.order, warning.headerSays);
		case 'decimal-commas':
			return w.decimalCommas(warning.columns);
	}
}

/** A sniff's warnings (the mapping steps') in the chosen language. */
export const sniffWarningTexts = (sniff: Reported<SniffWarning>) =>
	ingestTexts(sniff, sniffWarningText);

/** An orders import's warnings (the import summary's) in the chosen language. */
export const importWarningTexts = (report: Reported<ImportWarning>) =>
	ingestTexts(report, importWarningText);

/** A tickets import's warning, worded by code in a language other than English. */
function ticketsWarningText(words: IngestWords, warning: TicketsWarning): string {
	const w = words.ticketsWarning;
	switch (warning.code) {
		case 'resolved-before-opened':
			return w.resolvedBeforeOpened(
				warning.line,
				warning.ticketId,
				warning.customerId,
				warning.resolvedDay,
				warning.openedDay
			);
		case 'duplicate-tickets':
			return w.duplicateTickets(warning.rows);
		case 'status-conflicts':
			return w.statusConflicts(warning.tickets);
		case 'resolved-without-date':
			return w.resolvedWithoutDate(warning.tickets);
	}
}

/** A tickets import's warnings in the chosen language. */
export const ticketsWarningTexts = (report: Reported<TicketsWarning>) =>
	ingestTexts(report, ticketsWarningText);

/** A warning of a customers file, worded by code in a language other than English. */
function attributesWarningText(words: IngestWords, warning: AttributesWarning): string {
	const w = words.attributesWarning;
	switch (warning.code) {
		case 'customer-column-guessed':
			return w.customerColumnGuessed(warning.column);
		case 'duplicate-customers':
			return w.duplicateCustomers(warning.rows);
	}
}

/** A customers file's warnings in the chosen language (none when the import kept no sentences). */
export const attributesWarningTexts = (report: Partial<Reported<AttributesWarning>>) =>
	ingestTexts({ ...report, warnings: report.warnings ?? [] }, attributesWarningText);

/** An error as the page keeps it (`ShownError` of the import flow). */
interface ShownError {
	message: string;
	code?: string;
	values?: Record<string, unknown>;
}

const REFUSAL_CODES: ReadonlySet<string> = new Set<IngestRefusal['code']>([
	'empty-file',
	'only-blank-lines',
	'no-complete-line',
	'unknown-delimiter',
	'utf-32',
	'binary-signature',
	'binary-zero-byte',
	'control-characters',
	'no-header-no-data',
	'header-no-data',
	'no-usable-rows',
	'role-twice',
	'roles-missing',
	'header-mismatch',
	'no-sheet',
	'no-sheets',
	'sheet-empty',
	'workbook-unreadable',
	'gzip-damaged',
	'tickets-role-twice',
	'tickets-no-customer',
	'tickets-no-opened',
	'tickets-no-resolution',
	'tickets-header-mismatch',
	'tickets-empty',
	'tickets-header-no-data',
	'tickets-no-usable-rows',
	'customers-no-column',
	'customers-empty',
	'out-of-memory',
	'worker-crashed',
	'customers-header-no-data',
	'customers-no-usable-rows'
]);

/** Rejected rows' reasons with their labels in the chosen language. */
const reasonTexts = (reasons: { reason: string; label: string; count: number }[]) =>
	reasons.map((reason) => ({ label: rejectionLabel(reason), count: reason.count }));

/** An ingest refusal, worded by code in a language other than English. */
function refusalText(words: IngestWords, refusal: IngestRefusal): string {
	const r = words.refusal;
	switch (refusal.code) {
		case 'empty-file':
			return r.emptyFile;
		case 'only-blank-lines':
			return r.onlyBlankLines;
		case 'no-complete-line':
			return r.noCompleteLine;
		case 'unknown-delimiter':
			return r.unknownDelimiter(refusal.delimiter);
		case 'utf-32':
			return r.utf32;
		case 'binary-signature':
			return r.binarySignature(r.binaryKinds[refusal.kind]);
		case 'binary-zero-byte':
			return r.binaryZeroByte(refusal.byte);
		case 'control-characters':
			return r.controlCharacters(refusal.control, refusal.bytes);
		case 'no-header-no-data':
			return r.noHeaderNoData;
		case 'header-no-data':
			return r.headerNoData(refusal.header);
		case 'no-usable-rows':
			return r.noUsableRows(
				refusal.rows,
				reasonTexts(refusal.rejected),
				refusal.ignoredReturnLines
			);
		case 'role-twice':
			return r.roleTwice(refusal.role, refusal.columns);
		case 'roles-missing':
			return r.rolesMissing(refusal.missing);
		case 'header-mismatch':
			return r.headerMismatch(refusal.mapped, refusal.header);
		case 'no-sheet':
			return r.noSheet(refusal.sheet, refusal.sheets);
		case 'no-sheets':
			return r.noSheets;
		case 'sheet-empty':
			return r.sheetEmpty(refusal.sheet);
		case 'workbook-unreadable':
			return r.workbookUnreadable(refusal.reason);
		case 'gzip-damaged':
			return r.gzipDamaged(refusal.reason);
		case 'tickets-role-twice':
			return r.ticketsRoleTwice(refusal.role, refusal.count);
		case 'tickets-no-customer':
			return r.ticketsNoCustomer;
		case 'tickets-no-opened':
			return r.ticketsNoOpened;
		case 'tickets-no-resolution':
			return r.ticketsNoResolution;
		case 'tickets-header-mismatch':
			return r.ticketsHeaderMismatch(refusal.mapped, refusal.header);
		case 'tickets-empty':
			return r.ticketsEmpty;
		case 'tickets-header-no-data':
			return r.ticketsHeaderNoData(refusal.header);
		case 'tickets-no-usable-rows':
			return r.ticketsNoUsableRows(refusal.rows, reasonTexts(refusal.rejected));
		case 'customers-no-column':
			return r.customersNoColumn(refusal.columns, refusal.column);
		case 'customers-empty':
			return r.customersEmpty;
		case 'out-of-memory':
			return r.outOfMemory(refusal.rows, refusal.share);
		case 'worker-crashed':
			return r.workerCrashed(refusal.reason);
		case 'customers-header-no-data':
			return r.customersHeaderNoData(refusal.header);
		case 'customers-no-usable-rows':
			return r.customersNoUsableRows(refusal.rows, refusal.column, reasonTexts(refusal.rejected));
	}
}

/**
 * A shown error in the chosen language: its own (English) message in English, or when its refusal
 * code is not known here; else worded by the code.
 */
export function errorText(error: ShownError): string {
	const words = ingestWords();
	if (!words || error.code === undefined || !REFUSAL_CODES.has(error.code)) return error.message;
	const refusal = { ...error.values, code: error.code } as IngestRefusal;
	try {
		const text = refusalText(words, refusal);
		return typeof text === 'string' ? text : error.message;
	} catch {
		// Values not of the code's shape (an error from another version): keep the English.
		return error.message;
	}
}

/** Why an open dataset was not saved: the worker's English in English (or without a cause), else by its cause. */
export function saveMessageText(dataset: {
	saveMessage: string | null;
	saveCause?: { code: 'not-saved'; reason: string };
}): string | null {
	const words = ingestWords();
	return words && dataset.saveCause
		? words.notSaved(dataset.saveCause.reason)
		: dataset.saveMessage;
}
