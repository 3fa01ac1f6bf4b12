import { afterEach, describe, expect, it } from 'vitest';
import {
	describeIngestRefusal,
	type IngestRefusal,
	type IngestRefusalCode
} from '$lib/ingest/ingest-refusals';
import { IngestError } from '$lib/ingest/types';
import {
	describeRoleReason,
	describeSniffWarning,
	type RoleReason,
	type SniffWarning,
	type SniffWarningCode
} from '$lib/ingest/sniff-warnings';
import { serialiseError, WorkerError } from '$lib/worker/rpc';
import { shownError } from '$lib/state/import-flow.svelte';
import { locale } from '$lib/i18n/locale.svelte';
import { m } from '$lib/i18n';
import { notSavedMessage } from '$lib/ingest/dataset-summary';
import {
	columnReasonText,
	errorText,
	refusalText,
	roleReasonText,
	sniffWarningText,
	warningTexts
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

describe('refusalText', () => {
	it.each(ALL)('words %o in English exactly as the ingest does', (refusal) => {
		expect(refusalText(refusal)).toBe(describeIngestRefusal(refusal));
	});

	it.each(ALL)('words %o in Urdu', (refusal) => {
		locale.current = 'ur';
		const text = refusalText(refusal);
		expect(text).toMatch(ARABIC_SCRIPT);
		expect(text).not.toBe(describeIngestRefusal(refusal));
	});

	it('writes the examples of the ingest English by hand as the CLI prints them', () => {
		expect(describeIngestRefusal(SAMPLES['roles-missing'][1])).toBe(
			'No column is mapped as the customer and the amount (nor a quantity and unit price pair to compute it). Choose the column that identifies the customer (an id, account number or e-mail) and the amount column (line revenue), or quantity and unit price.'
		);
		expect(describeIngestRefusal(SAMPLES['no-usable-rows'][0])).toBe(
			'None of the 135,080 rows could be used: 135,080 no customer id, 3 date missing or not understood. Check the column mapping (customer, date, amount) and the date order.'
		);
	});

	it('writes the tickets and customers refusals as the CLI printed them before the codes', () => {
		expect(describeIngestRefusal(SAMPLES['tickets-no-usable-rows'][0])).toBe(
			'None of the 3 rows of the tickets file could be read (1 no customer id, 2 opened date missing or not understood).'
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

describe('m.data.notSaved', () => {
	const reason = 'The quota has been exceeded.';

	it('words a refused save in English exactly as the worker does', () => {
		expect(m.data.notSaved(reason)).toBe(notSavedMessage(reason));
		expect(notSavedMessage(reason)).toBe(
			'The quota has been exceeded. The dataset is open in this tab, but will be gone after a reload.'
		);
	});

	it('words a refused save in Urdu, keeping the browser’s reason', () => {
		locale.current = 'ur';
		expect(m.data.notSaved(reason)).toMatch(ARABIC_SCRIPT);
		expect(m.data.notSaved(reason)).toContain(reason);
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
		expect(errorText(shownError(crossed))).toBe(refusalText(refusal));
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
		{ code: 'invalid-bytes', encoding: 'utf-8', lines: [4, 9, 12] }
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

describe('sniffWarningText', () => {
	it.each(ALL_SNIFF)('words %o in English exactly as the ingest does', (warning) => {
		expect(sniffWarningText(warning)).toBe(describeSniffWarning(warning));
	});

	it.each(ALL_SNIFF)('words %o in Urdu', (warning) => {
		locale.current = 'ur';
		const text = sniffWarningText(warning);
		expect(text).toMatch(ARABIC_SCRIPT);
		expect(text).not.toBe(describeSniffWarning(warning));
	});

	it('writes the ambiguous-dates warning as the CLI printed it before the codes', () => {
		expect(describeSniffWarning(SNIFF_SAMPLES['dates-ambiguous'][1])).toBe(
			'No date in the sample tells day and month apart (e.g. 03/04/2024); read as month/day/year as the header says. Change the date order in the mapping if that is wrong.'
		);
	});

	it('keeps the English warnings of a sniff without codes', () => {
		locale.current = 'ur';
		expect(warningTexts({ warnings: ['Old warning.'] }, sniffWarningText)).toEqual([
			'Old warning.'
		]);
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

describe('roleReasonText', () => {
	it.each(ALL_REASONS)('words %o in English exactly as the ingest does', (reason) => {
		expect(roleReasonText(reason)).toBe(describeRoleReason(reason));
	});

	it.each(ALL_REASONS)('words %o in Urdu', (reason) => {
		locale.current = 'ur';
		expect(roleReasonText(reason)).toMatch(ARABIC_SCRIPT);
	});

	it('writes a header reason as the mapping step wrote it before the codes', () => {
		expect(describeRoleReason(ROLE_REASONS.header[1])).toBe('header “Return” means return flag');
	});

	it('keeps the words of a column sniffed before the codes', () => {
		locale.current = 'ur';
		expect(columnReasonText({ reason: 'header “Total” means amount' })).toBe(
			'header “Total” means amount'
		);
	});
});
