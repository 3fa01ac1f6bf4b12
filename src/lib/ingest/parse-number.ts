/**
 * Numbers as written in order exports: `1234.5`, `1,234.50`, `1.234,50`, `1 234,50`, `£12`,
 * `12,50 €`, `EUR 12.50`, `-£5`, `(12.50)`, `12-`. The decimal separator is decided per column from
 * a sample (`detectDecimalSeparator`), never per value, so `1,234` means one thing in a column.
 */

export type DecimalSeparator = '.' | ',';

/** Powers of ten that are exact doubles: `m / 10^k` is then correctly rounded (Clinger's fast path). */
export const POW10 = [
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
];

const CURRENCY_SYMBOLS = new Set([
	'£',
	'$',
	'€',
	'¥',
	'₹',
	'₽',
	'₩',
	'₺',
	'₪',
	'₫',
	'฿',
	'₴',
	'₦',
	'¢',
	'₱',
	'₣',
	'₨',
	'₸',
	'₾',
	'₼'
]);
const CURRENCY_WORDS = new Set([
	'eur',
	'usd',
	'gbp',
	'chf',
	'jpy',
	'cny',
	'rmb',
	'sek',
	'nok',
	'dkk',
	'pln',
	'czk',
	'huf',
	'aud',
	'cad',
	'nzd',
	'inr',
	'brl',
	'mxn',
	'zar',
	'rub',
	'try',
	'ron',
	'tl',
	'pkr',
	'lei',
	'bgn',
	'hkd',
	'sgd',
	'krw',
	'ils',
	'kr',
	'zł',
	'kč',
	'fr',
	'sfr',
	'r',
	'rs',
	'us',
	'ca',
	'au',
	'nz',
	'hk',
	'a'
]);

/**
 * Parses a number, or returns NaN (also for an empty value). `decimal` is the column's decimal
 * separator; the other of `.` `,` plus spaces and `'` are thousands separators, which must group
 * three digits (so `1,5` is NaN in a `.` column rather than 15).
 */
export function parseNumber(text: string, decimal: DecimalSeparator = '.'): number {
	const fast = parsePlainNumber(text, decimal);
	if (fast === fast) return fast;
	return parseDecoratedNumber(text, decimal);
}

/**
 * The common case by hand: `-?digits[.digits]` with the column's decimal separator and nothing
 * else. NaN means "not plain", not "not a number".
 */
function parsePlainNumber(text: string, decimal: DecimalSeparator): number {
	const n = text.length;
	if (n === 0 || n > 16) return NaN;
	const decimalCode = decimal === '.' ? 46 : 44;
	let i = 0;
	let negative = false;
	if (text.charCodeAt(0) === 45) {
		negative = true;
		i = 1;
	}
	let mantissa = 0;
	let digits = 0;
	let fraction = -1;
	for (; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c >= 48 && c <= 57) {
			mantissa = mantissa * 10 + (c - 48);
			digits++;
			if (fraction >= 0) fraction++;
		} else if (c === decimalCode && fraction < 0) {
			fraction = 0;
		} else {
			return NaN;
		}
	}
	if (digits === 0 || digits > 15) return NaN;
	const value = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
	return negative ? -value : value;
}

const EXPONENT = /^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;

/** Everything the plain path declines: signs, brackets, currency, grouping, spaces, exponents. */
function parseDecoratedNumber(text: string, decimal: DecimalSeparator): number {
	if (!hasDigit(text)) return NaN;
	let s = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
	if (s === '') return NaN;
	if (EXPONENT.test(s)) return Number(s);
	let negative = false;
	if (s.startsWith('(') && s.endsWith(')')) {
		negative = true;
		s = s.slice(1, -1).trim();
	}
	const flip = () => {
		if (negative) return false;
		negative = true;
		return true;
	};
	for (let changed = true; changed && s !== '';) {
		changed = false;
		const first = s[0];
		const last = s[s.length - 1];
		if (first === '-' || first === '\u2212') {
			if (!flip()) return NaN;
			s = s.slice(1).trimStart();
			changed = true;
		} else if (first === '+') {
			s = s.slice(1).trimStart();
			changed = true;
		} else if (last === '-' || last === '\u2212') {
			if (!flip()) return NaN;
			s = s.slice(0, -1).trimEnd();
			changed = true;
		} else if (CURRENCY_SYMBOLS.has(first)) {
			s = s.slice(1).trimStart();
			changed = true;
		} else if (CURRENCY_SYMBOLS.has(last)) {
			s = s.slice(0, -1).trimEnd();
			changed = true;
		} else {
			const lead = /^(\p{L}{1,3})\.? ?/u.exec(s);
			const next = s[lead?.[0].length ?? 0] ?? '';
			if (
				lead &&
				CURRENCY_WORDS.has(lead[1].toLowerCase()) &&
				(/[\d.,]/.test(next) || CURRENCY_SYMBOLS.has(next))
			) {
				s = s.slice(lead[0].length).trimStart();
				changed = true;
				continue;
			}
			const trail = / ?(\p{L}{1,3})\.?$/u.exec(s);
			if (trail && CURRENCY_WORDS.has(trail[1].toLowerCase())) {
				s = s.slice(0, trail.index).trimEnd();
				changed = true;
			}
		}
	}
	const value = parseGroupedDigits(s, decimal);
	return negative ? -value : value;
}

