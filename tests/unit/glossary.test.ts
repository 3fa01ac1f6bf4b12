/**
 * The method explained in the page (issue 20, item 6): every behaviour tag the segments engine
 * defines has a glossary entry and a short help, in English and in Urdu — a new tag without them
 * fails here — and every help says something of its own.
 */
import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_TAG_SLUGS } from '../../src/lib/engine/segments/behaviour-tags';
import { en, ur } from '../../src/lib/i18n/messages/glossary';

const languages = { en, ur } as const;

describe('the glossary', () => {
	for (const [language, messages] of Object.entries(languages)) {
		it(`has an entry with a help text for every behaviour tag the engine defines (${language})`, () => {
			const terms: Record<string, { name: string; help: () => string; definition: () => string }> =
				messages.terms;
			for (const slug of BEHAVIOUR_TAG_SLUGS) {
				const entry = terms[slug];
				expect(entry, slug).toBeDefined();
				expect(entry.name.trim(), slug).not.toBe('');
				expect(entry.help().length, slug).toBeGreaterThan(20);
				expect(entry.definition().length, slug).toBeGreaterThan(entry.help().length / 2);
			}
		});
	}

	it('has the terms the views explain: RFM, cut points, Gini, ABC, lift, silhouette and the lapsing tag', () => {
		for (const term of [
			'rfm',
			'cut-points',
			'gini',
			'abc-class',
			'lift',
			'silhouette',
			'lapsing'
		]) {
			expect(Object.keys(en.terms)).toContain(term);
		}
	});

	it('gives every term its own help and definition, not a copy of another', () => {
		const helps = Object.values(en.terms).map((entry) => entry.help());
		const definitions = Object.values(en.terms).map((entry) => entry.definition());
		expect(new Set(helps).size).toBe(helps.length);
		expect(new Set(definitions).size).toBe(definitions.length);
	});

	it('names each term as an anchor can be written: lower-case words joined by hyphens', () => {
		for (const term of Object.keys(en.terms)) expect(term).toMatch(/^[a-z]+(-[a-z]+)*$/);
	});

	it('states the default thresholds of the behaviour tags as DOMAIN.md gives them', () => {
		// discount seeker ≥ 50%, niche ≥ 80% over ≥ 2 orders, special occasion ≥ 70%, influencer
		// top 5%, high service effort ≥ 8.
		expect(en.terms['discount-seeker'].help()).toContain('50%');
		expect(en.terms['specific-needs'].help()).toMatch(/80%.*2 orders/);
		expect(en.terms['special-occasion'].help()).toContain('70%');
		expect(en.terms.influencer.help()).toContain('5%');
		expect(en.terms['high-service-effort'].help()).toContain('8 or more');
	});
});
