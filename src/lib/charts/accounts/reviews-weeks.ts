/**
 * The layout of the reviews-per-week chart, without the DOM: one stacked bar per week of the plan
 * (High at the bottom, then Medium, then Low), on a count scale from 0 to the fullest week or the
 * weekly capacity, whichever is larger, with a line at the capacity.
 */
import { scaleBand, scaleLinear, stack } from 'd3';
import type { PlanWeek } from '../../engine/accounts/accounts-report';

export const WEEK_LEVELS = ['High', 'Medium', 'Low'] as const;
export type WeekLevel = (typeof WEEK_LEVELS)[number];

export const WEEKS_MARGIN = { top: 12, right: 12, bottom: 34, left: 40 };

export interface WeekSegment {
	level: WeekLevel;
	count: number;
	y: number;
	height: number;
}

export interface WeekBar {
	index: number;
	weekStart: string;
	total: number;
	x: number;
	width: number;
	/** The centre of the bar, for the focus marker. */
	centre: number;
	segments: WeekSegment[];
}

export interface ReviewsWeeksLayout {
	bars: WeekBar[];
	yTicks: { value: number; y: number }[];
	/** x labels, at most about one every 90 px: month-day, or year-month when the plan runs past
	 * half a year. */
	xLabels: { index: number; label: string; x: number }[];
	capacityY: number;
	plotBottom: number;
	plotRight: number;
	/** What the x labels show: the weeks' year-month (a long plan) or month-day; the chart words it. */
	xCaption: 'yearMonth' | 'monthDay';
}

/** Bars, ticks and the capacity line for `weeks` in a `width` × `height` box. */
export function layoutReviewsWeeks(
	weeks: readonly PlanWeek[],
	perWeek: number,
	width: number,
	height: number
): ReviewsWeeksLayout {
	const { top, right, bottom, left } = WEEKS_MARGIN;
	const plotRight = Math.max(left + 1, width - right);
	const plotBottom = Math.max(top + 1, height - bottom);
	const x = scaleBand<number>()
		.domain(weeks.map((_, i) => i))
		.range([left, plotRight])
		.paddingInner(weeks.length > 60 ? 0 : 0.2);
	const largest = Math.max(perWeek, ...weeks.map((week) => week.total), 1);
	const y = scaleLinear([0, largest], [plotBottom, top]).nice(5);
	const series = stack<PlanWeek, WeekLevel>().keys(WEEK_LEVELS)(weeks as PlanWeek[]);
	const bars = weeks.map((week, index) => {
		const barX = x(index) ?? left;
		return {
			index,
			weekStart: week.weekStart,
			total: week.total,
			x: barX,
			width: Math.max(1, x.bandwidth()),
			centre: barX + x.bandwidth() / 2,
			segments: series.map((layer) => {
				const [from, to] = layer[index];
				return { level: layer.key, count: to - from, y: y(to), height: y(from) - y(to) };
			})
		};
	});
	const every = Math.max(1, Math.ceil(90 / Math.max(0.01, x.step())));
	const long = weeks.length > 26;
	const xLabels = bars
		// A label centred near the right edge would be cut off.
		.filter((bar) => bar.index % every === 0 && (bar.index === 0 || bar.centre <= plotRight - 24))
		.map((bar) => ({
			index: bar.index,
			label: long ? bar.weekStart.slice(0, 7) : bar.weekStart.slice(5),
			x: bar.centre
		}));
	return {
		bars,
		yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
		xLabels,
		capacityY: y(perWeek),
		plotBottom,
		plotRight,
		xCaption: long ? 'yearMonth' : 'monthDay'
	};
}
