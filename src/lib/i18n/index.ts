export { ingestWords, m, type Messages } from './catalogue';
export type { IngestWords } from './messages/ingest-words';
export {
	locale,
	setLocale,
	setUrduDigits,
	startLocale,
	LOCALES,
	LOCALE_NAMES,
	type Locale
} from './locale.svelte';
export { plural } from './plural';
export { segmentAction, segmentName } from './segment-defaults';
export * from './format';
export { COMMON_CURRENCIES, displayCurrency, isCurrencyCode } from './currency.svelte';
