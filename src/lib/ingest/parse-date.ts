/**
 * Dates as written in order exports → UTC calendar days (days since 1970-01-01). Parsed by hand from
 * character codes: a time of day, a `T` or a zone after the date is ignored and never shifts the
 * day (no `Date`, no local time zone), and it is several times faster than `Date.parse`.
 */
import type { DateOrder } from './types';

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
export function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidDate(year: number, month: number, day: number): boolean {
	if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
	if (month === 2 && day === 29) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return day <= DAYS_IN_MONTH[month - 1];
}

/** Two-digit years: 00–69 → 2000s, 70–99 → 1900s (the POSIX `%y` pivot). */
function fullYear(value: number, digits: number): number {
	if (digits === 4) return value;
	return value < 70 ? 2000 + value : 1900 + value;
}

/** The numeric fields at the start of a date: up to three digit groups joined by `/ . -`. */
interface DateShape {
	/** Values and digit counts of the groups (1–3 groups). */
	values: number[];
	digits: number[];
}

const SLASH = 47;
const DOT = 46;
const DASH = 45;
const SPACE = 32;
const T_UPPER = 84;

/**
 * Splits the date part of `text` into digit groups, or returns null when it is not date-shaped.
 * What follows the date must be nothing, or a space / `T` (a time, ignored).
 */
export function readDateShape(text: string): DateShape | null {
	let i = 0;
	const n = text.length;
	while (i < n && text.charCodeAt(i) === SPACE) i++;
	const values: number[] = [];
	const digits: number[] = [];
	let separator = -1;
	for (;;) {
		let value = 0;
		const start = i;
		while (i < n) {
			const c = text.charCodeAt(i);
			if (c < 48 || c > 57) break;
			value = value * 10 + (c - 48);
			i++;
		}
		const count = i - start;
		if (count === 0 || count > 8) return null;
		values.push(value);
		digits.push(count);
		if (values.length === 3 || i >= n) break;
		const c = text.charCodeAt(i);
		if (c !== SLASH && c !== DOT && c !== DASH) break;
		if (separator === -1) separator = c;
		else if (c !== separator) return null;
		i++;
	}
	if (i < n) {
		const c = text.charCodeAt(i);
		if (c !== SPACE && c !== T_UPPER && c !== 116 /* t */) return null;
	}
	return { values, digits };
}

/**
 * A date string → days since 1970-01-01, or NaN. Accepts `YYYY-MM-DD` (also `/` `.`), `YYYYMMDD`,
 * and `a/b/YYYY` (also `.` `-`, 1–2 digit fields, 2-digit years) read as day/month (`dmy`) or
 * month/day (`mdy`), each optionally followed by a time.
 */
export function parseDay(text: string, order: DateOrder): number {
	const shape = readDateShape(text);
	if (!shape) return NaN;
	return dayFromShape(shape, order);
}

function dayFromShape({ values, digits }: DateShape, order: DateOrder): number {
	let year: number;
	let month: number;
	let day: number;
	if (values.length === 1) {
		if (digits[0] !== 8) return NaN;
		year = Math.floor(values[0] / 10000);
		month = Math.floor(values[0] / 100) % 100;
		day = values[0] % 100;
	} else if (values.length === 3) {
		if (digits[0] === 4) {
			if (digits[1] > 2 || digits[2] > 2) return NaN;
			[year, month, day] = values;
		} else {
			if (digits[0] > 2 || digits[1] > 2 || (digits[2] !== 4 && digits[2] !== 2)) return NaN;
			year = fullYear(values[2], digits[2]);
			if (order === 'mdy') [month, day] = [values[0], values[1]];
			else [day, month] = [values[0], values[1]];
		}
	} else {
		return NaN;
	}
	if (!isValidDate(year, month, day)) return NaN;
	return daysFromCivil(year, month, day);
}

/** What one sampled value says about the day/month order. */
export type DateOrderHint = 'year-first' | 'day-first' | 'month-first' | 'ambiguous' | 'none';

/**
 * The evidence of one value: a first field > 12 can only be a day (`day-first`), a second field
 * > 12 only a day in second place (`month-first`); both ≤ 12 is `ambiguous`.
 */
export function dateOrderHint(text: string): DateOrderHint {
	const shape = readDateShape(text);
	if (!shape) return 'none';
	if (shape.values.length === 1 || shape.digits[0] === 4) {
		return Number.isNaN(dayFromShape(shape, 'ymd')) ? 'none' : 'year-first';
	}
	const [a, b] = shape.values;
	const asDmy = !Number.isNaN(dayFromShape(shape, 'dmy'));
	const asMdy = !Number.isNaN(dayFromShape(shape, 'mdy'));
	if (asDmy && asMdy) return 'ambiguous';
	if (asDmy && a > 12) return 'day-first';
	if (asMdy && b > 12) return 'month-first';
	return 'none';
}
