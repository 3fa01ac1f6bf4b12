/**
 * The suggestions of an orders file's first look (`sniff-orders.ts`) that read the sampled values:
 * the day/month order of dates, a return prefix on order ids, and why each column got its role.
 */
import type { ColumnStats } from './detect-roles';
import { dateOrderHint, EXCEL_SERIAL_MAX, EXCEL_SERIAL_MIN } from './parse-date';
import { parseNumber } from './parse-number';
import type { FormatPreset } from './presets/index';
import type { ColumnRole, DateOrder } from './types';
import {
	describeRoleReason,
	describeSniffWarning,
	type DateOrderEvidence,
	type DateOrderWarning,
	type RoleReason
} from './sniff-warnings';

/**
 * The day/month order from the values of date-like columns: a first field over 12 (`31/12/2011`)
 * means day first, a second over 12 (`12/31/2011`) month first. Without evidence: day first,
 * unless the header says `mm/dd`, with a warning either way.
 */
export function decideDateOrder(
	header: string[],
	sample: string[][]
): {
	order: DateOrder;
	/** Why, by code with its figures (`describeDateOrderEvidence` words it). */
	evidence: DateOrderEvidence;
	warning: string | null;
	/** The warning by code, with its figures (null when there is none). */
	warningCause: DateOrderWarning | null;
} {
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
			evidence: { code: 'day-over-12', count: dayFirst, example: examples['day-first'] },
			warning: null,
			warningCause: null
		};
	}
	if (monthFirst > 0 && dayFirst === 0) {
		return {
			order: 'mdy',
			evidence: { code: 'month-over-12', count: monthFirst, example: examples['month-first'] },
			warning: null,
			warningCause: null
		};
	}
	if (dayFirst > 0 && monthFirst > 0) {
		const order = dayFirst >= monthFirst ? 'dmy' : 'mdy';
		const cause: DateOrderWarning = {
			code: 'dates-disagree',
			dayFirst,
			dayExample: examples['day-first'],
			monthFirst,
			monthExample: examples['month-first'],
			order
		};
		return {
			order,
			evidence: cause,
			warning: describeSniffWarning(cause),
			warningCause: cause
		};
	}
	if (counts.ambiguous > 0) {
		const saysMonthFirst = header.some((name) => /m{1,2}[/.-]d{1,2}/i.test(name));
		const order = saysMonthFirst ? 'mdy' : 'dmy';
		const cause: DateOrderWarning = {
			code: 'dates-ambiguous',
			example: examples.ambiguous,
			order,
			headerSays: saysMonthFirst
		};
		return {
			order,
			evidence: cause,
			warning: describeSniffWarning(cause),
			warningCause: cause
		};
	}
	if (counts['month-name'] > 0 && counts['year-first'] === 0) {
		return {
			order: 'dmy',
			evidence: { code: 'month-names', example: examples['month-name'] },
			warning: null,
			warningCause: null
		};
	}
	if (counts['year-first'] > 0) {
		return {
			order: 'ymd',
			evidence: { code: 'year-first', example: examples['year-first'] },
			warning: null,
			warningCause: null
		};
	}
	return {
		order: 'dmy',
		evidence: { code: 'no-dates' },
		warning: null,
		warningCause: null
	};
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

/** A whole percent, rounded down (0 of nothing). */
const percent = (part: number, whole: number) =>
	whole === 0 ? 0 : Math.floor((part / whole) * 100);

/** Why a column got its role, by code with its figures (null for ignored columns). */
export function roleReasonCause(
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
): RoleReason | null {
	if (role === 'ignore') return null;
	const { nonEmpty, dates, numbers, fractional, distinct } = stats;
	if (context.excelSerial) {
		return {
			code: 'excel-serial',
			share: percent(stats.serials ?? 0, nonEmpty),
			min: EXCEL_SERIAL_MIN,
			max: EXCEL_SERIAL_MAX
		};
	}
	if (context.preset) return { code: 'preset', preset: context.preset.name, column: name, role };
	if (context.hasHeader && !context.guessed) return { code: 'header', column: name, role };
	switch (role) {
		case 'date':
			return { code: 'dates', share: percent(dates, nonEmpty), order: context.dateOrder };
		case 'amount':
			return {
				code: 'money',
				numbers: percent(numbers, nonEmpty),
				decimals: percent(fractional, nonEmpty)
			};
		case 'customer':
			return { code: 'customer-ids', distinct: distinct ?? null, rows: nonEmpty };
		case 'quantity':
			return { code: 'counts', share: percent(numbers, nonEmpty) };
		default:
			return { code: 'guessed', column: name };
	}
}

/** Why a column got its role, in words for the mapping step ('' for ignored columns). */
export function roleReason(
	name: string,
	role: ColumnRole,
	stats: ColumnStats,
	context: Parameters<typeof roleReasonCause>[3]
): string {
	const cause = roleReasonCause(name, role, stats, context);
	return cause ? describeRoleReason(cause) : '';
}
