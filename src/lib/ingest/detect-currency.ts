/**
 * The currency of an orders file, from what the file itself says (issue 20): a symbol or code
 * written with the amounts (`€12,50`, `£3.20`, `Rs 1,200`, `12.50 EUR`), a money column's header
 * (`Price (EUR)`, `Amount GBP`, `Total (£)`), or a currency column (Shopify's and Etsy's
 * `Currency`). An ISO 4217 code when the mark names one currency (`£` → GBP), the mark itself when
 * it names several (`$`, `¥`, `Rs`, `kr`); nothing when the file says nothing or disagrees with
 * itself, so a figure is never shown with a currency the data did not give.
 */
import type { ColumnRole, CurrencyGuess } from './types';

/** Marks that name one currency. */
const SYMBOL_CODES: Record<string, string> = {
	'£': 'GBP',
	'€': 'EUR',
	'₹': 'INR',
	'₽': 'RUB',
	'₩': 'KRW',
	'₺': 'TRY',
	'₪': 'ILS',
	'₫': 'VND',
	'฿': 'THB',
	'₴': 'UAH',
	'₦': 'NGN',
	'₱': 'PHP',
	'₸': 'KZT',
	'₾': 'GEL',
	'₼': 'AZN',
	zł: 'PLN',
	kč: 'CZK',
	ft: 'HUF',
	lei: 'RON',
	r$: 'BRL',
	us$: 'USD',
	c$: 'CAD',
	ca$: 'CAD',
	a$: 'AUD',
	au$: 'AUD',
	nz$: 'NZD',
	hk$: 'HKD',
	s$: 'SGD',
	sfr: 'CHF',
	tl: 'TRY'
};

/** Marks shared by several currencies: kept as written, never turned into one country's code. */
const SHARED_SYMBOLS: Record<string, string> = {
	$: '$',
	'¥': '¥',
	'₨': '₨',
	rs: 'Rs',
	'rs.': 'Rs',
	kr: 'kr',
	'kr.': 'kr'
};

/** Codes accepted in lower case in a header (`price_eur`): common ones only, not words like "try". */
const LOWER_CASE_CODES = new Set(['eur', 'usd', 'gbp', 'pkr', 'inr', 'chf', 'jpy', 'aud', 'cad']);

let knownCodes: Set<string> | null = null;

/** ISO 4217 codes the platform knows (`Intl.supportedValuesOf`), or a well-formed code without it. */
function isKnownCode(code: string): boolean {
	if (!/^[A-Z]{3}$/.test(code)) return false;
	if (!knownCodes) {
		const supported = (
			Intl as unknown as { supportedValuesOf?: (key: string) => string[] }
		).supportedValuesOf?.('currency');
		knownCodes = new Set(supported ?? []);
	}
	return knownCodes.size === 0 || knownCodes.has(code);
}

/** The currency a mark names: a code, a mark shared by several, or null for no currency. */
function currencyOfMark(mark: string): string | null {
	const lower = mark.toLowerCase();
	if (lower in SYMBOL_CODES) return SYMBOL_CODES[lower];
	if (lower in SHARED_SYMBOLS) return SHARED_SYMBOLS[lower];
	const upper = mark.toUpperCase();
	return mark === upper && isKnownCode(upper) ? upper : null;
}

/** A mark before or after the digits of a money value (`€12,50`, `-£3`, `12,50 €`, `EUR 12.50`). */
const LEADING = /^[-−+(]?\s*([^\d\s.,()+\-−]{1,3}\.?)\s*[-−]?\d/u;
const TRAILING = /\d[\d.,'\s]*\s*([^\d\s.,()+\-−]{1,3}\.?)\)?\s*[-−]?$/u;

/** The currency written with one value, or null (a plain number, or a mark that is no currency). */
export function currencyOfValue(value: string): string | null {
	const text = value.trim();
	if (text === '' || !/\d/.test(text)) return null;
	const mark = LEADING.exec(text)?.[1] ?? TRAILING.exec(text)?.[1];
	return mark ? currencyOfMark(mark) : null;
}

/** The currency a header names (`Price (EUR)`, `Amount GBP`, `Total (£)`, `betrag_eur`), or null. */
export function currencyOfHeader(header: string): string | null {
	for (const symbol of Object.keys(SYMBOL_CODES)) {
		if (!/\p{L}/u.test(symbol) && header.includes(symbol)) return SYMBOL_CODES[symbol];
	}
	if (/[$¥₨]/.test(header)) return /\$/.test(header) ? '$' : /¥/.test(header) ? '¥' : '₨';
	for (const token of header.split(/[^\p{L}]+/u)) {
		if (token.length !== 3) continue;
		if (token === token.toUpperCase() && isKnownCode(token)) return token;
		if (LOWER_CASE_CODES.has(token.toLowerCase()) && token === token.toLowerCase()) {
			return token.toUpperCase();
		}
	}
	return null;
}

/** Headers of a column that says each row's currency (Shopify, Etsy, Stripe, PayPal …). */
const CURRENCY_COLUMN =
	/^(currency( code)?|währung|devise|moneda|valuta|valuuta|para birimi|کرنسی)$/i;

/** Roles whose values are money. */
const MONEY_ROLES: readonly ColumnRole[] = ['amount', 'unitPrice', 'cost'];

/** The one currency among `found` (null entries are plain values), or null when none or several. */
function single(found: (string | null)[]): string | null {
	const seen = new Set(found.filter((currency): currency is string => currency !== null));
	return seen.size === 1 ? [...seen][0] : null;
}

/**
 * The currency of an orders file from its header and sampled rows, given each column's role:
 * the marks written with the money columns' values first (every marked value agreeing), then the
 * money columns' headers, then a currency column whose values are one ISO code. Null when the file
 * says nothing, or names different currencies.
 */
export function detectCurrency(
	header: readonly string[],
	rows: readonly (readonly string[])[],
	roles: readonly ColumnRole[]
): CurrencyGuess | null {
	const money = roles.flatMap((role, column) => (MONEY_ROLES.includes(role) ? [column] : []));
	const fromValues = money.map((column) =>
		single(rows.map((row) => currencyOfValue(row[column] ?? '')))
	);
	const valuesCurrency = single(fromValues);
	const marked = money.filter((_, i) => fromValues[i] !== null);
	if (valuesCurrency) {
		return { currency: valuesCurrency, source: 'values', column: header[marked[0]] ?? '' };
	}
	if (marked.length > 0) return null;

	const fromHeaders = money.map((column) => currencyOfHeader(header[column] ?? ''));
	const headerCurrency = single(fromHeaders);
	if (headerCurrency) {
		const column = money[fromHeaders.indexOf(headerCurrency)];
		return { currency: headerCurrency, source: 'header', column: header[column] };
	}
	if (fromHeaders.some((currency) => currency !== null)) return null;

	const currencyColumn = header.findIndex((name) => CURRENCY_COLUMN.test(name.trim()));
	if (currencyColumn < 0) return null;
	const codes = rows
		.map((row) => (row[currencyColumn] ?? '').trim().toUpperCase())
		.filter((code) => code !== '');
	const code = single(codes.map((value) => (isKnownCode(value) ? value : null)));
	if (!code || codes.some((value) => value !== code)) return null;
	return { currency: code, source: 'column', column: header[currencyColumn] };
}
