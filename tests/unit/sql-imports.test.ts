/**
 * `engine/sql` is not a family: it writes the families' method as SQL text, so it imports the
 * Segments rules it restates (`../segments/`), `../tables/`, and — type only — the Profit
 * family's options, whose fields the contribution column reads (see `engine/sql/README.md`). It
 * never runs another family's code, so no other import may appear.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FOLDER = 'src/lib/engine/sql';

/** Every `import … from '…'` of a file: the source and whether it is `import type`. */
function importsOf(text: string): { source: string; typeOnly: boolean }[] {
	return [...text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)].map((match) => ({
		source: match[2],
		typeOnly: Boolean(match[1])
	}));
}

function isAllowed({ source, typeOnly }: { source: string; typeOnly: boolean }): boolean {
	if (/^\.\/[a-z-]+$/.test(source)) return true;
	if (/^\.\.\/(segments|tables)\/[a-z-]+$/.test(source)) return true;
	if (source === '../profit/profit-options') return typeOnly;
	// Tests beside the code may use vitest and the SQL parser.
	return source === 'vitest' || source === '@guanmingchiu/sqlparser-ts';
}

describe('engine/sql imports', () => {
	it('imports only segments/, tables/ and the Profit options’ type', async () => {
		const files = (await readdir(FOLDER)).filter((name) => name.endsWith('.ts'));
		const wrong: string[] = [];
		for (const name of files) {
			for (const item of importsOf(await readFile(join(FOLDER, name), 'utf8'))) {
				if (!isAllowed(item)) wrong.push(`${name}: ${item.typeOnly ? 'type ' : ''}${item.source}`);
			}
		}
		expect(files.length).toBeGreaterThan(5);
		expect(wrong).toEqual([]);
	});

	it('would catch a value import of the Profit family', () => {
		const code = "import { computeProfit } from '../profit/compute-profit';\n";
		expect(importsOf(code).filter((item) => !isAllowed(item))).toHaveLength(1);
		const options = "import { withProfitDefaults } from '../profit/profit-options';\n";
		expect(importsOf(options).filter((item) => !isAllowed(item))).toHaveLength(1);
	});
});
