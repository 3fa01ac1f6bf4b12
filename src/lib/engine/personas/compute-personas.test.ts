import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { ordersFromRows, type TestRow } from '../tables/test-tables';
import { computePersonas, PersonasMemo } from './compute-personas';
import { exportAllPersonaCustomers, personaAssignments } from './export-personas';
import { DEFAULT_PERSONA_SETTINGS, validatePersonaOptions } from './personas-options';
import { buildPersonasReport } from './personas-report';

/** Two planted kinds: 6 customers with 6 orders of 200, 6 with one order of 10 a year earlier. */
function rows(): TestRow[] {
	const out: TestRow[] = [];
	for (let c = 0; c < 6; c++) {
		for (let o = 1; o <= 6; o++) {
			out.push({
				customer: `big-${c}`,
				order: `b${c}-${o}`,
				date: `2024-0${o}-1${c}`,
				amount: 200
			});
		}
		out.push({ customer: `small-${c}`, order: `s${c}`, date: `2023-0${1 + c}-05`, amount: 10 });
	}
	return out;
}
const customers = buildCustomerTable(ordersFromRows(rows()));
const names = { categoryNames: null, channelNames: null };
const { edits: _edits, ...options } = DEFAULT_PERSONA_SETTINGS;

describe('computePersonas', () => {
	it('finds the two planted kinds', async () => {
		const computation = await computePersonas(customers, names, options);
		expect(computation.clusters.k).toBe(2);
		expect(computation.cards.map((card) => card.customers).sort()).toEqual([6, 6]);
	});

	it('keeps the silhouette curve when only k changes', async () => {
		const memo = new PersonasMemo();
		const auto = await computePersonas(customers, names, options, memo);
		const three = await computePersonas(customers, names, { ...options, autoK: false, k: 3 }, memo);
		expect(three.auto).toBe(auto.auto);
		expect(three.clusters.k).toBe(3);
	});

	it('refuses fewer than two customers', async () => {
		const one = buildCustomerTable(
			ordersFromRows([{ customer: 'A', date: '2024-01-01', amount: 5 }])
		);
		await expect(computePersonas(one, names, options)).rejects.toThrow(/at least two customers/);
	});

	it('reports the options as applied and the cards', async () => {
		const report = buildPersonasReport(await computePersonas(customers, names, options), options);
		expect(report.options.include.length).toBeGreaterThan(0);
		expect(report.personas.map((p) => p.key)).toEqual([
			`${report.clusteringKey}-1`,
			`${report.clusteringKey}-2`
		]);
	});
});

describe('persona exports', () => {
	it('maps every customer to the persona whose card counts them', async () => {
		const computation = await computePersonas(customers, names, options);
		const assignments = personaAssignments(computation);
		expect(Object.keys(assignments)).toHaveLength(12);
		const persona = assignments['big-0'];
		for (let c = 0; c < 6; c++) expect(assignments[`big-${c}`]).toBe(persona);
		expect(exportAllPersonaCustomers(computation, '').rows).toBe(12);
	});
});

describe('validatePersonaOptions', () => {
	it('names a k outside 2–20', () => {
		expect(() => validatePersonaOptions({ ...options, autoK: false, k: 1 })).toThrow(/2 to 20/);
	});
});

describe('the notes on the options as applied', () => {
	it('names a chosen feature this data lacks by code and in English', async () => {
		const computation = await computePersonas(customers, names, {
			...options,
			include: ['attribute:city', 'recencyDays']
		});
		expect(computation.include).toEqual(['recencyDays']);
		expect(computation.noteCauses).toEqual([{ code: 'missing', feature: 'city' }]);
		expect(computation.notes).toEqual(['“city” is not in this data: left out.']);
	});

	it('falls back to the defaults, and says so, when no chosen feature is here', async () => {
		const computation = await computePersonas(customers, names, {
			...options,
			include: ['attribute:city']
		});
		expect(computation.noteCauses).toEqual([
			{ code: 'missing', feature: 'city' },
			{ code: 'defaults' }
		]);
		expect(computation.notes[1]).toBe(
			'None of the chosen features is here: the defaults are used.'
		);
	});
});
