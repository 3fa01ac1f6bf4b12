import { afterEach, describe, expect, it } from 'vitest';
import { formatCompact, formatDate, formatInteger, formatMoney, formatShare } from './format';
import { chooseLocale, locale } from './locale.svelte';
import { plural } from './plural';

afterEach(() => {
	locale.current = 'en';
	locale.urduDigits = false;
});

describe('the language of a visit', () => {
	it('takes a link’s ?lang= before the remembered choice and the browser’s preference', () => {
		expect(chooseLocale({ query: 'ur', saved: 'en', preferred: ['en-GB'] })).toBe('ur');
	});
	it('takes the remembered choice when the link names none or an unknown one', () => {
		expect(chooseLocale({ query: 'fr', saved: 'ur', preferred: ['en-GB'] })).toBe('ur');
	});
	it('takes the first preferred language Sieve speaks on a first visit', () => {
		expect(chooseLocale({ query: null, saved: null, preferred: ['de-DE', 'ur-PK', 'en'] })).toBe(
			'ur'
		);
	});
	it('falls back to English', () => {
		expect(chooseLocale({ query: null, saved: null, preferred: ['fr-FR'] })).toBe('en');
	});
});

describe('figures in English', () => {
	it('keeps Sieve’s formats: grouped integers, two-decimal money, ISO dates, a plain percent', () => {
		expect(formatInteger(1234567.4)).toBe('1,234,567');
		expect(formatMoney(1234.5)).toBe('1,234.50');
		expect(formatDate(15317)).toBe('2011-12-09');
		expect(formatShare(0.7412)).toBe('74.1%');
		expect(formatCompact(1_234_567)).toBe('1.2m');
	});
});

describe('figures in Urdu', () => {
	it('groups the Pakistani way and writes dates with Urdu month names', () => {
		locale.current = 'ur';
		expect(formatInteger(1234567)).toBe('1,234,567');
		expect(formatDate(15317)).toBe('9 دسمبر، 2011');
	});
	it('writes compact figures in lakh and crore', () => {
		locale.current = 'ur';
		expect(formatCompact(1_234_567)).toMatch(/^12\.3\s+لاکھ$/);
		expect(formatCompact(123_456_789)).toMatch(/^12\.3\s+کروڑ$/);
	});
	it('writes Urdu digits when chosen', () => {
		locale.current = 'ur';
		locale.urduDigits = true;
		expect(formatInteger(1234567)).toBe('۱٬۲۳۴٬۵۶۷');
	});
	it('chooses a word’s form by the language’s plural rules', () => {
		expect(plural(1, 'customer', 'customers')).toBe('customer');
		expect(plural(2, 'customer', 'customers')).toBe('customers');
	});
});
