/**
 * What the first look at an orders file (`sniff-orders.ts`) warns of, by code with its figures,
 * and the English sentence of each: the only English of a sniff's warning and a column's reason —
 * the CLI's, `SniffResult.warnings`, `ColumnProfile.reason`, and the mapping step's in English. The
 * mapping step words the codes (`warningCauses`, `reasonCause`) in its other languages
 * (`i18n/messages/ingest-words.ts`).
 */
import { describeImportWarning, type ImportWarning } from './import-warnings';

/** The day/month order the sniff chose, when the sample leaves it in doubt. */
export type DateOrderWarning =
	| {
			code: 'dates-disagree';
			dayFirst: number;
			dayExample: string;
			monthFirst: number;
			monthExample: string;
			order: 'dmy' | 'mdy';
	  }
	| { code: 'dates-ambiguous'; example: string; order: 'dmy' | 'mdy'; headerSays: boolean };

/** A warning of an orders file's sniff. */
export type SniffWarning =
	| { code: 'title-skipped'; lines: number; title: string; header: string }
	| { code: 'header-no-data' }
	| { code: 'one-column' }
	| { code: 'ragged-rows'; ragged: number; sampled: number; columns: number }
	| { code: 'invalid-bytes'; encoding: string; lines: number[] }
	| { code: 'zero-bytes'; lines: number[] }
	| Extract<ImportWarning, { code: 'duplicate-columns' }>
	| { code: 'excel-serial'; column: string; example: string }
	| { code: 'no-header'; header: string[] }
	| { code: 'no-customer' }
	| { code: 'no-date' }
	/** A tickets file's: no opened date, no resolved date nor status (`sniff-tickets.ts`). */
	| { code: 'no-opened' }
	| { code: 'no-resolution' }
	| { code: 'no-amount'; columns: string[]; numeric: string[] }
	| { code: 'guessed-role'; role: string; column: string }
	| DateOrderWarning
	| { code: 'decimal-commas'; columns: string[] };

export type SniffWarningCode = SniffWarning['code'];

/** `lines 4, 9, 12,345`: line numbers grouped by thousands, as the import's warnings write them. */
const lines = (numbers: number[]) =>
	`${numbers.length === 1 ? 'line' : 'lines'} ${numbers.map((n) => n.toLocaleString('en')).join(', ')}`;
const quoted = (names: string[]) => names.map((name) => `“${name}”`).join(', ');

/**
 * Why the sniff chose the day/month order it did: the line under the mapping step's date-order
 * choice, and the CLI's `dates:` line.
 */
export type DateOrderEvidence =
	| { code: 'day-over-12'; count: number; example: string }
	| { code: 'month-over-12'; count: number; example: string }
	| DateOrderWarning
	| { code: 'month-names'; example: string }
	| { code: 'year-first'; example: string }
	| { code: 'no-dates' }
	/** No date tells day and month apart, and the recognised export format says which comes first. */
	| { code: 'preset'; order: 'dmy' | 'mdy' | 'ymd'; preset: string };

/** How dates are read, by the ingest's `DateOrder`. */
const READ_AS = { dmy: 'day/month/year', mdy: 'month/day/year', ymd: 'year/month/day' };

/** The English sentence of why the sniff chose its day/month order. */
export function describeDateOrderEvidence(evidence: DateOrderEvidence): string {
	switch (evidence.code) {
		case 'day-over-12':
			return `${evidence.count === 1 ? `1 date, ${evidence.example}, starts` : `${evidence.count} dates such as ${evidence.example} start`} with a number over 12, so dates are read day/month/year.`;
		case 'month-over-12':
			return `${evidence.count === 1 ? `1 date, ${evidence.example}, has` : `${evidence.count} dates such as ${evidence.example} have`} a second number over 12, so dates are read month/day/year.`;
		case 'dates-disagree':
			return `The dates disagree: ${evidence.dayFirst} look day-first (${evidence.dayExample}) and ${evidence.monthFirst} month-first (${evidence.monthExample}); read as ${evidence.order === 'dmy' ? 'day/month' : 'month/day'}, the majority.`;
		case 'dates-ambiguous':
			return `No date in the sample tells day and month apart (e.g. ${evidence.example}); read as ${READ_AS[evidence.order]}${evidence.headerSays ? ' as the header says' : ''}.`;
		case 'month-names':
			return `Months are written as names (${evidence.example}): there is no day/month question.`;
		case 'year-first':
			return `Dates are written year first (${evidence.example}): there is no day/month question.`;
		case 'no-dates':
			return 'No dates were found in the sample.';
		case 'preset':
			return `No date in the sample tells day and month apart; read as ${READ_AS[evidence.order]}, as ${evidence.preset} files are written.`;
	}
}

