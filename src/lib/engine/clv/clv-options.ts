/**
 * Options of the lifetime-value family: plain JSON (they travel in links and project files), with
 * defaults, validation and the default calibration / holdout split.
 */
import { formatDay, parseIsoDay } from '../tables/orders-table';

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
	/**
	 * The periods when `calibrationEnd` is null: `split` (the default; the Lifetime value view's
	 * model check) = `defaultClvPeriods`, the last 25% of the days held out when the data span over
	 * a year; `last-day` = calibration to the last day of the data with no holdout, so every
	 * purchase informs the prediction (the figures joined to the customer table:
	 * `JOINED_CLV_OPTIONS`). Absent = `split`.
	 */
	defaultPeriods?: ClvDefaultPeriods;
	/** Default `weeks` (as Fader, Hardie & Lee report CDNOW). */
	unit: ClvTimeUnit;
	/** Horizon of expected purchases, spend and CLV, in calendar days (default 365). */
	horizonDays: number;
	/** Yearly discount rate of future value (0.1 = 10% a year; default 0 = undiscounted). */
	discountRate: number;
	/**
	 * Share of spend kept as margin, in (0, 1]: CLV in money becomes a contribution CLV, margin ×
	 * the revenue CLV (the goods margin of the profit family, e.g. 0.3). null (default) = revenue
	 * CLV.
	 */
	margin: number | null;
}

/** See `ClvOptions.defaultPeriods`. */
export type ClvDefaultPeriods = 'split' | 'last-day';

export const DEFAULT_CLV_OPTIONS: ClvOptions = {
	calibrationEnd: null,
	holdoutEnd: null,
	unit: 'weeks',
	horizonDays: 365,
	discountRate: 0,
	margin: null
};

/**
 * The fit whose per-customer figures join the customer table — the Value view's ranking by
 * predicted value, P(alive) in the account-review briefs, the figures per segment and persona:
 * calibrated to the last day of the data, no holdout (a holdout would leave the most recent
 * purchases out of the prediction). Revenue CLV over 365 days, undiscounted, in weeks. The Lifetime
 * value view keeps its holdout: it checks the model, these figures use it.
 */
export const JOINED_CLV_OPTIONS: ClvOptions = {
	...DEFAULT_CLV_OPTIONS,
	defaultPeriods: 'last-day'
};

/**
 * The joined fit for a customer table analysed at `analysisDate` (the dataset's settings section
 * `dataset`; lines on or after it are left out of the table): calibrated to the last day analysed,
 * the day before it, so a purchase the table does not see never informs a prediction — P(alive)
 * and predicted value are as of the table's own date. Without an analysis date (null, '' or
 * absent: the table runs to the data's last day) it is `JOINED_CLV_OPTIONS`. Throws a RangeError
 * for a date that is not `YYYY-MM-DD` (the customer table refuses it first).
 */
export function joinedClvOptions(analysisDate: string | null | undefined): ClvOptions {
	if (analysisDate === null || analysisDate === undefined || analysisDate === '') {
		return JOINED_CLV_OPTIONS;
	}
	const day = parseIsoDay(analysisDate);
	if (!Number.isFinite(day)) {
		throw new RangeError(`analysisDate: “${analysisDate}” is not a date (expected YYYY-MM-DD).`);
	}
	return { ...JOINED_CLV_OPTIONS, calibrationEnd: formatDay(day - 1) };
}

/** The multiplier of the money CLV: the margin, or 1 for a revenue CLV. */
export function marginFactor(options: Pick<ClvOptions, 'margin'>): number {
	return options.margin ?? 1;
}

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
	if (
		options.defaultPeriods !== undefined &&
		options.defaultPeriods !== 'split' &&
		options.defaultPeriods !== 'last-day'
	) {
		problems.push(
			`The default periods must be split or last-day, not ${String(options.defaultPeriods)}.`
		);
	}
	const { margin } = options;
	if (
		margin !== null &&
		!(typeof margin === 'number' && Number.isFinite(margin) && margin > 0 && margin <= 1)
	) {
		problems.push(
			`The margin must be a share above 0 and at most 1 (0.3 = 30% of spend kept), not ${String(margin)}; leave it empty for a revenue CLV.`
		);
	}
	return problems;
}

/**
 * The periods `options` ask for over data from `firstDay` to `lastDay`: the given dates; when
 * `calibrationEnd` is null, the default split, or calibration to `lastDay` with no holdout for
 * `defaultPeriods: 'last-day'`. Assumes `validateClvOptions` found no problem.
 */
export function resolveClvPeriods(
	options: ClvOptions,
	firstDay: number,
	lastDay: number
): ClvPeriods {
	if (options.calibrationEnd === null) {
		return options.defaultPeriods === 'last-day'
			? { calibrationEndDay: lastDay, holdoutEndDay: null }
			: defaultClvPeriods(firstDay, lastDay);
	}
	return {
		calibrationEndDay: parseIsoDay(options.calibrationEnd),
		holdoutEndDay: options.holdoutEnd === null ? null : parseIsoDay(options.holdoutEnd)
	};
}
