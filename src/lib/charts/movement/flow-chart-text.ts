/**
 * The words of the movement flow chart, without the DOM: the read-out sentence of a flow, labels
 * cut to fit a column, which node labels have room, and the policy line wrapped to the width.
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

/** A label cut to `room` characters with an ellipsis (the full name is in the table view). */
export function fitLabel(text: string, room: number): string {
	const max = Math.max(4, Math.floor(room));
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Which of the labels centred at `ys` (top to bottom) have room: each kept label is at least `gap`
 * pixels below the last kept one, so labels of thin nodes never overlap.
 */
export function labelsWithRoom(ys: readonly number[], gap: number): boolean[] {
	let last = -Infinity;
	return ys.map((y) => {
		if (y - last < gap) return false;
		last = y;
		return true;
	});
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
