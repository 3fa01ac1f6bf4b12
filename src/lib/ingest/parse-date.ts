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
	// `3 mars 2024` starts like a one-group date: its month is a name.
	if (!shape || (shape.values.length === 1 && shape.digits[0] !== 8)) {
		return parseNamedMonthDay(text);
	}
	return dayFromShape(shape, order);
}

// Month names (lower case, accents stripped, at least their first three letters) in English,
// German, French, Spanish, Italian, Portuguese, Dutch, Polish (nominative and genitive), Turkish
// and Urdu: `01-Dec-2010`, `3 mars 2024`, `1. März 2024`, `3 de marzo de 2024`, `Dec 1, 2010`.
// prettier-ignore
const MONTH_NAMES: string[][] = [
	['jan', 'janv', 'january', 'januar', 'janvier', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'styczen', 'stycznia', 'sty', 'ocak', 'جنوری'],
	['feb', 'february', 'februar', 'fevrier', 'fev', 'fevr', 'febrero', 'febbraio', 'fevereiro', 'februari', 'luty', 'lutego', 'lut', 'subat', 'فروری'],
	['mar', 'march', 'marz', 'maerz', 'mars', 'marzo', 'marco', 'maart', 'marzec', 'marca', 'mrt', 'mart', 'مارچ'],
	['apr', 'april', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwiecien', 'kwietnia', 'kwi', 'nisan', 'اپریل'],
	['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maj', 'maja', 'mayis', 'مئی'],
	['jun', 'june', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwiec', 'czerwca', 'cze', 'haziran', 'جون'],
	['jul', 'july', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipiec', 'lipca', 'lip', 'temmuz', 'جولائی'],
	['aug', 'august', 'aout', 'agosto', 'ago', 'augustus', 'sierpien', 'sierpnia', 'sie', 'agustos', 'اگست'],
	['sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'settembre', 'setembro', 'wrzesien', 'wrzesnia', 'wrz', 'eylul', 'ستمبر'],
	['oct', 'october', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'pazdziernik', 'pazdziernika', 'paz', 'ekim', 'اکتوبر'],
	['nov', 'november', 'novembre', 'noviembre', 'novembro', 'listopad', 'listopada', 'lis', 'kasim', 'نومبر'],
	['dec', 'december', 'dezember', 'dez', 'decembre', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudzien', 'grudnia', 'gru', 'aralik', 'دسمبر']
];
const MONTH_BY_NAME = new Map<string, number>(
	MONTH_NAMES.flatMap((names, m) => names.map((name) => [name, m + 1] as [string, number]))
);

/** A month name → 1–12, or 0: accents, case and a trailing dot do not matter (`Déc.`, `März`). */
export function monthFromName(name: string): number {
	const key = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ł/g, 'l')
		.replace(/ı/g, 'i')
		.toLowerCase()
		.replace(/\.$/, '');
	return MONTH_BY_NAME.get(key) ?? MONTH_BY_NAME.get(key.replace(/ä/g, 'a')) ?? 0;
}

const LETTERS = '[\\p{L}\\p{M}]+\\.?';
/** `01-Dec-2010 08:26`, `3 mars 2024`, `1. März 2024`, `3 de marzo de 2024`, `12 grudnia 2024 r.` */
const DAY_MONTH_YEAR = new RegExp(
	`^\\s*(\\d{1,2})\\.?[-/ ](?:de )?(${LETTERS})[-/ ,]+(?:de )?(\\d{4}|\\d{2})(?=$|[ T,])`,
	'u'
);
/** `Dec 1, 2010`, `December 01 2010 10:00` */
const MONTH_DAY_YEAR = new RegExp(
	`^\\s*(${LETTERS})[- ](\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?=$|[ T,])`,
	'u'
);

/**
 * A date whose month is a name (English and the header-word languages), or NaN. Only tried when
 * the value is not a numeric date, so the common case stays fast.
 */
export function parseNamedMonthDay(text: string): number {
	if (text.length < 6 || text.length > 40) return NaN;
	let day: number;
	let month: number;
	let year: number;
	const dmy = DAY_MONTH_YEAR.exec(text);
	if (dmy) {
		day = Number(dmy[1]);
		month = monthFromName(dmy[2]);
		year = fullYear(Number(dmy[3]), dmy[3].length);
	} else {
		const mdy = MONTH_DAY_YEAR.exec(text);
		if (!mdy) return NaN;
		month = monthFromName(mdy[1]);
		day = Number(mdy[2]);
		year = Number(mdy[3]);
	}
	if (month === 0 || !isValidDate(year, month, day)) return NaN;
	return daysFromCivil(year, month, day);
}

/** Excel's serial day of 1970-01-01 (serials count days since 1899-12-30). */
export const EXCEL_EPOCH_SERIAL = 25569;
/** Serials believed to be dates: 1970-01-01 … 2099-12-31. */
export const EXCEL_SERIAL_MIN = 25569;
export const EXCEL_SERIAL_MAX = 73050;

/**
 * An Excel serial date (`40513.35` = 2010-12-01 08:24) → days since 1970-01-01, or NaN. The
 * fraction is the time of day and never moves the day. Only used for a column decided to hold
 * serials (`ColumnMapping.excelSerialDates`).
 */
export function parseExcelSerialDay(text: string): number {
	const t = text.trim();
	if (!/^\d{5}(\.\d+)?$/.test(t)) return NaN;
	const serial = Number(t);
	if (serial < EXCEL_SERIAL_MIN || serial > EXCEL_SERIAL_MAX) return NaN;
	return Math.floor(serial) - EXCEL_EPOCH_SERIAL;
}

function dayFromShape({ values, digits }: DateShape, order: DateOrder): number {
	if (values.length === 1) {
		if (digits[0] !== 8) return NaN;
		const year = Math.floor(values[0] / 10000);
		const month = Math.floor(values[0] / 100) % 100;
		const day = values[0] % 100;
		if (!isValidDate(year, month, day)) return NaN;
		return daysFromCivil(year, month, day);
	}
	if (values.length !== 3) return NaN;
	return dayOfGroups(values[0], digits[0], values[1], digits[1], values[2], digits[2], order);
}

/**
 * The day of a date written as three digit groups (values and digit counts): `YYYY-MM-DD` when the
 * first has four digits, else day/month or month/day by `order`, then a 2- or 4-digit year.
 */
export function dayOfGroups(
	v0: number,
	d0: number,
	v1: number,
	d1: number,
	v2: number,
	d2: number,
	order: DateOrder
): number {
	let year: number;
	let month: number;
	let day: number;
	if (d0 === 4) {
		if (d1 > 2 || d2 > 2) return NaN;
		year = v0;
		month = v1;
		day = v2;
	} else {
		if (d0 > 2 || d1 > 2 || (d2 !== 4 && d2 !== 2)) return NaN;
		year = fullYear(v2, d2);
		if (order === 'mdy') {
			month = v0;
			day = v1;
		} else {
			day = v0;
			month = v1;
		}
	}
	if (!isValidDate(year, month, day)) return NaN;
	return daysFromCivil(year, month, day);
}

/** What one sampled value says about the day/month order. */
export type DateOrderHint =
	'year-first' | 'day-first' | 'month-first' | 'ambiguous' | 'month-name' | 'none';

/**
 * The evidence of one value: a first field > 12 can only be a day (`day-first`), a second field
 * > 12 only a day in second place (`month-first`); both ≤ 12 is `ambiguous`.
 */
export function dateOrderHint(text: string): DateOrderHint {
	const shape = readDateShape(text);
	if (!shape || (shape.values.length === 1 && shape.digits[0] !== 8)) {
		return Number.isNaN(parseNamedMonthDay(text)) ? 'none' : 'month-name';
	}
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
