import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Source files under `folder` (tests excluded): what ships in the web bundle. */
async function sourceFiles(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && /\.(ts|js|svelte)$/.test(e.name) && !/\.test\.ts$/.test(e.name))
		.map((e) => join(e.parentPath, e.name));
}

describe('@duckdb/node-api stays in the command line', () => {
	it('is imported by no file of src/lib or src/routes (only by src/cli and tests)', async () => {
		const files = [...(await sourceFiles('src/lib')), ...(await sourceFiles('src/routes'))];
		const importing: string[] = [];
		for (const file of files) {
			if ((await readFile(file, 'utf8')).includes('@duckdb/node-api')) importing.push(file);
		}
		expect(files.length).toBeGreaterThan(50);
		expect(importing).toEqual([]);
	});
});
