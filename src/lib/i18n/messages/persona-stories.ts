/**
 * The persona texts Sieve writes — names, stories, who they are and the suggested approach — told
 * from the engine's facts (`PersonaCard.nameParts`, `storyFacts`, `dominant`, `approachCodes`) in
 * the reader's language. The English follows the engine's own English (the CLI's), with the data's
 * currency; values from the data (places, categories, column names) stay as written, isolated.
 */
import { formatDecimal, formatInteger, formatMoney, formatShare } from '../format';
import { plural } from '../plural';

/** A length of time in the unit the story tells it in (`StoryDuration`). */
export interface Duration {
	count: number;
	unit: 'day' | 'week' | 'month' | 'year';
}

/** An attribute that sets a persona apart (`DominantAttribute`). */
export type Dominant =
	| { kind: 'place'; share: number; level: string }
	| { kind: 'level'; share: number; level: string; attribute: string | null }
	| { kind: 'ageDecade'; from: number; to: number }
	| { kind: 'ageMiddle'; low: number; high: number }
	| { kind: 'median'; attribute: string; median: number; population: number };

/** What a story tells (`PersonaStoryFacts`). */
export interface StoryFacts {
	alias: string;
	age: number | null;
	orders: number;
	recency: Duration;
	span: Duration | null;
	gap: Duration | null;
	orderValue: number;
	value: number;
	discountShare: number | null;
	category: { name: string; focused: boolean } | null;
	channel: { name: string; kind: 'online' | 'store' | 'phone' | 'other' } | null;
	customers: number;
	customerShare: number;
	valueShare: number;
	valueBasis: 'revenue' | 'profit';
}

/** A part of a persona's name (`NamePart`). */
export type NamePart =
	| { kind: 'word'; word: string }
	| { kind: 'level'; level: string; place: boolean }
	| { kind: 'attribute'; attribute: string; high: boolean };

