import { describe, expect, it } from 'vitest';
import { optionalFigure } from './optional-figure';

describe('optionalFigure', () => {
	const twoPlaces = (value: number) => value.toFixed(2);

	it('shows a figure the engine could not give as a dash', () => {
		expect(optionalFigure(null, twoPlaces)).toBe('—');
		expect(optionalFigure(undefined, twoPlaces)).toBe('—');
	});

	it('formats every other figure, zero included', () => {
		expect(optionalFigure(0, twoPlaces)).toBe('0.00');
		expect(optionalFigure(1.005, (value) => `${value}`)).toBe('1.005');
	});
});
