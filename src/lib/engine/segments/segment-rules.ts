/**
 * Named RFM segments from an ordered rule table (`shared/DOMAIN.md` family 2): the first rule whose
 * R, F and M ranges all contain the customer's scores wins; customers no rule matches are "Others".
 * Rules are plain JSON: they travel in links and files, never the data.
 */
import type { RfmResult } from './rfm';

/** An inclusive score range [min, max], whole numbers 1–5. */
export type ScoreRange = [number, number];

export interface SegmentRule {
	/** Stable id for exports and `data-metric` names (lower-case, digits, dashes). */
	slug: string;
	name: string;
	/** `#rrggbb`. */
	colour: string;
	/** Suggested action (playbook text, editable). */
	action: string;
	recency: ScoreRange;
	frequency: ScoreRange;
	monetary: ScoreRange;
}

/** The segment customers get when no rule matches. */
export const OTHERS_SEGMENT: Omit<SegmentRule, 'recency' | 'frequency' | 'monetary'> = {
	slug: 'others',
	name: 'Others',
	colour: '#9e9e9e',
	action: 'Review individually; no campaign fits them yet.'
};

/** `shared/DOMAIN.md`'s default rule table, in order, with colours and suggested actions. */
export const DEFAULT_SEGMENT_RULES: readonly SegmentRule[] = [
	{
		slug: 'champions',
		name: 'Champions',
		colour: '#1b7837',
		action: 'Reward them and ask for referrals and reviews.',
		recency: [5, 5],
		frequency: [5, 5],
		monetary: [5, 5]
	},
	{
		slug: 'potential-loyalist',
		name: 'Potential Loyalist',
		colour: '#5aae61',
		action: 'Offer a loyalty programme or membership.',
		recency: [3, 5],
		frequency: [3, 5],
		monetary: [2, 5]
	},
	{
		slug: 'loyal-customers',
		name: 'Loyal Customers',
		colour: '#2166ac',
		action: 'Upsell higher-value products; reward and ask for referrals.',
		recency: [2, 4],
		frequency: [2, 4],
		monetary: [2, 4]
	},
	{
		slug: 'promising',
		name: 'Promising',
		colour: '#67a9cf',
		action: 'Category mailing built on what they bought first.',
		recency: [3, 4],
		frequency: [1, 3],
		monetary: [3, 5]
	},
	{
		slug: 'new-customers',
		name: 'New Customers',
		colour: '#a6dba0',
		action: 'Second-purchase offer and a warm welcome.',
		recency: [4, 5],
		frequency: [1, 3],
		monetary: [1, 5]
	},
	{
		slug: 'cant-lose-them',
		name: "Can't Lose Them",
		colour: '#b2182b',
		action: 'Win back personally: a call or a tailored offer.',
		recency: [1, 2],
		frequency: [3, 4],
		monetary: [4, 5]
	},
	{
		slug: 'at-risk',
		name: 'At Risk',
		colour: '#d6604d',
		action: 'Win-back campaign with offers based on past purchases.',
		recency: [1, 2],
		frequency: [2, 5],
		monetary: [4, 5]
	},
	{
		slug: 'need-attention',
		name: 'Need Attention',
		colour: '#f4a582',
		action: 'Limited-time offer on their favourite categories.',
		recency: [1, 3],
		frequency: [3, 5],
		monetary: [3, 5]
	},
	{
		slug: 'about-to-sleep',
		name: 'About To Sleep',
		colour: '#fddbc7',
		action: 'Promotion calendar: remind them with popular products.',
		recency: [2, 3],
		frequency: [1, 3],
		monetary: [1, 4]
	},
	{
		slug: 'lost',
		name: 'Lost',
		colour: '#762a83',
		action: 'Low-cost win-back once; otherwise let them go.',
		recency: [1, 1],
		frequency: [1, 5],
		monetary: [1, 5]
	}
];

export interface SegmentAssignment {
	/** Segment per customer entry: index into `rules`, or `rules.length` for Others. */
	segment: Uint8Array;
	/** Customers per segment, `rules.length + 1` entries (the last is Others). */
	counts: Int32Array;
	/** Slugs in the same order as `counts` (rules, then 'others'). */
	slugs: string[];
	names: string[];
}

