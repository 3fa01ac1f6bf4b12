/**
 * Test helper (not a test): the import graph of `src/` — every `import … from`, `export … from`,
 * side-effect `import '…'` and dynamic `import('…')`, type-only ones included — resolved to files
 * (relative paths and `$lib/`; extensions `.ts`, `.svelte.ts`, `.js`, `.svelte`, `/index.ts`), and
 * its cycles (strongly connected components, Tarjan's algorithm). No dependency: a cycle through a
 * type-only import is still a cycle of modules that must be read together.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Module specifiers in source text (comments stripped first, so examples in docs do not count). */
export function importSpecifiers(text: string): string[] {
	const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
	const found: string[] = [];
	const patterns = [
		/\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
		/\bimport\s*['"]([^'"]+)['"]/g,
		/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g
	];
	for (const pattern of patterns) {
		for (const match of code.matchAll(pattern)) found.push(match[1]);
	}
	return found;
}

const EXTENSIONS = ['', '.ts', '.svelte.ts', '.js', '.svelte', '/index.ts', '/index.js'];

/** The file a specifier names, or null for a package (or anything outside `src/`). */
export function resolveSpecifier(from: string, specifier: string, srcDir: string): string | null {
	const bare = specifier.split('?')[0];
	let base: string;
	if (bare.startsWith('$lib/')) base = join(srcDir, 'lib', bare.slice(5));
	else if (bare === '$lib') base = join(srcDir, 'lib');
	else if (bare.startsWith('.')) base = resolve(dirname(from), bare);
	else return null;
	for (const extension of EXTENSIONS) {
		const candidate = base + extension;
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

function sourceFiles(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
		else if (/\.(ts|js|svelte)$/.test(name) && !/\.d\.ts$/.test(name)) out.push(path);
	}
	return out;
}

/** file → the files it imports, for every source file under `srcDir`. */
export function importGraph(srcDir: string): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of sourceFiles(srcDir)) {
		const targets = importSpecifiers(readFileSync(file, 'utf8'))
			.map((specifier) => resolveSpecifier(file, specifier, srcDir))
			.filter((target): target is string => target !== null);
		graph.set(file, [...new Set(targets)]);
	}
	return graph;
}

/** Every cycle as a strongly connected component of more than one file, or one importing itself. */
export function findCycles(graph: Map<string, string[]>): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const cycles: string[][] = [];
	const visit = (node: string) => {
		index.set(node, counter);
		low.set(node, counter++);
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) {
				low.set(node, Math.min(low.get(node)!, index.get(next)!));
			}
		}
		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component);
		}
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return cycles;
}

/** A cycle as readable text: paths relative to `root`. */
export function describeCycle(cycle: string[], root: string): string {
	return cycle.map((file) => relative(root, file)).join(' ↔ ');
}
