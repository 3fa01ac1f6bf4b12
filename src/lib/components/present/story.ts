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
import { formatIsoDate, formatInteger, formatMoney, formatShare } from '../../i18n/format';
import { m } from '../../i18n';
import { personasInLanguage } from '../personas/persona-texts';

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

/** A labeller: ids as they are, or "Customer n" (in the chosen language) in order of first appearance. */
export function customerLabeller(hideNames: boolean): (id: string) => string {
	const labels = new Map<string, string>();
	return (id) => {
		if (!hideNames) return id;
		let label = labels.get(id);
		if (!label) {
			label = m.present.story.customer(labels.size + 1);
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
	const t = m.present.story.pareto;
	return {
		key: 'pareto',
		kicker: t.kicker,
		heading: t.heading(value.shareFor80),
		lead: t.lead(value.countFor80, value.customers, value.topShare),
		figures: [
			figure(
				'pareto',
				'shareFor80',
				t.shareFor80(),
				value.shareFor80,
				formatShare(value.shareFor80)
			),
			figure('pareto', 'topShare', t.topShare(), value.topShare, formatShare(value.topShare)),
			figure(
				'pareto',
				'totalValue',
				t.total[value.valueBasis],
				value.totalValue,
				formatMoney(value.totalValue)
			)
		],
		items: value.top.slice(0, TOP_SHOWN).map((row) => ({
			title: `${formatInteger(row.rank)}. ${label(row.id)}`,
			text: t.item(row.value, row.orders),
			note: t.abc(row.abc)
		}))
	};
}

function segmentsSlide(segments: SegmentsReport): StorySlide {
	const shown = segments.segments
		.filter((s) => s.customers > 0)
		.sort((a, b) => b.value - a.value)
		.slice(0, SEGMENTS_SHOWN);
	const t = m.present.story.segments;
	return {
		key: 'segments',
		kicker: t.kicker,
		heading: t.heading(segments.nonEmptySegments),
		lead: t.lead,
		figures: [],
		items: shown.map((s) => ({
			title: s.name,
			text: s.action,
			note: t.note(s.customers, s.customerShare, s.valueShare)
		}))
	};
}

/** The first sentence of a persona's story: the person, in words a room can read at a glance. */
export function firstSentence(text: string): string {
	const end = text.search(/[.!?۔؟](\s|$)/);
	return end < 0 ? text : text.slice(0, end + 1);
}

function personasSlide(personas: EditedPersona[]): StorySlide {
	const t = m.present.story.personas;
	return {
		key: 'personas',
		kicker: t.kicker,
		heading: t.heading(personas.length),
		lead: t.lead,
		figures: [],
		items: personasInLanguage(personas.slice(0, PERSONAS_SHOWN)).map((p) => ({
			title: p.name,
			text: firstSentence(p.story),
			note: t.note(p.customerShare, p.valueShare)
		}))
	};
}

function profitSlide(profit: ProfitReport, label: (id: string) => string): StorySlide {
	const groups = profit.groups.filter((g) => g.customers > 0);
	const best = [...groups].sort((a, b) => b.contribution - a.contribution)[0];
	const worst = [...groups].sort((a, b) => a.contribution - b.contribution)[0];
	const t = m.present.story.profit;
	const items: StoryItem[] = [];
	if (best)
		items.push({
			title: t.most(best.name),
			text: t.contribution(best.contribution),
			note: t.customers(best.customers)
		});
	if (worst && worst !== best)
		items.push({
			title: t.least(worst.name),
			text: t.contribution(worst.contribution),
			note: t.customers(worst.customers)
		});
	for (const c of profit.losing.customers.slice(0, LOSING_SHOWN)) {
		items.push({
			title: label(c.id),
			text: t.loses(-c.contribution),
			note: t.largestCost(t.costs[c.largestCost] ?? c.largestCost)
		});
	}
	return {
		key: 'profit',
		kicker: t.kicker,
		heading: t.heading(profit.losing.count),
		lead: t.lead(profit.losing.loss, profit.whale.peak.contribution),
		figures: [
			figure(
				'profit',
				'contribution',
				t.totalContribution,
				profit.totals.contribution,
				formatMoney(profit.totals.contribution)
			),
			figure(
				'profit',
				'losing',
				t.losingCustomers,
				profit.losing.count,
				formatInteger(profit.losing.count)
			)
		],
		items
	};
}

function callSlide(plan: PlanRow[], label: (id: string) => string): StorySlide {
	const t = m.present.story.calls;
	return {
		key: 'calls',
		kicker: t.kicker,
		heading: t.heading,
		lead: t.lead,
		figures: [],
		items: plan.slice(0, CALLS_SHOWN).map((row) => ({
			title: label(row.customerId),
			text: t.opportunity(t.levels[row.level] ?? row.level, row.opportunity),
			note: t.due(formatIsoDate(row.dueDate))
		}))
	};
}

/** The slides, in story order; a step whose report is missing is left out. */
export function buildStory(input: StoryInput): StorySlide[] {
	const label = customerLabeller(input.hideNames);
	const t = m.present.story.title;
	const slides: StorySlide[] = [
		{
			key: 'title',
			kicker: t.kicker,
			heading: input.datasetName,
			lead: input.value
				? t.lead(input.value.customers, formatIsoDate(input.value.analysisDate))
				: t.computing,
			figures: input.value
				? [
						figure(
							'title',
							'customers',
							t.customers,
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
