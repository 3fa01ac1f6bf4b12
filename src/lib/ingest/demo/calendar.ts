/**
 * The demo's two years, 2024-07-01 to 2026-06-30: how busy each day is (holiday peaks, sales,
 * weekdays), the sale windows with their promo codes, and sampling of days by that busyness.
 */
import { parseIsoDay } from '../../engine/tables/orders-table';
import type { Random } from './random';

export const FIRST_DAY = parseIsoDay('2024-07-01');
export const LAST_DAY = parseIsoDay('2026-06-30');
/** Days in the demo, counted from `FIRST_DAY` (offset 0) to `LAST_DAY` (offset `DAYS − 1`). */
export const DAYS = LAST_DAY - FIRST_DAY + 1;

export interface PromoCode {
	code: string;
	/** Price reduction, 0–1. */
	percent: number;
}

export interface SaleWindow extends PromoCode {
	/** Offsets, both included. */
	from: number;
	to: number;
}

/** Codes that work any day: a welcome offer, the newsletter and a refer-a-friend code. */
export const EVERGREEN_CODES: PromoCode[] = [
	{ code: 'WELCOME10', percent: 0.1 },
	{ code: 'NEWSLETTER15', percent: 0.15 },
	{ code: 'FRIEND10', percent: 0.1 }
];

export interface Calendar {
	/** Relative busyness per day offset. */
	weight: Float64Array;
	/** Calendar month (0–11) and year per day offset. */
	month: Int8Array;
	year: Int16Array;
	sales: SaleWindow[];
	/** The sale window of each day offset, or −1. */
	saleOf: Int8Array;
	/** Running sum of `weight`, for sampling. */
	cumulative: Float64Array;
}

function offsetOf(iso: string): number {
	return parseIsoDay(iso) - FIRST_DAY;
}

/** The Friday after the fourth Thursday of November (Black Friday) of `year`, as an offset. */
function blackFriday(year: number): number {
	const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
	const firstThursday = 1 + ((4 - first + 7) % 7);
	return offsetOf(`${year}-11-${String(firstThursday + 22).padStart(2, '0')}`);
}

function saleWindows(): SaleWindow[] {
	const windows: SaleWindow[] = [];
	const add = (code: string, percent: number, from: number, to: number) =>
		windows.push({ code, percent, from: Math.max(0, from), to: Math.min(DAYS - 1, to) });
	for (const year of [2024, 2025]) {
		const yy = String(year).slice(2);
		add(`SUMMER${yy}`, 0.15, offsetOf(`${year}-07-01`), offsetOf(`${year}-07-14`));
		const friday = blackFriday(year);
		add(`BLACKFRIDAY${yy}`, 0.3, friday, friday + 3);
		add(`WINTER${yy}`, 0.2, offsetOf(`${year}-12-27`), offsetOf(`${year + 1}-01-10`));
		add(
			`SPRING${Number(yy) + 1}`,
			0.2,
			offsetOf(`${year + 1}-03-20`),
			offsetOf(`${year + 1}-04-10`)
		);
	}
	return windows.sort((a, b) => a.from - b.from);
}

// Shoppers buy a little more at the end of the week.
const WEEKDAY_WEIGHT = [0.9, 0.95, 0.95, 1, 1, 1.05, 1.15];

/** Builds the calendar: busyness is highest before Christmas and around Black Friday. */
export function buildCalendar(): Calendar {
	const weight = new Float64Array(DAYS);
	const month = new Int8Array(DAYS);
	const year = new Int16Array(DAYS);
	const saleOf = new Int8Array(DAYS).fill(-1);
	const sales = saleWindows();
	sales.forEach((sale, index) => saleOf.fill(index, sale.from, sale.to + 1));
	for (let offset = 0; offset < DAYS; offset++) {
		const date = new Date((FIRST_DAY + offset) * 86_400_000);
		const [m, d] = [date.getUTCMonth(), date.getUTCDate()];
		month[offset] = m;
		year[offset] = date.getUTCFullYear();
		let w = WEEKDAY_WEIGHT[date.getUTCDay()];
		if (m === 10) w *= 1.5;
		else if (m === 11 && d <= 22) w *= 2.2;
		else if (m === 11 && d <= 26) w *= 0.6;
		else if (m === 7 || (m === 0 && d > 10) || m === 1) w *= 0.85;
		if (m === 1 && d >= 7 && d <= 14) w *= 1.3; // Valentine's Day
		const sale = saleOf[offset];
		if (sale >= 0) w *= sales[sale].code.startsWith('BLACKFRIDAY') ? 3.5 : 1.5;
		weight[offset] = w;
	}
	const cumulative = new Float64Array(DAYS);
	let sum = 0;
	for (let offset = 0; offset < DAYS; offset++) cumulative[offset] = sum += weight[offset];
	return { weight, month, year, sales, saleOf, cumulative };
}

/** A day offset in [from, to], drawn in proportion to busyness. */
export function sampleDay(calendar: Calendar, random: Random, from = 0, to = DAYS - 1): number {
	const { cumulative } = calendar;
	const low = from > 0 ? cumulative[from - 1] : 0;
	const target = low + random.next() * (cumulative[to] - low);
	let [lo, hi] = [from, to];
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cumulative[mid] > target) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** A day inside one of the sale windows, longer windows more often. */
export function sampleSaleDay(calendar: Calendar, random: Random): number {
	const sale = calendar.sales[random.weighted(calendar.sales.map((s) => s.to - s.from + 1))];
	return sampleDay(calendar, random, sale.from, sale.to);
}
