/**
 * The file of `weak-personas.ts`, imported as the page imports it (sniffed, suggested mapping):
 * its personas separate weakly, so the Personas view warns (issue 20, item 6). The engine's mean
 * silhouette is checked against a direct computation written here (Rousseeuw 1987, every pair).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrdersFile } from '../../src/cli/load';
import { buildCustomerTable } from '../../src/lib/engine/customers/customer-table';
import {
	computePersonas,
	personaNamesOf,
	type PersonaComputation
} from '../../src/lib/engine/personas/compute-personas';
import { DEFAULT_PERSONA_SETTINGS } from '../../src/lib/engine/personas/personas-options';
import { buildPersonasReport } from '../../src/lib/engine/personas/personas-report';
import { weakPersonasCsv } from './weak-personas';

const { edits: _edits, ...options } = DEFAULT_PERSONA_SETTINGS;
let folder = '';
let computation: PersonaComputation;

beforeAll(async () => {
	folder = await mkdtemp(join(tmpdir(), 'sieve-weak-'));
	const file = join(folder, 'weak-personas.csv');
	await writeFile(file, weakPersonasCsv());
	const { table } = await loadOrdersFile(file);
	computation = await computePersonas(buildCustomerTable(table), personaNamesOf(table), options);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Mean silhouette of `labels` over the z-scored `columns`, every pair of customers, Euclidean. */
function directSilhouette(columns: Float64Array[], labels: Int32Array, k: number): number {
	const n = labels.length;
	const z = columns.map((column) => {
		const mean = column.reduce((sum, x) => sum + x, 0) / n;
		const sd = Math.sqrt(column.reduce((sum, x) => sum + (x - mean) ** 2, 0) / n);
		return Array.from(column, (x) => (sd > 0 ? (x - mean) / sd : 0));
	});
	const size = new Array<number>(k).fill(0);
	for (const label of labels) size[label]++;
	let total = 0;
	for (let i = 0; i < n; i++) {
		const sums = new Array<number>(k).fill(0);
		for (let j = 0; j < n; j++) {
			if (i === j) continue;
			let d2 = 0;
			for (const column of z) d2 += (column[i] - column[j]) ** 2;
			sums[labels[j]] += Math.sqrt(d2);
		}
		const own = labels[i];
		if (size[own] === 1) continue; // a lone member's silhouette is 0
		const a = sums[own] / (size[own] - 1);
		let b = Infinity;
		for (let c = 0; c < k; c++) if (c !== own && size[c] > 0) b = Math.min(b, sums[c] / size[c]);
		total += (b - a) / Math.max(a, b);
	}
	return total / n;
}

describe('a file whose customers form no groups', () => {
	it('is clustered on the six behaviour features, discount and category included', () => {
		expect(computation.include).toEqual([
			'logValue',
			'logOrders',
			'recencyDays',
			'aov',
			'discountShare',
			'categoryConcentration'
		]);
	});

	it('has a mean silhouette of at most 0.25 for every k from 2 to 8', () => {
		expect(computation.auto.silhouetteByK.map((point) => point.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
		for (const point of computation.auto.silhouetteByK) {
			expect(point.silhouette, `k = ${point.k}`).toBeLessThanOrEqual(0.25);
		}
	});

	it('gives the engine’s mean silhouette of the chosen personas, computed over every pair here', () => {
		const { clusters, features } = computation;
		expect(clusters.silhouetteSampled).toBe(false);
		expect(clusters.silhouette).toBeCloseTo(
			directSilhouette(features.columns, clusters.assignments, clusters.k),
			9
		);
	});

	it('is reported as separating with no substantial structure', () => {
		expect(buildPersonasReport(computation, options).separation).toBe('none');
	});
});
