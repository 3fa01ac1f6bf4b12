/**
 * Persona names from the features that set each cluster apart, e.g. "Frequent full-price buyers".
 * Names are built from at most a few words and made distinct across the personas of one result.
 */

/** How far a persona sits from the whole population on one feature. */
export interface PersonaTrait {
	/** A behaviour feature key (`logValue`, `logOrders`, `recencyDays`, `aov`, `discountShare`,
	 * `categoryConcentration`, or `lapsing`: the share whose current gap exceeds twice their mean
	 * gap), or an attribute name. */
	feature: string;
	kind: 'behaviour' | 'numeric-attribute' | 'categorical-attribute';
	/** For a categorical attribute: the value this trait is about ("London"). */
	level?: string;
	/** Persona mean minus population mean, in population standard deviations (for a level: of its 0/1 indicator). */
	score: number;
	/** For a categorical level: the share of the persona's customers with it. */
	share?: number;
}

/** What naming needs to know about one persona. */
export interface PersonaNameInput {
	traits: PersonaTrait[];
	/** Median orders per customer; 1 turns "few orders" into "one-time". */
	medianOrders: number;
	/** Most members are past twice their own usual gap: "lapsing" then always leads the name
	 * (unless it says "lapsed"), as the most pressing fact about them. */
	isLapsing?: boolean;
}

/** A trait takes part in a name only when the persona sits at least this far from the mean. */
export const NAME_SCORE_THRESHOLD = 0.4;
/** A categorical level names a persona only when at least this share of it has that level. */
export const NAME_LEVEL_SHARE = 0.5;
const WORDS_PER_NAME = 2;
const LOCATION = /city|town|country|region|state|location|area|place|county|province|postcode|zip/i;

/** Word order in a name: when, then who, then how much and how. */
const ORDER = [
	'recencyDays',
	'lapsing',
	'categorical-attribute',
	'numeric-attribute',
	'logOrders',
	'logValue',
	'aov',
	'discountShare',
	'categoryConcentration'
];

/** Words for a high and a low score; `null`: being low there says nothing worth a name. */
const BEHAVIOUR_WORDS: Record<string, [high: string, low: string | null]> = {
	lapsing: ['lapsing', null],
	logValue: ['high-value', 'low-value'],
	logOrders: ['frequent', 'occasional'],
	recencyDays: ['lapsed', 'recent'],
	aov: ['big-basket', 'small-basket'],
	discountShare: ['discount-driven', 'full-price'],
	categoryConcentration: ['single-category', 'wide-ranging']
};

/** Recognised numeric attributes and their words; `null`: being low there says nothing worth a name. */
const ATTRIBUTE_WORDS: [RegExp, string, string | null][] = [
	[/(^|[^a-z])(age|alter|edad)([^a-z]|$)/i, 'older', 'younger'],
	[/follower|influence|reach|audience/i, 'influential', null],
	[/effort|service/i, 'high-maintenance', 'low-maintenance'],
	[/budget|capacity|resource|company.?size|employees|turnover/i, 'well-resourced', 'small-budget'],
	[/problem|ticket|complaint/i, 'problem-prone', null]
];

/**
 * One part of a persona's name, for the interface to word in its language: a fixed word
 * ("frequent", "high-maintenance" …, English as `word`), a value of the data ("London-based" for
 * a place, "Chef"), or an unrecognised numeric attribute ("high-budget").
 */
export type NamePart =
	| { kind: 'word'; word: string }
	| { kind: 'level'; level: string; place: boolean }
	| { kind: 'attribute'; attribute: string; high: boolean };

/** A persona's name as parts, in name order, and its number when the words alone collide (" 2"). */
export interface PersonaNameParts {
	parts: NamePart[];
	number: number | null;
}

/** The part a trait contributes to a name, or null when it is not distinctive enough or says nothing. */
export function traitPart(trait: PersonaTrait, medianOrders: number): NamePart | null {
	if (trait.kind === 'categorical-attribute') {
		if (trait.level === undefined || (trait.share ?? 0) < NAME_LEVEL_SHARE) return null;
		if (trait.score < NAME_SCORE_THRESHOLD) return null;
		return { kind: 'level', level: trait.level, place: LOCATION.test(trait.feature) };
	}
	if (Math.abs(trait.score) < NAME_SCORE_THRESHOLD) return null;
	const high = trait.score > 0;
	const word = (text: string | null): NamePart | null =>
		text === null ? null : { kind: 'word', word: text };
	if (trait.kind === 'behaviour') {
		const words = BEHAVIOUR_WORDS[trait.feature];
		if (!words) return null;
		if (trait.feature === 'logOrders' && !high && medianOrders <= 1) return word('one-time');
		return word(high ? words[0] : words[1]);
	}
	const known = ATTRIBUTE_WORDS.find(([pattern]) => pattern.test(trait.feature));
	if (known) return word(high ? known[1] : known[2]);
	return { kind: 'attribute', attribute: trait.feature.toLowerCase(), high };
}

