import { describe, expect, it } from 'vitest';
import { formatDay, parseIsoDay } from '../../engine/tables/orders-table';
import { attributesFromRows, ordersFromRows, type TestRow } from '../../engine/tables/test-tables';
import {
	DEFAULT_PERSONA_SETTINGS,
	type PersonaOptions
} from '../../engine/personas/personas-options';
import type { CustomerTableChoice } from '../../engine/customers/customer-table-choice';
import type { DatasetSummary } from '../data/protocol';
import { Datasets, type HandlerContext, type OpenDataset } from '../datasets';
import { createPersonaHandlers } from './handlers';

const TABLE: CustomerTableChoice = { basis: 'revenue', analysisDate: null, startDate: null };

const LAST_DAY = parseIsoDay('2025-06-30');

/**
 * Two kinds of customer, hand-made: `loyal-<i>` place 10 orders of 100 + i, 10 days apart, the last
 * one 1 + i days before the data ends; `once-<i>` place one order of 10 + i, 300 + 10·i days before.
 * (The analysis day is the day after the last date, 2025-07-01.)
 */
function twoKinds(loyal: number, once: number, firstId = (i: number) => `loyal-${i}`): TestRow[] {
	const rows: TestRow[] = [];
	for (let i = 0; i < loyal; i++) {
		for (let o = 0; o < 10; o++) {
			rows.push({
				customer: firstId(i),
				order: `L${i}-${o}`,
				date: formatDay(LAST_DAY - i - 10 * o),
				amount: 100 + i
			});
		}
	}
	for (let i = 0; i < once; i++) {
		rows.push({
			customer: `once-${i}`,
			order: `O${i}`,
			date: formatDay(LAST_DAY - 300 - 10 * i),
			amount: 10 + i
		});
	}
	return rows;
}

function dataset(rows: TestRow[], attributes: OpenDataset['attributes'] = null): OpenDataset {
	return {
		summary: { id: 'ds-test', name: 'Test shop' } as DatasetSummary,
		orders: ordersFromRows(rows),
		attributes
	};
}

function context(signal = new AbortController().signal): HandlerContext {
	return { signal, progress: () => {} };
}

function options(overrides: Partial<PersonaOptions> = {}): PersonaOptions {
	const { edits: _edits, ...defaults } = DEFAULT_PERSONA_SETTINGS;
	return { ...defaults, ...overrides };
}

function handlersFor(data: OpenDataset) {
	const datasets = new Datasets(2, async () => null);
	datasets.put(data);
	return createPersonaHandlers(datasets);
}

/** CSV text → rows of cells (the test data has no quotes or commas inside cells). */
function parseCsv(csv: string): string[][] {
	return csv
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n')
		.map((line) => line.split(','));
}

