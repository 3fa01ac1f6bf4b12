/**
 * The message catalogue: one module per area of the interface (`messages/<area>.ts`), each with
 * an English object and an Urdu object of the same type — TypeScript fails the check when a
 * message exists in one language only, and `catalogue.test.ts` checks it again at run time.
 * `m.<area>.<message>` reads the chosen language, so a template that shows it follows a switch.
 */
import { locale, type Locale } from './locale.svelte';
import * as accounts from './messages/accounts';
import * as app from './messages/app';
import * as clv from './messages/clv';
import * as data from './messages/data';
import * as glossary from './messages/glossary';
import * as ingest from './messages/ingest-words';
import * as loyalty from './messages/loyalty';
import * as method from './messages/method';
import * as movement from './messages/movement';
import * as personas from './messages/personas';
import * as present from './messages/present';
import * as profit from './messages/profit';
import * as segments from './messages/segments';
import * as shared from './messages/shared';
import * as value from './messages/value';

export const AREAS = {
	accounts,
	app,
	clv,
	data,
	glossary,
	loyalty,
	method,
	movement,
	personas,
	present,
	profit,
	segments,
	shared,
	value
} satisfies Record<string, Record<Locale, object>>;

export type Messages = { [Area in keyof typeof AREAS]: (typeof AREAS)[Area]['en'] };

/** The messages of the chosen language, area by area. */
export const m = {} as Messages;
for (const area of Object.keys(AREAS) as (keyof Messages)[]) {
	Object.defineProperty(m, area, {
		enumerable: true,
		get: () => AREAS[area][locale.current]
	});
}

/** The ingest's codes in each language but English (`messages/ingest-words.ts`). */
export const INGEST_WORDS: Record<Exclude<Locale, 'en'>, ingest.IngestWords> = { ur: ingest.ur };

/**
 * The ingest's codes worded in the chosen language, or null in English: there the page shows the
 * ingest's own sentences, carried next to their codes (the CLI's; each is written once).
 */
export function ingestWords(): ingest.IngestWords | null {
	return locale.current === 'en' ? null : INGEST_WORDS[locale.current];
}
