/**
 * The Movement view's group names in Urdu are worded as each family's own view words them: a
 * persona as the Personas view's card for the same clustering, a default RFM segment as the
 * Segments view names it, a purchase pattern as the Segments view titles it. Real data: CDNOW's
 * 1/10 sample, through the worker's own handlers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cdnowDatasets } from '../../../../tests/unit/cdnow-sample';
import { groupName } from '$lib/charts/movement/flow-chart-text';
import type { CustomerTableChoice } from '$lib/engine/customers/customer-table-choice';
import type { MovementFamily } from '$lib/engine/movement/movement-options';
import { DEFAULT_PERSONA_SETTINGS } from '$lib/engine/personas/personas-options';
import { DEFAULT_SEGMENTS_OPTIONS } from '$lib/engine/segments/segments-options';
import { applyPersonaEdits } from '$lib/state/persona-edits';
import { locale, segmentName } from '../../i18n';
import type { HandlerContext } from '$lib/worker/datasets';
import { createMovementHandlers } from '$lib/worker/movement/handlers';
import { createPersonaHandlers } from '$lib/worker/personas/handlers';
import { createSegmentHandlers } from '$lib/worker/segments/handlers';
import { personasInLanguage } from '../personas/persona-texts';
import { familyGroupNamer } from './group-names';

const FROM = '1997-10-01';
const TO = '1998-04-01';
const TABLE: CustomerTableChoice = { basis: 'revenue', analysisDate: null, startDate: null };
/** The Personas and Segments views at the movement's from-date: the same customer table. */
const AT_FROM: CustomerTableChoice = { ...TABLE, analysisDate: FROM };
const { edits: _edits, ...PERSONAS } = DEFAULT_PERSONA_SETTINGS;
const context = (): HandlerContext => ({
	signal: new AbortController().signal,
	progress: () => {}
});

const datasets = cdnowDatasets();
const movement = createMovementHandlers(datasets);
const personas = createPersonaHandlers(datasets);
const segments = createSegmentHandlers(datasets);

async function movementBy(family: MovementFamily) {
	return movement.analyseMovement(
		{ currency: '', datasetId: 'cdnow', table: TABLE, options: { from: FROM, to: TO, family } },
		context()
	);
}

/** The family's groups at the from-date as the Movement view names them, in the chosen language. */
function shownNames(answer: Awaited<ReturnType<typeof movementBy>>): Map<string, string> {
	const namer = familyGroupNamer(answer);
	return new Map(
		answer.groups.from
			.filter((g) => g.kind === 'group')
			.map((g) => [g.slug, groupName(answer, g.slug, 'from', namer)])
	);
}

/** Urdu letters, spaces and the Urdu comma only: no English word left. */
const URDU_ONLY = /^[\u0600-\u06ff\s،0-9۰-۹]+$/;

afterEach(() => {
	locale.current = 'en';
});

describe('movement group names', () => {
	it('words each persona in Urdu as the Personas view names its card for the same clustering', async () => {
		const answer = await movementBy('persona');
		const view = await personas.analysePersonas(
			{ currency: '', datasetId: 'cdnow', table: AT_FROM, options: PERSONAS },
			context()
		);
		// Comparable: the Personas view at the from-date finds the same personas, in the same order.
		const groups = answer.groups.from.filter((g) => g.kind === 'group');
		expect(groups.map((g) => g.name)).toEqual(view.personas.map((p) => p.name));
		locale.current = 'ur';
		const cards = personasInLanguage(applyPersonaEdits(view.personas, [])).map((card) => card.name);
		const shown = shownNames(answer);
		expect(groups.map((g) => shown.get(g.slug))).toEqual(cards);
		expect(cards.length).toBeGreaterThan(1);
		for (const name of cards) expect(name).toMatch(URDU_ONLY);
	});

	it('keeps the engine’s English persona names in English', async () => {
		const answer = await movementBy('persona');
		const shown = shownNames(answer);
		for (const group of answer.groups.from.filter((g) => g.kind === 'group')) {
			expect(shown.get(group.slug)).toBe(group.name);
		}
	});

	it('words each default RFM segment in Urdu as the Segments view names it', async () => {
		const answer = await movementBy('rfm');
		const view = await segments.analyseSegments(
			{ currency: '', datasetId: 'cdnow', table: AT_FROM, options: DEFAULT_SEGMENTS_OPTIONS },
			context()
		);
		locale.current = 'ur';
		const bySlug = new Map(view.segments.map((s) => [s.slug, segmentName(s.name)]));
		const shown = shownNames(answer);
		expect([...shown.keys()].sort()).toEqual([...bySlug.keys()].sort());
		for (const [slug, name] of shown) expect(name).toBe(bySlug.get(slug));
		expect(shown.get('champions')).toBe('چیمپئن');
		for (const name of shown.values()) expect(name).toMatch(URDU_ONLY);
	});

	it('words the purchase patterns in Urdu as the Segments view titles them', async () => {
		const answer = await movementBy('pattern');
		locale.current = 'ur';
		expect(shownNames(answer)).toEqual(
			new Map([
				['one-time', 'ایک بار'],
				['regular', 'باقاعدہ'],
				['irregular', 'بے قاعدہ']
			])
		);
	});

	it('keeps the ABC classes’ letters, as the Value view shows them', async () => {
		const answer = await movementBy('abc');
		locale.current = 'ur';
		expect([...shownNames(answer).values()]).toEqual(['A', 'B', 'C']);
	});

	it('shows a segment the user named as written, in Urdu too', () => {
		const answer = {
			family: 'rfm' as const,
			nameParts: {},
			groups: {
				from: [
					{ slug: 'vips', name: 'Our VIPs', kind: 'group' },
					{ slug: 'champions', name: 'Champions', kind: 'group' }
				],
				to: []
			}
		};
		locale.current = 'ur';
		const namer = familyGroupNamer(answer);
		expect(answer.groups.from.map((g) => namer(g as never))).toEqual(['Our VIPs', 'چیمپئن']);
	});
});
