/**
 * No component holds a hard-coded sentence (issue 17): every text a person reads goes through the
 * message catalogue (`src/lib/i18n`). The check reads each `.svelte` file's template with Svelte's
 * own parser and fails on a text node or a prose attribute (aria-label, title, placeholder, label,
 * …) that holds words. What is not prose — code samples in `<code>`/`<kbd>`, punctuation, numbers —
 * passes.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Attributes whose value is read by people (or screen readers). */
const PROSE_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-valuetext',
	'aria-placeholder',
	'title',
	'placeholder',
	'alt',
	'label',
	'caption',
	'heading',
	'description',
	'summary',
	'hint',
	'legend',
	'emptyText',
	'message',
	'confirmText',
	'cancelText'
]);

/** Elements whose text is machine text shown as it is. */
const VERBATIM = new Set(['code', 'kbd', 'pre', 'samp', 'style', 'script']);

/** Words: two letters in a row (Latin), so "—", "·", "%", "×" and numbers pass. */
const LETTERS = /[A-Za-z]{2,}/;

/** Abbreviations and names that read the same in every language: a text of only these passes. */
const SAME_IN_EVERY_LANGUAGE = new Set([
	'CSV',
	'SVG',
	'PNG',
	'JSON',
	'SQL',
	'RFM',
	'ABC',
	'ROI',
	'CLV',
	'ICS',
	'Sieve'
]);

const WORDS = {
	test: (text: string) =>
		LETTERS.test(text) &&
		(text.match(/[A-Za-z]+/g) ?? []).some((word) => !SAME_IN_EVERY_LANGUAGE.has(word))
};

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return svelteFiles(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}

type Finding = { text: string; where: string };

function findProse(node: unknown, findings: Finding[], inVerbatim = false): void {
	if (Array.isArray(node)) {
		for (const child of node) findProse(child, findings, inVerbatim);
		return;
	}
	if (node === null || typeof node !== 'object') return;
	const item = node as Record<string, unknown> & { type?: string; name?: string };
	if (item.type === 'Text' && !inVerbatim) {
		const text = String(item.data ?? '').trim();
		if (WORDS.test(text)) findings.push({ text, where: 'text' });
		return;
	}
	if (item.type === 'Attribute' && typeof item.name === 'string') {
		if (PROSE_ATTRIBUTES.has(item.name) && Array.isArray(item.value)) {
			for (const part of item.value as { type: string; data?: string }[]) {
				if (part.type === 'Text' && WORDS.test(part.data ?? '')) {
					findings.push({ text: (part.data ?? '').trim(), where: `${item.name}=` });
				}
			}
		}
		return;
	}
	if (item.type === 'ExpressionTag' || item.type === 'Script' || item.type === 'StyleSheet') return;
	const verbatim =
		inVerbatim || (item.type === 'RegularElement' && VERBATIM.has(String(item.name)));
	for (const [key, value] of Object.entries(item)) {
		if (key === 'expression' || key === 'metadata') continue;
		findProse(value, findings, verbatim);
	}
}

/**
 * Files not yet moved to the catalogue. This list only shrinks: a file leaves it when its texts
 * are in `src/lib/i18n/messages/`, and a new file never joins it.
 */
const NOT_YET_TRANSLATED = new Set<string>([]);

describe('no hard-coded sentences in components', () => {
	const files = svelteFiles(join(ROOT, 'src'));
	for (const file of files) {
		const name = relative(ROOT, file);
		if (NOT_YET_TRANSLATED.has(name)) continue;
		it(`${name} takes every text from the message catalogue`, () => {
			const ast = parse(readFileSync(file, 'utf8'), { modern: true });
			const findings: Finding[] = [];
			findProse(ast.fragment, findings);
			expect(findings).toEqual([]);
		});
	}

	it('the list of files not yet translated names only files that exist and still hold text', () => {
		for (const name of NOT_YET_TRANSLATED) {
			const ast = parse(readFileSync(join(ROOT, name), 'utf8'), { modern: true });
			const findings: Finding[] = [];
			findProse(ast.fragment, findings);
			expect(findings.length, name).toBeGreaterThan(0);
		}
	});

	it('finds a sentence in a text node and in an aria-label, and passes code and punctuation', () => {
		const source =
			'<p>Hello there</p><button aria-label="Close the dialog">×</button><code>customer_id</code><span>{x} · 42%</span>';
		const findings: Finding[] = [];
		findProse(parse(source, { modern: true }).fragment, findings);
		expect(findings.map((f) => f.text)).toEqual(['Hello there', 'Close the dialog']);
	});

	it('passes a text of abbreviations only, such as a CSV button', () => {
		const findings: Finding[] = [];
		findProse(
			parse('<button>CSV</button><button>Export CSV</button>', { modern: true }).fragment,
			findings
		);
		expect(findings.map((f) => f.text)).toEqual(['Export CSV']);
	});
});
