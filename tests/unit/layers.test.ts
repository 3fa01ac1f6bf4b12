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
