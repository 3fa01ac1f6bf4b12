import type { CustomerTable } from '../customers/customer-table';
import { sortedFinite, quantileSorted } from '../tables/quantile';
import { namePersonasWithParts, type PersonaNameParts, type PersonaTrait } from './name-persona';
import { personaFeatures, type PersonaFeatureMatrix } from './persona-features';
import {
	formatCount,
	formatShare,
	personaApproach,
	personaStoryFacts,
	standInName,
	suggestApproach,
	writePersonaStory,
	type DominantAttribute,
	type PersonaApproach,
	type PersonaFacts,
	type PersonaStoryFacts
} from './persona-story';

/** Typical (median) values of a persona's customers; null where the data has no such column. */
export interface PersonaMedians {
	orders: number;
	value: number;
	netRevenue: number;
	profit: number | null;
	averageOrderValue: number;
	recencyDays: number;
	tenureDays: number;
	/** Days from first to last order. */
	activeDays: number;
	/** Mean gap between orders, over members with two orders or more; null when none has. */
	gapDays: number | null;
	discountShare: number | null;
	categoryConcentration: number | null;
	/** Per numeric attribute of the customers file: the median over members who have a value. */
	attributes: Record<string, number>;
}

export interface PersonaCard {
	index: number;
	name: string;
	/** The name's parts (for the interface's languages). */
	nameParts: PersonaNameParts;
	/** The stand-in first name the story uses. */
	alias: string;
	customers: number;
	customerShare: number;
	/** Share of the table's total value (revenue, or profit when that is the basis). */
	valueShare: number;
	/** Share of total profit; null without a cost column. */
	profitShare: number | null;
	/** Share of members whose current gap exceeds twice their own mean gap (DOMAIN.md's lapsing tag). */
	lapsingShare: number;
	medians: PersonaMedians;
	/** Per clustered feature: persona mean − population mean in standard deviations (charts, naming). */
	profile: PersonaTrait[];
	/** Phrases such as "62% in London", "mostly 30–39", most distinctive first. */
	dominantAttributes: string[];
	/** The same attributes as facts, in the same order (for the interface's languages). */
	dominant: DominantAttribute[];
	/** Categories most members spend most on: share = members whose top category it is. */
	favouriteCategories: { name: string; share: number }[];
	/** The channel most members use most, with the share of members for whom it is. */
	channel: { name: string; share: number } | null;
	story: string;
	/** What the story tells, for the interface to tell it in its language. */
	storyFacts: PersonaStoryFacts;
	approach: string;
	/** The approach's suggestions by code (the interface's languages). */
	approachCodes: PersonaApproach;
}

export interface DescribePersonasOptions {
	/** The matrix the personas were clustered on; its features become the profile. Default: `personaFeatures(customers)`. */
	features?: PersonaFeatureMatrix;
	/** Names of category codes (`orders.category.values`), for favourite categories. */
	categoryNames?: string[] | null;
	/** Names of channel codes (`orders.channel.values`). */
	channelNames?: string[] | null;
}

const AGE = /(^|[^a-z])(age|alter|edad)([^a-z]|$)/i;
const LOCATION = /city|town|country|region|state|location|area|place|county|province|postcode|zip/i;
const MAX_DOMINANT = 4;

function median(values: ArrayLike<number>, mask: Uint8Array, persona: number): number {
	return quantileSorted(sortedFinite(values, mask, persona), 0.5);
}

/**
 * Persona cards for a clustering: size, value and profit share, medians, a distinctive-features
 * profile, dominant attributes, favourite categories and channel, a distinct name (`namePersonas`),
 * a story written from the medians (`writePersonaStory`) and an approach. Throws when k > 255.
 */
