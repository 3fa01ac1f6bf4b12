/**
 * The story a workshop walks through, one slide per step, built from the reports the views show:
 * who brings 80% of the value, the segments and what to do with each, the personas as people,
 * where profit is made and lost, who to call first. Plain data (numbers raw, text ready), so the
 * presenter's window can send it to the audience window as it is.
 *
 * With `hideNames`, every customer id becomes a neutral label ("Customer 1", numbered in order of
 * first appearance across the whole story), so the same customer keeps the same label everywhere.
 */
import type { PlanRow } from '../../engine/accounts/export-accounts';
import type { ProfitReport } from '../../engine/profit/profit-report';
import type { SegmentsReport } from '../../engine/segments/segments-report';
import type { ValueReport } from '../../engine/value/value-report';
import type { EditedPersona } from '../../state/persona-edits';
import type { StoryInput } from '../../state/presenter.svelte';
import { formatDecimal, formatInteger, formatMoney, formatShare } from '../../i18n/format';

export interface StoryFigure {
	label: string;
	/** The raw number, for `data-value`. */
	value: number;
	text: string;
	/** `data-metric` name, `present.<slide>.<figure>`. */
	metric: string;
}

export interface StoryItem {
	title: string;
	text: string;
	note: string | null;
}

export interface StorySlide {
	key: string;
	kicker: string;
	heading: string;
	lead: string;
	figures: StoryFigure[];
	items: StoryItem[];
}

export type { StoryInput };

const TOP_SHOWN = 5;
const SEGMENTS_SHOWN = 6;
const PERSONAS_SHOWN = 6;
const LOSING_SHOWN = 3;
const CALLS_SHOWN = 6;

/** A labeller: ids as they are, or "Customer n" in order of first appearance. */
export function customerLabeller(hideNames: boolean): (id: string) => string {
	const labels = new Map<string, string>();
	return (id) => {
		if (!hideNames) return id;
		let label = labels.get(id);
		if (!label) {
			label = `Customer ${labels.size + 1}`;
			labels.set(id, label);
		}
		return label;
	};
}

const figure = (slide: string, name: string, label: string, value: number, text: string) => ({
	label,
	value,
	text,
	metric: `present.${slide}.${name}`
});

function valueSlide(value: ValueReport, label: (id: string) => string): StorySlide {
	return {
		key: 'pareto',
		kicker: 'Who brings the value',
		heading: `${formatShare(value.shareFor80)} of customers bring 80% of the value`,
		lead: `${formatInteger(value.countFor80)} of ${formatInteger(value.customers)} customers. The top 20% bring ${formatShare(value.topShare)}.`,
		figures: [
			figure(
				'pareto',
				'shareFor80',
				'Customers behind 80%',
				value.shareFor80,
				formatShare(value.shareFor80)
			),
			figure(
				'pareto',
				'topShare',
				'Value of the top 20%',
				value.topShare,
				formatShare(value.topShare)
			),
			figure(
				'pareto',
				'totalValue',
				`Total ${value.valueBasis}`,
				value.totalValue,
				formatMoney(value.totalValue)
			)
		],
		items: value.top.slice(0, TOP_SHOWN).map((row) => ({
			title: `${row.rank}. ${label(row.id)}`,
			text: `${formatMoney(row.value)} over ${formatInteger(row.orders)} orders`,
			note: `class ${row.abc}`
		}))
	};
}

function segmentsSlide(segments: SegmentsReport): StorySlide {
	const shown = segments.segments
		.filter((s) => s.customers > 0)
		.sort((a, b) => b.value - a.value)
		.slice(0, SEGMENTS_SHOWN);
	return {
		key: 'segments',
		kicker: 'The segments, and what to do with each',
		heading: `${formatInteger(segments.nonEmptySegments)} segments by recency, frequency and spend`,
		lead: 'Largest value first: who they are, and the action that fits.',
		figures: [],
		items: shown.map((s) => ({
			title: s.name,
			text: s.action,
			note: `${formatInteger(s.customers)} customers (${formatShare(s.customerShare)}) · ${formatShare(s.valueShare)} of value`
		}))
	};
}

