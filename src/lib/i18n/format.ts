/**
 * Every figure and date the interface shows, in the chosen language (issue 17): one module over
 * `Intl`. English keeps Sieve's formats (en-GB grouping, ISO dates); Urdu uses Pakistan's grouping,
 * optionally Urdu digits (`-u-nu-arabext`), compact figures in lakh and crore, and Urdu month
 * names. Figures for tests travel in `data-value`, never through here.
 */
import { formatDay } from '../engine/tables/orders-table';
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

export const formatInteger = (value: number) =>
	finite(value, () => numberFormat({ maximumFractionDigits: 0 }).format(value));

export const formatDecimal = (value: number) =>
	finite(value, () => numberFormat({ maximumFractionDigits: 2 }).format(value));

/** Money in two decimals (the currency's symbol, when known, is the caller's). */
export const formatMoney = (value: number) =>
	finite(value, () =>
		numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
	);

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
 * A moment (an ISO timestamp) with its time: the browser's own format in English, as Sieve always
 * showed it; Urdu (Pakistan) date and time in Urdu.
 */
export function formatDateTime(iso: string): string {
	const date = new Date(iso);
	if (!Number.isFinite(date.getTime())) return '—';
	if (locale.current === 'en') return date.toLocaleString();
	const tag = `${numberLocale()}|time`;
	let format = dateFormatters.get(tag);
	if (!format) {
		format = new Intl.DateTimeFormat(numberLocale(), { dateStyle: 'medium', timeStyle: 'short' });
		dateFormatters.set(tag, format);
	}
	return format.format(date);
}
