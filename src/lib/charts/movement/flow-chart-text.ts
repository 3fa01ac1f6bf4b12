/**
 * The words of the movement flow chart, without the DOM: the read-out sentence of a flow, labels
 * wrapped to fit beside a column, their size in the chosen language, and the policy line wrapped
 * to the width.
 */
import type {
	MovementFlow,
	MovementGroupSummary,
	MovementReport
} from '../../engine/movement/movement-report';
import { locale, m } from '../../i18n';

/** The arrow between two groups or two values: it points the way the text reads. */
export const flowArrow = (): string => (locale.dir === 'rtl' ? '←' : '→');

/**
 * Words a family group's name (the engine's English, or a name the user gave) in the chosen
 * language. The view builds it (`components/movement/group-names.ts`: persona names from their
 * parts, the default segments', the purchase patterns'); a chart does not know the families.
 */
export type GroupNamer = (group: MovementGroupSummary) => string;

/**
 * A group's name at one side: the family's own groups through `familyName`, the groups Sieve adds
 * (New, Gone, No orders left) in the chosen language.
 */
export function groupName(
	report: MovementReport,
	slug: string,
	side: 'from' | 'to',
	familyName: GroupNamer
): string {
	const group = report.groups[side].find((g) => g.slug === slug);
	if (!group) return slug;
	const kinds = m.movement.kinds;
	return group.kind in kinds ? kinds[group.kind as keyof typeof kinds] : familyName(group);
}

/** "Champions → At Risk: 42 customers, 12% of Champions on 2011-06-01 — a critical downgrade; …" */
export function describeFlow(
	flow: MovementFlow,
	report: MovementReport,
	familyName: GroupNamer
): string {
	const rowTotal = report.groups.from.find((g) => g.slug === flow.from)?.customers ?? 0;
	return m.movement.chart.flow({
		from: groupName(report, flow.from, 'from', familyName),
		to: groupName(report, flow.to, 'to', familyName),
		kind: flow.isStay ? 'stay' : flow.from === 'new' ? 'new' : 'move',
		customers: flow.customers,
		share: rowTotal > 0 ? flow.customers / rowTotal : 0,
		fromDate: report.from,
		toDate: report.to,
		isCritical: flow.isCritical,
		valueBefore: flow.valueBefore,
		value: flow.value
	});
}

/**
 * How big a label's text is in the chosen language, in pixels, at `size` px: the height of one
 * line's box (what the browser's getBBox gives: Noto Nastaliq's letters climb about 1.9 em above
 * the baseline and its box is about 2.5 em tall, a Latin face's about 1.2 em), the step from one
 * line to the next, and an average letter's width (Nastaliq's joined letters are narrower).
 * Estimates a little on the large side, so that labels spaced by them never touch.
 */
export interface LabelMetrics {
	box: number;
	line: number;
	/** Height above the baseline of a line's box. */
	ascent: number;
	letter: number;
	/** Width of a digit or a separator (Latin figures, in either language). */
	digit: number;
}

export function labelMetrics(dir: 'ltr' | 'rtl', size: number): LabelMetrics {
	return dir === 'rtl'
		? {
				box: Math.ceil(size * 2.6),
				line: Math.ceil(size * 2),
				ascent: Math.ceil(size * 1.95),
				letter: size * 0.45,
				digit: size * 0.6
			}
		: {
				box: Math.ceil(size * 1.35),
				line: Math.ceil(size * 1.25),
				ascent: Math.ceil(size * 1.05),
				letter: size * 0.57,
				digit: size * 0.6
			};
}

/** Height of the box of a label of `lines` lines. */
export const labelHeight = (lines: number, metrics: LabelMetrics): number =>
	metrics.box + Math.max(0, lines - 1) * metrics.line;

/**
 * A name on at most `maxLines` lines of at most `chars` characters, cut by words (the last line
 * cut with an ellipsis when the name is longer still; the full name is in the chart's title and
 * its table).
 */
export function wrapLabel(text: string, chars: number, maxLines: number): string[] {
	const lines = wrapWords(text, Math.max(4, Math.floor(chars)));
	if (lines.length === 0) return [''];
	const kept = lines.slice(0, Math.max(1, maxLines));
	if (lines.length > kept.length)
		kept[kept.length - 1] = `${kept[kept.length - 1]} ${lines[kept.length]}`;
	kept[kept.length - 1] = fitLabel(kept[kept.length - 1], chars);
	return kept.map((line) => fitLabel(line, chars));
}

/** A label cut to `room` characters with an ellipsis (the full name is in the table view). */
export function fitLabel(text: string, room: number): string {
	const max = Math.max(4, Math.floor(room));
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Words of `text` in lines of at most `width` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line !== '' && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line === '' ? word : `${line} ${word}`;
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}
