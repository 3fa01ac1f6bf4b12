import { afterEach, describe, expect, it } from 'vitest';
import {
	describeIngestRefusal,
	type IngestRefusal,
	type IngestRefusalCode
} from '$lib/ingest/ingest-refusals';
import { IngestError } from '$lib/ingest/types';
import {
	describeDateOrderEvidence,
	describeRoleReason,
	describeSniffWarning,
	type DateOrderEvidence,
	type RoleReason,
	type SniffWarning,
	type SniffWarningCode
} from '$lib/ingest/sniff-warnings';
import { serialiseError, WorkerError } from '$lib/worker/rpc';
import { shownError } from '$lib/state/import-flow.svelte';
import { locale } from '$lib/i18n/locale.svelte';
import { notSavedMessage } from '$lib/ingest/dataset-summary';
import { sniffOrders } from '$lib/ingest/sniff-orders';
import {
	columnReasonText,
	dateOrderEvidenceText,
	errorText,
	saveMessageText,
	sniffWarningTexts
} from './import-texts';

afterEach(() => {
	locale.current = 'en';
});

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** Sample refusals of every code (the `Record` fails the type check when a code has none). */
const SAMPLES: Record<IngestRefusalCode, IngestRefusal[]> = {
	'empty-file': [{ code: 'empty-file' }],
	'only-blank-lines': [{ code: 'only-blank-lines' }],
	'no-complete-line': [{ code: 'no-complete-line' }],
	'unknown-delimiter': [{ code: 'unknown-delimiter', delimiter: ':' }],
	'utf-32': [{ code: 'utf-32' }],
	'binary-signature': [
		{ code: 'binary-signature', kind: 'zip' },
		{ code: 'binary-signature', kind: 'pdf' },
		{ code: 'binary-signature', kind: 'parquet' },
		{ code: 'binary-signature', kind: 'png' },
		{ code: 'binary-signature', kind: 'jpeg' }
	],
	'binary-zero-byte': [{ code: 'binary-zero-byte', byte: 12_345 }],
	'control-characters': [{ code: 'control-characters', control: 2_000, bytes: 65_536 }],
	'no-header-no-data': [{ code: 'no-header-no-data' }],
	'header-no-data': [{ code: 'header-no-data', header: ['Customer', 'Date', 'Amount'] }],
	'no-usable-rows': [
		{
			code: 'no-usable-rows',
			rows: 135_080,
			rejected: [
				{ reason: 'no-customer', label: 'no customer id', count: 135_080 },
				{ reason: 'bad-date', label: 'date missing or not understood', count: 3 }
			],
			ignoredReturnLines: 0
		},
		{
			code: 'no-usable-rows',
			rows: 4,
			rejected: [{ reason: 'bad-amount', label: 'amount missing or not a number', count: 2 }],
			ignoredReturnLines: 2
		}
	],
	'role-twice': [{ code: 'role-twice', role: 'amount', columns: [3, 5] }],
	'roles-missing': [
		{ code: 'roles-missing', missing: ['date'] },
		{ code: 'roles-missing', missing: ['customer', 'amount'] },
		{ code: 'roles-missing', missing: ['customer', 'date', 'amount'] }
	],
	'header-mismatch': [{ code: 'header-mismatch', mapped: 4, header: ['a', 'b', 'c'] }],
	'no-sheet': [
		{ code: 'no-sheet', sheet: 'Orders', sheets: ['Sheet1', 'Notes'] },
		{ code: 'no-sheet', sheet: 3, sheets: ['Sheet1'] }
	],
	'no-sheets': [{ code: 'no-sheets' }],
	'sheet-empty': [
		{ code: 'sheet-empty', sheet: 1 },
		{ code: 'sheet-empty', sheet: 'Notes' }
	],
	'workbook-unreadable': [{ code: 'workbook-unreadable', reason: 'invalid zip data.' }],
	'gzip-damaged': [{ code: 'gzip-damaged', reason: 'Compressed input was truncated.' }],
	'tickets-role-twice': [
		{ code: 'tickets-role-twice', role: 'opened', count: 2 },
		{ code: 'tickets-role-twice', role: 'status', count: 3 }
	],
	'tickets-no-customer': [{ code: 'tickets-no-customer' }],
	'tickets-no-opened': [{ code: 'tickets-no-opened' }],
	'tickets-no-resolution': [{ code: 'tickets-no-resolution' }],
	'tickets-header-mismatch': [
		{ code: 'tickets-header-mismatch', mapped: 5, header: ['Ticket', 'Customer', 'Opened'] }
	],
	'tickets-empty': [{ code: 'tickets-empty' }],
	'tickets-header-no-data': [
		{ code: 'tickets-header-no-data', header: ['Ticket', 'Customer', 'Opened', 'Status'] }
	],
	'tickets-no-usable-rows': [
		{
			code: 'tickets-no-usable-rows',
			rows: 3,
			rejected: [
				{ reason: 'no-customer', label: 'no customer id', count: 1 },
				{ reason: 'bad-opened-date', label: 'opened date missing or not understood', count: 2 }
			]
		},
		{ code: 'tickets-no-usable-rows', rows: 0, rejected: [] }
	],
	'customers-no-column': [{ code: 'customers-no-column', columns: 3, column: 4 }],
	'customers-empty': [{ code: 'customers-empty' }],
	'out-of-memory': [{ code: 'out-of-memory', rows: 12_345_678, share: 60 }],
	'worker-crashed': [
		{ code: 'worker-crashed', reason: 'Uncaught RangeError: Array buffer allocation failed' },
		{ code: 'worker-crashed', reason: '' }
	],
	'customers-header-no-data': [
		{ code: 'customers-header-no-data', header: ['Customer', 'Region', 'Tier'] }
	],
	'customers-no-usable-rows': [
		{
			code: 'customers-no-usable-rows',
			rows: 1_500,
			column: 'Customer',
			rejected: [
				{ reason: 'no-customer', label: 'no customer id', count: 1_498 },
				{ reason: 'wrong-field-count', label: 'wrong number of fields', count: 2 }
			]
		}
	]
};

