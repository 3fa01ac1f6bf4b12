import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../i18n';
import { chartText } from './chart-text';

describe('chartText', () => {
	afterEach(() => {
		locale.current = 'en';
	});

	it('leaves a label as it is in a left-to-right page', () => {
		expect(chartText('2011-06-01 Champions', 'ltr')).toBe('2011-06-01 Champions');
	});

	it('wraps a label in RIGHT-TO-LEFT ISOLATE … POP DIRECTIONAL ISOLATE in a right-to-left page', () => {
		expect(chartText('۲۰۱۱ Champions', 'rtl')).toBe('\u2067۲۰۱۱ Champions\u2069');
	});

	it('follows the chosen language when no direction is given', () => {
		expect(chartText('12 weeks')).toBe('12 weeks');
		locale.current = 'ur';
		expect(chartText('12 weeks')).toBe('\u206712 weeks\u2069');
	});
});