export function describePersonas(
	customers: CustomerTable,
	assignments: Int32Array,
	k: number,
	options: DescribePersonasOptions = {}
): PersonaCard[] {
	const n = customers.count;
	if (assignments.length !== n) {
		throw new RangeError(`${assignments.length} assignments for ${n} customers`);
	}
	if (k > 255) throw new RangeError(`at most 255 personas, got ${k}`);
	const features = options.features ?? personaFeatures(customers);
	const persona = Uint8Array.from(assignments);
	const sizes = new Int32Array(k);
	for (const p of assignments) sizes[p]++;

	const totalValue = sum(customers.value);
	const totalProfit = customers.profit ? sum(customers.profit) : 0;
	const valueSums = groupSums(customers.value, assignments, k);
	const profitSums = customers.profit ? groupSums(customers.profit, assignments, k) : null;
	const activeDays = Int32Array.from(
		customers.lastOrderDay,
		(last, i) => last - customers.firstOrderDay[i]
	);
	const profiles = profileScores(features, assignments, sizes);
	const lapsing = lapsingIndicator(customers);
	const lapsingCounts = groupSums(lapsing, assignments, k);
	const lapsingOverall = sum(lapsing) / n;

	const drafts = Array.from({ length: k }, (_, p) => {
		const medians: PersonaMedians = {
			orders: median(customers.orders, persona, p),
			value: median(customers.value, persona, p),
			netRevenue: median(customers.netRevenue, persona, p),
			profit: customers.profit ? median(customers.profit, persona, p) : null,
			averageOrderValue: median(customers.averageOrderValue, persona, p),
			recencyDays: median(customers.recencyDays, persona, p),
			tenureDays: median(customers.tenureDays, persona, p),
			activeDays: median(activeDays, persona, p),
			gapDays: nullIfNaN(median(customers.meanGapDays, persona, p)),
			discountShare: customers.discountShare ? median(customers.discountShare, persona, p) : null,
			categoryConcentration: customers.categoryConcentration
				? median(customers.categoryConcentration, persona, p)
				: null,
			attributes: {}
		};
		for (const column of customers.attributes) {
			if (column.kind !== 'numeric') continue;
			const value = median(column.values, persona, p);
			if (Number.isFinite(value)) medians.attributes[column.name] = value;
		}
		const favouriteCategories =
			customers.topCategory && options.categoryNames
				? topCodes(customers.topCategory, persona, p, sizes[p], options.categoryNames, 3)
				: [];
		const channel =
			customers.topChannel && options.channelNames
				? (topCodes(customers.topChannel, persona, p, sizes[p], options.channelNames, 1)[0] ?? null)
				: null;
		return {
			index: p,
			customers: sizes[p],
			customerShare: n > 0 ? sizes[p] / n : 0,
			valueShare: totalValue !== 0 ? valueSums[p] / totalValue : 0,
			profitShare: profitSums && totalProfit !== 0 ? profitSums[p] / totalProfit : null,
			lapsingShare: sizes[p] > 0 ? lapsingCounts[p] / sizes[p] : 0,
			medians,
			profile: profiles[p],
			...dominantAttributes(customers, persona, p, sizes[p]),
			favouriteCategories,
			channel
		};
	});

	// Lapsing is not clustered on, but it names a persona as well as any clustered feature does.
	const lapsingSpread = Math.sqrt(lapsingOverall * (1 - lapsingOverall));
	const nameInputs = drafts.map((d) => ({
		traits: [
			...d.profile,
			{
				feature: 'lapsing',
				kind: 'behaviour' as const,
				score: lapsingSpread > 0 ? (d.lapsingShare - lapsingOverall) / lapsingSpread : 0
			}
		],
		medianOrders: d.medians.orders,
		isLapsing: d.lapsingShare >= 0.5
	}));
	const names = namePersonasWithParts(nameInputs);
	return drafts.map((draft, p) => {
		const ageColumn = customers.attributes.find((c) => c.kind === 'numeric' && AGE.test(c.name));
		const facts: PersonaFacts = {
			index: p,
			customers: draft.customers,
			customerShare: draft.customerShare,
			valueShare: draft.valueShare,
			valueBasis: customers.valueBasis,
			medianOrders: draft.medians.orders,
			medianValue: draft.medians.value,
			medianAov: draft.medians.averageOrderValue,
			medianRecencyDays: draft.medians.recencyDays,
			medianSpanDays: draft.medians.activeDays,
			medianGapDays: draft.medians.gapDays,
			lapsingShare: draft.lapsingShare,
			medianDiscountShare: draft.medians.discountShare,
			medianCategoryConcentration: draft.medians.categoryConcentration,
			favouriteCategory: draft.favouriteCategories[0] ?? null,
			channel: draft.channel,
			medianAge: ageColumn ? (draft.medians.attributes[ageColumn.name] ?? null) : null,
			dominantAttributes: draft.dominantAttributes,
			dominant: draft.dominant,
			traits: nameInputs[p].traits
		};
		return {
			...draft,
			name: names[p].name,
			nameParts: names[p].parts,
			alias: standInName(p),
			story: writePersonaStory(facts),
			storyFacts: personaStoryFacts(facts),
			approach: suggestApproach(facts),
			approachCodes: personaApproach(facts)
		};
	});
}

