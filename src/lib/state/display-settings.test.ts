import { describe, expect, it } from 'vitest';
import { overlaySettings, shareableSettings } from './dataset-settings.svelte';
import { displaySettingsProblems, shownCurrency } from './display-settings';
import { checkSettings } from './settings-check';

describe('the currency amounts are shown with', () => {
	it('is the import’s while the settings choose none', () => {
		expect(shownCurrency('EUR', { currency: null })).toBe('EUR');
		expect(shownCurrency(undefined, undefined)).toBe('');
	});
	it('is the one chosen in the settings over the import’s, plain numbers included', () => {
		expect(shownCurrency('EUR', { currency: 'GBP' })).toBe('GBP');
		expect(shownCurrency('EUR', { currency: '' })).toBe('');
	});
	it('ignores a saved value that is no currency', () => {
		expect(shownCurrency('EUR', { currency: '<img src=x>' })).toBe('EUR');
		expect(displaySettingsProblems({ currency: '<img src=x>' })).toEqual([
			'currency: “<img src=x>” is not a currency (expected a code such as EUR, or a symbol).'
		]);
	});
	it('refuses a saved section whose currency is not text, naming the field', () => {
		const checked = checkSettings({ display: { currency: 12 } }, 'saved');
		expect(checked.settings).toEqual({});
		expect(checked.ignored[0].message).toMatch(/^currency: 12 is not a currency/);
	});
});

describe('the currency stays with the data', () => {
	it('is kept out of a link', () => {
		expect(shareableSettings({ display: { currency: 'GBP' }, value: { topN: 50 } })).toEqual({
			value: { topN: 50 }
		});
	});
	it('is never taken from a link, and the saved one stays', () => {
		const stored = { display: { currency: 'EUR' } };
		expect(overlaySettings(stored, { display: { currency: 'USD' } })).toEqual(stored);
	});
	it('travels in a project file the user opens', () => {
		expect(overlaySettings({}, { display: { currency: 'PKR' } }, true)).toEqual({
			display: { currency: 'PKR' }
		});
	});
});
