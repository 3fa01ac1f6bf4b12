/**
 * The behaviour tags as SQL pieces for `build-segments-sql.ts`: the holiday windows' test on an
 * order day, and each tag's column — or, where the sources lack what a tag reads, why it is left
 * out — by the thresholds of `SqlExportOptions.tags`.
 */
import type { SqlExportOptions } from './sql-options';

/** What the sources hold that a tag reads. */
export interface TagSources {
	hasDiscount: boolean;
	hasCategory: boolean;
	hasInfluence: boolean;
	hasServiceEffort: boolean;
}

function monthDay(text: string): number {
	const [month, day] = text.split('-').map(Number);
	return month * 100 + day;
}

/**
 * Whether `order_day` falls in one of the holiday windows (month-day ranges, a range that wraps
 * the year end included), as an SQL condition; null without windows.
 */
export function inHolidayWindows(
	windows: SqlExportOptions['tags']['holidayWindows']
): string | null {
	if (windows.length === 0) return null;
	const monthDayOf = '(EXTRACT(MONTH FROM order_day) * 100 + EXTRACT(DAY FROM order_day))';
	return windows
		.map((w) => [monthDay(w.from), monthDay(w.to)] as const)
		.map(([from, to]) =>
			from <= to
				? `${monthDayOf} BETWEEN ${from} AND ${to}`
				: `(${monthDayOf} >= ${from} OR ${monthDayOf} <= ${to})`
		)
		.join(' OR ');
}

/**
 * The tag columns the sources allow (names, and their SELECT expressions over the customer table)
 * and those left out with the reason.
 */
export function behaviourTagsSql(
	tags: SqlExportOptions['tags'],
	sources: TagSources,
	dbl: (x: number) => string
): { columns: string[]; select: string[]; leftOut: { column: string; reason: string }[] } {
	const columns: string[] = [];
	const select: string[] = [];
	const leftOut: { column: string; reason: string }[] = [];
	if (sources.hasDiscount) {
		columns.push('discount_seeker');
		select.push(
			`coalesce(discount_share >= ${dbl(tags.discountSeekerMinShare)}, FALSE) AS discount_seeker`
		);
	} else leftOut.push({ column: 'discount_seeker', reason: 'needs a discount column' });
	if (sources.hasCategory) {
		columns.push('specific_needs');
		select.push(
			`coalesce(orders >= ${tags.specificNeedsMinOrders} AND category_concentration >= ${dbl(tags.specificNeedsMinConcentration)}, FALSE) AS specific_needs`
		);
	} else leftOut.push({ column: 'specific_needs', reason: 'needs a category column' });
	columns.push('special_occasion');
	select.push(
		`coalesce(orders >= ${tags.specialOccasionMinOrders} AND ((seasonality >= ${dbl(tags.specialOccasionMinShare)} AND order_years >= ${tags.specialOccasionMinYears})` +
			(tags.holidayWindows.length > 0
				? ` OR window_share >= ${dbl(tags.specialOccasionMinShare)}`
				: '') +
			'), FALSE) AS special_occasion'
	);
	if (sources.hasInfluence) {
		columns.push('influencer');
		select.push('coalesce(influence >= influence_cut AND influence > 0, FALSE) AS influencer');
	} else {
		leftOut.push({
			column: 'influencer',
			reason: 'needs the customers file with an influence attribute (e.g. followers)'
		});
	}
	if (sources.hasServiceEffort) {
		columns.push('high_service_effort');
		select.push(
			`coalesce(service_effort >= ${dbl(tags.highServiceEffortMin)}, FALSE) AS high_service_effort`
		);
	} else {
		leftOut.push({
			column: 'high_service_effort',
			reason: 'needs the customers file with a service-effort attribute'
		});
	}
	return { columns, select, leftOut };
}
