/**
 * Why an import refused a file, by code with its figures, and the English sentence of each: the
 * only English of a refusal — the CLI's, `IngestError.message`, and the page's in English. The
 * interface words the codes in its other languages (`i18n/messages/ingest-words.ts`, through
 * `components/data/import-texts.ts`); an error without a code keeps its English sentence.
 */

/** What a binary file looks like, by its first bytes (`detect-encoding.ts`). */
export type BinaryKind =
	| 'zip'
	| 'xls'
	| 'pdf'
	| 'gzip'
	| 'bzip2'
	| 'xz'
	| 'zstd'
	| 'sqlite'
	| 'parquet'
	| 'png'
	| 'jpeg'
	| 'gif';

/** The roles an orders mapping cannot do without. */
export type RequiredRole = 'customer' | 'date' | 'amount';

/** A refusal of a file, an orders mapping or a workbook. */
export type IngestRefusal =
	| { code: 'empty-file' }
	| { code: 'only-blank-lines' }
	| { code: 'no-complete-line' }
	| { code: 'unknown-delimiter'; delimiter: string }
	| { code: 'utf-32' }
	| { code: 'binary-signature'; kind: BinaryKind }
	| { code: 'binary-zero-byte'; byte: number }
	| { code: 'control-characters'; control: number; bytes: number }
	| { code: 'no-header-no-data' }
	| { code: 'header-no-data'; header: string[] }
	| {
			code: 'no-usable-rows';
			rows: number;
			/** The rejected rows' reasons (`RejectedReason` without examples). */
			rejected: { reason: string; label: string; count: number }[];
			ignoredReturnLines: number;
	  }
	/** `role`: a `ColumnRole` (not imported: `types.ts` imports this module). */
	| { code: 'role-twice'; role: string; columns: number[] }
	| { code: 'roles-missing'; missing: RequiredRole[] }
	| { code: 'header-mismatch'; mapped: number; header: string[] }
	| { code: 'no-sheet'; sheet: number | string; sheets: string[] }
	| { code: 'no-sheets' }
	| { code: 'sheet-empty'; sheet: number | string }
	| { code: 'workbook-unreadable'; reason: string }
	| { code: 'gzip-damaged'; reason: string }
	/** `role`: a `TicketRole` (not imported: `header-words.ts` is not this module's concern). */
	| { code: 'tickets-role-twice'; role: string; count: number }
	| { code: 'tickets-no-customer' }
	| { code: 'tickets-no-opened' }
	| { code: 'tickets-no-resolution' }
	| { code: 'tickets-header-mismatch'; mapped: number; header: string[] }
	| { code: 'tickets-empty' }
	| { code: 'tickets-header-no-data'; header: string[] }
	| {
			code: 'tickets-no-usable-rows';
			rows: number;
			/** The rejected rows' reasons (`TicketRejectedReason` without examples). */
			rejected: { reason: string; label: string; count: number }[];
	  }
	/** `column`: 0-based; the sentence counts from 1. */
	| { code: 'customers-no-column'; columns: number; column: number }
	| { code: 'customers-empty' }
	/** The tab's memory ran out after `rows` rows, `share`% of the file (`explain-out-of-memory.ts`). */
	| { code: 'out-of-memory'; rows: number; share: number }
	/** A parse worker died (`worker/data/parse-pool.ts`); `reason` is the browser's, maybe empty. */
	| { code: 'worker-crashed'; reason: string }
	| { code: 'customers-header-no-data'; header: string[] }
	| {
			code: 'customers-no-usable-rows';
			rows: number;
			column: string;
			/** The rejected rows' reasons (`RejectedReason` without examples). */
			rejected: { reason: string; label: string; count: number }[];
	  };

export type IngestRefusalCode = IngestRefusal['code'];

/** What each binary kind looks like, in the English sentence. */
export const BINARY_KINDS: Record<BinaryKind, string> = {
	zip: 'a ZIP archive or an Excel workbook (.xlsx)',
	xls: 'an old Excel workbook (.xls)',
	pdf: 'a PDF document',
	gzip: 'gzip-compressed data that could not be decompressed',
	bzip2: 'bzip2-compressed data',
	xz: 'xz-compressed data',
	zstd: 'zstd-compressed data',
	sqlite: 'an SQLite database',
	parquet: 'a Parquet file',
	png: 'a PNG image (a screenshot?)',
	jpeg: 'a JPEG image (a photo?)',
	gif: 'a GIF image'
};

const NOT_TEXT_ADVICE =
	'Export your orders as CSV (comma, semicolon or tab separated) and try again.';

/** Each missing role: what is missing, and what to choose. */
const MISSING: Record<RequiredRole, { missing: string; choose: string }> = {
	customer: {
		missing: 'the customer',
		choose: 'the column that identifies the customer (an id, account number or e-mail)'
	},
	date: { missing: 'the order date', choose: 'the date column' },
	amount: {
		missing: 'the amount (nor a quantity and unit price pair to compute it)',
		choose: 'the amount column (line revenue), or quantity and unit price'
	}
};

/** `a`, `a and b`, `a, b and c`. */
const list = (items: string[]) =>
	items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** A sheet by number or by quoted name. */
const sheetName = (sheet: number | string) => (typeof sheet === 'number' ? sheet : `“${sheet}”`);

