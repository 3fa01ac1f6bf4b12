import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../locale.svelte';
import { en, timeAgo, ur } from './shared';

const NOW = Date.parse('2026-03-10T12:00:00Z');

afterEach(() => {
	locale.current = 'en';
	locale.urduDigits = false;
});

describe('how long ago a dataset was imported', () => {
	it('says "3 days ago" for an import three days and two hours earlier', () => {
		expect(timeAgo('2026-03-07T10:00:00Z', NOW)).toBe('3 days ago');
	});

	it('says "yesterday" for one day earlier', () => {
		expect(timeAgo('2026-03-09T11:00:00Z', NOW)).toBe('yesterday');
	});

	it('says "this minute" for an import seconds ago, not a count of seconds', () => {
		expect(timeAgo('2026-03-10T11:59:35Z', NOW)).toBe('this minute');
	});

	it('counts months and years by the largest whole unit', () => {
		expect(timeAgo('2025-12-01T12:00:00Z', NOW)).toBe('3 months ago');
		expect(timeAgo('2024-01-01T12:00:00Z', NOW)).toBe('2 years ago');
	});

	it('writes it in Urdu when Urdu is chosen', () => {
		locale.current = 'ur';
		// CLDR's words ("3 دنوں پہلے"): the count, a form of "day", and "ago".
		expect(timeAgo('2026-03-07T10:00:00Z', NOW)).toMatch(/^3 دن\S* پہلے$/);
	});

	it('gives a dash for a date that cannot be read', () => {
		expect(timeAgo('not a date', NOW)).toBe('—');
	});
});

describe('the offer to open a kept dataset', () => {
	it('names the dataset, its customers and when it was imported', () => {
		const text = en.empty.open(
			'Online Retail',
			4339,
			new Date(Date.now() - 3 * 86_400_000 - 60_000).toISOString()
		);
		expect(text).toBe('Open Online Retail · 4,339 customers · imported 3 days ago');
	});

	it('uses the singular for one customer', () => {
		expect(en.empty.open('Tiny', 1, new Date().toISOString())).toMatch(/· 1 customer ·/);
	});

	it('reads in Urdu, the name isolated', () => {
		locale.current = 'ur';
		const text = ur.empty.open('Online Retail', 4339, new Date().toISOString());
		expect(text).toContain('\u2068Online Retail\u2069 کھولیں');
		expect(text).toContain('4,339 گاہک');
	});
});
