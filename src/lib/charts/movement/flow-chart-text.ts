/**
 * The words of the movement flow chart, without the DOM: the read-out sentence of a flow, labels
 * cut to fit a column, which node labels have room, and the policy line wrapped to the width.
 */
import type { MovementFlow, MovementReport } from '../../engine/movement/movement-report';

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const money = new Intl.NumberFormat('en-GB', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});

/** "Champions → At Risk: 42 customers, 12% of Champions on 2011-06-01 — a critical downgrade; …" */
export function describeFlow(flow: MovementFlow, report: MovementReport): string {
	const nameOf = (slug: string, side: 'from' | 'to') =>
		report.groups[side].find((g) => g.slug === slug)?.name ?? slug;
	const from = nameOf(flow.from, 'from');
	const to = nameOf(flow.to, 'to');
	const rowTotal = report.groups.from.find((g) => g.slug === flow.from)?.customers ?? 0;
	const people = `${integer.format(flow.customers)} customer${flow.customers === 1 ? '' : 's'}`;
	const share = rowTotal > 0 ? Math.round((flow.customers / rowTotal) * 100) : 0;
	const head = flow.isStay
		? `${from} at both dates: ${people}, ${share}% of ${from} on ${report.from}`
		: flow.from === 'new'
			? `New → ${to}: ${people} first seen on or after ${report.from}`
			: `${from} → ${to}: ${people}, ${share}% of ${from} on ${report.from}`;
	const critical = flow.isCritical ? ' — a critical downgrade' : '';
	const value =
		flow.from === 'new'
			? `value ${money.format(flow.value)} on ${report.to}`
			: `value ${money.format(flow.valueBefore)} on ${report.from}, ${money.format(flow.value)} on ${report.to}`;
	return `${head}${critical}; ${value}. Press Enter to list them.`;
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
