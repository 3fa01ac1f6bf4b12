/**
 * The currency of the open dataset's amounts, as every money figure shows it (issue 20): an ISO
 * 4217 code (`EUR`), a symbol when no code is known (`$`, `Rs`), or '' for plain numbers. A
 * `$state`, set by the app's layout when a dataset opens or its currency setting changes
 * (`routes/+layout.svelte`), read by `formatMoney` — so every amount follows at once.
 */
class DisplayCurrency {
	current = $state('');
}

export const displayCurrency = new DisplayCurrency();

/** True for a well-formed ISO 4217 code (three capital letters): shown with `style: 'currency'`. */
export const isCurrencyCode = (currency: string): boolean => /^[A-Z]{3}$/.test(currency);

/**
 * Currencies offered in the mapping step and the dataset settings, most used first: those of the
 * languages and markets Sieve's users write from, then the world's most traded.
 */
export const COMMON_CURRENCIES = [
	'GBP',
	'EUR',
	'USD',
	'PKR',
	'INR',
	'AED',
	'SAR',
	'CAD',
	'AUD',
	'CHF',
	'JPY',
	'CNY',
	'SEK',
	'NOK',
	'DKK',
	'PLN',
	'TRY',
	'BRL',
	'ZAR',
	'BDT'
] as const;
