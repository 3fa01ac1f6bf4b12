import { describe, expect, it } from 'vitest';
import { namePersonas, namePersonasWithParts, traitWord, type PersonaTrait } from './name-persona';

const behaviour = (feature: string, score: number): PersonaTrait => ({
	feature,
	kind: 'behaviour',
	score
});

describe('namePersonas', () => {
	it('names a persona from its two most distinctive traits', () => {
		const [name] = namePersonas([
			{
				medianOrders: 9,
				traits: [
					behaviour('logOrders', 1.2),
					behaviour('discountShare', -0.9),
					behaviour('aov', 0.5),
					behaviour('logValue', 0.3)
				]
			}
		]);
		expect(name).toBe('Frequent full-price buyers');
	});

	it('puts timing first whatever the strengths, and says one-time when the median is one order', () => {
		const [name] = namePersonas([
			{ medianOrders: 1, traits: [behaviour('logOrders', -1.4), behaviour('recencyDays', 0.8)] }
		]);
		expect(name).toBe('Lapsed one-time buyers');
		const [occasional] = namePersonas([
			{ medianOrders: 2, traits: [behaviour('logOrders', -1.4), behaviour('recencyDays', -0.8)] }
		]);
		expect(occasional).toBe('Recent occasional buyers');
	});

	it('leaves out traits closer than 0.4 standard deviations to the mean', () => {
		const [name] = namePersonas([
			{ medianOrders: 3, traits: [behaviour('logValue', 0.39), behaviour('aov', -0.2)] }
		]);
		expect(name).toBe('Typical buyers');
	});

	it('uses a categorical attribute only when most of the persona shares it', () => {
		const london: PersonaTrait = {
			feature: 'City',
			kind: 'categorical-attribute',
			level: 'London',
			score: 1.1,
			share: 0.62
		};
		const [name] = namePersonas([
			{ medianOrders: 4, traits: [london, behaviour('logValue', 0.9)] }
		]);
		expect(name).toBe('London-based high-value buyers');
		const [minority] = namePersonas([
			{ medianOrders: 4, traits: [{ ...london, share: 0.4 }, behaviour('logValue', 0.9)] }
		]);
		expect(minority).toBe('High-value buyers');
	});

	it('words recognised numeric attributes in plain language', () => {
		const age: PersonaTrait = { feature: 'age', kind: 'numeric-attribute', score: -1 };
		const followers: PersonaTrait = { feature: 'followers', kind: 'numeric-attribute', score: 2 };
		expect(traitWord(age, 3)).toBe('younger');
		expect(traitWord(followers, 3)).toBe('influential');
		expect(traitWord({ ...followers, score: -2 }, 3)).toBeNull();
		expect(traitWord({ feature: 'Visits', kind: 'numeric-attribute', score: 0.7 }, 3)).toBe(
			'high-visits'
		);
		// "average" ends in "age" but is not an age.
		expect(traitWord({ feature: 'average', kind: 'numeric-attribute', score: 1 }, 3)).toBe(
			'high-average'
		);
	});

	it('leads with "lapsing" when most members are past twice their usual gap', () => {
		const frequent = [
			behaviour('logOrders', 2),
			behaviour('logValue', 1.5),
			behaviour('recencyDays', -0.6)
		];
		// Recent against the population, yet lapsing against their own rhythm: the rhythm wins.
		expect(namePersonas([{ medianOrders: 19, traits: frequent, isLapsing: true }])).toEqual([
			'Lapsing frequent buyers'
		]);
		expect(namePersonas([{ medianOrders: 19, traits: frequent }])).toEqual([
			'Frequent high-value buyers'
		]);
		const lapsed = [behaviour('recencyDays', 1.2), behaviour('logOrders', 0.9)];
		expect(namePersonas([{ medianOrders: 4, traits: lapsed, isLapsing: true }])).toEqual([
			'Lapsed frequent buyers'
		]);
	});

	it('adds traits to names that would collide', () => {
		const names = namePersonas([
			{
				medianOrders: 8,
				traits: [
					behaviour('logOrders', 2),
					behaviour('logValue', 1.8),
					behaviour('discountShare', -0.6)
				]
			},
			{
				medianOrders: 8,
				traits: [
					behaviour('logOrders', 1.9),
					behaviour('logValue', 1.7),
					behaviour('discountShare', 0.7)
				]
			}
		]);
		expect(names).toEqual([
			'Frequent high-value full-price buyers',
			'Frequent high-value discount-driven buyers'
		]);
	});

	it('numbers names that no trait can tell apart', () => {
		const same = { medianOrders: 2, traits: [behaviour('aov', 1)] };
		expect(namePersonas([same, same, same])).toEqual([
			'Big-basket buyers',
			'Big-basket buyers 2',
			'Big-basket buyers 3'
		]);
		expect(
			namePersonas([
				{ medianOrders: 1, traits: [] },
				{ medianOrders: 1, traits: [] }
			])
		).toEqual(['Typical buyers', 'Typical buyers 2']);
	});

	it('gives twenty personas with random traits twenty different names', () => {
		let state = 12345;
		const random = () => {
			state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
			return state / 4294967296;
		};
		const features = [
			'logValue',
			'logOrders',
			'recencyDays',
			'aov',
			'discountShare',
			'categoryConcentration'
		];
		const personas = Array.from({ length: 20 }, () => ({
			medianOrders: 1 + Math.floor(random() * 5),
			traits: features.map((f) => behaviour(f, Math.round((random() * 4 - 2) * 2) / 2))
		}));
		expect(new Set(namePersonas(personas)).size).toBe(20);
	});
});

describe('namePersonasWithParts', () => {
	it('gives each name’s parts in name order, a place and a number apart', () => {
		const city: PersonaTrait = {
			feature: 'city',
			kind: 'categorical-attribute',
			level: 'Leeds',
			score: 1,
			share: 0.7
		};
		const named = namePersonasWithParts([
			{ medianOrders: 9, traits: [behaviour('logOrders', 1.2), city] },
			{ medianOrders: 9, traits: [behaviour('logOrders', 1.1), city] }
		]);
		expect(named).toEqual([
			{
				name: 'Leeds-based frequent buyers',
				parts: {
					parts: [
						{ kind: 'level', level: 'Leeds', place: true },
						{ kind: 'word', word: 'frequent' }
					],
					number: null
				}
			},
			{
				name: 'Leeds-based frequent buyers 2',
				parts: {
					parts: [
						{ kind: 'level', level: 'Leeds', place: true },
						{ kind: 'word', word: 'frequent' }
					],
					number: 2
				}
			}
		]);
	});

	it('keeps an unrecognised numeric attribute as an attribute part', () => {
		const [named] = namePersonasWithParts([
			{
				medianOrders: 3,
				traits: [{ feature: 'Visits', kind: 'numeric-attribute', score: -0.9 }]
			}
		]);
		expect(named).toEqual({
			name: 'Low-visits buyers',
			parts: { parts: [{ kind: 'attribute', attribute: 'visits', high: false }], number: null }
		});
	});
});