function isInRange(score: number, range: ScoreRange): boolean {
	return score >= range[0] && score <= range[1];
}

/** Index of the first rule matching scores (r, f, m), or `rules.length` when none does. */
export function matchRule(rules: readonly SegmentRule[], r: number, f: number, m: number): number {
	for (let k = 0; k < rules.length; k++) {
		const rule = rules[k];
		if (isInRange(r, rule.recency) && isInRange(f, rule.frequency) && isInRange(m, rule.monetary)) {
			return k;
		}
	}
	return rules.length;
}

/**
 * One segment per customer: the first matching rule, else Others. Uses a lookup over the
 * bins³ score cells, so the cost per customer is constant. Throws with more than 254 rules.
 */
export function assignSegments(
	scores: RfmResult,
	rules: readonly SegmentRule[]
): SegmentAssignment {
	if (rules.length > 254) throw new RangeError('At most 254 segment rules are supported.');
	const b = scores.bins;
	const cell = new Uint8Array((b + 1) * (b + 1) * (b + 1));
	for (let r = 1; r <= b; r++) {
		for (let f = 1; f <= b; f++) {
			for (let m = 1; m <= b; m++)
				cell[(r * (b + 1) + f) * (b + 1) + m] = matchRule(rules, r, f, m);
		}
	}
	const n = scores.recency.length;
	const segment = new Uint8Array(n);
	const counts = new Int32Array(rules.length + 1);
	for (let i = 0; i < n; i++) {
		const k =
			cell[(scores.recency[i] * (b + 1) + scores.frequency[i]) * (b + 1) + scores.monetary[i]];
		segment[i] = k;
		counts[k]++;
	}
	return {
		segment,
		counts,
		slugs: [...rules.map((rule) => rule.slug), OTHERS_SEGMENT.slug],
		names: [...rules.map((rule) => rule.name), OTHERS_SEGMENT.name]
	};
}

export interface UnreachableRule {
	index: number;
	slug: string;
	/** 'outside-bins': no score cell of the rule exists with this many bins; 'shadowed': every
	 * cell it covers is taken by earlier rules. */
	reason: 'outside-bins' | 'shadowed';
	message: string;
}

/** Rules that can never match any customer with `bins` score bins, and why. */
export function findUnreachableRules(
	rules: readonly SegmentRule[],
	bins: number
): UnreachableRule[] {
	const found: UnreachableRule[] = [];
	rules.forEach((rule, index) => {
		let cells = 0;
		let free = 0;
		const earlier = rules.slice(0, index);
		for (let r = Math.max(1, rule.recency[0]); r <= Math.min(bins, rule.recency[1]); r++) {
			for (let f = Math.max(1, rule.frequency[0]); f <= Math.min(bins, rule.frequency[1]); f++) {
				for (let m = Math.max(1, rule.monetary[0]); m <= Math.min(bins, rule.monetary[1]); m++) {
					cells++;
					if (matchRule(earlier, r, f, m) === earlier.length) free++;
				}
			}
		}
		if (cells === 0) {
			found.push({
				index,
				slug: rule.slug,
				reason: 'outside-bins',
				message: `${rule.name} can never match: its ranges lie outside scores 1–${bins}.`
			});
		} else if (free === 0) {
			found.push({
				index,
				slug: rule.slug,
				reason: 'shadowed',
				message: `${rule.name} can never match: earlier rules take every score combination it covers.`
			});
		}
	});
	return found;
}

/**
 * Why a customer with scores (r, f, m) is in their segment, e.g.
 * "Champions: first rule that matches R5 F5 M5".
 */
export function explainSegment(
	rules: readonly SegmentRule[],
	r: number,
	f: number,
	m: number
): string {
	const k = matchRule(rules, r, f, m);
	const cell = `R${r} F${f} M${m}`;
	if (k === rules.length) return `${OTHERS_SEGMENT.name}: no rule matches ${cell}`;
	return `${rules[k].name}: first rule that matches ${cell}`;
}