/** A name part in English: "frequent", "London-based", "Chef", "high-budget". */
export function partWord(part: NamePart): string {
	if (part.kind === 'word') return part.word;
	if (part.kind === 'level') return part.place ? `${part.level}-based` : part.level;
	return `${part.high ? 'high' : 'low'}-${part.attribute}`;
}

/** The word a trait contributes to a name, or null when it is not distinctive enough or says nothing. */
export function traitWord(trait: PersonaTrait, medianOrders: number): string | null {
	const part = traitPart(trait, medianOrders);
	return part === null ? null : partWord(part);
}

interface NamingWord {
	word: string;
	part: NamePart;
	strength: number;
	order: number;
}

function namingWords(persona: PersonaNameInput): NamingWord[] {
	const words: NamingWord[] = [];
	const seen = new Set<string>();
	for (const trait of persona.traits) {
		const part = traitPart(trait, persona.medianOrders);
		if (part === null) continue;
		const word = partWord(part);
		if (seen.has(word.toLowerCase())) continue;
		seen.add(word.toLowerCase());
		const order = ORDER.indexOf(trait.kind === 'behaviour' ? trait.feature : trait.kind);
		words.push({ word, part, strength: Math.abs(trait.score), order });
	}
	// "Lapsing" adds nothing next to "lapsed". Against "recent" (than the population), the
	// persona's own rhythm wins when most members are past twice their usual gap.
	const drop = (word: string) => {
		const at = words.findIndex((w) => w.word === word);
		if (at >= 0) words.splice(at, 1);
	};
	if (seen.has('lapsed')) drop('lapsing');
	else if (persona.isLapsing) {
		drop('recent');
		drop('lapsing');
		words.push({
			word: 'lapsing',
			part: { kind: 'word', word: 'lapsing' },
			strength: Infinity,
			order: ORDER.indexOf('lapsing')
		});
	} else if (seen.has('recent')) drop('lapsing');
	// Strongest first; ties broken by the word so the result never depends on trait order.
	return words.sort((a, b) => b.strength - a.strength || a.word.localeCompare(b.word));
}

/** The words a name takes, strongest `count`, in name order. */
function chosenWords(words: NamingWord[], count: number): NamingWord[] {
	return words.slice(0, count).sort((a, b) => a.order - b.order);
}

function compose(words: NamingWord[], count: number): string {
	const chosen = chosenWords(words, count);
	if (chosen.length === 0) return 'Typical buyers';
	const phrase = [...chosen.map((w) => w.word), 'buyers'].join(' ');
	return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/**
 * One name per persona from its two most distinctive traits (|score| ≥ 0.4), in the order
 * when · who · how much · how, plus "buyers". Colliding names take more traits; names that still
 * collide get a number (" 2", " 3" …), so names are always distinct.
 */
export function namePersonas(personas: PersonaNameInput[]): string[] {
	return namePersonasWithParts(personas).map((named) => named.name);
}

/** `namePersonas`, with each name's parts (for the interface's languages). */
export function namePersonasWithParts(
	personas: PersonaNameInput[]
): { name: string; parts: PersonaNameParts }[] {
	const words = personas.map(namingWords);
	const depth = personas.map(() => WORDS_PER_NAME);
	let names = words.map((w, i) => compose(w, depth[i]));
	for (;;) {
		let deepened = false;
		const groups = groupIndices(names);
		for (const members of groups.values()) {
			if (members.length < 2) continue;
			for (const i of members) {
				if (depth[i] < words[i].length) {
					depth[i]++;
					deepened = true;
				}
			}
		}
		if (!deepened) break;
		names = words.map((w, i) => compose(w, depth[i]));
	}
	const groups = groupIndices(names);
	const taken = new Set(names);
	return names.map((name, i) => {
		const parts = chosenWords(words[i], depth[i]).map((w) => w.part);
		if (groups.get(name)![0] === i) return { name, parts: { parts, number: null } };
		let suffix = 2;
		while (taken.has(`${name} ${suffix}`)) suffix++;
		taken.add(`${name} ${suffix}`);
		return { name: `${name} ${suffix}`, parts: { parts, number: suffix } };
	});
}

function groupIndices(names: string[]): Map<string, number[]> {
	const groups = new Map<string, number[]>();
	names.forEach((name, i) => {
		const members = groups.get(name);
		if (members) members.push(i);
		else groups.set(name, [i]);
	});
	return groups;
}
