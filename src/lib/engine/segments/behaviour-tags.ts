/**
 * Family 4 of `shared/DOMAIN.md`: behaviour trait tags. A customer can carry any number of tags;
 * a tag whose column is missing from the data says so (`unavailable`) instead of tagging no one.
 */
import { findAttribute, type CustomerTable } from '../customers/customer-table';
import { monthDayOf } from '../tables/calendar';
import { quantiles } from '../tables/quantile';

/** A yearly window of days, both ends included; `from` after `to` wraps over the new year. */
export interface HolidayWindow {
	name: string;
	/** `MM-DD`. */
	from: string;
	/** `MM-DD`. */
	to: string;
}

export interface BehaviourTagOptions {
	/** Discount seeker: discounted orders ÷ orders ≥ this; default 0.5. */
	discountSeekerMinShare?: number;
	/** Specific needs: share of spend in the top category ≥ this; default 0.8. */
	specificNeedsMinConcentration?: number;
	/** Specific needs: at least this many orders; default 2. */
	specificNeedsMinOrders?: number;
	/** Special occasion: share of orders in the top calendar month (or in holiday windows) ≥ this;
	 * default 0.7. */
	specialOccasionMinShare?: number;
	/** Special occasion: at least this many orders; default 2. */
	specialOccasionMinOrders?: number;
	/** Special occasion by month: orders in at least this many calendar years; default 2. */
	specialOccasionMinYears?: number;
	/** Yearly holiday windows; a customer with ≥ the share of orders inside them (and enough
	 * orders) is special-occasion too. Default none. */
	holidayWindows?: HolidayWindow[];
	/** Influencer: the top this share by the influence attribute; default 0.05. */
	influencerTopShare?: number;
	/** Name of the numeric influence attribute; default the first matching /follower|influen|reach|fans|audience/i. */
	influenceAttribute?: string;
	/** High service effort: effort ≥ this; default 8. */
	highServiceEffortMin?: number;
	/** Name of the numeric service-effort attribute; default the first matching /effort/i. */
	serviceEffortAttribute?: string;
}

export const BEHAVIOUR_TAG_SLUGS = [
	'discount-seeker',
	'specific-needs',
	'special-occasion',
	'influencer',
	'high-service-effort'
] as const;
export type BehaviourTagSlug = (typeof BEHAVIOUR_TAG_SLUGS)[number];

export interface BehaviourTag {
	slug: BehaviourTagSlug;
	name: string;
	/** The rule with its thresholds, e.g. "discounted orders ≥ 50% of orders". */
	rule: string;
	/** 1 per tagged customer entry; null when unavailable. */
	mask: Uint8Array | null;
	count: number;
	/** Why the tag cannot be computed, e.g. 'needs a discount column'; null when it can. */
	unavailable: string | null;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
/** A cut point as people read it: at most two decimals (1384.2000000000007 → 1384.2). */
const cutText = (value: number) => String(Math.round(value * 100) / 100);

function parseMonthDay(text: string, where: string): number {
	const match = /^(\d{2})-(\d{2})$/.exec(text);
	const month = match ? Number(match[1]) : NaN;
	const dayOfMonth = match ? Number(match[2]) : NaN;
	if (!(month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31)) {
		throw new RangeError(`Holiday window ${where}: expected MM-DD, got ${JSON.stringify(text)}`);
	}
	return month * 100 + dayOfMonth;
}

/**
 * Checks holiday windows as `tagBehaviour` reads them (a list of { name, from: MM-DD, to: MM-DD });
 * throws a RangeError naming the window at fault. Settings from a link or a file are checked with
 * it before they are applied.
 */
export function validateHolidayWindows(windows: unknown): HolidayWindow[] {
	if (!Array.isArray(windows)) {
		throw new RangeError('Holiday windows must be a list of { name, from, to }.');
	}
	windows.forEach((window: unknown, k) => {
		const raw = (window ?? {}) as Record<string, unknown>;
		const where = typeof raw.name === 'string' ? `"${raw.name}"` : `${k + 1}`;
		if (typeof window !== 'object' || typeof raw.name !== 'string') {
			throw new RangeError(`Holiday window ${k + 1}: needs a name, from and to.`);
		}
		parseMonthDay(typeof raw.from === 'string' ? raw.from : String(raw.from), where);
		parseMonthDay(typeof raw.to === 'string' ? raw.to : String(raw.to), where);
	});
	return windows as HolidayWindow[];
}

/** Whether a `month * 100 + day` value lies in any window (windows as [from, to] pairs). */
function isInWindows(monthDay: number, windows: [number, number][]): boolean {
	for (const [from, to] of windows) {
		if (from <= to ? monthDay >= from && monthDay <= to : monthDay >= from || monthDay <= to) {
			return true;
		}
	}
	return false;
}

/**
 * Tags every customer with the behaviour traits of `shared/DOMAIN.md` family 4 (thresholds from
 * options). Throws a RangeError for a malformed holiday window.
 */
export function tagBehaviour(
	customers: CustomerTable,
	options: BehaviourTagOptions = {}
): BehaviourTag[] {
	const n = customers.count;
	const discountMin = options.discountSeekerMinShare ?? 0.5;
	const nicheMin = options.specificNeedsMinConcentration ?? 0.8;
	const nicheOrders = options.specificNeedsMinOrders ?? 2;
	const occasionMin = options.specialOccasionMinShare ?? 0.7;
	const occasionOrders = options.specialOccasionMinOrders ?? 2;
	const occasionYears = options.specialOccasionMinYears ?? 2;
	const influencerTop = options.influencerTopShare ?? 0.05;
	const effortMin = options.highServiceEffortMin ?? 8;
	const windows = (options.holidayWindows ?? []).map((window): [number, number] => [
		parseMonthDay(window.from, `"${window.name}"`),
		parseMonthDay(window.to, `"${window.name}"`)
	]);

	const tag = (
		slug: BehaviourTagSlug,
		name: string,
		rule: string,
		unavailable: string | null,
		test: ((i: number) => boolean) | null
	): BehaviourTag => {
		if (unavailable !== null || !test)
			return { slug, name, rule, mask: null, count: 0, unavailable };
		const mask = new Uint8Array(n);
		let count = 0;
		for (let i = 0; i < n; i++) {
			if (test(i)) {
				mask[i] = 1;
				count++;
			}
		}
		return { slug, name, rule, mask, count, unavailable: null };
	};

	const discountShare = customers.discountShare;
	const concentration = customers.categoryConcentration;

	let inWindowShare: Float64Array | null = null;
	if (windows.length > 0) {
		inWindowShare = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			let inside = 0;
			for (let at = customers.orderStart[i]; at < customers.orderStart[i + 1]; at++) {
				if (isInWindows(monthDayOf(customers.orderDay[at]), windows)) inside++;
			}
			inWindowShare[i] = inside / customers.orders[i];
		}
	}
	const windowShare = inWindowShare;

