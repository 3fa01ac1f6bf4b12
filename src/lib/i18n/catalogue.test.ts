import { describe, expect, it } from 'vitest';
import { AREAS, INGEST_WORDS } from './catalogue';

/** Words that read the same in both languages (names and abbreviations). */
const SAME_IN_BOTH = new Set(['Sieve', 'CSV', 'RFM', 'ABC', 'SQL', 'JSON', 'ROI', 'CLV', 'BG/NBD']);

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path: string): Leaf[] {
	if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
		return Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`));
	}
	return [{ path, value }];
}

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

describe('the message catalogue', () => {
	for (const [area, { en, ur }] of Object.entries(AREAS)) {
		const english = leaves(en, area);
		const urdu = leaves(ur, area);

		it(`${area}: every message exists in English and in Urdu, with the same kind of value`, () => {
			expect(urdu.map((leaf) => leaf.path)).toEqual(english.map((leaf) => leaf.path));
			for (const [index, leaf] of english.entries()) {
				expect(typeof urdu[index].value, leaf.path).toBe(typeof leaf.value);
				if (typeof leaf.value === 'function') {
					expect((urdu[index].value as () => string).length, leaf.path).toBe(leaf.value.length);
				}
			}
		});

		it(`${area}: every Urdu text is written in Urdu, not copied from English`, () => {
			for (const leaf of urdu) {
				if (typeof leaf.value !== 'string' || SAME_IN_BOTH.has(leaf.value)) continue;
				// A sentence around a value is split in `before`/`after`: word order may leave one empty.
				if (leaf.value === '' && /\.(before|after)$/.test(leaf.path)) continue;
				expect(leaf.value, leaf.path).toMatch(ARABIC_SCRIPT);
			}
		});
	}
});

describe('the ingest’s codes in the other languages (messages/ingest-words.ts)', () => {
	for (const [language, words] of Object.entries(INGEST_WORDS)) {
		it(`${language}: every text is written in ${language}, not copied from English`, () => {
			const texts = leaves(words, language).filter((leaf) => typeof leaf.value === 'string');
			expect(texts.length).toBeGreaterThan(20);
			for (const leaf of texts) expect(leaf.value, leaf.path).toMatch(ARABIC_SCRIPT);
		});
	}
});
