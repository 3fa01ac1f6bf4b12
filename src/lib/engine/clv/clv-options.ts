/**
 * Options of the lifetime-value family: plain JSON (they travel in links and project files), with
 * defaults, validation and the default calibration / holdout split.
 */
import { parseIsoDay } from '../tables/orders-table';

/** The model's time unit: every x, tₓ, T and α is expressed in it. Weeks are exactly 7 days. */
export type ClvTimeUnit = 'days' | 'weeks';

export interface ClvOptions {
	/**
	 * Last day of the calibration period, `YYYY-MM-DD`, inclusive: purchases on this day are
	 * calibration purchases and T = cut-off − first purchase day. null (default) = the default
	 * split of `defaultClvPeriods`.
	 */
	calibrationEnd: string | null;
	/**
	 * Last day of the holdout period, `YYYY-MM-DD`, inclusive (after the cut-off). Used only when
	 * `calibrationEnd` is set; null = no holdout check.
	 */
	holdoutEnd: string | null;
	/** Default `weeks` (as Fader, Hardie & Lee report CDNOW). */
	unit: ClvTimeUnit;
	/** Horizon of expected purchases, spend and CLV, in calendar days (default 365). */
	horizonDays: number;
	/** Yearly discount rate of future value (0.1 = 10% a year; default 0 = undiscounted). */
	discountRate: number;
	/** Share of spend kept as margin, (0, 1] (default 1: CLV in revenue). */
	margin: number;
}

export const DEFAULT_CLV_OPTIONS: ClvOptions = {
	calibrationEnd: null,
	holdoutEnd: null,
	unit: 'weeks',
	horizonDays: 365,
	discountRate: 0,
	margin: 1
};

/** Days per unit. */
export const UNIT_DAYS: Record<ClvTimeUnit, number> = { days: 1, weeks: 7 };

/** Days in a month for horizons given in months: 365.25 / 12, never 30. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Calibration cut-off and holdout end as epoch days (both inclusive). */
export interface ClvPeriods {
	calibrationEndDay: number;
	holdoutEndDay: number | null;
}

/**
 * The default split over data from `firstDay` to `lastDay` (epoch days): when the data span more
 * than a year, the last 25% of the days is the holdout; otherwise all of it is calibration.
 */
export function defaultClvPeriods(firstDay: number, lastDay: number): ClvPeriods {
	const days = lastDay - firstDay + 1;
	if (days <= 366) return { calibrationEndDay: lastDay, holdoutEndDay: null };
	return { calibrationEndDay: firstDay + Math.floor(days * 0.75) - 1, holdoutEndDay: lastDay };
}

/** Every problem with `options`, as sentences; empty when they are usable. */
export function validateClvOptions(options: ClvOptions): string[] {
	const problems: string[] = [];
	const calibration = options.calibrationEnd === null ? null : parseIsoDay(options.calibrationEnd);
	if (calibration !== null && Number.isNaN(calibration)) {
		problems.push(`The calibration end is not a YYYY-MM-DD date: ${options.calibrationEnd}.`);
	}
	if (options.holdoutEnd !== null) {
		const holdout = parseIsoDay(options.holdoutEnd);
		if (Number.isNaN(holdout)) {
			problems.push(`The holdout end is not a YYYY-MM-DD date: ${options.holdoutEnd}.`);
		} else if (calibration !== null && !Number.isNaN(calibration) && holdout <= calibration) {
			problems.push('The holdout end must come after the calibration end.');
		}
	}
	if (options.unit !== 'days' && options.unit !== 'weeks') {
		problems.push(`The time unit must be days or weeks, not ${String(options.unit)}.`);
	}
	if (!(Number.isFinite(options.horizonDays) && options.horizonDays > 0)) {
		problems.push('The horizon must be a number of days above 0.');
	}
	if (!(Number.isFinite(options.discountRate) && options.discountRate >= 0)) {
		problems.push('The yearly discount rate must be 0 or more (0.1 = 10% a year).');
	}
	if (!(Number.isFinite(options.margin) && options.margin > 0 && options.margin <= 1)) {
		problems.push('The margin must be a share above 0 and at most 1.');
	}
	return problems;
}

/**
 * The periods `options` ask for over data from `firstDay` to `lastDay`: the given dates, or the
 * default split when `calibrationEnd` is null. Assumes `validateClvOptions` found no problem.
 */
export function resolveClvPeriods(
	options: ClvOptions,
	firstDay: number,
	lastDay: number
): ClvPeriods {
	if (options.calibrationEnd === null) return defaultClvPeriods(firstDay, lastDay);
	return {
		calibrationEndDay: parseIsoDay(options.calibrationEnd),
		holdoutEndDay: options.holdoutEnd === null ? null : parseIsoDay(options.holdoutEnd)
	};
}