/** The English sentence of a sniff's warning. */
export function describeSniffWarning(warning: SniffWarning): string {
	switch (warning.code) {
		case 'title-skipped':
			return `The ${warning.lines === 1 ? 'line' : `${warning.lines} lines`} above the header (“${warning.title}”) will be skipped as a title: the header is “${warning.header}”.`;
		case 'header-no-data':
			return 'The file has a header but no data rows.';
		case 'one-column':
			return 'Only one column was found: the file may use a delimiter other than comma, semicolon, tab or “|”.';
		case 'ragged-rows':
			return `${warning.ragged} of the first ${warning.sampled} rows have a different number of fields than the header (${warning.columns}); they will be counted as rejected.`;
		case 'invalid-bytes':
			return `Some bytes are not valid ${warning.encoding.toUpperCase()} and will show as “�” (${lines(warning.lines)}): the file may use another encoding.`;
		case 'zero-bytes':
			return `Some fields hold zero bytes (NUL) (${lines(warning.lines)}): they will be kept as they are.`;
		case 'duplicate-columns':
			return describeImportWarning(warning);
		case 'excel-serial':
			return `“${warning.column}” holds Excel serial dates (days since 1899-12-30, e.g. ${warning.example}): they are read as dates.`;
		case 'no-header':
			return `The file has no header row: its columns are named after what their values look like (${warning.header.join(', ')}). Please check the mapping.`;
		case 'no-customer':
			return 'No customer column was recognised: choose the column that identifies the customer.';
		case 'no-date':
			return 'No date column was recognised: choose the order date column.';
		case 'no-opened':
			return 'No opened-date column was recognised: choose the date the ticket was opened.';
		case 'no-resolution':
			return 'Neither a resolved date nor a status column was recognised: choose one.';
		case 'no-amount':
			return `No amount (or quantity and unit price) was recognised among the columns ${quoted(warning.columns)}: choose the column holding each line's revenue, or the quantity and unit price columns.${warning.numeric.length > 0 ? ` Columns of numbers: ${quoted(warning.numeric)}.` : ' No column holds numbers.'}`;
		case 'guessed-role':
			return `The ${warning.role} column (“${warning.column}”) was guessed from its values: please check it.`;
		case 'dates-disagree':
			return `${describeDateOrderEvidence(warning)} The others will be rejected as bad dates.`;
		case 'dates-ambiguous':
			return `${describeDateOrderEvidence(warning)} Change the date order in the mapping if that is wrong.`;
		case 'decimal-commas':
			return `Decimal commas are read in ${warning.columns.join(', ')} (1.234,56 = 1234.56).`;
	}
}

/**
 * Why a column got its suggested role (`ColumnProfile.reasonCause`), by code with its figures:
 * shares are whole percents (rounded down); `role` is a `ColumnRole`, `order` a `DateOrder`.
 */
export type RoleReason =
	| { code: 'excel-serial'; share: number; min: number; max: number }
	| { code: 'preset'; preset: string; column: string; role: string }
	| { code: 'header'; column: string; role: string }
	| { code: 'dates'; share: number; order: 'dmy' | 'mdy' | 'ymd' }
	| { code: 'money'; numbers: number; decimals: number }
	| { code: 'customer-ids'; distinct: number | null; rows: number }
	| { code: 'counts'; share: number }
	| { code: 'guessed'; column: string };

/** The English words of each role in a reason. */
const ROLE_WORDS: Record<string, string> = {
	customer: 'customer',
	date: 'order date',
	amount: 'amount',
	quantity: 'quantity',
	unitPrice: 'unit price',
	order: 'order id',
	product: 'product',
	category: 'category',
	discount: 'discount',
	cost: 'cost',
	margin: 'margin',
	channel: 'channel',
	returnFlag: 'return flag',
	ignore: 'ignored'
};

const ORDER_PATTERN = { dmy: 'DD/MM/YYYY', mdy: 'MM/DD/YYYY', ymd: 'YYYY-MM-DD' };

/** The English words of a role reason (the mapping step's `ColumnProfile.reason`). */
export function describeRoleReason(reason: RoleReason): string {
	switch (reason.code) {
		case 'excel-serial':
			return `values look like Excel serial dates: ${reason.share}% are days since 1899-12-30 in ${reason.min}–${reason.max}`;
		case 'preset':
			return `${reason.preset}: “${reason.column}” is the ${ROLE_WORDS[reason.role] ?? reason.role}`;
		case 'header':
			return `header “${reason.column}” means ${ROLE_WORDS[reason.role] ?? reason.role}`;
		case 'dates':
			return `values look like dates: ${reason.share}% parse as ${ORDER_PATTERN[reason.order]}`;
		case 'money':
			return `values look like money: ${reason.numbers}% are numbers, ${reason.decimals}% with decimals`;
		case 'customer-ids':
			return `values repeat like customer ids: ${reason.distinct ?? '?'} different in ${reason.rows} rows`;
		case 'counts':
			return `values look like counts: ${reason.share}% are small whole numbers`;
		case 'guessed':
			return `guessed from the values of “${reason.column}”`;
	}
}