/** A value from the data kept whole in a sentence (first strong isolate … pop). */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** An amount as the story tells it: whole units from 10 up, else with cents (the engine's rule). */
const amount = (value: number) => formatMoney(value, undefined, Math.abs(value) >= 10 ? 0 : 2);

/** A share as the story tells it: one decimal below 10%, whole numbers above. */
const share = (value: number) => formatShare(value, value < 0.1 ? 1 : 0);

/** A figure of a median attribute: whole from 100 up, else as given (one decimal at most). */
const figure = (value: number) =>
	Math.abs(value) >= 100 ? formatInteger(value) : formatDecimal(value);

const englishDuration = ({ count, unit }: Duration) =>
	unit === 'year'
		? `${formatDecimal(count)} years`
		: `${formatInteger(count)} ${plural(count, unit, `${unit}s`)}`;

const URDU_UNITS: Record<Duration['unit'], [one: string, many: string]> = {
	day: ['دن', 'دن'],
	week: ['ہفتہ', 'ہفتے'],
	month: ['مہینہ', 'مہینے'],
	year: ['سال', 'سال']
};

/** "every day / week / month / year": the oblique singular after ہر. */
const URDU_EVERY: Record<Duration['unit'], string> = {
	day: 'دن',
	week: 'ہفتے',
	month: 'مہینے',
	year: 'سال'
};

const urduDuration = ({ count, unit }: Duration) =>
	`${unit === 'year' ? formatDecimal(count) : formatInteger(count)} ${URDU_UNITS[unit][count === 1 ? 0 : 1]}`;

/** The fixed words of a name (`BEHAVIOUR_WORDS`, `ATTRIBUTE_WORDS`), by their English. */
const ENGLISH_WORDS: Record<string, string> = {
	lapsing: 'lapsing',
	'high-value': 'high-value',
	'low-value': 'low-value',
	frequent: 'frequent',
	occasional: 'occasional',
	'one-time': 'one-time',
	lapsed: 'lapsed',
	recent: 'recent',
	'big-basket': 'big-basket',
	'small-basket': 'small-basket',
	'discount-driven': 'discount-driven',
	'full-price': 'full-price',
	'single-category': 'single-category',
	'wide-ranging': 'wide-ranging',
	older: 'older',
	younger: 'younger',
	influential: 'influential',
	'high-maintenance': 'high-maintenance',
	'low-maintenance': 'low-maintenance',
	'well-resourced': 'well-resourced',
	'small-budget': 'small-budget',
	'problem-prone': 'problem-prone'
};

const URDU_WORDS: typeof ENGLISH_WORDS = {
	lapsing: 'دور ہوتے',
	'high-value': 'قیمتی',
	'low-value': 'کم قدر',
	frequent: 'باقاعدہ',
	occasional: 'کبھی کبھار کے',
	'one-time': 'ایک بار کے',
	lapsed: 'چھوڑ جانے والے',
	recent: 'نئے',
	'big-basket': 'بڑے آرڈر والے',
	'small-basket': 'چھوٹے آرڈر والے',
	'discount-driven': 'رعایت کے متلاشی',
	'full-price': 'پوری قیمت والے',
	'single-category': 'ایک ہی قسم کے',
	'wide-ranging': 'ہر قسم کے',
	older: 'بڑی عمر کے',
	younger: 'کم عمر',
	influential: 'بااثر',
	'high-maintenance': 'زیادہ توجہ مانگنے والے',
	'low-maintenance': 'کم توجہ مانگنے والے',
	'well-resourced': 'وسائل والے',
	'small-budget': 'کم بجٹ والے',
	'problem-prone': 'مسائل والے'
};

export const en = {
	/** A persona's name from its parts: "Frequent full-price buyers", "London-based buyers 2". */
	name: (parts: NamePart[], number: number | null) => {
		const words = parts.map((part) => {
			if (part.kind === 'word') return ENGLISH_WORDS[part.word] ?? part.word;
			if (part.kind === 'level') return part.place ? `${part.level}-based` : part.level;
			return `${part.high ? 'high' : 'low'}-${part.attribute}`;
		});
		const phrase = words.length === 0 ? 'typical buyers' : `${words.join(' ')} buyers`;
		const name = phrase.charAt(0).toUpperCase() + phrase.slice(1);
		return number === null ? name : `${name} ${formatInteger(number)}`;
	},
	/** The stand-in first name as the story writes it. */
	alias: (alias: string) => alias,
	/** One attribute that sets the persona apart. */
	dominant: (fact: Dominant) => {
		switch (fact.kind) {
			case 'place':
				return `${share(fact.share)} in ${isolate(fact.level)}`;
			case 'level':
				return fact.attribute !== null
					? `${share(fact.share)} ${isolate(fact.attribute)}: ${isolate(fact.level)}`
					: `${share(fact.share)} ${isolate(fact.level)}`;
			case 'ageDecade':
				return `mostly ${formatInteger(fact.from)}–${formatInteger(fact.to)}`;
			case 'ageMiddle':
				return `aged ${formatInteger(fact.low)}–${formatInteger(fact.high)} (middle half)`;
			case 'median':
				return `median ${isolate(fact.attribute)} ${figure(fact.median)} (all customers: ${figure(fact.population)})`;
		}
	},
	/** Between the attributes of the "Who" line. */
	dominantSeparator: '; ',
	/** The story of a persona's typical member; `who` is the dominant attributes already told. */
	story: (f: StoryFacts, who: string[]) => {
		const name = isolate(f.alias);
		const opener = f.age !== null ? `${name}, ${formatInteger(f.age)},` : name;
		let buying: string;
		if (f.orders <= 1) {
			buying = `${opener} has ordered once, ${englishDuration(f.recency)} ago, spending ${amount(f.value)}`;
		} else {
			const span = f.span ? ` over ${englishDuration(f.span)}` : '';
			const usual = f.gap
				? ` (usually one every ${f.gap.count === 1 ? f.gap.unit : englishDuration(f.gap)})`
				: '';
			buying =
				`${opener} has placed ${formatInteger(f.orders)} orders${span}, the last ${englishDuration(f.recency)} ago${usual}, ` +
				`spending about ${amount(f.orderValue)} an order and ${amount(f.value)} in all`;
		}
		const habits: string[] = [];
		if (f.discountShare !== null) {
			if (f.discountShare >= 0.5) habits.push('mostly with a discount');
			else if (f.discountShare > 0)
				habits.push(`with a discount on ${share(f.discountShare)} of orders`);
			else habits.push('at full price');
		}
		if (f.category)
			habits.push(
				`${f.category.focused ? 'almost all of it' : 'most often'} on ${isolate(f.category.name)}`
			);
		const sentences = [`${buying}${habits.length ? `, ${habits.join(', ')}` : ''}.`];
		if (f.channel) {
			const how = {
				online: 'online',
				store: 'in store',
				phone: 'by phone',
				other: `via ${isolate(f.channel.name)}`
			}[f.channel.kind];
			sentences.push(`Buys ${how}.`);
		}
		const among = who.length ? `; among them ${who.join(', ')}` : '';
		sentences.push(
			`${name} stands for ${formatInteger(f.customers)} customers (${share(f.customerShare)}), ` +
				`who bring ${share(f.valueShare)} of ${f.valueBasis}${among}.`
		);
		return sentences.join(' ');
	},
	/** The suggestions of the approach, by code (`ApproachCode`). */
	approach: {
		winBack: 'Win them back now: a personal note asking what changed, and a reason to return.',
		reactivate:
			'Low-cost reactivation: one or two automated win-back emails, then stop spending on them.',
		secondPurchase:
			'Second-purchase offer within 30 days of the first order, with a short welcome series.',
		reward:
			'Reward and protect: early access, loyalty perks, and an account review every quarter asking what else they need.',
		promoCalendar:
			'Put them on the promo calendar; test bundles and smaller discounts rather than deeper cuts.',
		categoryMailing: (category: string) =>
			`Category mailings about ${isolate(category)}, and one neighbouring category to try.`,
		recommend: 'Recommendations across the range and new arrivals where they already buy.',
		service: 'Lead with service and new arrivals, not discounts.',
		bundles: 'Bundles and premium lines; make large orders easy.',
		checkCost:
			'Check their service cost against what they bring (segment ROI) before investing more.',
		referral: 'A referral or ambassador programme: their reach brings others.',
		newsletter: 'Keep them in the regular newsletter and watch which segment they move to.'
	}
};

/** The stand-in names (`STAND_IN_NAMES`) written in Urdu letters. */
const URDU_NAMES: Record<string, string> = {
	Alex: 'ایلکس',
	Sam: 'سام',
	Robin: 'روبن',
	Jamie: 'جیمی',
	Charlie: 'چارلی',
	Morgan: 'مورگن',
	Taylor: 'ٹیلر',
	Jordan: 'جارڈن',
	Casey: 'کیسی',
	Riley: 'رائلی',
	Avery: 'ایوری',
	Quinn: 'کوئن',
	Drew: 'ڈریو',
	Reese: 'ریس',
	Jesse: 'جیسی',
	Rowan: 'روون',
	Emerson: 'ایمرسن',
	Harper: 'ہارپر',
	Sage: 'سیج',
	Kai: 'کائی'
};

/** "Alex" → "ایلکس", "Alex 2" → "ایلکس 2"; a name not in the list stays as written, isolated. */
function urduAlias(alias: string): string {
	const [first, number] = alias.split(' ');
	const name = URDU_NAMES[first];
	if (name === undefined) return isolate(alias);
	return number === undefined ? name : `${name} ${formatInteger(Number(number))}`;
}

export const ur: typeof en = {
	name: (parts, number) => {
		const words = parts.map((part) => {
			if (part.kind === 'word') return URDU_WORDS[part.word] ?? isolate(part.word);
			if (part.kind === 'level')
				return part.place ? `${isolate(part.level)} کے` : isolate(part.level);
			return `${part.high ? 'زیادہ' : 'کم'} ${isolate(part.attribute)} والے`;
		});
		const name = words.length === 0 ? 'عام خریدار' : `${words.join('، ')} خریدار`;
		return number === null ? name : `${name} ${formatInteger(number)}`;
	},
	alias: urduAlias,
	dominant: (fact) => {
		switch (fact.kind) {
			case 'place':
				return `${share(fact.share)} ${isolate(fact.level)} میں`;
			case 'level':
				return fact.attribute !== null
					? `${share(fact.share)} ${isolate(fact.attribute)}: ${isolate(fact.level)}`
					: `${share(fact.share)} ${isolate(fact.level)}`;
			case 'ageDecade':
				return `زیادہ تر ${formatInteger(fact.from)} سے ${formatInteger(fact.to)} سال کے`;
			case 'ageMiddle':
				return `درمیانی نصف کی عمر ${formatInteger(fact.low)} سے ${formatInteger(fact.high)} سال`;
			case 'median':
				return `وسطانی ${isolate(fact.attribute)} ${figure(fact.median)} (تمام گاہک: ${figure(fact.population)})`;
		}
	},
	dominantSeparator: '؛ ',
	story: (f, who) => {
		const name = urduAlias(f.alias);
		const opener = f.age !== null ? `${name} (عمر ${formatInteger(f.age)})` : name;
		const habits: string[] = [];
		if (f.discountShare !== null) {
			if (f.discountShare >= 0.5) habits.push('زیادہ تر رعایت پر');
			else if (f.discountShare > 0) habits.push(`${share(f.discountShare)} آرڈرز پر رعایت کے ساتھ`);
			else habits.push('پوری قیمت پر');
		}
		if (f.category)
			habits.push(
				`${f.category.focused ? 'تقریباً سب کچھ' : 'زیادہ تر'} ${isolate(f.category.name)} میں سے`
			);
		const how = habits.length ? `، ${habits.join('، ')}` : '';
		let buying: string;
		if (f.orders <= 1) {
			buying = `${opener} نے ${urduDuration(f.recency)} پہلے ایک بار آرڈر کیا اور ${amount(f.value)} خرچ کیے${how}۔`;
		} else {
			const span = f.span ? `${urduDuration(f.span)} میں ` : '';
			const usual = f.gap
				? f.gap.count === 1
					? ` (عموماً ہر ${URDU_EVERY[f.gap.unit]} ایک)`
					: ` (عموماً ہر ${urduDuration(f.gap)} میں ایک)`
				: '';
			buying =
				`${opener} نے ${span}${formatInteger(f.orders)} آرڈر دیے، آخری ${urduDuration(f.recency)} پہلے${usual}؛ ` +
				`فی آرڈر تقریباً ${amount(f.orderValue)} اور کل ${amount(f.value)} خرچ کیے${how}۔`;
		}
		const sentences = [buying];
		if (f.channel) {
			const where = {
				online: 'آن لائن خریدتے ہیں۔',
				store: 'دکان پر آ کر خریدتے ہیں۔',
				phone: 'فون پر خریدتے ہیں۔',
				other: `${isolate(f.channel.name)} کے ذریعے خریدتے ہیں۔`
			}[f.channel.kind];
			sentences.push(where);
		}
		const basis = f.valueBasis === 'profit' ? 'منافع' : 'آمدنی';
		const among = who.length ? `؛ ان میں ${who.join('، ')}` : '';
		sentences.push(
			`${name} ${formatInteger(f.customers)} گاہکوں (${share(f.customerShare)}) کی نمائندگی کرتے ہیں، ` +
				`جو ${share(f.valueShare)} ${basis} لاتے ہیں${among}۔`
		);
		return sentences.join(' ');
	},
	approach: {
		winBack:
			'انہیں ابھی واپس لائیں: ایک ذاتی پیغام جس میں پوچھیں کہ کیا بدلا، اور لوٹنے کی کوئی وجہ۔',
		reactivate: 'کم خرچ واپسی: ایک یا دو خودکار واپسی کی ای میلز، پھر ان پر خرچ بند کریں۔',
		secondPurchase:
			'پہلے آرڈر کے 30 دن کے اندر دوسری خریداری کی پیشکش، مختصر خوش آمدیدی پیغامات کے ساتھ۔',
		reward:
			'انعام دیں اور سنبھال کر رکھیں: پہلے رسائی، وفاداری کی مراعات، اور ہر سہ ماہی اکاؤنٹ کا جائزہ جس میں پوچھیں کہ انہیں اور کیا چاہیے۔',
		promoCalendar:
			'انہیں رعایتی مہمات کے کیلنڈر میں رکھیں؛ زیادہ کٹوتی کے بجائے بنڈل اور کم رعایتیں آزمائیں۔',
		categoryMailing: (category) =>
			`${isolate(category)} کے بارے میں ای میلز، اور آزمانے کے لیے ایک ملتی جلتی قسم۔`,
		recommend: 'پوری رینج سے سفارشات، اور جہاں وہ پہلے سے خریدتے ہیں وہاں نئی آمد۔',
		service: 'رعایتوں کے بجائے خدمت اور نئی آمد سے بات شروع کریں۔',
		bundles: 'بنڈل اور اعلیٰ معیار کی اشیا؛ بڑے آرڈر آسان بنائیں۔',
		checkCost:
			'مزید خرچ سے پہلے ان کی خدمت کی لاگت کا موازنہ اس سے کریں جو وہ لاتے ہیں (حصے کا ROI)۔',
		referral: 'حوالے یا سفیر کا پروگرام: ان کی رسائی دوسروں کو لاتی ہے۔',
		newsletter: 'انہیں باقاعدہ نیوز لیٹر میں رکھیں اور دیکھیں کہ وہ کس حصے میں جاتے ہیں۔'
	}
};
