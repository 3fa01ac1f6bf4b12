/**
 * Money of the Profit view, with the currency symbol the user gave (the data does not record it).
 * The digits come from the i18n formatting module (en-GB in English, ur-PK in Urdu); in Urdu an
 * amount is kept left to right (LRI … PDI) so its sign and symbol never move inside a sentence.
 * Figures for tests travel in `data-value`, not here. The words are in `m.profit`.
 */
import { formatCompact, formatInteger, formatMoney, locale } from '../../i18n';

/** A figure kept left to right inside right-to-left text (the text itself in English). */
export const isolate = (text: string) => (locale.dir === 'rtl' ? `\u2066${text}\u2069` : text);

/**
 * Money with the currency symbol (when known) after the sign: "−£42", "£1,204", "£3.50". Whole
 * units from 100 up; below, cents unless the amount is whole.
 */
export function moneyFormatter(currency: string): (amount: number) => string {
	return (amount: number) => {
		if (!Number.isFinite(amount)) return '—';
		const size = Math.abs(amount);
		const rounded = Math.round(size * 100) / 100;
		const text =
			size >= 100
				? formatInteger(Math.round(size))
				: Number.isInteger(rounded)
					? formatInteger(rounded)
					: formatMoney(rounded);
		return isolate(`${amount < 0 && rounded !== 0 ? '−' : ''}${currency}${text}`);
	};
}

/** Short money for axis ticks: "−£500k", "£1.5m", "£0". */
export function compactMoneyFormatter(currency: string): (amount: number) => string {
	return (amount: number) =>
		isolate(`${amount < 0 ? '−' : ''}${currency}${formatCompact(Math.abs(amount))}`);
}
