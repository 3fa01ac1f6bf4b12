import { describe, expect, it } from 'vitest';
import { layoutCardText, textDirection, wrapText } from './persona-card-image';

describe('wrapText', () => {
	it('packs words into lines no longer than the limit, keeping every word in order', () => {
		const text = 'Alex, 40, has ordered once, 12 months ago, spending 111, at full price.';
		const lines = wrapText(text, 20);
		expect(lines).toEqual([
			'Alex, 40, has',
			'ordered once, 12',
			'months ago, spending',
			'111, at full price.'
		]);
		expect(lines.join(' ')).toBe(text);
	});

	it('cuts a word longer than a line into pieces', () => {
		expect(wrapText('see https://example.org/abcdefghij', 10)).toEqual([
			'see',
			'https://ex',
			'ample.org/',
			'abcdefghij'
		]);
	});

	it('gives no lines for blank text', () => {
		expect(wrapText('  \n ', 10)).toEqual([]);
	});
});

describe('layoutCardText', () => {
	it('places headings and wrapped lines one line height apart, half a line between sections', () => {
		const { lines, bottom } = layoutCardText(
			[{ text: 'one two three' }, { heading: 'Approach', text: 'four' }],
			8,
			100,
			20
		);
		expect(lines).toEqual([
			{ text: 'one two', kind: 'body', y: 100, section: 0 },
			{ text: 'three', kind: 'body', y: 120, section: 0 },
			{ text: 'Approach', kind: 'heading', y: 150, section: 1 },
			{ text: 'four', kind: 'body', y: 170, section: 1 }
		]);
		expect(bottom).toBe(200);
	});
});

describe('textDirection', () => {
	it('reads the direction from the first letter that has one, as dir="auto" does', () => {
		expect(textDirection('2,417 گاہک (48.1%)')).toBe('rtl');
		expect(textDirection('(12) Alex, 40, has ordered once')).toBe('ltr');
		expect(textDirection('Kitchen (10% کے لیے)')).toBe('ltr');
	});

	it('has no direction for figures alone', () => {
		expect(textDirection('1,234.50 · 12%')).toBeNull();
	});
});
