/**
 * A persona's name on the other views that group by persona (lifetime value and profit per persona,
 * the customer detail) is worded by the same `personaName` as the Personas view's card: in Urdu the
 * same Urdu name, a name the user gave as written. Real data: CDNOW's 1/10 sample, through the
 * worker's own handlers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cdnowDatasets } from '../../../../tests/unit/cdnow-sample';
import { locale } from '../../i18n';
import type { CustomerTableChoice } from '$lib/engine/customers/customer-table-choice';
import { DEFAULT_PERSONA_SETTINGS } from '$lib/engine/personas/personas-options';
import { withProfitDefaults } from '$lib/engine/profit/profit-options';
import { DEFAULT_SEGMENTS_OPTIONS } from '$lib/engine/segments/segments-options';
import { applyPersonaEdits } from '$lib/state/persona-edits';
import { createClvHandlers } from '$lib/worker/clv/handlers';
import type { HandlerContext } from '$lib/worker/datasets';
import { createPersonaHandlers } from '$lib/worker/personas/handlers';
import { createProfitHandlers } from '$lib/worker/profit/handlers';
import { personaName, personasInLanguage } from './persona-texts';

const TABLE: CustomerTableChoice = { basis: 'revenue', analysisDate: null, startDate: null };
const { edits: _edits, ...PERSONAS } = DEFAULT_PERSONA_SETTINGS;
const context = (): HandlerContext => ({
	signal: new AbortController().signal,
	progress: () => {}
});

const datasets = cdnowDatasets();
const personas = createPersonaHandlers(datasets);
const clv = createClvHandlers(datasets);
const profit = createProfitHandlers(datasets);

/** The grouping the views ask for: by persona, the Personas view's clustering and names. */
const grouping = (personaNames: Record<string, string> = {}) => ({
	datasetId: 'cdnow',
	table: TABLE,
	by: 'persona' as const,
	segments: DEFAULT_SEGMENTS_OPTIONS,
	personas: PERSONAS,
	personaNames
});

/** The names the Personas view shows on its cards (in the chosen language), by persona index. */
async function personasViewNames(edits: unknown = []): Promise<Map<number, string>> {
	const out = await personas.analysePersonas(
		{ currency: '', datasetId: 'cdnow', table: TABLE, options: PERSONAS },
		context()
	);
	const shown = personasInLanguage(applyPersonaEdits(out.personas, edits));
	return new Map(shown.map((card) => [card.index, card.name]));
}

/** Urdu letters, spaces and the Urdu comma only: no English word left. */
const URDU_ONLY = /^[\u0600-\u06ff\s،0-9۰-۹]+$/;

afterEach(() => {
	locale.current = 'en';
});

describe('persona names on other views', () => {
	it('words each persona of the lifetime value per persona in Urdu as the Personas view names its card', async () => {
		const out = await clv.clvByGroup({ currency: '', ...grouping(), margin: null }, context());
		if (out.status !== 'computed') throw new Error(out.reason);
		locale.current = 'ur';
		const expected = await personasViewNames();
		const shown = out.groups.map((row) =>
			personaName({ name: row.name, nameParts: out.nameParts[row.group] })
		);
		expect(shown).toEqual(out.groups.map((row) => expected.get(row.group)));
		expect(shown.length).toBeGreaterThan(1);
		for (const name of shown) expect(name).toMatch(URDU_ONLY);
	});

	it('words each persona of the profit per persona in Urdu as the Personas view names its card', async () => {
		const out = await profit.analyseProfit(
			{ currency: '', ...grouping(), options: withProfitDefaults() },
			context()
		);
		locale.current = 'ur';
		const expected = await personasViewNames();
		const shown = out.report.groups.map((row) =>
			personaName({ name: row.name, nameParts: out.nameParts[row.group] })
		);
		expect(shown).toEqual(out.report.groups.map((row) => expected.get(row.group)));
		for (const name of shown) expect(name).toMatch(URDU_ONLY);
	});

	it('keeps the engine’s English name in English, as the command line prints it', async () => {
		const out = await profit.analyseProfit(
			{ currency: '', ...grouping(), options: withProfitDefaults() },
			context()
		);
		const shown = out.report.groups.map((row) =>
			personaName({ name: row.name, nameParts: out.nameParts[row.group] })
		);
		expect(shown).toEqual(out.report.groups.map((row) => row.name));
		expect(shown).toContain('Recent frequent buyers');
	});

	it('shows a persona the user renamed as written on the profit per persona, in Urdu too', async () => {
		const view = await personas.analysePersonas(
			{ currency: '', datasetId: 'cdnow', table: TABLE, options: PERSONAS },
			context()
		);
		const renamed = view.personas[0];
		const out = await profit.analyseProfit(
			{
				currency: '',
				...grouping({ [renamed.key]: 'Our regulars' }),
				options: withProfitDefaults()
			},
			context()
		);
		locale.current = 'ur';
		const expected = await personasViewNames([{ key: renamed.key, name: 'Our regulars' }]);
		const row = out.report.groups.find((g) => g.group === renamed.index)!;
		expect(out.nameParts[row.group]).toBeNull();
		expect(personaName({ name: row.name, nameParts: out.nameParts[row.group] })).toBe(
			'Our regulars'
		);
		expect(expected.get(renamed.index)).toBe('Our regulars');
	});

	it('words a customer’s persona in the customer detail in Urdu as the Personas view names its card', async () => {
		// The sample's first customer (master id 00004: four purchases in 1997).
		const found = await personas.personaOfCustomer(
			{ currency: '', datasetId: 'cdnow', table: TABLE, options: PERSONAS, customerId: '00004' },
			context()
		);
		expect(found).not.toBeNull();
		locale.current = 'ur';
		const expected = await personasViewNames();
		expect(personaName(found!)).toBe(expected.get(found!.index));
		expect(personaName(found!)).toMatch(URDU_ONLY);
	});

	it('gives no name parts to a grouping other than personas', async () => {
		const out = await profit.analyseProfit(
			{ currency: '', ...grouping(), by: 'pattern', options: withProfitDefaults() },
			context()
		);
		expect(out.nameParts).toEqual(out.report.groups.map(() => null));
	});
});
