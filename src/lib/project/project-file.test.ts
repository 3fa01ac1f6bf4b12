import { describe, expect, it } from 'vitest';
import type { AttributesTable, OrdersTable } from '../engine/tables/orders-table';
import type { TicketsTable } from '../engine/tables/tickets-table';
import { deflateRaw, toBase64Url } from './compress';
import {
	migrateProject,
	PROJECT_VERSION,
	readProject,
	writeProject,
	type Project,
	type ProjectDatasetMeta
} from './project-file';

const orders: OrdersTable = {
	rowCount: 3,
	customer: { codes: Int32Array.from([0, 1, 0]), values: ['C-17850', 'C-وفا'] },
	order: { codes: Int32Array.from([0, 1, 2]), values: ['o1', 'o2', 'o3'] },
	day: Int32Array.from([19000, 19010, 19020]),
	amount: Float64Array.from([9.5, -2.25, 0.1 + 0.2]),
	quantity: Float64Array.from([1, 2, 3]),
	cost: null,
	discounted: Uint8Array.from([0, 1, 0]),
	product: { codes: Int32Array.from([0, -1, 0]), values: ['Mug'] },
	category: null,
	channel: null
};
const attributes: AttributesTable = {
	customerIds: ['C-17850', 'C-وفا'],
	columns: [
		{ name: 'city', kind: 'categorical', codes: Int32Array.from([0, 0]), values: ['Lahore'] },
		{ name: 'age', kind: 'numeric', values: Float64Array.from([41, NaN]) }
	]
};
const tickets: TicketsTable = {
	count: 1,
	ticketId: ['T1'],
	customer: { codes: Int32Array.from([0]), values: ['C-17850'] },
	openedDay: Int32Array.from([19005]),
	resolved: Uint8Array.from([1]),
	resolvedDay: Float64Array.from([19006]),
	severity: null,
	channel: null
};
const meta: ProjectDatasetMeta = {
	name: 'March',
	sourceFileName: 'march.csv',
	sourceSize: 123,
	sourceLastModified: null,
	mapping: { customer: 0, date: 1 },
	report: { import: { customers: 2 } },
	attributesReport: null,
	createdAt: '2026-03-01T10:00:00.000Z'
};
const settings = {
	segments: { bins: 4, othersAction: 'Ask them what they need.' },
	personas: {
		k: 3,
		edits: [{ key: 'abc', name: 'Weekend browsers', story: 'They come on Sundays.' }]
	},
	accounts: { questions: ['What would make you order twice as much?'] }
};

const withData: Project = { settings, dataset: { meta, orders, attributes, tickets } };

describe('project file', () => {
	it('round-trips byte for byte without data (save → open → save)', async () => {
		const first = await writeProject({ settings, dataset: null });
		const reading = await readProject(first);
		if (!reading.ok) throw new Error(reading.problem.kind);
		expect(await writeProject(reading.project)).toBe(first);
	});

	it('round-trips byte for byte with the dataset', async () => {
		const first = await writeProject(withData);
		const reading = await readProject(first);
		if (!reading.ok) throw new Error(reading.problem.kind);
		expect(await writeProject(reading.project)).toBe(first);
	});

	it('gives back the same columns, persona stories and review questions', async () => {
		const reading = await readProject(await writeProject(withData));
		if (!reading.ok || !reading.project.dataset) throw new Error('not read');
		const back = reading.project.dataset;
		expect(back.meta).toEqual(meta);
		expect([...back.orders.amount]).toEqual([9.5, -2.25, 0.1 + 0.2]);
		expect(back.orders.customer.values).toEqual(['C-17850', 'C-وفا']);
		expect([...back.orders.product!.codes]).toEqual([0, -1, 0]);
		expect(back.attributes!.columns[1]).toMatchObject({ name: 'age', kind: 'numeric' });
		expect(Number.isNaN((back.attributes!.columns[1] as { values: Float64Array }).values[1])).toBe(
			true
		);
		expect(back.tickets!.ticketId).toEqual(['T1']);
		expect(reading.project.settings.personas).toEqual(settings.personas);
		expect(reading.project.settings.accounts).toEqual(settings.accounts);
	});

	it('writes the same bytes whatever order the settings’ keys were set in', async () => {
		const reordered = {
			accounts: settings.accounts,
			personas: settings.personas,
			segments: { othersAction: 'Ask them what they need.', bins: 4 }
		};
		expect(await writeProject({ settings: reordered, dataset: null })).toBe(
			await writeProject({ settings, dataset: null })
		);
	});

	it('says a truncated file is not complete JSON', async () => {
		const text = await writeProject(withData);
		const reading = await readProject(text.slice(0, Math.floor(text.length * 0.6)));
		expect(reading).toEqual({ ok: false, problem: { kind: 'notJson' } });
	});

	it('names the column whose data were edited', async () => {
		const file = JSON.parse(await writeProject(withData));
		const amount = file.dataset.columns.find((c: { key: string }) => c.key === 'orders.amount');
		amount.data = toBase64Url(await deflateRaw(new Uint8Array(8))); // one value instead of three
		const reading = await readProject(JSON.stringify(file));
		expect(reading).toEqual({ ok: false, problem: { kind: 'dataset', column: 'orders.amount' } });
	});

	it('refuses a dictionary code that points past its values', async () => {
		const file = JSON.parse(await writeProject(withData));
		const codes = file.dataset.columns.find(
			(c: { key: string }) => c.key === 'orders.customer.codes'
		);
		codes.data = toBase64Url(await deflateRaw(new Uint8Array(Int32Array.from([0, 7, 0]).buffer)));
		const reading = await readProject(JSON.stringify(file));
		expect(reading).toEqual({ ok: false, problem: { kind: 'dataset', column: null } });
	});

	it('refuses settings the engine would refuse, with the validator’s message', async () => {
		const text = await writeProject({ settings: { segments: { bins: 1000 } }, dataset: null });
		const reading = await readProject(text);
		expect(reading.ok).toBe(false);
		if (reading.ok) return;
		expect(reading.problem.kind).toBe('settings');
		expect((reading.problem as { messages: string[] }).messages.join(' ')).toMatch(
			/bins|2.*9|between/i
		);
	});

	it('refuses a file of a later version, naming it', async () => {
		const file = JSON.parse(await writeProject({ settings, dataset: null }));
		file.version = PROJECT_VERSION + 1;
		expect(await readProject(JSON.stringify(file))).toEqual({
			ok: false,
			problem: { kind: 'newer', version: PROJECT_VERSION + 1 }
		});
	});

	it('refuses JSON that is no project or settings file', async () => {
		for (const text of ['[1,2]', '"x"', '{}', '{"format":"other","version":1}', '{"a":1}']) {
			expect(await readProject(text)).toEqual({ ok: false, problem: { kind: 'notProject' } });
		}
	});
});

describe('project file versions', () => {
	it('opens a bare settings file (version 0) as a project without data', () => {
		expect(migrateProject({ segments: { bins: 4 } })).toEqual({
			format: 'sieve-project',
			version: 1,
			settings: { segments: { bins: 4 } },
			dataset: null
		});
	});

	it('moves the value basis of an older settings file to the dataset section', async () => {
		const reading = await readProject(JSON.stringify({ value: { topN: 10, basis: 'profit' } }));
		if (!reading.ok) throw new Error(reading.problem.kind);
		expect(reading.project.settings).toEqual({ value: { topN: 10 }, dataset: { basis: 'profit' } });
	});
});
