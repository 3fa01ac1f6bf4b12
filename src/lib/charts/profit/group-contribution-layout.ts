/**
 * The layout of the contribution-per-group chart, without the DOM: one row per non-empty group, a
 * bar from zero to its contribution (left of zero for a loss) on a common scale, and its ROI in a
 * column beside the bars.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import { formatFixed, locale } from '../../i18n';

export interface GroupContribution {
	key: string;
	name: string;
	customers: number;
	contribution: number;
	/** contribution ÷ (service + marketing); null when both are 0. */
	roi: number | null;
}

export interface GroupContributionRow extends GroupContribution {
	/** Top of the row. */
	y: number;
	/** The name on one line, or two when it is too long for the widest name column. */
	lines: string[];
	/** Left edge and width of the bar. */
	barX: number;
	barWidth: number;
	isLoss: boolean;
}

export interface GroupContributionLayout {
	rows: GroupContributionRow[];
	height: number;
	/** Height of every row: taller when a name takes two lines. */
	rowHeight: number;
	/** Where the names end and the bars start; where the ROI column starts. */
	plotLeft: number;
	roiX: number;
	x: ScaleLinear<number, number>;
	zeroX: number;
	ticks: number[];
}

export const GROUP_MARGIN = { top: 22, bottom: 26, rowHeight: 30, roiWidth: 64 };

/**
 * The size of the names at 12 px in the page's language, in pixels: an average letter's width,
 * the height of a line's box (getBBox's: Noto Nastaliq's is about 2.5 em, a Latin face's 1.2 em)
 * and the step between two lines. A little on the large side, so that a name never overflows.
 */
export interface NameMetrics {
	letter: number;
	box: number;
	line: number;
}
export const nameMetrics = (dir: 'ltr' | 'rtl'): NameMetrics =>
	dir === 'rtl' ? { letter: 5.4, box: 32, line: 24 } : { letter: 6.9, box: 17, line: 15 };

/** Words of `text` on lines of at most `chars` characters; a word longer than that is cut. */
function wrapName(text: string, chars: number, maxLines: number): string[] {
	const cut = (line: string) => (line.length > chars ? `${line.slice(0, chars - 1)}…` : line);
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.length - 1;
		if (last >= 0 && (lines[last].length + 1 + word.length <= chars || lines.length === maxLines)) {
			lines[last] = `${lines[last]} ${word}`;
		} else lines.push(word);
	}
	return lines.length === 0 ? [''] : lines.map(cut);
}

/**
 * Rows in the given order (empty groups left out); names in a column as wide as the longest needs
 * (`metrics`, at most 35% of the width, 45% on a phone), on two lines when even that is too
 * narrow (cut with an ellipsis beyond; the full names are in the chart's table); bars on a scale
 * from min(0, smallest) to max(0, largest), rounded.
 */
export function layoutGroupContribution(
	groups: readonly GroupContribution[],
	width: number,
	metrics: NameMetrics = nameMetrics('ltr')
): GroupContributionLayout {
	const longest = Math.max(0, ...groups.map((g) => g.name.length));
	const widest = width * (width < 480 ? 0.45 : 0.35);
	// Rounded up, so that the longest name still fits its column whole.
	const need = Math.ceil(longest * metrics.letter + 12 - 1e-6);
	const plotLeft = Math.round(Math.max(Math.min(60, widest), Math.min(need, widest)));
	const chars = Math.max(6, Math.floor((plotLeft - 12) / metrics.letter + 1e-6));
	const roiX = Math.max(plotLeft + 40, width - GROUP_MARGIN.roiWidth);
	const shown = groups.filter((g) => g.customers > 0);
	const low = Math.min(0, ...shown.map((g) => g.contribution));
	const high = Math.max(0, ...shown.map((g) => g.contribution));
	const x = scaleLinear([low, high === low ? low + 1 : high], [plotLeft, roiX - 12]).nice(4);
	const zeroX = x(0);
	const named = shown.map((group) => wrapName(group.name, chars, 2));
	const lineCount = Math.max(1, ...named.map((lines) => lines.length));
	const rowHeight = Math.max(
		GROUP_MARGIN.rowHeight,
		Math.ceil(metrics.box + (lineCount - 1) * metrics.line + 4)
	);
	const rows = shown.map((group, i) => {
		const end = x(group.contribution);
		return {
			...group,
			lines: named[i],
			y: GROUP_MARGIN.top + i * rowHeight,
			barX: Math.min(zeroX, end),
			barWidth: Math.abs(end - zeroX),
			isLoss: group.contribution < 0
		};
	});
	return {
		rows,
		height: GROUP_MARGIN.top + rows.length * rowHeight + GROUP_MARGIN.bottom,
		rowHeight,
		plotLeft,
		roiX,
		x,
		zeroX,
		// Fewer ticks on a narrow chart, so their labels never overlap.
		ticks: x.ticks(width < 480 ? 2 : 4)
	};
}

/**
 * ROI as the page shows it: "2.4×", "−0.8×", or "—" when undefined; kept left to right (LRI … PDI)
 * in right-to-left text, so the sign and × stay put.
 */
export function formatRoi(roi: number | null): string {
	if (roi === null) return '—';
	const size = Math.abs(roi);
	const text = `${roi < 0 ? '−' : ''}${formatFixed(size, size >= 10 ? 0 : 1)}×`;
	return locale.dir === 'rtl' ? `\u2066${text}\u2069` : text;
}
