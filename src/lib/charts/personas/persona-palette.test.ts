import { describe, expect, it } from 'vitest';
import { personaColour, stepItem } from './persona-palette';

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

describe('stepItem', () => {
	it('steps with the arrows and stops at the ends', () => {
		expect(stepItem('ArrowRight', 1, 3)).toBe(2);
		expect(stepItem('ArrowRight', 2, 3)).toBe(2);
		expect(stepItem('ArrowUp', 0, 3)).toBe(0);
		expect(stepItem('ArrowLeft', 2, 3)).toBe(1);
	});

	it('starts at the first or last item from nothing, jumps with Home and End, leaves on Escape', () => {
		expect(stepItem('ArrowDown', null, 4)).toBe(0);
		expect(stepItem('ArrowUp', null, 4)).toBe(3);
		expect(stepItem('End', 0, 4)).toBe(3);
		expect(stepItem('Home', 3, 4)).toBe(0);
		expect(stepItem('Escape', 2, 4)).toBeNull();
	});

	it('ignores other keys and empty charts', () => {
		expect(stepItem('a', 1, 3)).toBeUndefined();
		expect(stepItem('ArrowRight', null, 0)).toBeUndefined();
	});
});
