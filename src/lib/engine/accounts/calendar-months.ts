/**
 * Calendar-month arithmetic on epoch days for review cadences ("every 3 months" means the same
 * day of the month three months later, not 90 days), and reading a last-review date cell.
 */
import { civilDateOf } from '../tables/calendar';

/**
 * Epoch day + `months` calendar months; the day of the month is kept, or clamped to the end of a
 * shorter month (31 January + 1 month = 28 or 29 February). `months` may be negative.
 */
export function addMonths(day: number, months: number): number {
	const civil = civilDateOf(day);
	const year = Math.floor(civil / 10_000);
	const month = Math.floor(civil / 100) % 100;
	const dayOfMonth = civil % 100;
	const target = year * 12 + (month - 1) + months;
	const targetYear = Math.floor(target / 12);
	const targetMonth = target - targetYear * 12; // 0-based
	const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
	return Date.UTC(targetYear, targetMonth, Math.min(dayOfMonth, lastDay)) / 86_400_000;
}

/** The Monday on or before an epoch day (1970-01-05 was a Monday). */
export function mondayOf(day: number): number {
	return day - ((((day + 3) % 7) + 7) % 7);
}

/**
 * A last-review cell → epoch day, or NaN. Year-first dates only, so there is no day/month
 * question: `2026-03-14`, `2026/3/14`, `2026.03.14` (a time after it is ignored), and
 * `20260314` as text or number.
 */
export function readYearFirstDay(cell: string | number): number {
	const text =
		typeof cell === 'number' ? (Number.isInteger(cell) ? String(cell) : '') : cell.trim();
	const match =
		/^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:$|[T ])/.exec(text) ??
		/^(\d{4})()(\d{2})(\d{2})(?:$|[T ])/.exec(text);
	if (!match) return NaN;
	const [year, month, dayOfMonth] = [Number(match[1]), Number(match[3]), Number(match[4])];
	const ms = Date.UTC(year, month - 1, dayOfMonth);
	const check = new Date(ms);
	if (year < 1900 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth)
		return NaN;
	return ms / 86_400_000;
}