function hasDigit(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 48 && c <= 57) return true;
	}
	return false;
}

/** `1,234,567.89` (or `1.234.567,89`, `1 234 567,89`, `1'234.5`) → number; NaN if malformed. */
function parseGroupedDigits(s: string, decimal: DecimalSeparator): number {
	if (!/^[\d.,' ]+$/.test(s)) return NaN;
	const decimalAt = s.lastIndexOf(decimal);
	const integerPart = decimalAt >= 0 ? s.slice(0, decimalAt) : s;
	const fractionPart = decimalAt >= 0 ? s.slice(decimalAt + 1) : '';
	if (!/^\d*$/.test(fractionPart)) return NaN;
	const groups = integerPart.split(/[.,' ]/);
	if (groups.length > 1) {
		if (!/^\d{1,3}$/.test(groups[0])) return NaN;
		for (let g = 1; g < groups.length; g++) if (!/^\d{3}$/.test(groups[g])) return NaN;
	}
	const integerDigits = groups.join('');
	if (integerDigits === '' && fractionPart === '') return NaN;
	return Number(`${integerDigits || '0'}.${fractionPart || '0'}`);
}

/**
 * A percentage or fraction: `35%` → 0.35, `0.35` → 0.35. Without `%` the value is returned as is;
 * see `parseShare` for columns that mix the two.
 */
export function parsePercent(
	text: string,
	decimal: DecimalSeparator = '.'
): { value: number; percent: boolean } {
	const trimmed = text.trim();
	if (trimmed.endsWith('%')) {
		return { value: parseNumber(trimmed.slice(0, -1), decimal) / 100, percent: true };
	}
	return { value: parseNumber(trimmed, decimal), percent: false };
}

/**
 * A margin written as a percent (`35%`, or `35` in a column whose values exceed 1) or a fraction
 * (`0.35`) → fraction. `percentColumn` says the column is in percent (decided from its sample).
 */
export function parseShare(
	text: string,
	decimal: DecimalSeparator,
	percentColumn: boolean
): number {
	const { value, percent } = parsePercent(text, decimal);
	return percent || !percentColumn ? value : value / 100;
}

/**
 * The decimal separator of a column from a sample of its values: `1.234,56` and `12,5` say `,`;
 * `1,234.56` and `12.5` say `.`; `1,234` or `1.234` alone say nothing. A tie gives `fallback`.
 */
export function detectDecimalSeparator(
	values: Iterable<string>,
	fallback: DecimalSeparator = '.'
): DecimalSeparator {
	let comma = 0;
	let dot = 0;
	for (const raw of values) {
		const text = raw.trim();
		const lastDot = text.lastIndexOf('.');
		const lastComma = text.lastIndexOf(',');
		if (lastDot >= 0 && lastComma >= 0) {
			if (lastComma > lastDot) comma++;
			else dot++;
		} else if (lastComma >= 0) {
			if (text.indexOf(',') !== lastComma) dot++;
			else if (digitsAfter(text, lastComma) !== 3) comma++;
		} else if (lastDot >= 0) {
			if (text.indexOf('.') !== lastDot) comma++;
			else if (digitsAfter(text, lastDot) !== 3) dot++;
		}
	}
	if (comma === dot) return fallback;
	return comma > dot ? ',' : '.';
}

function digitsAfter(text: string, at: number): number {
	let count = 0;
	for (let i = at + 1; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 48 || c > 57) break;
		count++;
	}
	return count;
}

/**
 * A customer id as shown to people: trimmed, and a whole number written as a float (`17850.0`,
 * which spreadsheets and pandas produce) without its `.0`.
 */
export function normaliseCustomerId(text: string): string {
	const n = text.length;
	if (n === 0) return text;
	let s = text;
	if (s.charCodeAt(0) <= 32 || s.charCodeAt(n - 1) <= 32) s = s.trim();
	if (s.length > 2 && s.charCodeAt(s.length - 1) === 48) {
		const dot = s.lastIndexOf('.');
		if (dot > 0 && /^\d+\.0+$/.test(s)) return s.slice(0, dot);
	}
	return s;
}
