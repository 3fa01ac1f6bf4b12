/**
 * Figures and dates are formatted in one place (issue 20): `src/lib/i18n/format.ts`, in the chosen
 * language over `Intl` — never by a component, a chart, a state class or a page with `toFixed`,
 * `toLocaleString` (the browser's language, not the one chosen), `toPrecision` or its own `Intl`
 * formatter. The check reads the script and template of every `.svelte` file and every
 * non-test `.ts` file of those layers.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LAYERS = ['src/lib/components', 'src/lib/charts', 'src/lib/state', 'src/routes'];

/** Number and date formatting that bypasses `format.ts`. */
const OUTSIDE_FORMAT =
	/\.(toFixed|toPrecision|toLocaleString|toLocaleDateString|toLocaleTimeString)\s*\(|\bIntl\s*\.\s*(NumberFormat|DateTimeFormat|RelativeTimeFormat|PluralRules|ListFormat)\b/g;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

/** Each formatting call outside `format.ts` in a text, with its line: `12: .toFixed(`. */
function formattingOutsideFormat(text: string): string[] {
	const found: string[] = [];
	const code = text.replace(/<style[^>]*>[\s\S]*?<\/style>/g, (style) =>
		style.replace(/[^\n]/g, ' ')
	);
	for (const match of code.matchAll(OUTSIDE_FORMAT)) {
		const line = code.slice(0, match.index).split('\n').length;
		found.push(`${line}: ${match[0]}`);
	}
	return found;
}

describe('the check itself', () => {
	it('finds toFixed, toLocaleString and an own Intl formatter in a component', () => {
		const sample = [
			'<script lang="ts">',
			'\tconst gini = (0.731).toFixed(2);',
			'\tconst when = new Date().toLocaleString();',
			"\tconst money = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' });",
			'</script>',
			'<p>{share.toFixed(1)}%</p>'
		].join('\n');
		expect(formattingOutsideFormat(sample)).toEqual([
			'2: .toFixed(',
			'3: .toLocaleString(',
			'4: Intl.NumberFormat',
			'6: .toFixed('
		]);
	});
	it('lets formatting through format.ts pass', () => {
		expect(formattingOutsideFormat('<p>{formatFixed(gini, 2)} {formatMoney(total)}</p>')).toEqual(
			[]
		);
	});
});

describe('figures are formatted by format.ts only', () => {
	for (const file of LAYERS.flatMap((layer) => sourceFiles(join(ROOT, layer)))) {
		it(`${relative(ROOT, file)} formats no figure itself`, () => {
			expect(formattingOutsideFormat(readFileSync(file, 'utf8'))).toEqual([]);
		});
	}
});