/** The English sentence of a refusal. */
export function describeIngestRefusal(refusal: IngestRefusal): string {
	switch (refusal.code) {
		case 'empty-file':
			return 'The file is empty.';
		case 'only-blank-lines':
			return 'The file is empty (it holds only blank lines).';
		case 'no-complete-line':
			return 'The first megabyte of the file holds no complete line: is it a CSV file?';
		case 'unknown-delimiter':
			return `“${refusal.delimiter}” is not a delimiter Sieve reads (comma, semicolon, tab, “|” or spaces).`;
		case 'utf-32':
			return `This file is UTF-32 encoded, which is not supported. ${NOT_TEXT_ADVICE}`;
		case 'binary-signature':
			return `This doesn't look like a text file: it looks like ${BINARY_KINDS[refusal.kind]}. ${NOT_TEXT_ADVICE}`;
		case 'binary-zero-byte':
			return `This doesn't look like a text file (it holds binary data: a zero byte at byte ${refusal.byte}). ${NOT_TEXT_ADVICE}`;
		case 'control-characters':
			return `This doesn't look like a text file (${refusal.control} of its first ${refusal.bytes} bytes are control characters). ${NOT_TEXT_ADVICE}`;
		case 'no-header-no-data':
			return 'The file is empty: it has no header row and no data.';
		case 'header-no-data':
			return `The file has a header (${refusal.header.join(', ')}) but no data rows.`;
		case 'no-usable-rows': {
			const reasons = refusal.rejected
				.map((r) => `${r.count.toLocaleString('en')} ${r.label}`)
				.join(', ');
			const ignored =
				refusal.ignoredReturnLines > 0
					? ` and ${refusal.ignoredReturnLines} return lines were ignored as chosen`
					: '';
			return `None of the ${refusal.rows.toLocaleString('en')} rows could be used: ${reasons}${ignored}. Check the column mapping (customer, date, amount) and the date order.`;
		}
		case 'role-twice':
			return `Columns ${refusal.columns.join(' and ')} are both mapped as “${refusal.role}”: choose one.`;
		case 'roles-missing': {
			const missing = refusal.missing.map((role) => MISSING[role].missing);
			const choose = refusal.missing.map((role) => MISSING[role].choose);
			return `No column is mapped as ${list(missing)}. Choose ${list(choose)}.`;
		}
		case 'header-mismatch':
			return `The mapping is for ${refusal.mapped} columns but the file's header has ${refusal.header.length} (${refusal.header.join(', ')}). Map the columns again.`;
		case 'no-sheet':
			return `The workbook has no sheet ${sheetName(refusal.sheet)}; its sheets are ${refusal.sheets.map((name) => `“${name}”`).join(', ')}.`;
		case 'no-sheets':
			return 'The workbook holds no sheet.';
		case 'sheet-empty':
			return refusal.sheet === 1
				? 'The first sheet of the workbook is empty.'
				: `The sheet ${sheetName(refusal.sheet)} of the workbook is empty.`;
		case 'workbook-unreadable':
			return `The file is a zip archive but could not be read as an Excel workbook (.xlsx) (${refusal.reason.replace(/\.$/, '')}). Nothing was imported from it; save the sheet as CSV, or choose the workbook again.`;
		case 'gzip-damaged':
			return `The file starts like a gzip file but its compressed data is damaged or cut short (${refusal.reason.replace(/\.$/, '')}). Nothing was imported from it; compress the CSV again, or load it uncompressed.`;
		case 'tickets-role-twice':
			return `The tickets mapping gives ${refusal.count} columns the role ${refusal.role}; choose one.`;
		case 'tickets-no-customer':
			return 'The tickets file needs a customer column.';
		case 'tickets-no-opened':
			return 'The tickets file needs the date each ticket was opened.';
		case 'tickets-no-resolution':
			return 'The tickets file needs a resolved date or a status column, to tell resolved tickets from open ones.';
		case 'tickets-header-mismatch':
			return `The tickets mapping has ${refusal.mapped} columns but the file has ${refusal.header.length} (${refusal.header.join(', ')}).`;
		case 'tickets-empty':
			return 'The tickets file is empty.';
		case 'tickets-header-no-data':
			return `The tickets file has a header (${refusal.header.join(', ')}) but no data rows.`;
		case 'tickets-no-usable-rows': {
			const why = refusal.rejected.map((r) => `${r.count} ${r.label}`).join(', ');
			return `None of the ${refusal.rows} rows of the tickets file could be read${why ? ` (${why})` : ''}.`;
		}
		case 'customers-no-column':
			return `The customers file has ${refusal.columns} columns; column ${refusal.column + 1} does not exist.`;
		case 'customers-empty':
			return 'The customers file is empty.';
		case 'out-of-memory':
			return `This browser tab ran out of memory after ${refusal.rows.toLocaleString('en')} rows (${refusal.share}% of the file). Nothing was saved and your other datasets are intact. Sieve has been measured on 20 million lines (2 GB) in one tab; split the file by date, or leave out columns you do not need (map them to “ignore”).`;
		case 'worker-crashed':
			return `A parse worker stopped (${refusal.reason || 'no reason given'}). This usually means a file too large for this tab's memory.`;
		case 'customers-header-no-data':
			return `The customers file has a header (${refusal.header.join(', ')}) but no data rows.`;
		case 'customers-no-usable-rows': {
			const why = refusal.rejected
				.map((r) => `${r.count.toLocaleString('en')} ${r.label}`)
				.join(', ');
			return `None of the ${refusal.rows} rows of the customers file has a customer id in column “${refusal.column}”${why ? ` (${why})` : ''}.`;
		}
	}
}
