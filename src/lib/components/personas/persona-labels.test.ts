import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../i18n';
import { featureLabel, featureReason, profileLabel } from './persona-labels';

const features = [
	{ key: 'logValue', label: 'Value (log)', kind: 'behaviour' as const },
	{ key: 'attribute:age', label: 'age', kind: 'numeric-attribute' as const },
	{ key: 'attribute:city', label: 'city', kind: 'categorical-attribute' as const }
];

afterEach(() => {
	locale.current = 'en';
});

describe('persona feature labels', () => {
	it('keeps the engine’s English words in English, a column’s name isolated', () => {
		expect(profileLabel('Value (log)', features)).toBe('Value (log)');
		expect(profileLabel('age (log)', features)).toBe('\u2068age\u2069 (log)');
	});

	it('writes a behaviour feature in Urdu by its key', () => {
		locale.current = 'ur';
		expect(featureLabel(features[0])).toBe('قدر (لاگ)');
		expect(profileLabel('Value (log)', features)).toBe('قدر (لاگ)');
	});

	it('keeps a column’s name and translates only its log scale', () => {
		locale.current = 'ur';
		expect(profileLabel('age (log)', features)).toBe('\u2068age\u2069 (لاگ)');
		expect(profileLabel('city = Leeds', features)).toBe('city = Leeds');
		expect(featureLabel(features[2])).toBe('city');
	});

	it('gives the reason a feature is unavailable by key, then by kind, else the engine’s words', () => {
		locale.current = 'ur';
		expect(featureReason({ ...features[0], key: 'discountShare', reason: 'x' })).toMatch(/رعایت/);
		expect(featureReason({ ...features[1], reason: 'has no numeric values' })).toMatch(/عددی/);
		expect(featureReason({ key: 'other', label: 'o', kind: 'behaviour', reason: 'why' })).toBe(
			'why'
		);
		expect(featureReason({ ...features[0], reason: null })).toBeNull();
	});
});
