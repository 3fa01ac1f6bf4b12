import { describe, expect, it } from 'vitest';
import { layoutCardText, wrapText } from './persona-card-image';

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
			{ text: 'one two', kind: 'body', y: 100 },
			{ text: 'three', kind: 'body', y: 120 },
			{ text: 'Approach', kind: 'heading', y: 150 },
			{ text: 'four', kind: 'body', y: 170 }
		]);
		expect(bottom).toBe(200);
	});
});
