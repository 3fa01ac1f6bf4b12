/**
 * Colours shared by the persona charts and cards: persona n has the same colour everywhere. (The
 * keys that read a chart's items are in `../shared/keyboard-readout.svelte.ts`.)
 */
import { interpolateSinebow, quantize, schemeTableau10 } from 'd3';

/** Colour of persona `index` (0-based) among `k`: Tableau 10 up to 10 personas, else `k` sinebow hues. */
export function personaColour(index: number, k: number): string {
	if (k <= schemeTableau10.length) return schemeTableau10[index % schemeTableau10.length];
	return quantize((t) => interpolateSinebow(t * (1 - 1 / k)), k)[index % k];
}