function nullIfNaN(x: number): number | null {
	return Number.isNaN(x) ? null : x;
}

/** 1 where a customer with two orders or more has gone over twice their own mean gap since the last. */
function lapsingIndicator(customers: CustomerTable): Float64Array {
	return Float64Array.from(customers.recencyDays, (recency, i) =>
		customers.orders[i] >= 2 && recency > 2 * customers.meanGapDays[i] ? 1 : 0
	);
}

function sum(values: ArrayLike<number>): number {
	let total = 0;
	for (let i = 0; i < values.length; i++) total += values[i];
	return total;
}

function groupSums(values: ArrayLike<number>, assignments: Int32Array, k: number): Float64Array {
	const sums = new Float64Array(k);
	for (let i = 0; i < assignments.length; i++) sums[assignments[i]] += values[i];
	return sums;
}

/** Per persona and feature: (persona mean − population mean) / population standard deviation, NaN left out. */
function profileScores(
	features: PersonaFeatureMatrix,
	assignments: Int32Array,
	sizes: Int32Array
): PersonaTrait[][] {
	const k = sizes.length;
	const profiles: PersonaTrait[][] = Array.from({ length: k }, () => []);
	features.columns.forEach((column, f) => {
		const source = features.sources[f];
		const sums = new Float64Array(k);
		const counts = new Int32Array(k);
		let total = 0;
		let count = 0;
		for (let i = 0; i < column.length; i++) {
			const x = column[i];
			if (!Number.isFinite(x)) continue;
			sums[assignments[i]] += x;
			counts[assignments[i]]++;
			total += x;
			count++;
		}
		const mean = count > 0 ? total / count : 0;
		let squares = 0;
		for (const x of column) if (Number.isFinite(x)) squares += (x - mean) * (x - mean);
		const deviation = count > 0 ? Math.sqrt(squares / count) : 0;
		for (let p = 0; p < k; p++) {
			const personaMean = counts[p] > 0 ? sums[p] / counts[p] : mean;
			const trait: PersonaTrait = {
				feature: source.feature,
				kind: source.kind,
				score: deviation > 0 ? (personaMean - mean) / deviation : 0
			};
			if (source.level !== undefined) {
				trait.level = source.level;
				// A one-hot column sums to the members holding the value; the share is of all the
				// persona's customers, those missing from the customers file included.
				trait.share = sizes[p] > 0 ? sums[p] / sizes[p] : 0;
			}
			profiles[p].push(trait);
		}
	});
	return profiles;
}

function topCodes(
	codes: Int32Array,
	persona: Uint8Array,
	p: number,
	size: number,
	names: string[],
	limit: number
): { name: string; share: number }[] {
	const counts = new Int32Array(names.length);
	for (let i = 0; i < codes.length; i++) if (persona[i] === p && codes[i] >= 0) counts[codes[i]]++;
	return Array.from(counts.keys())
		.filter((code) => counts[code] > 0)
		.sort((a, b) => counts[b] - counts[a] || a - b)
		.slice(0, limit)
		.map((code) => ({ name: names[code], share: size > 0 ? counts[code] / size : 0 }));
}

/**
 * The attributes that set a persona apart, as facts and their English phrases: a categorical
 * value held by ≥ 80% of it, by ≥ 50% and 10 points above the population, or by ≥ 25% and 1.5×
 * the population; an age band; a numeric attribute whose median differs from the population's by
 * ≥ 0.4 standard deviations. At most four, the most distinctive first.
 */
