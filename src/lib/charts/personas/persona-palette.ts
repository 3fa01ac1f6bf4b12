/**
 * Colours and keyboard steps shared by the persona charts and cards: persona n has the same colour
 * everywhere, and every persona chart reads its items with the same keys.
 */
import { interpolateSinebow, quantize, schemeTableau10 } from 'd3';

/** Colour of persona `index` (0-based) among `k`: Tableau 10 up to 10 personas, else `k` sinebow hues. */
export function personaColour(index: number, k: number): string {
	if (k <= schemeTableau10.length) return schemeTableau10[index % schemeTableau10.length];
	return quantize((t) => interpolateSinebow(t * (1 - 1 / k)), k)[index % k];
}

/**
 * The item a key moves to among `count` (arrows step, Home/End jump; from nothing, the first or
 * last); `undefined` when the key does nothing here, null for Escape (leave the chart).
 */
export function stepItem(
	key: string,
	current: number | null,
	count: number
): number | null | undefined {
	if (count <= 0) return undefined;
	const last = count - 1;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return current === null ? 0 : Math.min(last, current + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return current === null ? last : Math.max(0, current - 1);
		case 'Home':
			return 0;
		case 'End':
			return last;
		case 'Escape':
			return null;
		default:
			return undefined;
	}
}
