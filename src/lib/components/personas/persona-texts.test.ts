import { afterEach, describe, expect, it } from 'vitest';
import { displayCurrency, locale } from '../../i18n';
import type { EditedPersona } from '$lib/state/types';
import { buildCustomerTable } from '$lib/engine/customers/customer-table';
import { computePersonas } from '$lib/engine/personas/compute-personas';
import { DEFAULT_PERSONA_SETTINGS } from '$lib/engine/personas/personas-options';
import { ordersFromRows, type TestRow } from '$lib/engine/tables/test-tables';
import {
	personaApproach,
	personaName,
	personaStory,
	personasInLanguage,
	personasProgress,
	whoLine
} from './persona-texts';

/** A card as the engine gives it, with only the fields the texts read filled in. */
const card = {
	key: 'k-1',
	index: 0,
	name: 'London-based frequent buyers',
	nameParts: {
		parts: [
			{ kind: 'level', level: 'London', place: true },
			{ kind: 'word', word: 'frequent' }
		],
		number: null
	},
	dominantAttributes: ['62% in London', 'mostly 30–39'],
	dominant: [
		{ kind: 'place', share: 0.62, level: 'London' },
		{ kind: 'ageDecade', from: 30, to: 39 }
	],
	story: 'English story',
	storyFacts: {
		alias: 'Alex',
		age: 37,
		orders: 6,
		recency: { count: 3, unit: 'week' },
		span: { count: 14, unit: 'month' },
		gap: { count: 1, unit: 'month' },
		orderValue: 85,
		value: 510,
		discountShare: 0,
		category: { name: 'Kitchen', focused: false },
		channel: { name: 'web', kind: 'online' },
		customers: 1240,
		customerShare: 0.12,
		valueShare: 0.41,
		valueBasis: 'revenue'
	},
	approach: 'English approach',
	approachCodes: { codes: ['reward', 'categoryMailing'], category: 'Kitchen' },
	edited: {},
	generated: { name: 'London-based frequent buyers', story: 'English story', approach: 'x' }
} as unknown as EditedPersona;

/** Text without the isolate marks around values from the data. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

afterEach(() => {
	locale.current = 'en';
	displayCurrency.current = '';
});

describe('persona texts', () => {
	it('tells the story in English from the facts, as the engine words it', () => {
		displayCurrency.current = 'GBP';
		expect(plain(personaStory(card))).toBe(
			'Alex, 37, has placed 6 orders over 14 months, the last 3 weeks ago (usually one every month), ' +
				'spending about £85 an order and £510 in all, at full price, most often on Kitchen. ' +
				'Buys online. Alex stands for 1,240 customers (12%), who bring 41% of revenue; among them ' +
				'62% in London, mostly 30–39.'
		);
	});

	it('tells the story in Urdu with the same figures and the stand-in name in Urdu letters', () => {
		locale.current = 'ur';
		const story = personaStory(card);
		expect(story).toMatch(/^ایلکس \(عمر 37\) نے 14 مہینے میں 6 آرڈر دیے، آخری 3 ہفتے پہلے/);
		expect(story).toContain('(عموماً ہر مہینے ایک)');
		expect(story).toContain('\u2068Kitchen\u2069');
		expect(story).toContain('آن لائن خریدتے ہیں۔');
		expect(story).toContain('1,240 گاہکوں (12%)');
		expect(story).toContain('41% آمدنی');
		expect(story).toContain('62% \u2068London\u2069 میں');
		// No English word outside the isolated data values.
		expect(story.replace(/\u2068[^\u2069]*\u2069/g, '')).not.toMatch(/[A-Za-z]{2,}/);
	});

	it('names the persona and says who they are in the chosen language', () => {
		expect(plain(personaName(card))).toBe('London-based frequent buyers');
		locale.current = 'ur';
		expect(personaName(card)).toBe('\u2068London\u2069 کے، باقاعدہ خریدار');
		expect(whoLine(card)).toBe('62% \u2068London\u2069 میں؛ زیادہ تر 30 سے 39 سال کے');
	});

	it('words each suggestion of the approach by its code, the category isolated', () => {
		locale.current = 'ur';
		const approach = personaApproach(card);
		expect(approach).toMatch(/^انعام دیں/);
		expect(approach).toContain('\u2068Kitchen\u2069 کے بارے میں ای میلز');
	});

	it('keeps the user’s own texts and gives the generated ones in the chosen language', () => {
		locale.current = 'ur';
		const edited = { ...card, name: 'Our regulars', edited: { name: true } } as EditedPersona;
		const [shown] = personasInLanguage([edited]);
		expect(shown.name).toBe('Our regulars');
		expect(shown.generated.name).toBe(personaName(card));
		expect(shown.story).toBe(personaStory(card));
		expect(shown.generated.story).toBe(shown.story);
		expect(shown.approach).toBe(personaApproach(card));
	});

	it('keeps the engine’s text for a card without facts (an older answer)', () => {
		locale.current = 'ur';
		const old = {
			...card,
			storyFacts: undefined,
			nameParts: undefined
		} as unknown as EditedPersona;
		expect(personaStory(old)).toBe('English story');
		expect(personaName(old)).toBe('London-based frequent buyers');
	});
});

describe('personas progress', () => {
	/** Three customers with one to three orders of 10 each. */
	const rows: TestRow[] = [1, 2, 3].flatMap((orders) =>
		Array.from({ length: orders }, (_, o) => ({
			customer: `c${orders}`,
			order: `c${orders}-${o}`,
			date: `2024-0${o + 1}-0${orders}`,
			amount: 10
		}))
	);

	it('words every step the engine reports in Urdu, with its figures', async () => {
		const seen: string[] = [];
		const { edits: _edits, ...options } = DEFAULT_PERSONA_SETTINGS;
		await computePersonas(
			buildCustomerTable(ordersFromRows(rows)),
			{ categoryNames: null, channelNames: null },
			{ ...options, autoK: false, k: 3 },
			undefined,
			{ progress: (_phase, message) => seen.push(message) }
		);
		expect(seen).toEqual([
			'Clustering 3 customers for k = 2 to 8',
			'Clustering for k = 3',
			'Writing the persona cards'
		]);
		locale.current = 'ur';
		expect(seen.map(personasProgress)).toEqual([
			'3 گاہکوں کی گروہ بندی، \u2066k = 2\u2069 سے 8 تک',
			'\u2066k = 3\u2069 کے لیے گروہ بندی',
			'پرسونا کارڈ لکھے جا رہے ہیں'
		]);
	});

	it('words the worker’s customer-table step and keeps an unknown line as it is', () => {
		locale.current = 'ur';
		expect(personasProgress('Building the customer table')).toBe('گاہکوں کا جدول بن رہا ہے');
		expect(personasProgress('Something else')).toBe('Something else');
		expect(personasProgress(null)).toBeNull();
	});

	it('reads a count written with thousands separators', () => {
		locale.current = 'ur';
		expect(personasProgress('Clustering 12,345 customers for k = 2 to 8')).toBe(
			'12,345 گاہکوں کی گروہ بندی، \u2066k = 2\u2069 سے 8 تک'
		);
	});
});
