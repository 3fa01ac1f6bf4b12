/**
 * `npm run sieve -- movement FILE --from YYYY-MM-DD --to YYYY-MM-DD [--by rfm|pattern|abc|persona]
 * [--recompute] [--gone [--gone-days N]] [--bins 3|4|5] [--rules rules.json] [shared flags]
 * [--json] [--customers OUT.csv [--flow FROM,TO]]`: who moved where between two analysis dates
 * (DOMAIN.md "Movement"), cut points frozen at the from-date unless --recompute — the Movement
 * view's own pipeline (`movement/movement-session.ts`). `--settings` gives the dataset section
 * and the `movement` section's dates, family, cut-point policy and "gone"; flags win.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { CustomerTableChoiceError } from '../../lib/engine/customers/customer-table-choice';
import {
	MOVEMENT_FAMILIES,
	MovementOptionsError,
	resolveMovementOptions,
	type CutPointPolicy,
	type MovementFamily,
	type MovementOptions
} from '../../lib/engine/movement/movement-options';
import { describeMovement, MOVEMENT_POLICY_TEXT } from '../../lib/engine/movement/movement-report';
import { movementCellFile, MovementMemo } from '../../lib/engine/movement/movement-session';
import { IngestError } from '../../lib/ingest/index';
import {
	CommandError,
	familySettings,
	loadAnalysisFiles,
	readSettings,
	refuseSharedFlags,
	SHARED_USAGE,
	type SharedFlags
} from '../analysis-input';
import { parseCommandLine } from '../command-line';
import { terminalSafe } from '../terminal-safe';

const usage =
	'usage: npm run sieve -- movement FILE --from YYYY-MM-DD --to YYYY-MM-DD ' +
	'[--by rfm|pattern|abc|persona] [--recompute] [--gone [--gone-days N]] [--bins 3|4|5] ' +
	`[--rules rules.json] ${SHARED_USAGE} [--json] [--flow FROM,TO]`;

interface MovementArgs {
	file: string;
	from?: string;
	to?: string;
	family?: MovementFamily;
	recompute: boolean;
	gone: boolean;
	goneDays?: number;
	bins?: number;
	rules?: string;
	flags: SharedFlags;
	json: boolean;
	flow?: { from: string | null; to: string | null };
}

/** The Movement view's settings section `movement` (null dates: none saved). */
const MOVEMENT_SECTION = {
	from: null as string | null,
	to: null as string | null,
	family: 'rfm' as MovementFamily,
	cutPoints: 'frozen' as CutPointPolicy,
	includeGone: false
};

const VALUE_OPTIONS = ['--from', '--to', '--by', '--gone-days', '--bins', '--rules', '--flow'];

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): MovementArgs | string {
	const own: Partial<MovementArgs> = { recompute: false, gone: false };
	const line = parseCommandLine(args, {
		valued: VALUE_OPTIONS,
		refuseDashedValues: true,
		take: (option, value) => {
			if (option === '--recompute') own.recompute = true;
			else if (option === '--gone') own.gone = true;
			else if (option === '--from') own.from = value;
			else if (option === '--to') own.to = value;
			else if (option === '--by') {
				if (!(MOVEMENT_FAMILIES as readonly string[]).includes(value)) {
					return `--by must be one of ${MOVEMENT_FAMILIES.join(', ')}, got ${value}`;
				}
				own.family = value as MovementFamily;
			} else if (option === '--gone-days') {
				own.goneDays = Number(value);
				if (!Number.isInteger(own.goneDays) || own.goneDays < 1) {
					return `--gone-days must be a whole number ≥ 1, got ${value}`;
				}
			} else if (option === '--bins') {
				own.bins = Number(value);
				if (![3, 4, 5].includes(own.bins)) return `--bins must be 3, 4 or 5, got ${value}`;
			} else if (option === '--rules') own.rules = value;
			else if (option === '--flow') {
				const [from, to, extra] = value.split(',').map((slug) => slug.trim());
				if (extra !== undefined || to === undefined) {
					return `--flow must be FROM,TO group slugs (either may be empty for any), got ${value}`;
				}
				own.flow = { from: from || null, to: to || null };
			} else return false;
			return true;
		}
	});
	if (typeof line === 'string') return line;
	if (line.file === undefined) return 'FILE is required';
	if (own.flow && !line.flags.customers) return '--flow only applies with --customers';
	if (own.goneDays !== undefined && !own.gone) return '--gone-days only applies with --gone';
	return (
		refuseSharedFlags(
			line.flags,
			['analysisDate'],
			'movement compares two dates: use --from and --to'
		) ?? { ...(own as MovementArgs), ...line, file: line.file }
	);
}

