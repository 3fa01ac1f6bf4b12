/**
 * Calendar arithmetic on epoch days (days since 1970-01-01, UTC calendar), without `Date`: the
 * customer table calls these once per order, so they stay integer maths (H. Hinnant's
 * `civil_from_days`, http://howardhinnant.github.io/date_algorithms.html).
 */

/** Epoch day → `year * 10000 + month * 100 + dayOfMonth` (e.g. 20111209), proleptic Gregorian. */
export function civilDateOf(day: number): number {
	const z = day + 719_468;
	const era = Math.floor(z / 146_097);
	const dayOfEra = z - era * 146_097;
	const yearOfEra = Math.floor(
		(dayOfEra -
			Math.floor(dayOfEra / 1_460) +
			Math.floor(dayOfEra / 36_524) -
			Math.floor(dayOfEra / 146_096)) /
			365
	);
	const dayOfYear =
		dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
	const dayOfMonth = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
	const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
	const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
	return year * 10_000 + month * 100 + dayOfMonth;
}

/** Epoch day → calendar month 1–12. */
export function monthOf(day: number): number {
	return Math.floor(civilDateOf(day) / 100) % 100;
}

/** Epoch day → calendar year. */
export function yearOf(day: number): number {
	return Math.floor(civilDateOf(day) / 10_000);
}

/** Epoch day → `month * 100 + dayOfMonth` (e.g. 1224 for 24 December), for yearly windows. */
export function monthDayOf(day: number): number {
	return civilDateOf(day) % 10_000;
}
