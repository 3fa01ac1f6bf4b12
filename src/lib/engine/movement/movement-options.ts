/**
 * Options of the movement family (`shared/DOMAIN.md`, "Movement"): two analysis dates, the family
 * customers are grouped by, and how the later date's cut points are found. Plain JSON: they travel
 * in links and project files. `resolveMovementOptions` fills the defaults and turns every problem
 * into a clear message; nothing in the options is changed.
 */
import {
	MOVEMENT_GROUP_FAMILIES,
	parseSegmentRules,
	SegmentRulesError,
	type MovementGroupFamily,
	type MovementGroupSettings
} from '../customers/group-by-movement';
import { formatDay, parseIsoDay } from '../tables/orders-table';

export type MovementFamily = MovementGroupFamily;
export const MOVEMENT_FAMILIES = MOVEMENT_GROUP_FAMILIES;

/**
 * 'frozen' (default): the earlier date's cut points (RFM quintiles, ABC value boundaries, persona
 * clusters) are applied to the later table, so a move is a change of behaviour, not of shifting
 * quantiles. 'recomputed': each date gets its own. Purchase patterns have fixed thresholds, so
 * both give the same answer; personas are always frozen (clusters found at two dates separately
 * share no names).
 */
export type CutPointPolicy = 'frozen' | 'recomputed';
export const CUT_POINT_POLICIES: readonly CutPointPolicy[] = ['frozen', 'recomputed'];

/** A (from group slug, to group slug) pair highlighted as a critical downgrade. */
export type MovementPair = [from: string, to: string];

/**
 * Moves worth a call, by group slug (a pair of another family's slugs simply never matches):
 * RFM — Champions, Loyal Customers and Potential Loyalists sliding towards At Risk, Can't Lose
 * Them, About To Sleep or Lost; ABC — A falling to C; patterns — regular becoming irregular; and,
 * when "Gone" is chosen, any of those good groups going quiet for a year.
 */
export const DEFAULT_CRITICAL_DOWNGRADES: readonly MovementPair[] = [
	['champions', 'at-risk'],
	['champions', 'cant-lose-them'],
	['champions', 'about-to-sleep'],
	['champions', 'lost'],
	['champions', 'gone'],
	['loyal-customers', 'at-risk'],
	['loyal-customers', 'cant-lose-them'],
	['loyal-customers', 'lost'],
	['loyal-customers', 'gone'],
	['potential-loyalist', 'lost'],
	['potential-loyalist', 'gone'],
	['a', 'c'],
	['a', 'gone'],
	['regular', 'irregular'],
	['regular', 'gone']
];

/** Slugs of the groups movement adds to every family. */
export const NEW_SLUG = 'new';
export const GONE_SLUG = 'gone';
export const NO_ORDERS_SLUG = 'no-orders';
const RESERVED_SLUGS = [NEW_SLUG, GONE_SLUG, NO_ORDERS_SLUG];

export interface MovementOptions extends MovementGroupSettings {
	/** The earlier analysis date, `YYYY-MM-DD` (lines on or after it are left out of its table). */
	from: string;
	/** The later analysis date, `YYYY-MM-DD`, after `from`. */
	to: string;
	/** The exclusive family customers are grouped by; default 'rfm' (RFM segments). */
	family?: MovementFamily;
	/** Default 'frozen'; see `CutPointPolicy`. */
	cutPoints?: CutPointPolicy;
	/** When true, a customer with no order in the `goneAfterDays` days before a date is "Gone" at
	 * that date instead of in a family group (the cut points are still taken over every customer).
	 * Default false. */
	includeGone?: boolean;
	/** "No order in the last year": Gone when recency days > this. Default 365. */
	goneAfterDays?: number;
	/** Moves highlighted as critical; default `DEFAULT_CRITICAL_DOWNGRADES`. */
	criticalDowngrades?: MovementPair[];
}

/** The options with every default filled and the dates as epoch days. */
export interface ResolvedMovementOptions extends Required<
	Omit<MovementOptions, 'rules' | 'pattern' | 'persona'>
> {
	fromDay: number;
	toDay: number;
	settings: MovementGroupSettings;
}

/** One problem with the options: the field at fault and a sentence for the user. */
export interface MovementProblem {
	field: keyof MovementOptions;
	message: string;
}

/** Thrown by `resolveMovementOptions` and `computeMovement`; `problems` lists every message. */
export class MovementOptionsError extends Error {
	override name = 'MovementOptionsError';
	constructor(readonly problems: MovementProblem[]) {
		super(problems.map((p) => p.message).join(' '));
	}
}

function checkDate(field: 'from' | 'to', text: unknown, problems: MovementProblem[]): number {
	const label = field === 'from' ? 'The from-date' : 'The to-date';
	if (typeof text !== 'string' || text === '') {
		problems.push({ field, message: `${label} is missing: give it as YYYY-MM-DD.` });
		return NaN;
	}
	const day = parseIsoDay(text);
	if (Number.isNaN(day)) {
		problems.push({ field, message: `${label} "${text}" is not a date: give it as YYYY-MM-DD.` });
	}
	return day;
}

