import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCycle, findCycles, importGraph, importSpecifiers } from './import-graph';

// shared/DESIGN.md: "Import cycles are defects, type-only ones included."
describe('import cycles in src/', () => {
	it('finds none, type-only imports included', () => {
		const src = join(process.cwd(), 'src');
		const cycles = findCycles(importGraph(src)).map((cycle) => describeCycle(cycle, src));
		expect(cycles).toEqual([]);
	});
});

describe('the cycle finder', () => {
	/** A tiny src/ folder with the given files. */
	function tree(files: Record<string, string>): string {
		const src = join(mkdtempSync(join(tmpdir(), 'sieve-cycles-')), 'src');
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(join(src, path, '..'), { recursive: true });
			writeFileSync(join(src, path), text);
		}
		return src;
	}

	it('reports a cycle made only of type imports', () => {
		const src = tree({
			'lib/a.ts': "import type { B } from './b';\nexport type A = B;\n",
			'lib/b.ts': "import type { A } from './a';\nexport type B = A;\n"
		});
		expect(
			findCycles(importGraph(src)).map((c) => describeCycle(c, src).split(' ↔ ').sort())
		).toEqual([['lib/a.ts', 'lib/b.ts']]);
	});

	it('follows $lib, export-from, .svelte.ts modules and dynamic imports', () => {
		const src = tree({
			'lib/x.svelte.ts': "export { y } from '$lib/y';\n",
			'lib/y.ts': "export const y = () => import('./z');\n",
			'lib/z.ts': "import { x } from './x.svelte';\nexport const z = x;\n"
		});
		expect(findCycles(importGraph(src))).toHaveLength(1);
	});

	it('finds no cycle in a one-way chain', () => {
		const src = tree({
			'lib/a.ts': "import { b } from './b';\nexport const a = b;\n",
			'lib/b.ts': 'export const b = 1;\n'
		});
		expect(findCycles(importGraph(src))).toEqual([]);
	});

	it('ignores imports written in comments', () => {
		expect(importSpecifiers("// import { a } from './a';\n/* export * from './b'; */\n")).toEqual(
			[]
		);
	});
});