function dominantAttributes(
	customers: CustomerTable,
	persona: Uint8Array,
	p: number,
	size: number
): { dominantAttributes: string[]; dominant: DominantAttribute[] } {
	const found: { fact: DominantAttribute; strength: number }[] = [];
	const n = customers.count;
	for (const column of customers.attributes) {
		if (column.kind === 'categorical') {
			const inPersona = new Int32Array(column.values.length);
			const overall = new Int32Array(column.values.length);
			for (let i = 0; i < n; i++) {
				const code = column.codes[i];
				if (code < 0) continue;
				overall[code]++;
				if (persona[i] === p) inPersona[code]++;
			}
			let top = -1;
			for (let code = 0; code < inPersona.length; code++) {
				if (top < 0 || inPersona[code] > inPersona[top]) top = code;
			}
			if (top < 0 || size === 0) continue;
			const share = inPersona[top] / size;
			const populationShare = overall[top] / n;
			const isDominant =
				share >= 0.8 ||
				(share >= 0.5 && share - populationShare >= 0.1) ||
				(share >= 0.25 && share >= 1.5 * populationShare);
			if (!isDominant) continue;
			const level = column.values[top];
			// A bare "70% yes" or "55% 3" would not say what it is about.
			const isBare = level.length <= 3 || /^(yes|no|true|false|[\d.,]+)$/i.test(level);
			const fact: DominantAttribute = LOCATION.test(column.name)
				? { kind: 'place', share, level }
				: { kind: 'level', share, level, attribute: isBare ? readable(column.name) : null };
			found.push({ fact, strength: share - populationShare });
			continue;
		}
		const values = sortedFinite(column.values, persona, p);
		if (values.length === 0) continue;
		if (AGE.test(column.name)) {
			found.push({ fact: ageBand(values), strength: Infinity });
			continue;
		}
		const all = sortedFinite(column.values);
		const spread = standardDeviation(all);
		const personaMedian = quantileSorted(values, 0.5);
		const populationMedian = quantileSorted(all, 0.5);
		const score = spread > 0 ? (personaMedian - populationMedian) / spread : 0;
		if (Math.abs(score) < 0.4) continue;
		found.push({
			fact: {
				kind: 'median',
				attribute: readable(column.name),
				median: roundForPhrase(personaMedian),
				population: roundForPhrase(populationMedian)
			},
			strength: Math.abs(score)
		});
	}
	const dominant = found
		.sort((a, b) => b.strength - a.strength)
		.slice(0, MAX_DOMINANT)
		.map((item) => item.fact);
	return { dominantAttributes: dominant.map(dominantPhrase), dominant };
}

/** A dominant attribute in English: "62% in London", "mostly 30–39", "median age 41 (all customers: 38)". */
export function dominantPhrase(fact: DominantAttribute): string {
	switch (fact.kind) {
		case 'place':
			return `${formatShare(fact.share)} in ${fact.level}`;
		case 'level':
			return fact.attribute !== null
				? `${formatShare(fact.share)} ${fact.attribute}: ${fact.level}`
				: `${formatShare(fact.share)} ${fact.level}`;
		case 'ageDecade':
			return `mostly ${fact.from}–${fact.to}`;
		case 'ageMiddle':
			return `aged ${fact.low}–${fact.high} (middle half)`;
		case 'median':
			return `median ${fact.attribute} ${formatNumber(fact.median)} (all customers: ${formatNumber(fact.population)})`;
	}
}

/** "mostly 30–39" when one decade holds half the persona, else the middle half "aged 28–45". */
function ageBand(sortedAges: Float64Array): DominantAttribute {
	const decades = new Map<number, number>();
	for (const age of sortedAges) {
		const decade = Math.floor(age / 10) * 10;
		decades.set(decade, (decades.get(decade) ?? 0) + 1);
	}
	let best = 0;
	let bestCount = -1;
	for (const [decade, count] of decades) {
		if (count > bestCount) {
			best = decade;
			bestCount = count;
		}
	}
	if (bestCount >= 0.5 * sortedAges.length) return { kind: 'ageDecade', from: best, to: best + 9 };
	const low = Math.round(quantileSorted(sortedAges, 0.25));
	const high = Math.round(quantileSorted(sortedAges, 0.75));
	return { kind: 'ageMiddle', low, high };
}

function standardDeviation(values: Float64Array): number {
	if (values.length === 0) return 0;
	const mean = sum(values) / values.length;
	let squares = 0;
	for (const x of values) squares += (x - mean) * (x - mean);
	return Math.sqrt(squares / values.length);
}

/** A column name as words: `service_effort` → "service effort". */
function readable(name: string): string {
	return name.replace(/[_-]+/g, ' ').trim().toLowerCase();
}

/** A figure as its phrase shows it: whole from 100 up, else one decimal. */
function roundForPhrase(x: number): number {
	return Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 10) / 10;
}

function formatNumber(x: number): string {
	return Math.abs(x) >= 100 ? formatCount(x) : String(x);
}