export class SegmentRulesError extends Error {
	override name = 'SegmentRulesError';
}

/** Turns a name into a slug: lower case, ASCII letters and digits, dashes between words. */
export function slugify(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function readRange(value: unknown, where: string, field: string): ScoreRange {
	if (
		!Array.isArray(value) ||
		value.length !== 2 ||
		!value.every((x) => Number.isInteger(x) && x >= 1 && x <= 5)
	) {
		throw new SegmentRulesError(
			`${where}: ${field} must be [min, max] with whole numbers 1–5, got ${JSON.stringify(value)}`
		);
	}
	if (value[0] > value[1]) {
		throw new SegmentRulesError(
			`${where}: ${field} minimum ${value[0]} is above its maximum ${value[1]}`
		);
	}
	return [value[0], value[1]];
}

/**
 * Reads rules from JSON text or an already-parsed value: an array of rules or `{ rules: [...] }`.
 * Slug, colour and action are optional (derived or defaulted). Throws SegmentRulesError naming the
 * rule and the field at fault.
 */
export function parseSegmentRules(json: unknown): SegmentRule[] {
	let data: unknown = json;
	if (typeof json === 'string') {
		try {
			data = JSON.parse(json);
		} catch (error) {
			throw new SegmentRulesError(`Segment rules are not valid JSON: ${(error as Error).message}`);
		}
	}
	if (data && typeof data === 'object' && !Array.isArray(data) && 'rules' in data) {
		data = (data as { rules: unknown }).rules;
	}
	if (!Array.isArray(data)) {
		throw new SegmentRulesError(
			'Segment rules must be a list of rules (or an object with "rules").'
		);
	}
	if (data.length === 0) throw new SegmentRulesError('Segment rules: the list is empty.');
	if (data.length > 254) throw new SegmentRulesError('Segment rules: at most 254 rules.');
	const slugs = new Set<string>();
	return data.map((item: unknown, k): SegmentRule => {
		let where = `rule ${k + 1}`;
		if (!item || typeof item !== 'object' || Array.isArray(item)) {
			throw new SegmentRulesError(
				`${where}: must be an object with name, recency, frequency, monetary`
			);
		}
		const raw = item as Record<string, unknown>;
		if (typeof raw.name !== 'string' || raw.name.trim() === '') {
			throw new SegmentRulesError(`${where}: needs a non-empty "name"`);
		}
		const name = raw.name.trim();
		where = `rule ${k + 1} ("${name}")`;
		const slug = raw.slug === undefined ? slugify(name) : raw.slug;
		if (typeof slug !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
			throw new SegmentRulesError(
				`${where}: slug must be lower-case letters, digits and dashes, got ${JSON.stringify(slug)}`
			);
		}
		if (slug === OTHERS_SEGMENT.slug) {
			throw new SegmentRulesError(
				`${where}: the slug "others" is reserved for customers no rule matches`
			);
		}
		if (slugs.has(slug)) throw new SegmentRulesError(`${where}: slug "${slug}" is used twice`);
		slugs.add(slug);
		const colour = raw.colour ?? raw.color ?? '#777777';
		if (typeof colour !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(colour)) {
			throw new SegmentRulesError(
				`${where}: colour must look like #1b7837, got ${JSON.stringify(colour)}`
			);
		}
		const action = raw.action ?? '';
		if (typeof action !== 'string') throw new SegmentRulesError(`${where}: action must be text`);
		return {
			slug,
			name,
			colour: colour.toLowerCase(),
			action,
			recency: readRange(raw.recency, where, 'recency'),
			frequency: readRange(raw.frequency, where, 'frequency'),
			monetary: readRange(raw.monetary, where, 'monetary')
		};
	});
}

/** Rules as JSON text (`{ "version": 1, "rules": [...] }`), the format `parseSegmentRules` reads. */
export function serialiseSegmentRules(rules: readonly SegmentRule[]): string {
	return JSON.stringify({ version: 1, rules }, null, 2);
}