/** Every problem with `options` (empty when they are usable), in the order of the fields. */
export function validateMovementOptions(options: MovementOptions): MovementProblem[] {
	const problems: MovementProblem[] = [];
	const fromDay = checkDate('from', options.from, problems);
	const toDay = checkDate('to', options.to, problems);
	if (Number.isFinite(fromDay) && Number.isFinite(toDay)) {
		if (fromDay === toDay) {
			problems.push({
				field: 'from',
				message: `Both dates are ${options.from}: choose an earlier from-date to see who moved.`
			});
		} else if (fromDay > toDay) {
			problems.push({
				field: 'from',
				message: `The from-date ${options.from} is after the to-date ${options.to}: swap them.`
			});
		}
	}
	const family = options.family ?? 'rfm';
	if (!MOVEMENT_FAMILIES.includes(family)) {
		problems.push({
			field: 'family',
			message: `Unknown family "${String(family)}": choose one of ${MOVEMENT_FAMILIES.join(', ')}.`
		});
	}
	const policy = options.cutPoints ?? 'frozen';
	if (!CUT_POINT_POLICIES.includes(policy)) {
		problems.push({
			field: 'cutPoints',
			message: `Cut points must be "frozen" or "recomputed", got "${String(policy)}".`
		});
	} else if (family === 'persona' && policy === 'recomputed') {
		problems.push({
			field: 'cutPoints',
			message:
				'Personas can only be compared with the earlier date’s clusters (frozen): clusters found ' +
				'at two dates separately are different personas.'
		});
	}
	const goneAfterDays = options.goneAfterDays ?? 365;
	if (!Number.isInteger(goneAfterDays) || goneAfterDays < 1) {
		problems.push({
			field: 'goneAfterDays',
			message: `"Gone" needs a whole number of days ≥ 1, got ${String(goneAfterDays)}.`
		});
	}
	const bins = options.bins ?? 5;
	if (![3, 4, 5].includes(bins)) {
		problems.push({ field: 'bins', message: `RFM bins must be 3, 4 or 5, got ${String(bins)}.` });
	}
	if (options.rules !== undefined) {
		try {
			const rules = parseSegmentRules(options.rules);
			const reserved = rules.find((rule) => RESERVED_SLUGS.includes(rule.slug));
			if (reserved) {
				problems.push({
					field: 'rules',
					message: `Segment rule "${reserved.name}": the slug "${reserved.slug}" is reserved for movement (${RESERVED_SLUGS.join(', ')}).`
				});
			}
		} catch (error) {
			if (!(error instanceof SegmentRulesError)) throw error;
			problems.push({ field: 'rules', message: error.message });
		}
	}
	const pairs = options.criticalDowngrades;
	if (pairs !== undefined) {
		const isPair = (pair: unknown) =>
			Array.isArray(pair) &&
			pair.length === 2 &&
			pair.every((slug) => typeof slug === 'string' && slug !== '');
		if (!Array.isArray(pairs) || !pairs.every(isPair)) {
			problems.push({
				field: 'criticalDowngrades',
				message:
					'Critical downgrades must be a list of [from, to] group slugs, e.g. [["champions", "lost"]].'
			});
		}
	}
	return problems;
}

/**
 * The options with defaults filled in (see `MovementOptions`). Throws `MovementOptionsError` with
 * every problem `validateMovementOptions` finds.
 */
export function resolveMovementOptions(options: MovementOptions): ResolvedMovementOptions {
	const problems = validateMovementOptions(options);
	if (problems.length > 0) throw new MovementOptionsError(problems);
	const family = options.family ?? 'rfm';
	return {
		from: options.from,
		to: options.to,
		fromDay: parseIsoDay(options.from),
		toDay: parseIsoDay(options.to),
		family,
		cutPoints: options.cutPoints ?? 'frozen',
		includeGone: options.includeGone ?? false,
		goneAfterDays: options.goneAfterDays ?? 365,
		bins: options.bins ?? 5,
		criticalDowngrades: (options.criticalDowngrades ?? DEFAULT_CRITICAL_DOWNGRADES).map(
			([from, to]): MovementPair => [from, to]
		),
		settings: {
			bins: options.bins ?? 5,
			rules: options.rules ? parseSegmentRules(options.rules) : undefined,
			pattern: options.pattern,
			persona: options.persona
		}
	};
}

/**
 * The problem with a from-date on or before the first order day (`firstOrderDay`, an epoch day):
 * the earlier table would have no customer. Null when the from-date is usable.
 */
export function checkFromDate(fromDay: number, firstOrderDay: number): MovementProblem | null {
	if (!Number.isFinite(firstOrderDay) || fromDay > firstOrderDay) return null;
	const first = formatDay(firstOrderDay);
	return {
		field: 'from',
		message:
			`The from-date ${formatDay(fromDay)} is on or before the first order (${first}): ` +
			`no customer had ordered yet. Choose a from-date after ${first}.`
	};
}

/**
 * The default pair of dates: the analysis day and six calendar months before it (the day of the
 * month kept, or the month's last day when it has fewer days), as `YYYY-MM-DD`.
 */
export function defaultMovementDates(analysisDay: number): { from: string; to: string } {
	const date = new Date(analysisDay * 86_400_000);
	const year = date.getUTCFullYear();
	const month = date.getUTCMonth() - 6;
	const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	const earlier = Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / 86_400_000;
	return { from: formatDay(earlier), to: formatDay(analysisDay) };
}
