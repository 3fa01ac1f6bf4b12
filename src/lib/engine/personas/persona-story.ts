/**
 * The words on a persona card: a short story in the style of DOMAIN.md's "Joe" and "Sarah",
 * written only from the persona's own figures, and a suggested approach.
 */
import { traitWord, type PersonaTrait } from './name-persona';

/** The figures a story is written from: medians are over the persona's customers. */
export interface PersonaFacts {
	index: number;
	customers: number;
	customerShare: number;
	valueShare: number;
	/** What "value" is: net revenue, or profit when cost is known. */
	valueBasis: 'revenue' | 'profit';
	medianOrders: number;
	medianValue: number;
	medianAov: number;
	medianRecencyDays: number;
	/** Median days from first to last order; null when unknown. */
	medianSpanDays: number | null;
	/** Median of members' mean gap between orders (members with ≥ 2 orders); null when none. */
	medianGapDays: number | null;
	/** Share of members whose current gap exceeds twice their own mean gap. */
	lapsingShare: number;
	/** Null when the orders file has no discount column. */
	medianDiscountShare: number | null;
	medianCategoryConcentration: number | null;
	/** The category most members spend most on, and the share of members for whom it is the top one. */
	favouriteCategory: { name: string; share: number } | null;
	/** The channel most members mostly use, and the share of members for whom it is. */
	channel: { name: string; share: number } | null;
	/** Median of an age attribute, when the customers file has one. */
	medianAge: number | null;
	dominantAttributes: string[];
	/** The same attributes as facts (`dominantAttributes` are their English phrases). */
	dominant?: DominantAttribute[];
	traits: PersonaTrait[];
}

/**
 * An attribute that sets a persona apart, as a fact the interface words in its language (the
 * card's `dominantAttributes` hold the English phrase of each). Attribute names are read as words
 * (`service_effort` → "service effort"); levels are the data's own values.
 */
export type DominantAttribute =
	/** "62% in London": a location column's value. */
	| { kind: 'place'; share: number; level: string }
	/** "70% gender: male" (`attribute` set when the value alone would not say what it is about) or "55% Chef". */
	| { kind: 'level'; share: number; level: string; attribute: string | null }
	/** "mostly 30–39": one decade holds half the persona. */
	| { kind: 'ageDecade'; from: number; to: number }
	/** "aged 28–45 (middle half)": the quartiles of the ages. */
	| { kind: 'ageMiddle'; low: number; high: number }
	/** "median service effort 8 (all customers: 2)", figures rounded as the phrase shows them. */
	| { kind: 'median'; attribute: string; median: number; population: number };

/** A length of time in the unit the story tells it in. */
export interface StoryDuration {
	count: number;
	unit: 'day' | 'week' | 'month' | 'year';
}

/** Ways a channel is told: "Buys online", "in store", "by phone", else "via <name>". */
export type ChannelKind = 'online' | 'store' | 'phone' | 'other';

/**
 * The facts of a persona's story, as `writePersonaStory` tells them in English, for the interface
 * to tell in its own language: every figure already rounded or put in its unit as the story uses
 * it, and only the facts the story mentions (null where it says nothing).
 */
export interface PersonaStoryFacts {
	/** The stand-in first name. */
	alias: string;
	/** Median age, rounded; null without an age attribute. */
	age: number | null;
	/** Median orders, rounded: 1 or fewer tells "has ordered once". */
	orders: number;
	/** Since the last order. */
	recency: StoryDuration;
	/** From the first to the last order; null for one order, or under a day. */
	span: StoryDuration | null;
	/** The usual gap between orders; null for one order, or under a day. */
	gap: StoryDuration | null;
	/** Median order value and median value, in the data's currency. */
	orderValue: number;
	value: number;
	/** Median discounted share of orders; null without a discount column. */
	discountShare: number | null;
	/** The favourite category, and whether almost all spend (≥ 80%) goes to it. */
	category: { name: string; focused: boolean } | null;
	/** The main channel, told only when at least half the persona mostly uses it. */
	channel: { name: string; kind: ChannelKind } | null;
	customers: number;
	customerShare: number;
	valueShare: number;
	valueBasis: 'revenue' | 'profit';
	dominant: DominantAttribute[];
}

/** The suggestions `suggestApproach` can make, in its order of preference. */
export const APPROACH_CODES = [
	'winBack',
	'reactivate',
	'secondPurchase',
	'reward',
	'promoCalendar',
	'categoryMailing',
	'recommend',
	'service',
	'bundles',
	'checkCost',
	'referral',
	'newsletter'
] as const;
export type ApproachCode = (typeof APPROACH_CODES)[number];

/** A suggested approach as codes: one or two suggestions, and the category a mailing is about. */
export interface PersonaApproach {
	codes: ApproachCode[];
	category: string | null;
}

