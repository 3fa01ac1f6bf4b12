import { afterEach, describe, expect, it } from 'vitest';
import {
	describeAttributesWarning,
	describeImportWarning,
	describeTicketsWarning,
	type AttributesWarning,
	type ImportWarning,
	type TicketsWarning
} from '$lib/ingest/import-warnings';
import { describeExample, REASON_LABELS } from '$lib/ingest/rejection-tally';
import { TICKET_REASON_LABELS } from '$lib/ingest/import-tickets';
import { locale } from '$lib/i18n/locale.svelte';
import { m } from '$lib/i18n';
import {
	attributesWarningText,
	importWarningText,
	rejectionLabel,
	ticketsWarningText,
	warningTexts
} from './import-texts';

afterEach(() => {
	locale.current = 'en';
});

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

const IMPORT_WARNINGS: ImportWarning[] = [
	{ code: 'title-lines', lines: ['Sales report'] },
	{ code: 'title-lines', lines: ['Sales report', 'Q1'] },
	{ code: 'invalid-bytes', encoding: 'utf-8', lines: { count: 7, lines: [3, 17] } },
	{ code: 'invalid-bytes', encoding: 'windows-1252', lines: { count: 0, lines: [] } },
	{ code: 'zero-bytes', lines: { count: 1, lines: [4] } },
	{ code: 'duplicate-columns', columns: [{ name: 'Date', at: [2, 5] }] },
	{ code: 'cancelled-as-returns', orders: 1, returnLines: 3 },
	{ code: 'cancelled-as-returns', orders: 2, returnLines: 1 },
	{ code: 'cancelled-kept', orders: 1200 },
	{ code: 'spread-orders', orders: 1 },
	{ code: 'spread-orders', orders: 5 },
	{ code: 'future-dates', count: 1, today: 20_000, examples: [{ line: 9, date: '2030-01-01' }] }
];

const TICKETS_WARNINGS: TicketsWarning[] = [
	{
		code: 'resolved-before-opened',
		line: 8,
		ticketId: 'T-9',
		customerId: 'C1',
		resolvedDay: 20_000,
		openedDay: 20_002
	},
	{
		code: 'resolved-before-opened',
		line: 8,
		ticketId: null,
		customerId: 'C1',
		resolvedDay: 20_000,
		openedDay: 20_002
	},
	{ code: 'duplicate-tickets', rows: 3 },
	{ code: 'status-conflicts', tickets: 2 },
	{ code: 'resolved-without-date', tickets: 4 }
];

describe('rejectionLabel', () => {
	it.each(Object.entries({ ...REASON_LABELS, ...TICKET_REASON_LABELS }))(
		'shows the ingest’s label of %s in English',
		(reason, label) => {
			expect(rejectionLabel({ reason, label })).toBe(label);
		}
	);

	it.each(Object.entries({ ...REASON_LABELS, ...TICKET_REASON_LABELS }))(
		'words %s in Urdu',
		(reason, label) => {
			locale.current = 'ur';
			expect(rejectionLabel({ reason, label })).toMatch(ARABIC_SCRIPT);
		}
	);

	it('keeps the label of a code it does not know', () => {
		locale.current = 'ur';
		expect(rejectionLabel({ reason: 'new-reason', label: 'something new' })).toBe('something new');
	});
});

describe('a row of the wrong width', () => {
	it.each([
		[1, 3],
		[2, 3],
		[5, 3]
	])(
		'is worded in English on the page as the command line words it (%i of %i)',
		(found, expected) => {
			const fields = { found, expected };
			const page = `(${m.data.summary.fieldCount(found, expected)}) B,2024-01-01`;
			expect(page).toBe(describeExample({ line: 3, text: 'B,2024-01-01', fields }));
		}
	);
});

describe('importWarningText', () => {
	it.each(IMPORT_WARNINGS)('words %o in English exactly as the ingest does', (warning) => {
		expect(importWarningText(warning)).toBe(describeImportWarning(warning));
	});

	it.each(IMPORT_WARNINGS)('words %o in Urdu', (warning) => {
		locale.current = 'ur';
		expect(importWarningText(warning)).toMatch(ARABIC_SCRIPT);
	});
});

describe('ticketsWarningText', () => {
	it.each(TICKETS_WARNINGS)('words %o in English exactly as the ingest does', (warning) => {
		expect(ticketsWarningText(warning)).toBe(describeTicketsWarning(warning));
	});

	it.each(TICKETS_WARNINGS)('words %o in Urdu', (warning) => {
		locale.current = 'ur';
		expect(ticketsWarningText(warning)).toMatch(ARABIC_SCRIPT);
	});
});

describe('attributesWarningText', () => {
	const warnings: AttributesWarning[] = [
		{ code: 'customer-column-guessed', column: 'Kunde' },
		{ code: 'duplicate-customers', rows: 3 }
	];

	it.each(warnings)('words %o in English exactly as the ingest does', (warning) => {
		expect(attributesWarningText(warning)).toBe(describeAttributesWarning(warning));
	});

	it.each(warnings)('words %o in Urdu', (warning) => {
		locale.current = 'ur';
		expect(attributesWarningText(warning)).toMatch(ARABIC_SCRIPT);
	});
});

describe('warningTexts', () => {
	it('keeps the English sentences of a report stored before the codes', () => {
		locale.current = 'ur';
		expect(warningTexts({ warnings: ['Old warning.'] }, importWarningText)).toEqual([
			'Old warning.'
		]);
	});

	it('words the codes of a report that has them', () => {
		locale.current = 'ur';
		const texts = warningTexts(
			{ warnings: ['3 rows repeat …'], warningCauses: [TICKETS_WARNINGS[2]] },
			ticketsWarningText
		);
		expect(texts).toEqual([ticketsWarningText(TICKETS_WARNINGS[2])]);
		expect(texts[0]).toMatch(ARABIC_SCRIPT);
	});
});

describe('file types named in Urdu', () => {
	it('isolates every file extension, so its leading dot stays in front of it', () => {
		locale.current = 'ur';
		const texts = [
			m.data.page.dropHint,
			m.data.flow.notOrdersFile('a.png'),
			m.data.flow.notTicketsFile('a.png')
		];
		for (const text of texts) {
			// Each “.ext” sits between LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE.
			const bare = text.replace(/\u2066[^\u2069]*\u2069/g, '');
			expect(bare, text).not.toMatch(/\.(csv|tsv|txt|gz|xlsx)/);
		}
		expect(m.data.flow.notOrdersFile('a.png')).toContain('\u2066.xlsx\u2069');
	});
});
