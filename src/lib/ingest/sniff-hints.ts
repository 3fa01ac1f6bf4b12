/**
 * The suggestions of an orders file's first look (`sniff-orders.ts`) that read the sampled values:
 * the day/month order of dates, a return prefix on order ids, and why each column got its role.
 */
import type { ColumnStats } from './detect-roles';
import { dateOrderHint, EXCEL_SERIAL_MAX, EXCEL_SERIAL_MIN } from './parse-date';
import { parseNumber } from './parse-number';
import type { FormatPreset } from './presets/index';
import type { ColumnRole, DateOrder } from './types';

/**
 * The day/month order from the values of date-like columns: a first field over 12 (`31/12/2011`)
 * means day first, a second over 12 (`12/31/2011`) month first. Without evidence: day first,
 * unless the header says `mm/dd`, with a warning either way.
 */
export function decideDateOrder(
	header: string[],
	sample: string[][]
): { order: DateOrder; evidence: string; warning: string | null } {
	const counts = {
		'year-first': 0,
		'day-first': 0,
		'month-first': 0,
		ambiguous: 0,
		'month-name': 0,
		none: 0
	};
	const examples: Record<string, string> = {};
	header.forEach((_, c) => {
		const values = sample.map((row) => row[c].trim()).filter((value) => value !== '');
		const hints = values.map(dateOrderHint);
		// Only columns that are mostly dates give evidence (not a version number or a decimal).
		if (hints.filter((hint) => hint !== 'none').length < hints.length / 2) return;
		hints.forEach((hint, i) => {
			counts[hint]++;
			if (hint !== 'none') examples[hint] ??= values[i];
		});
	});
	const dayFirst = counts['day-first'];
	const monthFirst = counts['month-first'];
	if (dayFirst > 0 && monthFirst === 0) {
		return {
			order: 'dmy',
			evidence: `${dayFirst} dates such as ${examples['day-first']} start with a number over 12, so dates are read day/month/year.`,
			warning: null
		};
	}
	if (monthFirst > 0 && dayFirst === 0) {
		return {
			order: 'mdy',
			evidence: `${monthFirst} dates such as ${examples['month-first']} have a second number over 12, so dates are read month/day/year.`,
			warning: null
		};
	}
	if (dayFirst > 0 && monthFirst > 0) {
		const order: DateOrder = dayFirst >= monthFirst ? 'dmy' : 'mdy';
		const evidence = `The dates disagree: ${dayFirst} look day-first (${examples['day-first']}) and ${monthFirst} month-first (${examples['month-first']}); read as ${order === 'dmy' ? 'day/month' : 'month/day'}, the majority.`;
		return { order, evidence, warning: `${evidence} The others will be rejected as bad dates.` };
	}
	if (counts.ambiguous > 0) {
		const saysMonthFirst = header.some((name) => /m{1,2}[/.-]d{1,2}/i.test(name));
		const order: DateOrder = saysMonthFirst ? 'mdy' : 'dmy';
		const way = order === 'dmy' ? 'day/month/year' : 'month/day/year';
		const evidence = `No date in the sample tells day and month apart (e.g. ${examples.ambiguous}); read as ${way}${saysMonthFirst ? ' as the header says' : ''}.`;
		return {
			order,
			evidence,
			warning: `${evidence} Change the date order in the mapping if that is wrong.`
		};
	}
	if (counts['month-name'] > 0 && counts['year-first'] === 0) {
		return {
			order: 'dmy',
			evidence: `Months are written as names (${examples['month-name']}): there is no day/month question.`,
			warning: null
		};
	}
	if (counts['year-first'] > 0) {
		return {
			order: 'ymd',
			evidence: `Dates are written year first (${examples['year-first']}): there is no day/month question.`,
			warning: null
		};
	}
	return { order: 'dmy', evidence: 'No dates were found in the sample.', warning: null };
}

/**
 * A return prefix on order ids (Online Retail's `C536379`): leading letters shared by order ids
 * whose lines are ≥ 80% negative, on fewer than half the rows. '' when there is none.
 */
export function suggestReturnPrefix(
	roles: ColumnRole[],
	sample: string[][],
	decimals: ('.' | ',')[]
): string {
	const order = roles.indexOf('order');
	const signColumn =
		roles.indexOf('amount') >= 0 ? roles.indexOf('amount') : roles.indexOf('quantity');
	if (order < 0 || signColumn < 0 || sample.length === 0) return '';
	const byPrefix = new Map<string, { rows: number; negative: number }>();
	for (const row of sample) {
		const match = /^([A-Za-z]{1,3})[-_ ]?\d/.exec(row[order].trim());
		if (!match) continue;
		const entry = byPrefix.get(match[1]) ?? { rows: 0, negative: 0 };
		entry.rows++;
		if (parseNumber(row[signColumn], decimals[signColumn]) < 0) entry.negative++;
		byPrefix.set(match[1], entry);
	}
	let best = '';
	let bestRows = 0;
	for (const [prefix, { rows, negative }] of byPrefix) {
		if (negative >= rows * 0.8 && rows < sample.length / 2 && rows > bestRows) {
			best = prefix;
			bestRows = rows;
		}
	}
	return best;
}

const ROLE_WORDS: Record<ColumnRole, string> = {
	customer: 'customer',
	date: 'order date',
	amount: 'amount',
	quantity: 'quantity',
	unitPrice: 'unit price',
	order: 'order id',
	product: 'product',
	category: 'category',
	discount: 'discount',
	cost: 'cost',
	margin: 'margin',
	channel: 'channel',
	returnFlag: 'return flag',
	ignore: 'ignored'
};

const ORDER_PATTERN: Record<DateOrder, string> = {
	dmy: 'DD/MM/YYYY',
	mdy: 'MM/DD/YYYY',
	ymd: 'YYYY-MM-DD'
};

const percent = (part: number, whole: number) =>
	`${whole === 0 ? 0 : Math.floor((part / whole) * 100)}%`;

/** Why a column got its role, in words for the mapping step ('' for ignored columns). */
export function roleReason(
	name: string,
	role: ColumnRole,
	stats: ColumnStats,
	context: {
		preset: FormatPreset | null;
		guessed: boolean;
		hasHeader: boolean;
		excelSerial: boolean;
		dateOrder: DateOrder;
	}
): string {
	if (role === 'ignore') return '';
	const { nonEmpty, dates, numbers, fractional, distinct } = stats;
	if (context.excelSerial) {
		return `values look like Excel serial dates: ${percent(stats.serials ?? 0, nonEmpty)} are days since 1899-12-30 in ${EXCEL_SERIAL_MIN}–${EXCEL_SERIAL_MAX}`;
	}
	if (context.preset) return `${context.preset.name}: “${name}” is the ${ROLE_WORDS[role]}`;
	if (context.hasHeader && !context.guessed) {
		return `header “${name}” means ${ROLE_WORDS[role]}`;
	}
	switch (role) {
		case 'date':
			return `values look like dates: ${percent(dates, nonEmpty)} parse as ${ORDER_PATTERN[context.dateOrder]}`;
		case 'amount':
			return `values look like money: ${percent(numbers, nonEmpty)} are numbers, ${percent(fractional, nonEmpty)} with decimals`;
		case 'customer':
			return `values repeat like customer ids: ${distinct ?? '?'} different in ${nonEmpty} rows`;
		case 'quantity':
			return `values look like counts: ${percent(numbers, nonEmpty)} are small whole numbers`;
		default:
			return `guessed from the values of “${name}”`;
	}
}
