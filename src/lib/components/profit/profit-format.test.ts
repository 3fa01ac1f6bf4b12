import { describe, expect, it } from 'vitest';
import { compactMoneyFormatter, moneyFormatter } from './profit-format';

describe('moneyFormatter', () => {
	const pounds = moneyFormatter('£');

	it('puts the minus sign before the currency symbol', () => {
		expect(pounds(-42)).toBe('−£42');
	});

	it('shows whole units from 100 up, with thousands separators', () => {
		expect(pounds(1204.6)).toBe('£1,205');
	});

	it('shows cents below 100 unless the amount is whole', () => {
		expect(pounds(3.5)).toBe('£3.50');
		expect(pounds(75)).toBe('£75');
	});

	it('shows no symbol when the currency is unknown, and a dash for no number', () => {
		expect(moneyFormatter('')(-0.001)).toBe('0');
		expect(pounds(Number.NaN)).toBe('—');
	});
});

describe('compactMoneyFormatter', () => {
	it('shortens axis amounts to thousands and millions, sign first', () => {
		const pounds = compactMoneyFormatter('£');
		expect(pounds(-500000)).toBe('−£500k');
		expect(pounds(1500000)).toBe('£1.5m');
		expect(pounds(0)).toBe('£0');
	});
});
