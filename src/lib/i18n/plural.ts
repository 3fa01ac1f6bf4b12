import { locale } from './locale.svelte';

const rules = new Map<string, Intl.PluralRules>();

/** The form of a word for a count in the chosen language: plural(3, 'customer', 'customers'). */
export function plural(count: number, one: string, other: string): string {
	let rule = rules.get(locale.current);
	if (!rule) {
		rule = new Intl.PluralRules(locale.current);
		rules.set(locale.current, rule);
	}
	return rule.select(count) === 'one' ? one : other;
}
