import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layer arrows of shared/DESIGN.md, enforced: each folder lists the import patterns it must not
 * use. A wrong-way import fails `npm run lint`.
 */
const ui = ['svelte', 'svelte/*', '$app/*', 'd3', 'd3-*'];
const engineBans = [
	'svelte',
	'svelte/*',
	'$app/*',
	'd3',
	'd3-selection',
	'd3-transition',
	'd3-zoom',
	'd3-brush',
	'd3-drag',
	'idb',
	'papaparse',
	'**/ingest',
	'**/ingest/*',
	'**/storage',
	'**/storage/*',
	'**/worker/*',
	'**/state/*',
	'**/charts/*',
	'**/components/*',
	'$lib/ingest*',
	'$lib/storage*',
	'$lib/worker*',
	'$lib/state*',
	'$lib/charts*',
	'$lib/components*',
	'node:*',
	'fs',
	'path',
	'zlib'
];
/**
 * Families inside the engine (shared/DESIGN.md): each may import `tables/` and `customers/` but
 * not another family's files. A family that needs another's grouping goes through an adapter in
 * `customers/` (`group-by.ts`), which may import the families' public compute functions.
 */
const FAMILIES = [
	'value',
	'segments',
	'personas',
	'profit',
	'accounts',
	'loyalty',
	'clv',
	'movement'
];
const familyBans = (family) =>
	FAMILIES.filter((other) => other !== family).flatMap((other) => [
		`../${other}`,
		`../${other}/*`,
		`**/engine/${other}`,
		`**/engine/${other}/*`,
		`$lib/engine/${other}*`
	]);
const families = FAMILIES.map((family) => ({
	files: [`src/lib/engine/${family}/**`],
	banned: [...engineBans, ...familyBans(family)],
	message: `Family boundary: engine/${family}/ may import engine/tables/ and engine/customers/, not another family's files (use an adapter in engine/customers/, e.g. group-by.ts). See shared/DESIGN.md.`
}));
const layers = [
	{ files: ['src/lib/engine/**'], banned: engineBans },
	// After the engine-wide entry: a later entry's rule options replace an earlier one's.
	...families,
	{
		files: ['src/lib/ingest/**'],
		banned: [
			...ui,
			'idb',
			'**/storage/*',
			'**/worker/*',
			'**/state/*',
			'**/charts/*',
			'**/components/*',
			'$lib/storage*',
			'$lib/worker*',
			'$lib/state*',
			'$lib/charts*',
			'$lib/components*',
			'node:*',
			'fs',
			'zlib'
		]
	},
	{
		files: ['src/lib/storage/**'],
		banned: [
			...ui,
			'papaparse',
			'**/ingest/*',
			'**/worker/*',
			'**/state/*',
			'**/charts/*',
			'**/components/*',
			'$lib/ingest*',
			'$lib/worker*',
			'$lib/state*',
			'$lib/charts*',
			'$lib/components*'
		]
	},
	{
		files: ['src/lib/worker/**'],
		banned: [
			...ui,
			'**/state/*',
			'**/charts/*',
			'**/components/*',
			'$lib/state*',
			'$lib/charts*',
			'$lib/components*'
		]
	},
	{
		files: ['src/lib/state/**'],
		banned: [
			'papaparse',
			'd3',
			'd3-*',
			'**/charts/*',
			'**/components/*',
			'$lib/charts*',
			'$lib/components*'
		]
	},
	{
		files: ['src/lib/charts/**'],
		banned: [
			'idb',
			'papaparse',
			'**/ingest/*',
			'**/storage/*',
			'**/worker/*',
			'**/state/*',
			'**/components/*',
			'$lib/ingest*',
			'$lib/storage*',
			'$lib/worker*',
			'$lib/state*',
			'$lib/components*'
		]
	},
	{
		files: ['src/lib/components/**'],
		banned: [
			'idb',
			'papaparse',
			'**/ingest/*',
			'**/storage/*',
			'**/worker/*',
			'$lib/ingest*',
			'$lib/storage*',
			'$lib/worker*'
		]
	},
	{
		files: ['src/cli/**'],
		banned: [
			...ui,
			'idb',
			'**/storage/*',
			'**/worker/*',
			'**/state/*',
			'$lib/storage*',
			'$lib/worker*',
			'$lib/state*'
		]
	}
];

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// Links go through SvelteKit's relative paths; resolve() is not needed for a static site.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	...layers.map(({ files, banned, message }) => ({
		files,
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: banned,
							message:
								message ??
								'Layer violation: see the README of this folder and shared/DESIGN.md for what it may import.'
						}
					]
				}
			]
		}
	})),
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/out/'
		]
	}
);
