/**
 * The interface's language: English or Urdu, chosen in the header, remembered in this browser;
 * `?lang=ur` / `?lang=en` in a link preselects it and the browser's own preference decides the
 * first visit. A `$state`, so every message and formatted figure read in a template follows a
 * switch at once, without a reload; `<html lang dir>` follows too.
 */

export const LOCALES = ['en', 'ur'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, as the selector lists it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ur: 'اردو' };

const LANGUAGE_KEY = 'sieve.language';
const DIGITS_KEY = 'sieve.urduDigits';

export const isLocale = (value: unknown): value is Locale =>
	typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

class LocaleState {
	current = $state<Locale>('en');
	/** Urdu digits (۱۲۳) instead of 1 2 3 in figures; Urdu only. */
	urduDigits = $state(false);

	get dir(): 'ltr' | 'rtl' {
		return this.current === 'ur' ? 'rtl' : 'ltr';
	}
}

export const locale = new LocaleState();

/**
 * The language of a visit: a link's `?lang=` first, then the one remembered in this browser, then
 * the first of the browser's preferred languages Sieve speaks, else English.
 */
export function chooseLocale(choice: {
	query: string | null;
	saved: string | null;
	preferred: readonly string[];
}): Locale {
	if (isLocale(choice.query)) return choice.query;
	if (isLocale(choice.saved)) return choice.saved;
	for (const tag of choice.preferred) {
		const language = tag.toLowerCase().split('-')[0];
		if (isLocale(language)) return language;
	}
	return 'en';
}

function remember(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Storage may be off (private mode): the choice still holds in this tab.
	}
}

function recall(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

function applyToDocument(): void {
	document.documentElement.lang = locale.current;
	document.documentElement.dir = locale.dir;
}

/** Switches the language now (no reload) and remembers it in this browser. */
export function setLocale(next: Locale): void {
	locale.current = next;
	remember(LANGUAGE_KEY, next);
	applyToDocument();
}

/** Switches Urdu digits on or off and remembers the choice. */
export function setUrduDigits(on: boolean): void {
	locale.urduDigits = on;
	remember(DIGITS_KEY, on ? '1' : '0');
}

/** Reads the visit's language (browser only); a `?lang=` in the link is remembered too. */
export function startLocale(): void {
	const query = /[?&]lang=([^&#]*)/.exec(location.search)?.[1] ?? null;
	const chosen = chooseLocale({
		query,
		saved: recall(LANGUAGE_KEY),
		preferred: navigator.languages ?? [navigator.language]
	});
	locale.current = chosen;
	locale.urduDigits = recall(DIGITS_KEY) === '1';
	if (isLocale(query)) remember(LANGUAGE_KEY, query);
	applyToDocument();
}