	const influence = options.influenceAttribute
		? findAttribute(
				customers,
				new RegExp(`^${escapeRegExp(options.influenceAttribute)}$`),
				'numeric'
			)
		: findAttribute(customers, /follower|influen|reach|fans|audience/i, 'numeric');
	let influenceCut = NaN;
	if (influence && influence.kind === 'numeric') {
		influenceCut = quantiles(influence.values, [1 - influencerTop])[0];
	}
	const effort = options.serviceEffortAttribute
		? findAttribute(
				customers,
				new RegExp(`^${escapeRegExp(options.serviceEffortAttribute)}$`),
				'numeric'
			)
		: findAttribute(customers, /effort/i, 'numeric');

	return [
		tag(
			'discount-seeker',
			'Discount seeker',
			`discounted orders ≥ ${percent(discountMin)} of orders`,
			discountShare ? null : 'needs a discount column',
			discountShare ? (i) => discountShare[i] >= discountMin : null
		),
		tag(
			'specific-needs',
			'Specific needs',
			`≥ ${percent(nicheMin)} of spend in one category, ≥ ${nicheOrders} orders`,
			concentration ? null : 'needs a category column',
			concentration
				? (i) => customers.orders[i] >= nicheOrders && concentration[i] >= nicheMin
				: null
		),
		tag(
			'special-occasion',
			'Special occasion',
			`≥ ${percent(occasionMin)} of orders in one calendar month over ≥ ${occasionYears} years` +
				(windows.length > 0 ? ' or inside the holiday windows' : '') +
				`, ≥ ${occasionOrders} orders`,
			null,
			(i) =>
				customers.orders[i] >= occasionOrders &&
				((customers.seasonality[i] >= occasionMin && customers.orderYears[i] >= occasionYears) ||
					(windowShare !== null && windowShare[i] >= occasionMin))
		),
		tag(
			'influencer',
			'Influencer',
			influence
				? `top ${percent(influencerTop)} by ${influence.name} (≥ ${cutText(influenceCut)})`
				: `top ${percent(influencerTop)} by an influence attribute`,
			influence ? null : 'needs an influence attribute (e.g. followers) in the customers file',
			influence && influence.kind === 'numeric'
				? (i) => influence.values[i] >= influenceCut && influence.values[i] > 0
				: null
		),
		tag(
			'high-service-effort',
			'High service effort',
			effort ? `${effort.name} ≥ ${effortMin}` : `service effort ≥ ${effortMin}`,
			effort ? null : 'needs a service-effort attribute in the customers file',
			effort && effort.kind === 'numeric' ? (i) => effort.values[i] >= effortMin : null
		)
	];
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The slugs of the available tags customer entry `index` carries. */
export function tagsOf(tags: readonly BehaviourTag[], index: number): BehaviourTagSlug[] {
	return tags.filter((tag) => tag.mask !== null && tag.mask[index] === 1).map((tag) => tag.slug);
}
