/**
 * Every figure and date the interface shows, in the chosen language (issue 17): one module over
 * `Intl`. English keeps Sieve's formats (en-GB grouping, ISO dates); Urdu uses Pakistan's grouping,
 * optionally Urdu digits (`-u-nu-arabext`), compact figures in lakh and crore, and Urdu month
 * names. Figures for tests travel in `data-value`, never through here.
 */
import { formatDay } from '../engine/tables/orders-table';
import { displayCurrency, isCurrencyCode } from './currency.svelte';
import { locale } from './locale.svelte';

export { formatBytes } from '../engine/tables/format-bytes';

/** The `Intl` locale of figures now: en-GB, ur-PK, or ur-PK with Urdu digits. */
export function numberLocale(): string {
	if (locale.current === 'en') return 'en-GB';
	return locale.urduDigits ? 'ur-PK-u-nu-arabext' : 'ur-PK';
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const tag = numberLocale();
	const key = `${tag}|${JSON.stringify(options)}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.NumberFormat(tag, options);
		formatters.set(key, format);
	}
	return format;
}

const finite = (value: number, text: () => string) => (Number.isFinite(value) ? text() : '—');

/**
 * A figure the engine could not give (null, or absent) as "—", the one mark of a missing figure;
 * any other through `format` (a `format*` of this module, or a wording of its own).
 */
export const optionalFigure = <T>(
	value: T | null | undefined,
	format: (value: T) => string
): string => (value === null || value === undefined ? '—' : format(value));

export const formatInteger = (value: number) =>
	finite(value, () => numberFormat({ maximumFractionDigits: 0 }).format(value));

export const formatDecimal = (value: number) =>
	finite(value, () => numberFormat({ maximumFractionDigits: 2 }).format(value));

/**
 * Money in the dataset's currency (`displayCurrency`, or `currency` when given) and the chosen
 * language's number format: an ISO code through `Intl` (`£1,234.50`, `-€12.50`, `¥1,235` — the
 * currency's own decimals), a symbol without a code in the place the language puts one (`$1,234.50`,
 * `Rs 1,200.00`), and plain two-decimal figures when the currency is unknown (`1,234.50`): never a
 * symbol the data did not give. `fractionDigits` fixes the decimals (whole units: 0).
 */
export function formatMoney(
	value: number,
	currency = displayCurrency.current,
	fractionDigits?: number
): string {
	if (!Number.isFinite(value)) return '—';
	const digits =
		fractionDigits === undefined
			? {}
			: { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
	if (!currency) {
		return numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2, ...digits }).format(
			value
		);
	}
	return moneyText(value, currency, digits);
}

/** Money as a short figure (axis ticks): `£12.3k`, `€1.2m`, `Rs 12.3 لاکھ`; plain without a currency. */
export function formatCompactMoney(value: number, currency = displayCurrency.current): string {
	if (!Number.isFinite(value)) return '—';
	const compact = { notation: 'compact', maximumFractionDigits: 1 } as const;
	if (!currency) return numberFormat(compact).format(value);
	return moneyText(value, currency, { ...compact, minimumFractionDigits: 0 });
}

/** The symbol a currency is shown with: `GBP` → `£`, `USD` → `$`; a symbol stays as it is. */
export function currencySymbol(currency = displayCurrency.current): string {
	if (!isCurrencyCode(currency)) return currency;
	const parts = safeCurrencyFormat(currency, {})?.formatToParts(1);
	return parts?.find((part) => part.type === 'currency')?.value ?? currency;
}

/** A currency for a list: `EUR — € (Euro)` in English, `EUR — € (یورو)` in Urdu; a symbol as it is. */
export function currencyLabel(currency: string): string {
	if (!isCurrencyCode(currency)) return currency;
	const symbol = currencySymbol(currency);
	let name: string | undefined;
	try {
		name = new Intl.DisplayNames([locale.current === 'en' ? 'en-GB' : 'ur-PK'], {
			type: 'currency'
		}).of(currency);
	} catch {
		name = undefined;
	}
	const shown = symbol === currency ? currency : `${currency} — ${symbol}`;
	return name && name !== currency ? `${shown} (${name})` : shown;
}

/** A currency `NumberFormat` of the chosen language, or null for a code `Intl` refuses. */
function safeCurrencyFormat(
	code: string,
	options: Intl.NumberFormatOptions
): Intl.NumberFormat | null {
	try {
		return numberFormat({
			...options,
			style: 'currency',
			currency: code,
			currencyDisplay: 'narrowSymbol'
		});
	} catch {
		return null;
	}
}

/**
 * An amount with its currency. A symbol without a code takes the place `Intl` gives the unknown
 * currency `XXX` (before the digits in English and Urdu), with a space after a symbol of letters
 * (`Rs 1,200.00`, as `Intl` writes PKR), so the language's order of sign, symbol and digits holds.
 */
function moneyText(value: number, currency: string, options: Intl.NumberFormatOptions): string {
	const format = isCurrencyCode(currency) ? safeCurrencyFormat(currency, options) : null;
	if (format) return format.format(value);
	const placeholder = safeCurrencyFormat('XXX', {
		minimumFractionDigits: 2,
		maximumFractionDigits: 2,
		...options
	});
	if (!placeholder) return `${currency}${value}`;
	const parts = placeholder.formatToParts(value);
	const spaced = /\p{L}$/u.test(currency);
	return parts
		.map((part, index) => {
			if (part.type !== 'currency') return part.value;
			const next = parts[index + 1];
			return spaced && next && next.type !== 'literal' ? `${currency}\u00a0` : currency;
		})
		.join('');
}

/** A short figure: 12K / 1.2M in English, 12 لاکھ / 1.2 کروڑ in Urdu. */
export const formatCompact = (value: number) =>
	finite(value, () =>
		numberFormat({ notation: 'compact', maximumFractionDigits: 1 }).format(value)
	);

/** A plain number with a fixed count of decimals (cut points, Gini, lift): 0.4 → "0.40". */
export const formatFixed = (value: number, digits: number) =>
	finite(value, () =>
		numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
	);

/*
 * The method's own figures, one format each wherever they appear (issue 20): the Gini coefficient
 * in two decimals, a silhouette in three (k is chosen by comparing them), a lift in one decimal
 * with ×, and a number typed into a field rounded for the field.
 */

/** The Gini coefficient: 0.7312 → "0.73". */
export const formatGini = (value: number) => formatFixed(value, 2);

/** A mean silhouette: 0.41234 → "0.412". */
export const formatSilhouette = (value: number) => formatFixed(value, 3);

/** A lift (share in the group ÷ share in the rest): 2.345 → "2.3×". */
export const formatLift = (value: number) => finite(value, () => `${formatFixed(value, 1)}×`);

/**
 * A number as an `<input type="number">` holds it (no grouping, `.` decimals, whatever the
 * language): rounded to `digits` decimals so a computed cut point reads 30.8, not 30.800000001.
 */
export const roundForInput = (value: number, digits = 4): number =>
	Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * A figure to `digits` significant digits: `toPrecision` in English (as the engine and CLI write
 * it), grouped local digits in Urdu.
 */
export function formatSignificant(value: number, digits: number): string {
	if (locale.current === 'en') return finite(value, () => value.toPrecision(digits));
	return finite(value, () =>
		numberFormat({ minimumSignificantDigits: digits, maximumSignificantDigits: digits }).format(
			value
		)
	);
}

/** 0.7412 → "74.1%". */
export function formatShare(value: number, digits = 1): string {
	if (!Number.isFinite(value)) return '—';
	if (locale.current === 'en') return `${(value * 100).toFixed(digits)}%`;
	return numberFormat({
		style: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** Epoch day → "2011-12-09" in English, "9 دسمبر 2011" in Urdu. */
export function formatDate(day: number): string {
	if (!Number.isFinite(day)) return '—';
	if (locale.current === 'en') return formatDay(day);
	const tag = numberLocale();
	let format = dateFormatters.get(tag);
	if (!format) {
		format = new Intl.DateTimeFormat(tag, {
			year: 'numeric',
			month: 'long',
			day: 'numeric',
			timeZone: 'UTC'
		});
		dateFormatters.set(tag, format);
	}
	return format.format(new Date(day * 86_400_000));
}

/** `YYYY-MM-DD` → the date as `formatDate` writes it (the text itself when it is not a date). */
export function formatIsoDate(iso: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return iso;
	return formatDate(Date.UTC(+match[1], +match[2] - 1, +match[3]) / 86_400_000);
}

/**
 * A moment (an ISO timestamp) with its time, on this computer's clock: ISO in English
 * (`2026-11-30 14:05`, never the browser's own format), Urdu (Pakistan) date and time in Urdu.
 */
export function formatDateTime(iso: string): string {
	const date = new Date(iso);
	if (!Number.isFinite(date.getTime())) return '—';
	if (locale.current === 'en') {
		const two = (n: number) => String(n).padStart(2, '0');
		return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
	}
	const tag = `${numberLocale()}|time`;
	let format = dateFormatters.get(tag);
	if (!format) {
		format = new Intl.DateTimeFormat(numberLocale(), { dateStyle: 'medium', timeStyle: 'short' });
		dateFormatters.set(tag, format);
	}
	return format.format(date);
}
