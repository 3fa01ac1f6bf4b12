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
	/** Left edge and width of the bar. */
	barX: number;
	barWidth: number;
	isLoss: boolean;
}

export interface GroupContributionLayout {
	rows: GroupContributionRow[];
	height: number;
	/** Where the names end and the bars start; where the ROI column starts. */
	plotLeft: number;
	roiX: number;
	x: ScaleLinear<number, number>;
	zeroX: number;
	ticks: number[];
}

export const GROUP_MARGIN = { top: 22, bottom: 26, rowHeight: 30, roiWidth: 64 };

/**
 * Rows in the given order (empty groups left out), names in the first `labelWidth` pixels (at most
 * 35% of the width), bars on a scale from min(0, smallest) to max(0, largest), rounded.
 */
export function layoutGroupContribution(
	groups: readonly GroupContribution[],
	width: number,
	labelWidth = 150
): GroupContributionLayout {
	const plotLeft = Math.round(Math.min(labelWidth, width * 0.35));
	const roiX = Math.max(plotLeft + 40, width - GROUP_MARGIN.roiWidth);
	const shown = groups.filter((g) => g.customers > 0);
	const low = Math.min(0, ...shown.map((g) => g.contribution));
	const high = Math.max(0, ...shown.map((g) => g.contribution));
	const x = scaleLinear([low, high === low ? low + 1 : high], [plotLeft, roiX - 12]).nice(4);
	const zeroX = x(0);
	const rows = shown.map((group, i) => {
		const end = x(group.contribution);
		return {
			...group,
			y: GROUP_MARGIN.top + i * GROUP_MARGIN.rowHeight,
			barX: Math.min(zeroX, end),
			barWidth: Math.abs(end - zeroX),
			isLoss: group.contribution < 0
		};
	});
	return {
		rows,
		height: GROUP_MARGIN.top + rows.length * GROUP_MARGIN.rowHeight + GROUP_MARGIN.bottom,
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
