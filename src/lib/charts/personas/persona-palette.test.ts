import { describe, expect, it } from 'vitest';
import { personaColour } from './persona-palette';

describe('personaColour', () => {
	it('gives each of up to 20 personas its own colour', () => {
		for (const k of [2, 10, 11, 20]) {
			const colours = Array.from({ length: k }, (_, i) => personaColour(i, k));
			expect(new Set(colours).size).toBe(k);
		}
	});

	it('keeps the colour of persona n when k stays within 10', () => {
		expect(personaColour(2, 3)).toBe(personaColour(2, 8));
	});
});
