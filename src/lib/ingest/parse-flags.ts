/**
 * Yes/no values of order lines: whether a discount column marks a line as discounted, and whether a
 * status column marks it as a return.
 */
import { parsePercent } from './parse-number';
import type { DecimalSeparator } from './parse-number';

const NO_DISCOUNT = new Set([
	'',
	'-',
	'–',
	'no',
	'n',
	'none',
	'false',
	'nein',
	'non',
	'geen',
	'null',
	'na',
	'n/a'
]);

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

const RETURN_WORDS = new Set([
	'return',
	'returned',
	'returns',
	'refund',
	'refunded',
	'cancel',
	'cancelled',
	'canceled',
	'cancellation',
	'credit',
	'creditnote',
	'credit note',
	'storno',
	'storniert',
	'retoure',
	'retour',
	'retourniert',
	'gutschrift',
	'devolucion',
	'devolución',
	'devuelto',
	'reembolso',
	'anulado',
	'rembourse',
	'remboursé',
	'annule',
	'annulé',
	'avoir',
	'geretourneerd',
	'y',
	'yes',
	'true',
	'1',
	'r',
	'x',
	'ja',
	'si',
	'sí',
	'oui'
]);

/** A status / return-flag column's value → is this line a return? Words in several languages, or a yes-flag. */
export function isReturnMarker(text: string): boolean {
	if (text === '') return false;
	return RETURN_WORDS.has(text.trim().toLowerCase());
}
