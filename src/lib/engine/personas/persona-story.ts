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
	traits: PersonaTrait[];
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

/** A number of days in the unit a person would use: days, weeks, months or years. */
export function formatDuration(days: number): string {
	const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
	if (days < 14) return plural(Math.round(days), 'day');
	if (days < 61) return plural(Math.round(days / 7), 'week');
	if (days < 730) return plural(Math.round(days / 30.44), 'month');
	const years = Math.round((days / 365.25) * 10) / 10;
	return `${years} years`;
}

function channelPhrase(channel: string): string {
	if (/online|web|internet|e-?commerce|app|shop ?online/i.test(channel)) return 'online';
	if (/store|shop|retail|in.?person|branch|till/i.test(channel)) return 'in store';
	if (/phone|call|tele/i.test(channel)) return 'by phone';
	return `via ${channel}`;
}

/**
 * A one-paragraph story of a persona's typical member: orders, timing, spend, discount habit,
 * favourite category, channel, then the group's size and value share and its dominant attributes.
 * Every figure comes from `facts`; the first name is a stand-in.
 */
export function writePersonaStory(facts: PersonaFacts): string {
	const who = standInName(facts.index);
	const opener = facts.medianAge !== null ? `${who}, ${Math.round(facts.medianAge)},` : who;
	const orders = Math.round(facts.medianOrders);
	const recency = formatDuration(facts.medianRecencyDays);
	let buying: string;
	if (orders <= 1) {
		buying = `${opener} has ordered once, ${recency} ago, spending ${formatAmount(facts.medianValue)}`;
	} else {
		const span =
			facts.medianSpanDays !== null && facts.medianSpanDays >= 1
				? ` over ${formatDuration(facts.medianSpanDays)}`
				: '';
		const usual =
			facts.medianGapDays !== null && facts.medianGapDays >= 1
				? ` (usually one every ${formatDuration(facts.medianGapDays).replace(/^1 /, '')})`
				: '';
		buying =
			`${opener} has placed ${orders} orders${span}, the last ${recency} ago${usual}, ` +
			`spending about ${formatAmount(facts.medianAov)} an order and ${formatAmount(facts.medianValue)} in all`;
	}
	const habits: string[] = [];
	if (facts.medianDiscountShare !== null) {
		const share = facts.medianDiscountShare;
		if (share >= 0.5) habits.push('mostly with a discount');
		else if (share > 0) habits.push(`with a discount on ${formatShare(share)} of orders`);
		else habits.push('at full price');
	}
	if (facts.favouriteCategory) {
		const focused = (facts.medianCategoryConcentration ?? 0) >= 0.8;
		habits.push(
			`${focused ? 'almost all of it' : 'most often'} on ${facts.favouriteCategory.name}`
		);
	}
	const sentences = [`${buying}${habits.length ? `, ${habits.join(', ')}` : ''}.`];
	if (facts.channel && facts.channel.share >= 0.5) {
		sentences.push(`Buys ${channelPhrase(facts.channel.name)}.`);
	}
	const basis = facts.valueBasis === 'profit' ? 'profit' : 'revenue';
	let group =
		`${who} stands for ${formatCount(facts.customers)} customers (${formatShare(facts.customerShare)}), ` +
		`who bring ${formatShare(facts.valueShare)} of ${basis}`;
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
	const words = new Set(
		facts.traits
			.map((trait) => traitWord(trait, facts.medianOrders))
			.filter((word): word is string => word !== null)
	);
	if (facts.lapsingShare >= 0.5) words.add('lapsing');
	const has = (word: string) => words.has(word);
	const isLapsed = has('lapsed') || has('lapsing');
	const valuable = has('frequent') || has('high-value');
	const category = facts.favouriteCategory?.name;
	const rules: [boolean, string][] = [
		[
			isLapsed && valuable,
			'Win them back now: a personal note asking what changed, and a reason to return.'
		],
		[
			isLapsed && !valuable,
			'Low-cost reactivation: one or two automated win-back emails, then stop spending on them.'
		],
		[
			has('one-time') && has('recent'),
			'Second-purchase offer within 30 days of the first order, with a short welcome series.'
		],
		[
			valuable && !isLapsed,
			'Reward and protect: early access, loyalty perks, and an account review every quarter asking what else they need.'
		],
		[
			has('discount-driven'),
			'Put them on the promo calendar; test bundles and smaller discounts rather than deeper cuts.'
		],
		[
			has('single-category') && category !== undefined,
			`Category mailings about ${category}, and one neighbouring category to try.`
		],
		[
			has('wide-ranging'),
			'Recommendations across the range and new arrivals where they already buy.'
		],
		[has('full-price'), 'Lead with service and new arrivals, not discounts.'],
		[has('big-basket'), 'Bundles and premium lines; make large orders easy.'],
		[
			has('high-maintenance'),
			'Check their service cost against what they bring (segment ROI) before investing more.'
		],
		[has('influential'), 'A referral or ambassador programme: their reach brings others.']
	];
	const chosen = rules.filter(([applies]) => applies).map(([, text]) => text);
	if (chosen.length === 0) {
		return 'Keep them in the regular newsletter and watch which segment they move to.';
	}
	return chosen.slice(0, 2).join(' ');
}