/** The options: the `movement` settings section, the flags over it; a message when a date is missing. */
function optionsOf(
	parsed: MovementArgs,
	settings: Record<string, unknown>
): MovementOptions | string {
	const section = familySettings(settings, 'movement', MOVEMENT_SECTION);
	const from = parsed.from ?? section.from;
	const to = parsed.to ?? section.to;
	if (from === null) return '--from YYYY-MM-DD is required';
	if (to === null) return '--to YYYY-MM-DD is required';
	const family = parsed.family ?? section.family;
	return {
		from,
		to,
		family,
		cutPoints: parsed.recompute
			? 'recomputed'
			: family === 'persona'
				? 'frozen'
				: section.cutPoints,
		includeGone: parsed.gone || section.includeGone,
		goneAfterDays: parsed.goneDays,
		bins: parsed.bins
	};
}

const money = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 2 });

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve movement: ${parsed}\n${usage}`);
		return 2;
	}
	try {
		const settings = await readSettings(parsed.flags);
		const options = optionsOf(parsed, settings);
		if (typeof options === 'string') {
			console.error(`sieve movement: ${options}\n${usage}`);
			return 2;
		}
		if (parsed.rules) options.rules = JSON.parse(await readFile(parsed.rules, 'utf8'));
		// Bad dates or settings are told before a large file is read.
		resolveMovementOptions(options);
		const { orders, attributes, choice, currency } = await loadAnalysisFiles(
			parsed.file,
			parsed.flags,
			settings
		);
		// The Movement view's own pipeline: the customer table at each date, by the same choice.
		const result = new MovementMemo().get(orders, attributes, choice, options);
		if (choice.basis === 'profit' && result.after.valueBasis !== 'profit') {
			console.error(
				'sieve movement: --basis profit needs a cost or margin column in the orders file'
			);
			return 1;
		}
		const report = describeMovement(result);

		if (parsed.flags.customers) {
			const cell = parsed.flow ?? { from: null, to: null };
			const { csv, rows } = movementCellFile(result, parsed.file, currency ?? '', cell);
			await writeFile(parsed.flags.customers, csv, 'utf8');
			console.error(`sieve movement: wrote ${rows} customers to ${parsed.flags.customers}`);
		}
		if (parsed.json) {
			console.log(
				terminalSafe(JSON.stringify({ file: parsed.file, currency, ...report }, null, 2))
			);
			return 0;
		}
		const nameOf = new Map(
			[...report.groups.from, ...report.groups.to].map((g) => [g.slug, g.name])
		);
		const t = report.totals;
		const lines = [
			`${parsed.file} — ${report.family} movement from ${report.from} to ${report.to}, value = ${report.valueBasis}`,
			MOVEMENT_POLICY_TEXT[report.policy].replace('{from}', report.from).replace('{to}', report.to),
			`customers  ${t.customersBefore} at ${report.from}, ${t.customersAfter} at ${report.to} (${t.newCustomers} new)`,
			`stayed ${t.stayed}, moved ${t.moved}, critical downgrades ${t.criticalCustomers} ` +
				`(value ${money(t.criticalValueBefore)} at ${report.from})` +
				(report.includeGone ? `, gone ${t.goneAfter}` : '') +
				(t.noOrdersLeft > 0 ? `, no orders left ${t.noOrdersLeft}` : ''),
			'',
			'from → to: customers, value at the to-date (at the from-date)',
			...report.flows.map(
				(f) =>
					`${f.isCritical ? '!' : ' '} ${nameOf.get(f.from)} → ${nameOf.get(f.to)}: ${f.customers}, ` +
					`${money(f.value)} (${money(f.valueBefore)})`
			)
		];
		console.log(terminalSafe(lines.join('\n')));
		return 0;
	} catch (error) {
		if (error instanceof MovementOptionsError) {
			console.error(`sieve movement: ${terminalSafe(error.message)}\n${usage}`);
			return 2;
		}
		if (
			error instanceof IngestError ||
			error instanceof SyntaxError ||
			error instanceof CommandError ||
			error instanceof CustomerTableChoiceError ||
			(error as { code?: string }).code === 'ENOENT'
		) {
			console.error(`sieve movement: ${terminalSafe((error as Error).message)}`);
			return 1;
		}
		if (error instanceof RangeError) {
			console.error(`sieve movement: ${terminalSafe(error.message)}`);
			return 2;
		}
		throw error;
	}
}
