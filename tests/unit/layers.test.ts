import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer arrows of shared/DESIGN.md are enforced by eslint.config.js; these cases prove the rule
// fires for wrong-way imports and stays quiet for right-way ones.
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages
		.filter((m) => m.ruleId === 'no-restricted-imports')
		.map((m) => m.message.split(' import')[0]);
}

describe('layer boundaries', () => {
	it.each([
		['src/lib/engine/x.ts', "import { mount } from 'svelte';\nexport const a = mount;\n", 'svelte'],
		['src/lib/engine/x.ts', "import { openDB } from 'idb';\nexport const a = openDB;\n", 'idb'],
		['src/lib/engine/x.ts', "import Papa from 'papaparse';\nexport const a = Papa;\n", 'papaparse'],
		[
			'src/lib/engine/x.ts',
			"import { sniffOrders } from '../ingest/index';\nexport const a = sniffOrders;\n",
			'../ingest/index'
		],
		['src/lib/ingest/x.ts', "import { openDB } from 'idb';\nexport const a = openDB;\n", 'idb'],
		[
			'src/lib/storage/x.ts',
			"import Papa from 'papaparse';\nexport const a = Papa;\n",
			'papaparse'
		],
		[
			'src/lib/charts/x.ts',
			"import { client } from '../worker/client';\nexport const a = client;\n",
			'../worker/client'
		]
	])('%s may not import %s', async (filePath, code, source) => {
		expect(await layerErrors(filePath, code)).toEqual([`'${source}'`]);
	});

	it.each([
		[
			'src/lib/engine/x.ts',
			"import { formatDay } from './orders-table';\nexport const a = formatDay;\n"
		],
		['src/lib/ingest/x.ts', "import Papa from 'papaparse';\nexport const a = Papa;\n"],
		['src/lib/storage/x.ts', "import { openDB } from 'idb';\nexport const a = openDB;\n"],
		['src/lib/charts/x.ts', "import { scaleLinear } from 'd3';\nexport const a = scaleLinear;\n"]
	])('%s may import what its layer allows', async (filePath, code) => {
		expect(await layerErrors(filePath, code)).toEqual([]);
	});
});

describe('family boundaries inside the engine', () => {
	it.each([
		['src/lib/engine/value/x.ts', '../segments/rfm'],
		['src/lib/engine/segments/x.ts', '../personas/kmeans'],
		['src/lib/engine/personas/x.ts', '../value/pareto'],
		['src/lib/engine/movement/x.ts', '../segments/segment-rules'],
		['src/lib/engine/value/x.ts', '$lib/engine/segments/rfm']
	])('%s may not import %s', async (filePath, source) => {
		const code = `import type { X } from '${source}';\nexport type A = X;\n`;
		expect(await layerErrors(filePath, code)).toEqual([`'${source}'`]);
	});

	it('names the rule in its message', async () => {
		const [result] = await eslint.lintText(
			"import { scoreRfm } from '../segments/rfm';\nexport const a = scoreRfm;\n",
			{ filePath: 'src/lib/engine/value/x.ts' }
		);
		expect(result.messages[0]?.message).toContain('Family boundary');
	});

	it.each([
		['src/lib/engine/value/x.ts', '../tables/orders-table'],
		['src/lib/engine/segments/x.ts', '../customers/customer-table'],
		['src/lib/engine/personas/x.ts', './kmeans'],
		['src/lib/engine/customers/x.ts', '../segments/rfm']
	])('%s may import %s', async (filePath, source) => {
		const code = `import type { X } from '${source}';\nexport type A = X;\n`;
		expect(await layerErrors(filePath, code)).toEqual([]);
	});

	it('still applies the engine-wide bans inside a family', async () => {
		expect(
			await layerErrors(
				'src/lib/engine/value/x.ts',
				"import { openDB } from 'idb';\nexport const a = openDB;\n"
			)
		).toEqual(["'idb'"]);
	});
});
