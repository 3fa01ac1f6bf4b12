/**
 * The layout mirrors in Urdu (issue 17): styles use logical properties (`margin-inline-start`,
 * `text-align: start`), never left/right ones, in `app.css` and every component's `<style>`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const PHYSICAL =
	/(?:^|[\s;{])((?:margin|padding|border)-(?:left|right)(?:-\w+)?\s*:|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right))/gm;

function styledFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return styledFiles(path);
		return /\.(svelte|css)$/.test(name) ? [path] : [];
	});
}

function styles(path: string): string {
	const text = readFileSync(path, 'utf8');
	if (path.endsWith('.css')) return text;
	return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
}

describe('styles mirror in right-to-left languages', () => {
	for (const file of styledFiles(join(ROOT, 'src'))) {
		it(`${relative(ROOT, file)} uses logical properties only`, () => {
			expect([...styles(file).matchAll(PHYSICAL)].map((match) => match[1])).toEqual([]);
		});
	}

	it('the check finds a physical property', () => {
		expect([...'.a { margin-left: 1rem; text-align: right; }'.matchAll(PHYSICAL)]).toHaveLength(2);
	});
});