const ALL = Object.values(SAMPLES).flat();

/** A sentence as a person reads it: no value left unfilled or unformatted. */
const UNFILLED = /undefined|NaN|\[object|\$\{/;

/** The page's text of a refusal, as the import flow keeps the error. */
const pageText = (refusal: IngestRefusal) => errorText(shownError(new IngestError(refusal)));

describe('a refusal of every code', () => {
	it.each(ALL)(
		'has an English sentence, the ingest’s, shown as it is on the page: %o',
		(refusal) => {
			const english = describeIngestRefusal(refusal);
			expect(english).toMatch(/^\S.*[.?]$/);
			expect(english).not.toMatch(UNFILLED);
			expect(new IngestError(refusal).message).toBe(english);
			expect(pageText(refusal)).toBe(english);
		}
	);

	it.each(ALL)('has an Urdu sentence: %o', (refusal) => {
		locale.current = 'ur';
		const text = pageText(refusal);
		expect(text).toMatch(ARABIC_SCRIPT);
		expect(text).not.toMatch(UNFILLED);
		expect(text).not.toBe(describeIngestRefusal(refusal));
	});
});

describe('the English of a refusal', () => {
	it('is written as the CLI prints it', () => {
		expect(describeIngestRefusal(SAMPLES['roles-missing'][1])).toBe(
			'No column is mapped as the customer and the amount (nor a quantity and unit price pair to compute it). Choose the column that identifies the customer (an id, account number or e-mail) and the amount column (line revenue), or quantity and unit price.'
		);
		expect(describeIngestRefusal(SAMPLES['no-usable-rows'][0])).toBe(
			'None of the 135,080 rows could be used: 135,080 no customer id, 3 date missing or not understood. Check the column mapping (customer, date, amount) and the date order.'
		);
		expect(describeIngestRefusal(SAMPLES['no-usable-rows'][1])).toBe(
			'None of the 4 rows could be used: 2 amount missing or not a number and 2 return lines were ignored as chosen. Check the column mapping (customer, date, amount) and the date order.'
		);
		expect(describeIngestRefusal(SAMPLES['unknown-delimiter'][0])).toBe(
			'“:” is not a delimiter Sieve reads (comma, semicolon, tab, “|” or spaces).'
		);
		expect(describeIngestRefusal(SAMPLES['binary-signature'][0])).toBe(
			"This doesn't look like a text file: it looks like a ZIP archive or an Excel workbook (.xlsx). Export your orders as CSV (comma, semicolon or tab separated) and try again."
		);
		expect(describeIngestRefusal(SAMPLES['no-sheet'][0])).toBe(
			'The workbook has no sheet “Orders”; its sheets are “Sheet1”, “Notes”.'
		);
		expect(describeIngestRefusal(SAMPLES['sheet-empty'][0])).toBe(
			'The first sheet of the workbook is empty.'
		);
		expect(describeIngestRefusal(SAMPLES['workbook-unreadable'][0])).toBe(
			'The file is a zip archive but could not be read as an Excel workbook (.xlsx) (invalid zip data). Nothing was imported from it; save the sheet as CSV, or choose the workbook again.'
		);
		expect(describeIngestRefusal(SAMPLES['out-of-memory'][0])).toBe(
			'This browser tab ran out of memory after 12,345,678 rows (60% of the file). Nothing was saved and your other datasets are intact. Sieve has been measured on 20 million lines (2 GB) in one tab; split the file by date, or leave out columns you do not need (map them to “ignore”).'
		);
		expect(describeIngestRefusal(SAMPLES['worker-crashed'][1])).toBe(
			"A parse worker stopped (no reason given). This usually means a file too large for this tab's memory."
		);
	});

	it('writes the tickets and customers refusals as the CLI printed them before the codes', () => {
		expect(describeIngestRefusal(SAMPLES['tickets-no-usable-rows'][0])).toBe(
			'None of the 3 rows of the tickets file could be read (1 no customer id, 2 opened date missing or not understood).'
		);
		expect(describeIngestRefusal(SAMPLES['tickets-no-usable-rows'][1])).toBe(
			'None of the 0 rows of the tickets file could be read.'
		);
		expect(describeIngestRefusal(SAMPLES['tickets-role-twice'][0])).toBe(
			'The tickets mapping gives 2 columns the role opened; choose one.'
		);
		expect(describeIngestRefusal(SAMPLES['customers-no-column'][0])).toBe(
			'The customers file has 3 columns; column 5 does not exist.'
		);
		expect(describeIngestRefusal(SAMPLES['customers-no-usable-rows'][0])).toBe(
			'None of the 1500 rows of the customers file has a customer id in column “Customer” (1,498 no customer id, 2 wrong number of fields).'
		);
	});
});

describe('a refused save', () => {
	const reason = 'The quota has been exceeded.';
	const dataset = {
		saveMessage: notSavedMessage(reason),
		saveCause: { code: 'not-saved' as const, reason }
	};

	it('is shown in English as the worker words it', () => {
		expect(notSavedMessage(reason)).toBe(
			'The quota has been exceeded. The dataset is open in this tab, but will be gone after a reload.'
		);
		expect(saveMessageText(dataset)).toBe(dataset.saveMessage);
	});

	it('is worded in Urdu, keeping the browser’s reason', () => {
		locale.current = 'ur';
		expect(saveMessageText(dataset)).toMatch(ARABIC_SCRIPT);
		expect(saveMessageText(dataset)).toContain(reason);
	});

	it('keeps the message of a summary without a cause, and shows none for a saved one', () => {
		locale.current = 'ur';
		expect(saveMessageText({ saveMessage: 'Old message.' })).toBe('Old message.');
		expect(saveMessageText({ saveMessage: null })).toBeNull();
	});
});

describe('errorText', () => {
	it('words an IngestError that crossed the worker boundary in Urdu', () => {
		locale.current = 'ur';
		const crossed = new WorkerError(
			structuredClone(serialiseError(new IngestError({ code: 'empty-file' })))
		);
		expect(crossed.name).toBe('IngestError');
		expect(crossed.message).toBe('The file is empty.');
		expect(errorText(shownError(crossed))).toBe('فائل خالی ہے۔');
	});

	it('keeps the values of a refusal across the worker boundary', () => {
		locale.current = 'ur';
		const refusal = SAMPLES['header-mismatch'][0];
		const crossed = new WorkerError(structuredClone(serialiseError(new IngestError(refusal))));
		const text = errorText(shownError(crossed));
		expect(text).toMatch(ARABIC_SCRIPT);
		expect(text).toBe(pageText(refusal));
	});

	it('shows the English message of a refusal in English, the code unread', () => {
		expect(errorText({ message: 'As the ingest wrote it.', code: 'empty-file', values: {} })).toBe(
			'As the ingest wrote it.'
		);
	});

	it('keeps the English message of an error without a code', () => {
		locale.current = 'ur';
		expect(errorText(shownError(new IngestError('The tickets file is empty.')))).toBe(
			'The tickets file is empty.'
		);
	});

	it('keeps the English message of a code it does not know', () => {
		locale.current = 'ur';
		expect(errorText({ message: 'Something new.', code: 'ENOENT', values: {} })).toBe(
			'Something new.'
		);
	});
});

/** Sample sniff warnings of every code. */
const SNIFF_SAMPLES: Record<SniffWarningCode, SniffWarning[]> = {
	'title-skipped': [
		{ code: 'title-skipped', lines: 1, title: 'Sales 2024', header: 'Customer,Date,Amount' },
		{ code: 'title-skipped', lines: 2, title: 'Sales / Q1', header: 'Customer;Date;Amount' }
	],
	'header-no-data': [{ code: 'header-no-data' }],
	'one-column': [{ code: 'one-column' }],
	'ragged-rows': [{ code: 'ragged-rows', ragged: 3, sampled: 200, columns: 8 }],
	'invalid-bytes': [
		{ code: 'invalid-bytes', encoding: 'utf-8', lines: [4] },
		{ code: 'invalid-bytes', encoding: 'utf-8', lines: [4, 9, 12] },
		{ code: 'invalid-bytes', encoding: 'utf-8', lines: [999, 12_345] }
	],
	'zero-bytes': [{ code: 'zero-bytes', lines: [2, 3] }],
	'duplicate-columns': [{ code: 'duplicate-columns', columns: [{ name: 'Date', at: [2, 5] }] }],
	'excel-serial': [{ code: 'excel-serial', column: 'InvoiceDate', example: '40513.35' }],
	'no-header': [{ code: 'no-header', header: ['customer', 'date', 'column 3', 'amount'] }],
	'no-customer': [{ code: 'no-customer' }],
	'no-date': [{ code: 'no-date' }],
	'no-opened': [{ code: 'no-opened' }],
	'no-resolution': [{ code: 'no-resolution' }],
	'no-amount': [
		{ code: 'no-amount', columns: ['Id', 'When', 'Total'], numeric: ['Id', 'Total'] },
		{ code: 'no-amount', columns: ['Id', 'When'], numeric: [] }
	],
	'guessed-role': [
		{ code: 'guessed-role', role: 'customer', column: 'Ref' },
		{ code: 'guessed-role', role: 'opened', column: 'Created' }
	],
	'dates-disagree': [
		{
			code: 'dates-disagree',
			dayFirst: 12,
			dayExample: '31/01/2024',
			monthFirst: 2,
			monthExample: '01/31/2024',
			order: 'dmy'
		}
	],
	'dates-ambiguous': [
		{ code: 'dates-ambiguous', example: '03/04/2024', order: 'dmy', headerSays: false },
		{ code: 'dates-ambiguous', example: '03/04/2024', order: 'mdy', headerSays: true }
	],
	'decimal-commas': [{ code: 'decimal-commas', columns: ['Betrag', 'Preis'] }]
};

const ALL_SNIFF = Object.values(SNIFF_SAMPLES).flat();

/** A sniff as the worker returns it: the ingest's English beside the codes. */
const sniffOf = (warnings: SniffWarning[]) => ({
	warnings: warnings.map(describeSniffWarning),
	warningCauses: warnings
});

describe('a sniff warning of every code', () => {
	it.each(ALL_SNIFF)('has an English sentence, the ingest’s, shown as it is: %o', (warning) => {
		const english = describeSniffWarning(warning);
		expect(english).toMatch(/^\S.*[.?]$/);
		expect(english).not.toMatch(UNFILLED);
		expect(sniffWarningTexts(sniffOf([warning]))).toEqual([english]);
	});

	it.each(ALL_SNIFF)('has an Urdu sentence: %o', (warning) => {
		locale.current = 'ur';
		const [text] = sniffWarningTexts(sniffOf([warning]));
		expect(text).toMatch(ARABIC_SCRIPT);
		expect(text).not.toMatch(UNFILLED);
		expect(text).not.toBe(describeSniffWarning(warning));
	});

	it('writes the English as the CLI printed it before the codes', () => {
		expect(describeSniffWarning(SNIFF_SAMPLES['dates-ambiguous'][1])).toBe(
			'No date in the sample tells day and month apart (e.g. 03/04/2024); read as month/day/year as the header says. Change the date order in the mapping if that is wrong.'
		);
		expect(describeSniffWarning(SNIFF_SAMPLES['title-skipped'][1])).toBe(
			'The 2 lines above the header (“Sales / Q1”) will be skipped as a title: the header is “Customer;Date;Amount”.'
		);
		expect(describeSniffWarning(SNIFF_SAMPLES['invalid-bytes'][1])).toBe(
			'Some bytes are not valid UTF-8 and will show as “�” (lines 4, 9, 12): the file may use another encoding.'
		);
		expect(describeSniffWarning(SNIFF_SAMPLES['invalid-bytes'][2])).toBe(
			'Some bytes are not valid UTF-8 and will show as “�” (lines 999, 12,345): the file may use another encoding.'
		);
		expect(describeSniffWarning(SNIFF_SAMPLES['no-amount'][1])).toBe(
			"No amount (or quantity and unit price) was recognised among the columns “Id”, “When”: choose the column holding each line's revenue, or the quantity and unit price columns. No column holds numbers."
		);
		expect(describeSniffWarning(SNIFF_SAMPLES['dates-disagree'][0])).toBe(
			'The dates disagree: 12 look day-first (31/01/2024) and 2 month-first (01/31/2024); read as day/month, the majority. The others will be rejected as bad dates.'
		);
	});

	it('keeps the English warnings of a sniff without codes', () => {
		locale.current = 'ur';
		expect(sniffWarningTexts({ warnings: ['Old warning.'] })).toEqual(['Old warning.']);
	});
});

/** Sample role reasons of every code. */
const ROLE_REASONS: Record<RoleReason['code'], RoleReason[]> = {
	'excel-serial': [{ code: 'excel-serial', share: 98, min: 25_569, max: 73_050 }],
	preset: [{ code: 'preset', preset: 'Shopify orders export', column: 'Email', role: 'customer' }],
	header: [
		{ code: 'header', column: 'Betrag', role: 'amount' },
		{ code: 'header', column: 'Return', role: 'returnFlag' }
	],
	dates: [
		{ code: 'dates', share: 99, order: 'dmy' },
		{ code: 'dates', share: 100, order: 'ymd' }
	],
	money: [{ code: 'money', numbers: 100, decimals: 87 }],
	'customer-ids': [
		{ code: 'customer-ids', distinct: 41, rows: 200 },
		{ code: 'customer-ids', distinct: null, rows: 200 }
	],
	counts: [{ code: 'counts', share: 95 }],
	guessed: [{ code: 'guessed', column: 'Ref' }]
};

const ALL_REASONS = Object.values(ROLE_REASONS).flat();

/** A column as the sniff returns it: the ingest's English beside the code. */
const columnOf = (reason: RoleReason) => ({
	reason: describeRoleReason(reason),
	reasonCause: reason
});

describe('a role reason of every code', () => {
	it.each(ALL_REASONS)('has English words, the ingest’s, shown as they are: %o', (reason) => {
		const english = describeRoleReason(reason);
		expect(english).not.toMatch(UNFILLED);
		expect(columnReasonText(columnOf(reason))).toBe(english);
	});

	it.each(ALL_REASONS)('has Urdu words: %o', (reason) => {
		locale.current = 'ur';
		const text = columnReasonText(columnOf(reason));
		expect(text).toMatch(ARABIC_SCRIPT);
		expect(text).not.toMatch(UNFILLED);
	});

	it('writes the English as the mapping step wrote it before the codes', () => {
		expect(describeRoleReason(ROLE_REASONS.header[1])).toBe('header “Return” means return flag');
		expect(describeRoleReason(ROLE_REASONS['excel-serial'][0])).toBe(
			'values look like Excel serial dates: 98% are days since 1899-12-30 in 25569–73050'
		);
		expect(describeRoleReason(ROLE_REASONS['customer-ids'][1])).toBe(
			'values repeat like customer ids: ? different in 200 rows'
		);
		expect(describeRoleReason(ROLE_REASONS.preset[0])).toBe(
			'Shopify orders export: “Email” is the customer'
		);
	});

	it('keeps the words of a column sniffed before the codes', () => {
		locale.current = 'ur';
		expect(columnReasonText({ reason: 'header “Total” means amount' })).toBe(
			'header “Total” means amount'
		);
	});
});

/** Sample day/month evidence of every code. */
const EVIDENCE: Record<DateOrderEvidence['code'], DateOrderEvidence[]> = {
	'day-over-12': [{ code: 'day-over-12', count: 1_234, example: '31/01/2024' }],
	'month-over-12': [{ code: 'month-over-12', count: 3, example: '01/31/2024' }],
	'dates-disagree': SNIFF_SAMPLES['dates-disagree'] as DateOrderEvidence[],
	'dates-ambiguous': SNIFF_SAMPLES['dates-ambiguous'] as DateOrderEvidence[],
	'month-names': [{ code: 'month-names', example: '5 Jan 2024' }],
	'year-first': [{ code: 'year-first', example: '2024-01-05' }],
	'no-dates': [{ code: 'no-dates' }],
	preset: [{ code: 'preset', order: 'mdy', preset: 'Etsy orders export' }]
};

const ALL_EVIDENCE = Object.values(EVIDENCE).flat();

/** A sniff as the worker returns it: the ingest's English beside the code. */
const evidenceOf = (evidence: DateOrderEvidence) => ({
	dateOrderEvidence: describeDateOrderEvidence(evidence),
	dateOrderEvidenceCause: evidence
});

describe('the day/month evidence of every code', () => {
	it.each(ALL_EVIDENCE)('has an English sentence, the ingest’s, shown as it is: %o', (evidence) => {
		const english = describeDateOrderEvidence(evidence);
		expect(english).toMatch(/^\S.*\.$/);
		expect(english).not.toMatch(UNFILLED);
		expect(dateOrderEvidenceText(evidenceOf(evidence))).toBe(english);
	});

	it.each(ALL_EVIDENCE)('has an Urdu sentence: %o', (evidence) => {
		locale.current = 'ur';
		const text = dateOrderEvidenceText(evidenceOf(evidence));
		expect(text).toMatch(ARABIC_SCRIPT);
		expect(text).not.toMatch(UNFILLED);
		expect(text).not.toBe(describeDateOrderEvidence(evidence));
	});

	it('writes the English as the mapping step and the CLI wrote it before the codes (one date in the singular)', () => {
		const sniff = (text: string) => sniffOrders(new TextEncoder().encode(text), true);
		expect(sniff('customer,date,amount\nA,05/01/2024,1\nB,31/01/2024,2\n').dateOrderEvidence).toBe(
			'1 date, 31/01/2024, starts with a number over 12, so dates are read day/month/year.'
		);
		expect(sniff('customer,date,amount\nA,01/05/2024,1\nB,01/31/2024,2\n').dateOrderEvidence).toBe(
			'1 date, 01/31/2024, has a second number over 12, so dates are read month/day/year.'
		);
		expect(sniff('customer,date,amount\nA,2024-01-05,1\n').dateOrderEvidence).toBe(
			'Dates are written year first (2024-01-05): there is no day/month question.'
		);
		expect(sniff('customer,date,amount\nA,5 Jan 2024,1\n').dateOrderEvidence).toBe(
			'Months are written as names (5 Jan 2024): there is no day/month question.'
		);
		expect(describeDateOrderEvidence(EVIDENCE['day-over-12'][0])).toBe(
			'1234 dates such as 31/01/2024 start with a number over 12, so dates are read day/month/year.'
		);
		expect(describeDateOrderEvidence(EVIDENCE.preset[0])).toBe(
			'No date in the sample tells day and month apart; read as month/day/year, as Etsy orders export files are written.'
		);
		expect(describeDateOrderEvidence(EVIDENCE['dates-ambiguous'][1])).toBe(
			'No date in the sample tells day and month apart (e.g. 03/04/2024); read as month/day/year as the header says.'
		);
	});

	it('carries its code from the sniff, and words a year-first file in Urdu', () => {
		const sniffed = sniffOrders(
			new TextEncoder().encode('customer,date,amount\nA,2024-01-05,1\n'),
			true
		);
		expect(sniffed.dateOrderEvidenceCause).toEqual({ code: 'year-first', example: '2024-01-05' });
		locale.current = 'ur';
		expect(dateOrderEvidenceText(sniffed)).toMatch(/^تاریخیں سال سے شروع ہوتی ہیں/);
	});

	it('keeps the English of a sniff made before the codes', () => {
		locale.current = 'ur';
		expect(dateOrderEvidenceText({ dateOrderEvidence: 'No dates were found in the sample.' })).toBe(
			'No dates were found in the sample.'
		);
	});
});
