/**
 * Money of the Profit view, in the dataset's currency (`formatMoney`'s), or the symbol an older
 * Profit setting gave when the dataset has none.
 * The digits come from the i18n formatting module (en-GB in English, ur-PK in Urdu); in Urdu an
 * amount is kept left to right (LRI … PDI) so its sign and symbol never move inside a sentence.
 * Figures for tests travel in `data-value`, not here. The words are in `m.profit`.
 */
import { displayCurrency, formatCompactMoney, formatMoney, locale } from '../../i18n';

/** A figure kept left to right inside right-to-left text (the text itself in English). */
export const isolate = (text: string) => (locale.dir === 'rtl' ? `\u2066${text}\u2069` : text);

/** The currency shown: the dataset's, else the symbol of an older Profit setting ('' = none). */
const shownCurrency = (legacySymbol: string) => displayCurrency.current || legacySymbol;

/**
 * Money with the currency (when known) after the sign: "−£42", "£1,204", "£3.50". Whole units
 * from 100 up; below, cents unless the amount is whole.
 */
export function moneyFormatter(legacySymbol: string): (amount: number) => string {
	return (amount: number) => {
		if (!Number.isFinite(amount)) return '—';
		const size = Math.abs(amount);
		const rounded = Math.round(size * 100) / 100;
		const whole = size >= 100 || Number.isInteger(rounded);
		const text = formatMoney(
			whole ? Math.round(size) : rounded,
			shownCurrency(legacySymbol),
			whole ? 0 : 2
		);
		return isolate(`${amount < 0 && rounded !== 0 ? '−' : ''}${text}`);
	};
}

/** Short money for axis ticks: "−£500k", "£1.5m", "£0". */
export function compactMoneyFormatter(legacySymbol: string): (amount: number) => string {
	return (amount: number) =>
		isolate(
			`${amount < 0 ? '−' : ''}${formatCompactMoney(Math.abs(amount), shownCurrency(legacySymbol))}`
		);
}
