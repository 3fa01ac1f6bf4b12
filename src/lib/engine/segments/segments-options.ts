/**
 * Options of the Segments family (settings section `segments`; families 2, 3, 4 and 9 of
 * `shared/DOMAIN.md`): plain JSON, saved with the dataset, carried in links and read by the CLI's
 * `--settings`. The customer table is the dataset-wide choice, not a Segments option.
 */
import { validateHolidayWindows, type HolidayWindow } from './behaviour-tags';
import type { RfmDimension } from './rfm';
import {
	DEFAULT_SEGMENT_RULES,
	OTHERS_SEGMENT,
	parseSegmentRules,
	type SegmentRule
} from './segment-rules';

/** Options of the Segments family. Defaults: `DEFAULT_SEGMENTS_OPTIONS`. */
export interface SegmentsOptions {
	/** Score bins, 3–5 (default 5). Changing it resets user cut points (they need b − 1 each). */
	bins: number;
	/** User cut points per dimension (b − 1 ascending numbers), or null for the quantiles. */
	cutPoints: Record<RfmDimension, number[] | null>;
	/** The ordered rule table: the first match wins, the rest is Others. Each rule's `action` is
	 * its playbook text. */
	rules: SegmentRule[];
	/** Playbook text of Others (the rules carry their own). */
	othersAction: string;
	/** Purchase pattern thresholds (family 3). */
	pattern: { regularMinOrders: number; regularMaxGapCv: number; lapsingFactor: number };
	/** Behaviour tag thresholds (family 4); shares are 0–1. */
	tags: {
		discountSeekerMinShare: number;
		specificNeedsMinConcentration: number;
		specificNeedsMinOrders: number;
		specialOccasionMinShare: number;
		specialOccasionMinOrders: number;
		specialOccasionMinYears: number;
		holidayWindows: HolidayWindow[];
		influencerTopShare: number;
		highServiceEffortMin: number;
	};
}

export const DEFAULT_SEGMENTS_OPTIONS: SegmentsOptions = {
	bins: 5,
	cutPoints: { recency: null, frequency: null, monetary: null },
	rules: DEFAULT_SEGMENT_RULES.map((rule) => ({
		...rule,
		recency: [...rule.recency],
		frequency: [...rule.frequency],
		monetary: [...rule.monetary]
	})),
	othersAction: OTHERS_SEGMENT.action,
	pattern: { regularMinOrders: 3, regularMaxGapCv: 0.75, lapsingFactor: 2 },
	tags: {
		discountSeekerMinShare: 0.5,
		specificNeedsMinConcentration: 0.8,
		specificNeedsMinOrders: 2,
		specialOccasionMinShare: 0.7,
		specialOccasionMinOrders: 2,
		specialOccasionMinYears: 2,
		holidayWindows: [],
		influencerTopShare: 0.05,
		highServiceEffortMin: 8
	}
};

/**
 * Checks every option the way `computeSegments` reads it — bins, cut points (b − 1 ascending
 * numbers), the rule table (as a rules file is parsed), the pattern and tag thresholds and the
 * holiday windows — so settings from a link or a file can be checked before they are applied.
 * Throws a RangeError naming the option at fault.
 */
export function validateSegmentsOptions(options: SegmentsOptions): SegmentsOptions {
	if (![3, 4, 5].includes(options.bins)) {
		throw new RangeError(`bins: RFM bins must be 3, 4 or 5, got ${options.bins}.`);
	}
	for (const dimension of ['recency', 'frequency', 'monetary'] as const) {
		const cuts = options.cutPoints?.[dimension];
		if (cuts === null || cuts === undefined) continue;
		if (!Array.isArray(cuts) || cuts.length !== options.bins - 1 || !cuts.every(Number.isFinite)) {
			throw new RangeError(
				`cutPoints.${dimension}: expected ${options.bins - 1} numbers or null, got ${JSON.stringify(cuts)}.`
			);
		}
		for (let k = 1; k < cuts.length; k++) {
			if (cuts[k] < cuts[k - 1]) {
				throw new RangeError(
					`cutPoints.${dimension}: cut points must ascend, got ${JSON.stringify(cuts)}.`
				);
			}
		}
	}
	try {
		parseSegmentRules(options.rules);
	} catch (error) {
		throw new RangeError(`rules: ${(error as Error).message}`, { cause: error });
	}
	if (typeof options.othersAction !== 'string') {
		throw new RangeError('othersAction: the playbook text of Others must be text.');
	}
	for (const group of ['pattern', 'tags'] as const) {
		for (const [key, value] of Object.entries(options[group] ?? {})) {
			if (key === 'holidayWindows') continue;
			if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
				throw new RangeError(
					`${group}.${key}: expected a number ≥ 0, got ${JSON.stringify(value)}.`
				);
			}
		}
	}
	try {
		validateHolidayWindows(options.tags?.holidayWindows ?? []);
	} catch (error) {
		throw new RangeError(`tags.holidayWindows: ${(error as Error).message}`, { cause: error });
	}
	return options;
}