/** Gender-neutral stand-in names, so a story never implies a gender the data does not hold. */
const STAND_IN_NAMES = [
	'Alex',
	'Sam',
	'Robin',
	'Jamie',
	'Charlie',
	'Morgan',
	'Taylor',
	'Jordan',
	'Casey',
	'Riley',
	'Avery',
	'Quinn',
	'Drew',
	'Reese',
	'Jesse',
	'Rowan',
	'Emerson',
	'Harper',
	'Sage',
	'Kai'
];

/** The stand-in first name of persona `index` (distinct for the 20 personas a user can ask for). */
export function standInName(index: number): string {
	const name = STAND_IN_NAMES[index % STAND_IN_NAMES.length];
	return index < STAND_IN_NAMES.length
		? name
		: `${name} ${Math.floor(index / STAND_IN_NAMES.length) + 1}`;
}

/** A count with thousands separators: 12,345. */
export function formatCount(n: number): string {
	return Math.round(n).toLocaleString('en');
}

/** An amount without currency (the data does not say which): whole units from 10 up, else cents. */
export function formatAmount(x: number): string {
	const digits = Math.abs(x) >= 10 ? 0 : 2;
	return x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A share as a percentage: one decimal below 10%, whole numbers above. */
export function formatShare(share: number): string {
	const percent = share * 100;
	if (percent > 0 && percent < 0.1) return '<0.1%';
	return `${percent < 10 ? percent.toFixed(1) : Math.round(percent).toString()}%`;
}

/** A number of days in the unit a person would use: days, weeks, months or years (one decimal). */
export function storyDuration(days: number): StoryDuration {
	if (days < 14) return { count: Math.round(days), unit: 'day' };
	if (days < 61) return { count: Math.round(days / 7), unit: 'week' };
	if (days < 730) return { count: Math.round(days / 30.44), unit: 'month' };
	return { count: Math.round((days / 365.25) * 10) / 10, unit: 'year' };
}

/** A duration in English words: "1 day", "3 weeks", "2.5 years" (years start at two). */
function durationText(duration: StoryDuration): string {
	if (duration.unit === 'year') return `${duration.count} years`;
	return `${duration.count} ${duration.unit}${duration.count === 1 ? '' : 's'}`;
}

/** A number of days in the unit a person would use: days, weeks, months or years. */
export function formatDuration(days: number): string {
	return durationText(storyDuration(days));
}

/** How a channel's name is told. */
export function channelKind(channel: string): ChannelKind {
	if (/online|web|internet|e-?commerce|app|shop ?online/i.test(channel)) return 'online';
	if (/store|shop|retail|in.?person|branch|till/i.test(channel)) return 'store';
	if (/phone|call|tele/i.test(channel)) return 'phone';
	return 'other';
}

const CHANNEL_PHRASES: Record<Exclude<ChannelKind, 'other'>, string> = {
	online: 'online',
	store: 'in store',
	phone: 'by phone'
};

function channelPhrase(channel: { name: string; kind: ChannelKind }): string {
	return channel.kind === 'other' ? `via ${channel.name}` : CHANNEL_PHRASES[channel.kind];
}

/** The facts a story tells, from a persona's figures (see `PersonaStoryFacts`). */
export function personaStoryFacts(facts: PersonaFacts): PersonaStoryFacts {
	const orders = Math.round(facts.medianOrders);
	const many = orders > 1;
	return {
		alias: standInName(facts.index),
		age: facts.medianAge !== null ? Math.round(facts.medianAge) : null,
		orders,
		recency: storyDuration(facts.medianRecencyDays),
		span:
			many && facts.medianSpanDays !== null && facts.medianSpanDays >= 1
				? storyDuration(facts.medianSpanDays)
				: null,
		gap:
			many && facts.medianGapDays !== null && facts.medianGapDays >= 1
				? storyDuration(facts.medianGapDays)
				: null,
		orderValue: facts.medianAov,
		value: facts.medianValue,
		discountShare: facts.medianDiscountShare,
		category: facts.favouriteCategory
			? {
					name: facts.favouriteCategory.name,
					focused: (facts.medianCategoryConcentration ?? 0) >= 0.8
				}
			: null,
		channel:
			facts.channel && facts.channel.share >= 0.5
				? { name: facts.channel.name, kind: channelKind(facts.channel.name) }
				: null,
		customers: facts.customers,
		customerShare: facts.customerShare,
		valueShare: facts.valueShare,
		valueBasis: facts.valueBasis,
		dominant: facts.dominant ?? []
	};
}

/**
 * A one-paragraph story of a persona's typical member: orders, timing, spend, discount habit,
 * favourite category, channel, then the group's size and value share and its dominant attributes.
 * Every figure comes from `facts`; the first name is a stand-in.
 */
export function writePersonaStory(facts: PersonaFacts): string {
	const story = personaStoryFacts(facts);
	const who = story.alias;
	const opener = story.age !== null ? `${who}, ${story.age},` : who;
	const recency = durationText(story.recency);
	let buying: string;
	if (story.orders <= 1) {
		buying = `${opener} has ordered once, ${recency} ago, spending ${formatAmount(story.value)}`;
	} else {
		const span = story.span ? ` over ${durationText(story.span)}` : '';
		const usual = story.gap
			? ` (usually one every ${durationText(story.gap).replace(/^1 /, '')})`
			: '';
		buying =
			`${opener} has placed ${story.orders} orders${span}, the last ${recency} ago${usual}, ` +
			`spending about ${formatAmount(story.orderValue)} an order and ${formatAmount(story.value)} in all`;
	}
	const habits: string[] = [];
	if (story.discountShare !== null) {
		const share = story.discountShare;
		if (share >= 0.5) habits.push('mostly with a discount');
		else if (share > 0) habits.push(`with a discount on ${formatShare(share)} of orders`);
		else habits.push('at full price');
	}
	if (story.category) {
		habits.push(
			`${story.category.focused ? 'almost all of it' : 'most often'} on ${story.category.name}`
		);
	}
	const sentences = [`${buying}${habits.length ? `, ${habits.join(', ')}` : ''}.`];
	if (story.channel) sentences.push(`Buys ${channelPhrase(story.channel)}.`);
	const basis = story.valueBasis === 'profit' ? 'profit' : 'revenue';
	let group =
		`${who} stands for ${formatCount(story.customers)} customers (${formatShare(story.customerShare)}), ` +
		`who bring ${formatShare(story.valueShare)} of ${basis}`;
	if (facts.dominantAttributes.length)
		group += `; among them ${facts.dominantAttributes.join(', ')}`;
	sentences.push(`${group}.`);
	return sentences.join(' ');
}

/**
 * A suggested approach for a persona from its distinctive traits, after DOMAIN.md's sources
 * (win-back, second-purchase offer, loyalty reward, category mailing, promo calendar): at most two
 * suggestions, the most specific first.
 */
export function suggestApproach(facts: PersonaFacts): string {
	const { codes, category } = personaApproach(facts);
	return codes.map((code) => APPROACH_TEXTS[code](category ?? '')).join(' ');
}

/** Each suggestion in English (a category mailing names the category). */
const APPROACH_TEXTS: Record<ApproachCode, (category: string) => string> = {
	winBack: () => 'Win them back now: a personal note asking what changed, and a reason to return.',
	reactivate: () =>
		'Low-cost reactivation: one or two automated win-back emails, then stop spending on them.',
	secondPurchase: () =>
		'Second-purchase offer within 30 days of the first order, with a short welcome series.',
	reward: () =>
		'Reward and protect: early access, loyalty perks, and an account review every quarter asking what else they need.',
	promoCalendar: () =>
		'Put them on the promo calendar; test bundles and smaller discounts rather than deeper cuts.',
	categoryMailing: (category) =>
		`Category mailings about ${category}, and one neighbouring category to try.`,
	recommend: () => 'Recommendations across the range and new arrivals where they already buy.',
	service: () => 'Lead with service and new arrivals, not discounts.',
	bundles: () => 'Bundles and premium lines; make large orders easy.',
	checkCost: () =>
		'Check their service cost against what they bring (segment ROI) before investing more.',
	referral: () => 'A referral or ambassador programme: their reach brings others.',
	newsletter: () => 'Keep them in the regular newsletter and watch which segment they move to.'
};

/**
 * The suggested approach as codes (`suggestApproach` tells them in English): at most two, the
 * most specific first; `newsletter` when no rule applies.
 */
export function personaApproach(facts: PersonaFacts): PersonaApproach {
	const words = new Set(
		facts.traits
			.map((trait) => traitWord(trait, facts.medianOrders))
			.filter((word): word is string => word !== null)
	);
	if (facts.lapsingShare >= 0.5) words.add('lapsing');
	const has = (word: string) => words.has(word);
	const isLapsed = has('lapsed') || has('lapsing');
	const valuable = has('frequent') || has('high-value');
	const category = facts.favouriteCategory?.name ?? null;
	const rules: [boolean, ApproachCode][] = [
		[isLapsed && valuable, 'winBack'],
		[isLapsed && !valuable, 'reactivate'],
		[has('one-time') && has('recent'), 'secondPurchase'],
		[valuable && !isLapsed, 'reward'],
		[has('discount-driven'), 'promoCalendar'],
		[has('single-category') && category !== null, 'categoryMailing'],
		[has('wide-ranging'), 'recommend'],
		[has('full-price'), 'service'],
		[has('big-basket'), 'bundles'],
		[has('high-maintenance'), 'checkCost'],
		[has('influential'), 'referral']
	];
	const chosen = rules.filter(([applies]) => applies).map(([, code]) => code);
	const codes: ApproachCode[] = chosen.length === 0 ? ['newsletter'] : chosen.slice(0, 2);
	return { codes, category: codes.includes('categoryMailing') ? category : null };
}
