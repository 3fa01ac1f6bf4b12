import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { parseIsoDay } from '../tables/orders-table';
import { attributesFromRows, ordersFromRows } from '../tables/test-tables';
import { computeAccounts } from './compute-accounts';
import { exportPlanIcs, REVIEW_KIND } from './export-accounts';
import { escapeText, foldLine, icsDateTime, stableUid, writeIcs } from './ics';
import { planReviews } from './plan-reviews';
import { prepareReviewBriefs } from './review-brief';

const octets = (text: string) => new TextEncoder().encode(text).length;
const URDU = 'اکاؤنٹ کا جائزہ: ہم آپ کی کیا مدد کر سکتے ہیں؟ براہ کرم اپنی رائے دیں، شکریہ۔';
const EMOJI = '🎁🛍️ Review 👩‍💼 with 🇬🇧 flag, 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀';

/** Undoes RFC 5545 folding: a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

function sampleCalendar(): string {
	return writeIcs({
		prodId: '-//Sieve//Test//EN',
		name: 'Reviews, test; 1',
		dtstamp: Date.UTC(2026, 0, 1, 8, 30, 15),
		events: [
			{
				uid: stableUid(['C1', REVIEW_KIND]),
				day: parseIsoDay('2026-01-05'),
				summary: `Urdu: ${URDU}`,
				description: `Line one; with, punctuation \\ backslash\nLine two\r\n${EMOJI}`,
				categories: ['Account review', 'High']
			},
			{
				uid: stableUid(['C2', REVIEW_KIND]),
				day: parseIsoDay('2026-12-31'),
				summary: 'Year end'
			}
		]
	});
}

describe('foldLine (RFC 5545 §3.1)', () => {
	it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
	});

	it('keeps every physical line at 75 octets or fewer, the leading space included', () => {
		for (const text of [URDU.repeat(3), EMOJI.repeat(3), 'a' + URDU + EMOJI]) {
			for (const physical of foldLine(`DESCRIPTION:${text}`).split('\r\n'))
				expect(octets(physical)).toBeLessThanOrEqual(75);
		}
	});

	it('never splits a UTF-8 character, so every piece decodes on its own', () => {
		const decoder = new TextDecoder('utf-8', { fatal: true });
		for (const text of [URDU.repeat(3), EMOJI.repeat(3)]) {
			const pieces = foldLine(`SUMMARY:${text}`).split('\r\n');
			expect(pieces.length).toBeGreaterThan(2);
			for (const piece of pieces) {
				expect(() => decoder.decode(new TextEncoder().encode(piece))).not.toThrow();
				expect(piece).not.toMatch(/[\uD800-\uDBFF]$/); // no lone high surrogate at the cut
			}
			expect(unfold(pieces.join('\r\n'))).toBe(`SUMMARY:${text}`);
		}
	});

	it('folds a 2-byte Urdu line where the next letter would pass 75 octets', () => {
		// "SUMMARY:" is 8 octets; then 33 letters of 2 octets = 74; the 34th would make 76.
		const folded = foldLine(`SUMMARY:${'ک'.repeat(40)}`).split('\r\n');
		expect(folded[0]).toBe(`SUMMARY:${'ک'.repeat(33)}`);
		expect(folded[1]).toBe(` ${'ک'.repeat(7)}`);
	});
});

describe('escapeText (RFC 5545 §3.3.11)', () => {
	it('escapes backslash, semicolon, comma and every kind of line break', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
	});

	it('drops control characters TEXT may not hold but keeps tabs and colons', () => {
		expect(escapeText('a\u0007b\tc:d')).toBe('ab\tc:d');
	});
});

describe('writeIcs', () => {
	it('ends every line with CRLF and has no bare LF or CR', () => {
		const text = sampleCalendar();
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('has VERSION, PRODID, and per event UID, DTSTAMP and an all-day DTSTART/DTEND', () => {
		const lines = unfold(sampleCalendar()).split('\r\n');
		expect(lines.slice(0, 3)).toEqual([
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Sieve//Test//EN'
		]);
		expect(lines).toContain('DTSTAMP:20260101T083015Z');
		expect(lines).toContain('DTSTART;VALUE=DATE:20260105');
		expect(lines).toContain('DTEND;VALUE=DATE:20260106');
		// DTEND is exclusive: the day after 31 December is 1 January of the next year.
		expect(lines).toContain('DTEND;VALUE=DATE:20270101');
		expect(lines.filter((l) => l.startsWith('UID:'))).toHaveLength(2);
		expect(lines).toContain('X-WR-CALNAME:Reviews\\, test\\; 1');
	});

	it('gives the same UID for the same customer and kind, whatever else changes', () => {
		expect(stableUid(['C1', REVIEW_KIND])).toBe(stableUid(['C1', REVIEW_KIND]));
		expect(stableUid(['C1', REVIEW_KIND])).not.toBe(stableUid(['C2', REVIEW_KIND]));
		expect(stableUid(['C1', 'x'])).not.toBe(stableUid(['C1x', '']));
		expect(stableUid(['C1', REVIEW_KIND])).toMatch(/^[0-9a-f]{16}@sieve\.invalid$/);
	});

	it('matches the published FNV-1a 64-bit test vector', () => {
		// FNV-1a 64 of "a" is af63dc4c8601ec8c (the FNV reference test suite).
		expect(stableUid(['a'])).toBe('af63dc4c8601ec8c@sieve.invalid');
	});

	it('writes DTSTAMP in UTC without milliseconds', () => {
		expect(icsDateTime(Date.UTC(2026, 5, 30, 23, 59, 59, 999))).toBe('20260630T235959Z');
	});

	it('parses in ical.js (Mozilla’s calendar library) with the same text, days and UIDs', () => {
		const calendar = new ICAL.Component(ICAL.parse(sampleCalendar()));
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events).toHaveLength(2);
		const [first, second] = events;
		expect(first.uid).toBe(stableUid(['C1', REVIEW_KIND]));
		expect(first.summary).toBe(`Urdu: ${URDU}`);
		expect(first.description).toBe(`Line one; with, punctuation \\ backslash\nLine two\n${EMOJI}`);
		expect(first.startDate.isDate).toBe(true);
		expect(first.startDate.toString()).toBe('2026-01-05');
		expect(first.endDate.toString()).toBe('2026-01-06');
		expect(second.endDate.toString()).toBe('2027-01-01');
		const stamp = calendar.getAllSubcomponents('vevent')[0].getFirstPropertyValue('dtstamp');
		expect(String(stamp)).toBe('2026-01-01T08:30:15Z');
		expect(
			calendar.getAllSubcomponents('vevent')[0].getFirstProperty('categories')!.getValues()
		).toEqual(['Account review', 'High']);
	});
});

describe('exportPlanIcs', () => {
	function plan(dtstamp?: number) {
		const orders = ordersFromRows([
			{ customer: 'C1', date: '2025-06-01', amount: 10, category: 'Tea' },
			{ customer: 'ک۱', date: '2025-07-01', amount: 20, category: 'Mugs' }
		]);
		const customers = buildCustomerTable(
			orders,
			{ analysisDay: parseIsoDay('2026-01-01') },
			attributesFromRows([
				{ id: 'C1', budget: 10, last_review: '2025-12-01' },
				{ id: 'ک۱', budget: 20, last_review: '' }
			])
		);
		const accounts = computeAccounts(customers, orders);
		const context = prepareReviewBriefs(customers, accounts, planReviews(customers, accounts));
		return exportPlanIcs(context, { dtstamp });
	}

	it('writes one event per review that ical.js reads, dated as planned', () => {
		const calendar = new ICAL.Component(ICAL.parse(plan()));
		const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
			['Account review: ک۱ (Medium)', '2026-01-01'],
			['Account review: C1 (Low)', '2026-12-01']
		]);
		expect(events[1].description).toContain('How do they see us?');
	});

	it('is byte-identical for the same inputs and keeps UIDs when only DTSTAMP changes', () => {
		expect(plan()).toBe(plan());
		const uids = (text: string) => unfold(text).match(/^UID:.*$/gm);
		expect(uids(plan(Date.UTC(2026, 1, 1)))).toEqual(uids(plan()));
		expect(plan(Date.UTC(2026, 1, 1))).toContain('DTSTAMP:20260201T000000Z');
		expect(plan()).toContain('DTSTAMP:20260101T000000Z');
	});
});
