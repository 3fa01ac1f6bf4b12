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
import { formatInteger, m } from '$lib/i18n';
import {
	attributesWarningTexts,
	importWarningTexts,
	rejectionLabel,
	ticketsWarningTexts
} from './import-texts';

afterEach(() => {
	locale.current = 'en';
	locale.urduDigits = false;
});

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** A sentence as a person reads it: no value left unfilled or unformatted. */
const UNFILLED = /undefined|NaN|\[object|\$\{/;

/**
 * Sample warnings of every code, with figures below 1,000 and above (the `Record`s fail the type
 * check when a code has none).
 */
const IMPORT_SAMPLES: Record<ImportWarning['code'], ImportWarning[]> = {
	'title-lines': [
		{ code: 'title-lines', lines: ['Sales report'] },
		{ code: 'title-lines', lines: ['Sales report', 'Q1'] }
	],
	'invalid-bytes': [
		{ code: 'invalid-bytes', encoding: 'utf-8', lines: { count: 7, lines: [3, 17] } },
		{ code: 'invalid-bytes', encoding: 'windows-1252', lines: { count: 0, lines: [] } },
		{ code: 'invalid-bytes', encoding: 'utf-8', lines: { count: 2, lines: [1_000] } },
		{
			code: 'invalid-bytes',
			encoding: 'utf-16le',
			lines: { count: 12_345, lines: [999, 1_234, 56_789] }
		}
	],
	'zero-bytes': [
		{ code: 'zero-bytes', lines: { count: 1, lines: [4] } },
		{ code: 'zero-bytes', lines: { count: 2_500, lines: [1_000, 2_000, 1_234_567] } }
	],
	'duplicate-columns': [
		{ code: 'duplicate-columns', columns: [{ name: 'Date', at: [2, 5] }] },
		{
			code: 'duplicate-columns',
			columns: [
				{ name: 'Date', at: [2, 5] },
				{ name: 'Amount', at: [999, 1_000, 12_345] }
			]
		}
	],
	'cancelled-as-returns': [
		{ code: 'cancelled-as-returns', orders: 1, returnLines: 3 },
		{ code: 'cancelled-as-returns', orders: 2, returnLines: 1 },
		{ code: 'cancelled-as-returns', orders: 1_200, returnLines: 34_567 }
	],
	'cancelled-kept': [1, 1_200].map((orders) => ({ code: 'cancelled-kept', orders })),
	'spread-orders': [1, 1_234_567].map((orders) => ({ code: 'spread-orders', orders })),
	'future-dates': [
		{ code: 'future-dates', count: 1, today: 20_000, examples: [{ line: 9, date: '2030-01-01' }] },
		{
			code: 'future-dates',
			count: 1_500,
			today: 20_000,
			examples: [
				{ line: 1_234, date: '2030-01-01' },
				{ line: 56_789, date: '2031-12-31' },
				{ line: 3, date: '01/02/2030' }
			]
		}
	]
};

/** A ticket of customer C1 resolved two days before it was opened. */
const resolvedEarly = (line: number, ticketId: string | null): TicketsWarning => ({
	code: 'resolved-before-opened',
	line,
	ticketId,
	customerId: 'C1',
	resolvedDay: 20_000,
	openedDay: 20_002
});

const TICKETS_SAMPLES: Record<TicketsWarning['code'], TicketsWarning[]> = {
	'resolved-before-opened': [resolvedEarly(8, 'T-9'), resolvedEarly(12_345, null)],
	'duplicate-tickets': [3, 1_500].map((rows) => ({ code: 'duplicate-tickets', rows })),
	'status-conflicts': [2, 2_000].map((tickets) => ({ code: 'status-conflicts', tickets })),
	'resolved-without-date': [4, 12_345].map((tickets) => ({
		code: 'resolved-without-date',
		tickets
	}))
};

const ATTRIBUTES_SAMPLES: Record<AttributesWarning['code'], AttributesWarning[]> = {
	'customer-column-guessed': [{ code: 'customer-column-guessed', column: 'Kunde' }],
	'duplicate-customers': [1, 1_234].map((rows) => ({ code: 'duplicate-customers', rows }))
};

/** The page's texts of one warning the ingest reported (its English sentence beside its code). */
const importPage = (w: ImportWarning) =>
	importWarningTexts({ warnings: [describeImportWarning(w)], warningCauses: [w] });
const ticketsPage = (w: TicketsWarning) =>
	ticketsWarningTexts({ warnings: [describeTicketsWarning(w)], warningCauses: [w] });
const attributesPage = (w: AttributesWarning) =>
	attributesWarningTexts({ warnings: [describeAttributesWarning(w)], warningCauses: [w] });

/** Each kind of import warning: its samples, the ingest's English and the page's texts. */
const KINDS = [
	{
		kind: 'orders',
		samples: Object.values(IMPORT_SAMPLES).flat(),
		english: describeImportWarning,
		page: importPage
	},
	{
		kind: 'tickets',
		samples: Object.values(TICKETS_SAMPLES).flat(),
		english: describeTicketsWarning,
		page: ticketsPage
	},
	{
		kind: 'customers',
		samples: Object.values(ATTRIBUTES_SAMPLES).flat(),
		english: describeAttributesWarning,
		page: attributesPage
	}
] as {
	kind: string;
	samples: object[];
	english: (w: object) => string;
	page: (w: object) => string[];
}[];

/**
 * The figures of an English sentence (`1,234` → 1234), leaving out dates and the digits of names,
 * ids and encodings (`Q1`, `T-9`, `UTF-8`, `WINDOWS-1252`), which a translation keeps as they are.
 */
function figuresOf(english: string): number[] {
	const bare = english
		.replace(/“[^”]*”/g, ' ')
		.replace(/\d{4}-\d{2}-\d{2}|\d+\/\d+\/\d+/g, ' ')
		.replace(/[\w-]*[A-Za-z][\w-]*/g, ' ');
	return [...bare.matchAll(/\d{1,3}(?:,\d{3})+|\d+/g)].map((f) => Number(f[0].replaceAll(',', '')));
}

describe.each(KINDS)('a warning of a $kind import, of every code', ({ samples, english, page }) => {
	it.each(samples)('has an English sentence, the ingest’s, shown as it is on the page: %o', (w) => {
		const sentence = english(w);
		expect(sentence).toMatch(/^\S.*\.$/);
		expect(sentence).not.toMatch(UNFILLED);
		expect(page(w)).toEqual([sentence]);
	});

	it.each(samples)('has an Urdu sentence filling every figure the English gives: %o', (w) => {
		locale.current = 'ur';
		const [text] = page(w);
		expect(text).toMatch(ARABIC_SCRIPT);
		expect(text).not.toMatch(UNFILLED);
		expect(text).not.toBe(english(w));
		for (const figure of figuresOf(english(w))) expect(text).toContain(formatInteger(figure));
	});
});

type AnyWarning = ImportWarning | TicketsWarning | AttributesWarning;

/** The page's texts of a warning of any kind (their codes differ). */
const pageOf = (w: AnyWarning) =>
	w.code in IMPORT_SAMPLES
		? importPage(w as ImportWarning)
		: w.code in TICKETS_SAMPLES
			? ticketsPage(w as TicketsWarning)
			: attributesPage(w as AttributesWarning);

describe('the English of an import warning on the page', () => {
	it('groups figures and line numbers of 1,000 and above, as the CLI prints them', () => {
		const samples = { ...IMPORT_SAMPLES, ...TICKETS_SAMPLES, ...ATTRIBUTES_SAMPLES };
		// The last sample of each of these codes has figures of 1,000 and above.
		const grouped: Partial<Record<AnyWarning['code'], string>> = {
			'invalid-bytes':
				'Some bytes are not valid UTF-16LE and show as “�” (lines 999, 1,234, 56,789 and 12,342 more): the file may use another encoding.',
			'zero-bytes':
				'2,500 lines hold zero bytes (NUL) inside fields (lines 1,000, 2,000, 1,234,567 and 2,497 more): they were kept as they are.',
			'duplicate-columns':
				'Several columns have the same name: “Date” (columns 2, 5), “Amount” (columns 999, 1,000, 12,345). Check that the mapping uses the right one.',
			'cancelled-as-returns':
				'1,200 cancelled orders count as a return in full: 34,567 return lines added.',
			'future-dates':
				'1,500 lines are dated after today (2024-10-04), e.g. 2030-01-01 on line 1,234, 2031-12-31 on line 56,789, 01/02/2030 on line 3: check the date column and the day/month order.',
			'resolved-before-opened':
				'Line 12,345: the ticket of customer C1 was resolved on 2024-10-04, before it was opened on 2024-10-06; the row was left out.',
			'duplicate-tickets':
				'1,500 rows repeat a ticket id already seen; the first row of each id is kept.',
			'resolved-without-date':
				'12,345 tickets are resolved by their status but have no resolved date: they count as resolved, never as resolved quickly.',
			'duplicate-customers':
				'1,234 rows repeat a customer id already seen; the first row of each id is kept.'
		};
		for (const [code, text] of Object.entries(grouped)) {
			const list: AnyWarning[] = samples[code as AnyWarning['code']];
			expect(pageOf(list[list.length - 1]), code).toEqual([text]);
		}
	});
});

describe('the Urdu of an import warning', () => {
	it('writes figures of 1,000 and above in Urdu digits when chosen', () => {
		locale.current = 'ur';
		locale.urduDigits = true;
		expect(
			ticketsWarningTexts({
				warnings: [],
				warningCauses: [TICKETS_SAMPLES['duplicate-tickets'][1]]
			})
		).toEqual([
			'۱٬۵۰۰ قطاریں پہلے آ چکی ٹکٹ آئی ڈی دہراتی ہیں؛ ہر آئی ڈی کی پہلی قطار رکھی گئی ہے۔'
		]);
	});
});

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

describe('the warnings of a report', () => {
	it('keep the English sentences of a report stored before the codes, in any language', () => {
		locale.current = 'ur';
		expect(importWarningTexts({ warnings: ['Old warning.'] })).toEqual(['Old warning.']);
		expect(ticketsWarningTexts({ warnings: ['Old warning.'] })).toEqual(['Old warning.']);
		expect(attributesWarningTexts({})).toEqual([]);
	});

	it('are the sentences the ingest sent in English, even where they no longer match the codes', () => {
		const stored = {
			warnings: ['3 rows repeat …'],
			warningCauses: [TICKETS_SAMPLES['duplicate-tickets'][0]]
		};
		expect(ticketsWarningTexts(stored)).toEqual(['3 rows repeat …']);
		locale.current = 'ur';
		expect(ticketsWarningTexts(stored)).toEqual([
			'3 قطاریں پہلے آ چکی ٹکٹ آئی ڈی دہراتی ہیں؛ ہر آئی ڈی کی پہلی قطار رکھی گئی ہے۔'
		]);
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
