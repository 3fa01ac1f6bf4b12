/**
 * The period every view analyses (issue 14, item 0): the quick choices of the dataset-wide
 * settings (last 12 months, last quarter, year to date, everything), computed from the analysis
 * date as plain `YYYY-MM-DD` dates, and the period as printed under each view's title.
 */
import type { CustomerTableChoice } from '../engine/customers/customer-table-choice';
import { formatDay, parseIsoDay } from '../engine/tables/orders-table';

export const QUICK_PERIODS = ['last12Months', 'lastQuarter', 'yearToDate', 'everything'] as const;
export type QuickPeriod = (typeof QUICK_PERIODS)[number];

/** `YYYY-MM-DD` `months` calendar months earlier, the day clamped to the month's length. */
function monthsBefore(iso: string, months: number): string {
	const [year, month, day] = iso.split('-').map(Number);
	const index = year * 12 + (month - 1) - months;
	const targetYear = Math.floor(index / 12);
	const targetMonth = index - targetYear * 12;
	const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
	return formatDay(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)) / 86_400_000);
}

/**
 * The start and analysis dates of a quick choice, ending at `analysisDate` (exclusive, so the last
 * day analysed is the day before it): the 12 or 3 calendar months before it, the calendar year of
 * its last day, or every line (no start date). Throws RangeError for a malformed date.
 */
export function quickPeriod(
	kind: QuickPeriod,
	analysisDate: string
): Pick<CustomerTableChoice, 'startDate' | 'analysisDate'> {
	const analysisDay = parseIsoDay(analysisDate);
	if (!Number.isFinite(analysisDay)) {
		throw new RangeError(`“${analysisDate}” is not a date (expected YYYY-MM-DD).`);
	}
	switch (kind) {
		case 'last12Months':
			return { startDate: monthsBefore(analysisDate, 12), analysisDate };
		case 'lastQuarter':
			return { startDate: monthsBefore(analysisDate, 3), analysisDate };
		case 'yearToDate':
			return { startDate: `${formatDay(analysisDay - 1).slice(0, 4)}-01-01`, analysisDate };
		case 'everything':
			return { startDate: null, analysisDate };
	}
}

/** The period a view analyses: the first and last day of the data it reads, and the analysis date. */
export interface AnalysedPeriod {
	/** First day of order lines analysed (`YYYY-MM-DD`): the start date, or the data's first day. */
	start: string;
	/** Last day analysed: the day before the analysis date, or the data's last day if earlier. */
	end: string;
	analysisDate: string;
	/** False when no day of the data lies in the period (the views then say why). */
	hasData: boolean;
}

/**
 * The period of a customer-table choice over data from `firstDay` to `lastDay` (epoch days):
 * lines from the start date up to the day before the analysis date (default: the day after the
 * last line), clamped to the data. Null when a date of the choice is malformed.
 */
export function analysedPeriod(
	choice: Pick<CustomerTableChoice, 'startDate' | 'analysisDate'>,
	firstDay: number,
	lastDay: number
): AnalysedPeriod | null {
	const analysisDay = choice.analysisDate ? parseIsoDay(choice.analysisDate) : lastDay + 1;
	const startDay = choice.startDate ? parseIsoDay(choice.startDate) : firstDay;
	if (!Number.isFinite(analysisDay) || !Number.isFinite(startDay)) return null;
	const start = Math.max(startDay, firstDay);
	const end = Math.min(analysisDay - 1, lastDay);
	return {
		start: formatDay(start),
		end: formatDay(end),
		analysisDate: formatDay(analysisDay),
		hasData: start <= end
	};
}
