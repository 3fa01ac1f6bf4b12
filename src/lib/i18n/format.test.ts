import { afterEach, describe, expect, it } from 'vitest';
import { displayCurrency } from './currency.svelte';
import {
	currencyLabel,
	currencySymbol,
	formatCompact,
	formatCompactMoney,
	formatDate,
	formatDateTime,
	formatGini,
	formatInteger,
	formatLift,
	formatMoney,
	formatShare,
	formatSilhouette,
	optionalFigure,
	roundForInput
} from './format';
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

describe('money in the dataset’s currency', () => {
	afterEach(() => {
		displayCurrency.current = '';
	});
	it('writes plain two-decimal figures when the currency is unknown, never a symbol', () => {
		expect(formatMoney(1234.5, '')).toBe('1,234.50');
	});
	it('writes an ISO code’s symbol before the figure in English, the sign first', () => {
		expect(formatMoney(1234.5, 'GBP')).toBe('£1,234.50');
		expect(formatMoney(-12.5, 'EUR')).toBe('-€12.50');
		expect(formatMoney(1234.5, 'USD')).toBe('$1,234.50');
	});
	it('keeps the currency’s own decimals: none for the yen', () => {
		expect(formatMoney(1234.5, 'JPY')).toBe('¥1,235');
	});
	it('writes a symbol without a code where the language puts one, letters spaced', () => {
		expect(formatMoney(1200, '$')).toBe('$1,200.00');
		expect(formatMoney(1200, 'Rs')).toBe('Rs\u00a01,200.00');
	});
	it('takes the open dataset’s currency when none is given', () => {
		displayCurrency.current = 'EUR';
		expect(formatMoney(3.2)).toBe('€3.20');
		expect(formatCompactMoney(1_234_567)).toBe('€1.2m');
	});
	it('fixes the decimals when asked (whole units)', () => {
		expect(formatMoney(1204.6, 'GBP', 0)).toBe('£1,205');
	});
	it('names a currency with its code, symbol and name', () => {
		expect(currencySymbol('GBP')).toBe('£');
		expect(currencyLabel('EUR')).toBe('EUR — € (Euro)');
		expect(currencyLabel('Rs')).toBe('Rs');
	});
	it('writes money in Urdu with Pakistan’s grouping, Urdu digits when chosen', () => {
		locale.current = 'ur';
		expect(formatMoney(1234.5, 'GBP')).toBe('£1,234.50');
		expect(formatCompactMoney(1_234_567, 'EUR')).toMatch(/^€12\.3\s+لاکھ$/);
		expect(currencyLabel('EUR')).toBe('EUR — € (یورو)');
		locale.urduDigits = true;
		expect(formatMoney(1234.5, 'GBP')).toBe('£۱٬۲۳۴٫۵۰');
	});
});

describe('the method’s figures, one format each', () => {
	it('writes the Gini coefficient in two decimals', () => {
		expect(formatGini(0.7312)).toBe('0.73');
		expect(formatGini(0.7)).toBe('0.70');
	});
	it('writes a silhouette in three decimals', () => {
		expect(formatSilhouette(0.41234)).toBe('0.412');
	});
	it('writes a lift in one decimal with ×', () => {
		expect(formatLift(2.345)).toBe('2.3×');
		expect(formatLift(Number.POSITIVE_INFINITY)).toBe('—');
	});
	it('rounds a number for an input without grouping or the language’s digits', () => {
		expect(roundForInput(30.800000001, 4)).toBe(30.8);
	});
	it('writes a moment as ISO date and time in English, not the browser’s format', () => {
		const moment = new Date(2026, 10, 3, 9, 5);
		expect(formatDateTime(moment.toISOString())).toBe('2026-11-03 09:05');
	});
});

describe('a figure the engine could not give', () => {
	it('is shown as a dash, whether null or absent', () => {
		expect(optionalFigure(null, formatMoney)).toBe('—');
		expect(optionalFigure(undefined, formatMoney)).toBe('—');
	});
	it('is formatted when given, zero included', () => {
		expect(optionalFigure(0, formatInteger)).toBe('0');
		expect(optionalFigure(1234.5, formatMoney)).toBe('1,234.50');
	});
	it('is shown in the chosen language’s digits when given', () => {
		locale.current = 'ur';
		locale.urduDigits = true;
		expect(optionalFigure(1234567, formatInteger)).toBe('۱٬۲۳۴٬۵۶۷');
	});
});
