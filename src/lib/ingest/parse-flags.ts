/**
 * Yes/no values of order lines: whether a discount column marks a line as discounted, and whether a
 * status column marks it as a return.
 */
import { NO_DISCOUNT_WORDS, RETURN_WORDS } from '../engine/tables/flag-words';
import { parsePercent } from './parse-number';
import type { DecimalSeparator } from './parse-number';

const NO_DISCOUNT = new Set(NO_DISCOUNT_WORDS);

/**
 * A discount column's value → discounted? Per `DOMAIN.md`: non-empty and non-zero. An amount or
 * percent of zero, an empty value and words for "no" are not a discount; a promo code is.
 */
export function isDiscounted(text: string, decimal: DecimalSeparator = '.'): boolean {
	const trimmed = text.trim();
	if (NO_DISCOUNT.has(trimmed.toLowerCase())) return false;
	const { value } = parsePercent(trimmed, decimal);
	if (value === value) return value !== 0;
	return true;
}

const RETURN_MARKERS = new Set(RETURN_WORDS);

/** A status / return-flag column's value → is this line a return? Words in several languages, or a yes-flag. */
export function isReturnMarker(text: string): boolean {
	if (text === '') return false;
	return RETURN_MARKERS.has(text.trim().toLowerCase());
}