describe('analysePersonas', () => {
	it('separates two planted kinds of customer and picks k = 2 by the highest silhouette', async () => {
		const handlers = handlersFor(dataset(twoKinds(4, 6)));
		const out = await handlers.analysePersonas(
			{ currency: '', datasetId: 'ds-test', table: TABLE, options: options() },
			context()
		);
		expect(out.customers).toBe(10);
		expect(out.k).toBe(2);
		expect(out.kChosenBy).toBe('silhouette');
		const best = out.silhouetteByK.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
		expect(best.k).toBe(2);
		expect(out.silhouette).toBe(best.silhouette);
		expect(out.silhouetteByK.map((p) => p.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
		expect(out.personas.map((p) => p.customers).sort()).toEqual([4, 6]);
		const loyal = out.personas.find((p) => p.customers === 4)!;
		// Medians by hand: 10 orders each; values 1,000 · (100 + i) for i = 0…3 → median 1,015.
		expect(loyal.medians.orders).toBe(10);
		expect(loyal.medians.value).toBeCloseTo(1015, 9);
		expect(out.population.medianOrders).toBe(1);
		expect(out.personas.map((p) => p.key)).toEqual([
			`${out.clusteringKey}-1`,
			`${out.clusteringKey}-2`
		]);
	});

	it('lists features the data lacks as unavailable, with the reason', async () => {
		const handlers = handlersFor(dataset(twoKinds(4, 6)));
		const out = await handlers.analysePersonas(
			{ currency: '', datasetId: 'ds-test', table: TABLE, options: options() },
			context()
		);
		const discount = out.features.find((f) => f.key === 'discountShare')!;
		expect(discount.available).toBe(false);
		expect(discount.reason).toMatch(/discount column/);
		expect(out.options.include).toEqual(['logValue', 'logOrders', 'recencyDays', 'aov']);
		expect(out.profileLabels).toEqual([
			'Value (log)',
			'Orders (log)',
			'Recency (days)',
			'Average order value (log)'
		]);
	});

	it('leaves out features of a shared link that this data does not have, and says so', async () => {
		const handlers = handlersFor(dataset(twoKinds(4, 6)));
		const out = await handlers.analysePersonas(
			{
				currency: '',
				datasetId: 'ds-test',
				table: TABLE,
				options: options({ include: ['attribute:city', 'recencyDays', 'discountShare'] })
			},
			context()
		);
		expect(out.options.include).toEqual(['recencyDays']);
		expect(out.notes).toHaveLength(2);
		expect(out.features.filter((f) => f.included).map((f) => f.key)).toEqual(['recencyDays']);
	});

	it('adds one-hot columns of a categorical attribute when it is included', async () => {
		const rows = twoKinds(4, 6);
		const people = [...new Set(rows.map((r) => r.customer))].map((id) => ({
			id,
			city: id.startsWith('loyal') ? 'Leeds' : 'York'
		}));
		const handlers = handlersFor(dataset(rows, attributesFromRows(people)));
		const out = await handlers.analysePersonas(
			{
				currency: '',
				datasetId: 'ds-test',
				table: TABLE,
				options: options({ include: ['logValue', 'attribute:city'] })
			},
			context()
		);
		expect(out.profileLabels).toEqual(['Value (log)', 'city = York', 'city = Leeds']);
		for (const persona of out.personas) expect(persona.profile).toHaveLength(3);
	});

	it('uses the k the user sets, and adds it to the silhouette curve when it lies above 8', async () => {
		const handlers = handlersFor(dataset(twoKinds(6, 8)));
		const out = await handlers.analysePersonas(
			{
				currency: '',
				datasetId: 'ds-test',
				table: TABLE,
				options: options({ autoK: false, k: 10 })
			},
			context()
		);
		expect(out.k).toBe(10);
		expect(out.kChosenBy).toBe('user');
		expect(out.personas).toHaveLength(10);
		expect(out.personas.reduce((sum, p) => sum + p.customers, 0)).toBe(14);
		expect(out.silhouetteByK.map((p) => p.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 10]);
		expect(out.silhouetteByK.at(-1)!.silhouette).toBe(out.silhouette);
	});

	it('refuses a k outside 2–20, more personas than customers, and a bad date', async () => {
		const handlers = handlersFor(dataset(twoKinds(2, 3)));
		const run = (o: Partial<PersonaOptions>, table = TABLE) =>
			handlers.analysePersonas(
				{ currency: '', datasetId: 'ds-test', table, options: options(o) },
				context()
			);
		await expect(run({ autoK: false, k: 21 })).rejects.toThrow(/from 2 to 20/);
		await expect(run({ autoK: false, k: 2.5 })).rejects.toThrow(/whole number/);
		await expect(run({ autoK: false, k: 6 })).rejects.toThrow(/5 customers|this data has 5/);
		await expect(run({}, { ...TABLE, analysisDate: '2025-02-30' })).rejects.toThrow(/not a date/);
		await expect(run({ include: [] })).rejects.toThrow(/at least one feature/);
	});

	it('gives the same key on a rerun and a new key for another seed, k, date or feature set', async () => {
		const data = dataset(twoKinds(6, 8));
		const keyOf = async (o: Partial<PersonaOptions>, table = TABLE) =>
			(
				await handlersFor(data).analysePersonas(
					{ currency: '', datasetId: 'ds-test', table, options: options(o) },
					context()
				)
			).clusteringKey;
		const base = await keyOf({});
		expect(await keyOf({})).toBe(base);
		const others = [
			await keyOf({ seed: 2 }),
			await keyOf({ autoK: false, k: 5 }),
			await keyOf({}, { ...TABLE, analysisDate: '2025-08-01' }),
			await keyOf({ include: ['logValue', 'recencyDays'] })
		];
		for (const key of others) expect(key).not.toBe(base);
		expect(new Set(others).size).toBe(others.length);
	});

	it('stops with an AbortError when the request is cancelled', async () => {
		const controller = new AbortController();
		const handlers = handlersFor(dataset(twoKinds(4, 6)));
		const pending = handlers.analysePersonas(
			{ currency: '', datasetId: 'ds-test', table: TABLE, options: options() },
			context(controller.signal)
		);
		controller.abort();
		await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
	});
});

describe('exportPersonaCustomers', () => {
	it("holds exactly the persona's customers, highest value first, one row per customer", async () => {
		const handlers = handlersFor(dataset(twoKinds(4, 6)));
		const input = { datasetId: 'ds-test', table: TABLE, currency: '', options: options() };
		const out = await handlers.analysePersonas(input, context());
		const once = out.personas.find((p) => p.customers === 6)!;
		const file = await handlers.exportPersonaCustomers(
			{ ...input, persona: once.index, personaName: 'Window shoppers' },
			context()
		);
		const [header, ...rows] = parseCsv(file.csv);
		expect(file.rows).toBe(6);
		expect(header.slice(0, 3)).toEqual(['customer_id', 'orders', 'net_revenue']);
		const column = (name: string) => header.indexOf(name);
		// once-i spent 10 + i: highest first is once-5 … once-0.
		expect(rows.map((r) => r[0])).toEqual([
			'once-5',
			'once-4',
			'once-3',
			'once-2',
			'once-1',
			'once-0'
		]);
		expect(rows.map((r) => Number(r[column('net_revenue')]))).toEqual([15, 14, 13, 12, 11, 10]);
		expect(new Set(rows.map((r) => r[column('persona')]))).toEqual(
			new Set([String(once.index + 1)])
		);
		expect(file.fileName).toBe(`Test-shop-persona-${once.index + 1}-Window-shoppers.csv`);
	});

	it('writes a formula-like customer id and persona name as inert text', async () => {
		const handlers = handlersFor(
			dataset(twoKinds(4, 6, (i) => (i === 0 ? '=HYPERLINK(1)' : `loyal-${i}`)))
		);
		const input = { datasetId: 'ds-test', table: TABLE, currency: '', options: options() };
		const out = await handlers.analysePersonas(input, context());
		const loyal = out.personas.find((p) => p.customers === 4)!;
		const file = await handlers.exportPersonaCustomers(
			{ ...input, persona: loyal.index, personaName: '@risk' },
			context()
		);
		const [header, ...rows] = parseCsv(file.csv);
		expect(rows.map((r) => r[0])).toContain("'=HYPERLINK(1)");
		expect(rows.every((r) => r[header.indexOf('persona_name')] === "'@risk")).toBe(true);
	});

	it('refuses a persona number that the clustering does not have', async () => {
		const handlers = handlersFor(dataset(twoKinds(4, 6)));
		const input = { datasetId: 'ds-test', table: TABLE, currency: '', options: options() };
		await expect(
			handlers.exportPersonaCustomers({ ...input, persona: 2, personaName: 'x' }, context())
		).rejects.toThrow(/no persona 3 among 2/);
	});
});

describe('listPersonaCustomers', () => {
	it('lists the planted loyal customers as one persona, highest revenue first', async () => {
		const handlers = handlersFor(dataset(twoKinds(4, 6)));
		const input = { datasetId: 'ds-test', table: TABLE, currency: '', options: options() };
		const out = await handlers.analysePersonas(input, context());
		const loyal = out.personas.find((p) => p.customers === 4)!;
		const page = await handlers.listPersonaCustomers(
			{ ...input, persona: loyal.index, query: {} },
			context()
		);
		// loyal-i: 10 orders of 100 + i → 1,030 · 1,020 · 1,010 · 1,000.
		expect(page.rows.map((row) => [row.customer, row.netRevenue])).toEqual([
			['loyal-3', 1030],
			['loyal-2', 1020],
			['loyal-1', 1010],
			['loyal-0', 1000]
		]);
	});

	it('refuses a persona the clustering does not have', async () => {
		const handlers = handlersFor(dataset(twoKinds(4, 6)));
		await expect(
			handlers.listPersonaCustomers(
				{
					currency: '',
					datasetId: 'ds-test',
					table: TABLE,
					options: options(),
					persona: 2,
					query: {}
				},
				context()
			)
		).rejects.toThrow('No persona 3: there are 2.');
	});

	it('names a customer’s persona with the key its card carries', async () => {
		const handlers = handlersFor(dataset(twoKinds(4, 6)));
		const input = { datasetId: 'ds-test', table: TABLE, currency: '', options: options() };
		const out = await handlers.analysePersonas(input, context());
		const once = out.personas.find((p) => p.customers === 6)!;
		const found = await handlers.personaOfCustomer({ ...input, customerId: 'once-2' }, context());
		expect(found).toEqual({
			index: once.index,
			key: once.key,
			name: once.name,
			nameParts: once.nameParts
		});
		expect(await handlers.personaOfCustomer({ ...input, customerId: 'nobody' }, context())).toBe(
			null
		);
	});
});
