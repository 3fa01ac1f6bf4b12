/**
 * The default segments' names and playbook actions in the reader's language. Rules are the user's
 * settings: a name or action is translated only while it is still the default's English text
 * (`m.segments.defaults`); anything the user wrote is shown as written.
 */
import { locale } from './locale.svelte';
import * as segments from './messages/segments';

type Slug = keyof typeof segments.en.defaults;

const SLUGS = Object.keys(segments.en.defaults) as Slug[];
const BY_NAME = new Map(SLUGS.map((slug) => [segments.en.defaults[slug].name, slug]));
const BY_ACTION = new Map(SLUGS.map((slug) => [segments.en.defaults[slug].action, slug]));

/** A segment's name: the default's, in the chosen language; the user's own, as written. */
export function segmentName(name: string): string {
	const slug = BY_NAME.get(name);
	return slug ? segments[locale.current].defaults[slug].name : name;
}

/** A segment's suggested action: the default's, in the chosen language; the user's, as written. */
export function segmentAction(action: string): string {
	const slug = BY_ACTION.get(action);
	return slug ? segments[locale.current].defaults[slug].action : action;
}