/** The first sentence of a persona's story: the person, in words a room can read at a glance. */
export function firstSentence(text: string): string {
	const end = text.search(/[.!?](\s|$)/);
	return end < 0 ? text : text.slice(0, end + 1);
}

function personasSlide(personas: EditedPersona[]): StorySlide {
	return {
		key: 'personas',
		kicker: 'The people behind the numbers',
		heading: `${formatInteger(personas.length)} personas`,
		lead: 'Each persona is a group of customers who buy alike.',
		figures: [],
		items: personas.slice(0, PERSONAS_SHOWN).map((p) => ({
			title: p.name,
			text: firstSentence(p.story),
			note: `${formatShare(p.customerShare)} of customers · ${formatShare(p.valueShare)} of value`
		}))
	};
}

function profitSlide(profit: ProfitReport, label: (id: string) => string): StorySlide {
	const groups = profit.groups.filter((g) => g.customers > 0);
	const best = [...groups].sort((a, b) => b.contribution - a.contribution)[0];
	const worst = [...groups].sort((a, b) => a.contribution - b.contribution)[0];
	const items: StoryItem[] = [];
	if (best)
		items.push({
			title: `Most profit: ${best.name}`,
			text: `${formatMoney(best.contribution)} contribution`,
			note: `${formatInteger(best.customers)} customers`
		});
	if (worst && worst !== best)
		items.push({
			title: `Least profit: ${worst.name}`,
			text: `${formatMoney(worst.contribution)} contribution`,
			note: `${formatInteger(worst.customers)} customers`
		});
	for (const c of profit.losing.customers.slice(0, LOSING_SHOWN)) {
		items.push({
			title: label(c.id),
			text: `loses ${formatMoney(-c.contribution)}`,
			note: `largest cost: ${c.largestCost}`
		});
	}
	return {
		key: 'profit',
		kicker: 'Where profit is made and lost',
		heading: `${formatInteger(profit.losing.count)} customers cost more than they bring`,
		lead: `Together they lose ${formatMoney(profit.losing.loss)}; the profitable ones make ${formatMoney(profit.whale.peak.contribution)} before that.`,
		figures: [
			figure(
				'profit',
				'contribution',
				'Total contribution',
				profit.totals.contribution,
				formatMoney(profit.totals.contribution)
			),
			figure(
				'profit',
				'losing',
				'Losing customers',
				profit.losing.count,
				formatInteger(profit.losing.count)
			)
		],
		items
	};
}

function callSlide(plan: PlanRow[], label: (id: string) => string): StorySlide {
	return {
		key: 'calls',
		kicker: 'Who to call first',
		heading: 'The first account reviews of the plan',
		lead: 'In plan order: the reviews due first, then the biggest opportunity (whitespace × capacity).',
		figures: [],
		items: plan.slice(0, CALLS_SHOWN).map((row) => ({
			title: label(row.customerId),
			text: `${row.level} opportunity${row.opportunity !== null ? ` · score ${formatDecimal(row.opportunity)}` : ''}`,
			note: `review by ${row.dueDate}`
		}))
	};
}

/** The slides, in story order; a step whose report is missing is left out. */
export function buildStory(input: StoryInput): StorySlide[] {
	const label = customerLabeller(input.hideNames);
	const slides: StorySlide[] = [
		{
			key: 'title',
			kicker: 'The story of our customers',
			heading: input.datasetName,
			lead: input.value
				? `${formatInteger(input.value.customers)} customers, up to ${input.value.analysisDate}.`
				: 'Computing…',
			figures: input.value
				? [
						figure(
							'title',
							'customers',
							'Customers',
							input.value.customers,
							formatInteger(input.value.customers)
						)
					]
				: [],
			items: []
		}
	];
	if (input.value) slides.push(valueSlide(input.value, label));
	if (input.segments) slides.push(segmentsSlide(input.segments));
	if (input.personas && input.personas.length > 0) slides.push(personasSlide(input.personas));
	if (input.profit) slides.push(profitSlide(input.profit, label));
	if (input.plan && input.plan.length > 0) slides.push(callSlide(input.plan, label));
	return slides;
}
