/**
 * Options of the Value family (settings section `value`): plain JSON, saved with the dataset and
 * carried in links. The customer table (basis, analysis date, start date) is the dataset-wide
 * choice of `customers/customer-table-choice.ts`, not a Value option.
 */

export interface ValueOptions {
	/** Size of the top-N list. Default 200; a whole number ≥ 0 (capped at the customers). */
	topN: number;
	/** The group compared with everyone else in "what sets them apart": the top N or the A class.
	 * Default 'top'. */
	group: 'top' | 'A';
	/**
	 * The top-N list's predicted value (next 365 days, from the lifetime-value model with its
	 * default periods; the page's worker joins it): 'off' (default: the fit takes seconds on large
	 * data), 'show' (a column) or 'rank' (the list ranked by it). Absent = 'off'.
	 */
	predicted?: 'off' | 'show' | 'rank';
}

export const DEFAULT_VALUE_OPTIONS: ValueOptions = { topN: 200, group: 'top', predicted: 'off' };

/** Throws a RangeError naming the option at fault. */
export function validateValueOptions(options: ValueOptions): ValueOptions {
	if (!Number.isInteger(options.topN) || options.topN < 0) {
		throw new RangeError(`topN: the list size must be a whole number ≥ 0, got ${options.topN}.`);
	}
	if (options.group !== 'top' && options.group !== 'A') {
		throw new RangeError(`group: expected “top” or “A”, got “${String(options.group)}”.`);
	}
	const predicted = options.predicted;
	if (
		predicted !== undefined &&
		predicted !== 'off' &&
		predicted !== 'show' &&
		predicted !== 'rank'
	) {
		throw new RangeError(
			`predicted: expected “off”, “show” or “rank”, got “${String(predicted)}”.`
		);
	}
	return options;
}
