/**
 * `npm run sieve -- movement FILE --from YYYY-MM-DD --to YYYY-MM-DD [--by rfm|pattern|abc|persona]
 * [--recompute] [--gone [--gone-days N]] [--bins 3|4|5] [--rules rules.json] [--basis
 * revenue|profit] [--attributes FILE] [--json] [--customers OUT.csv [--flow FROM,TO]]`: who moved
 * where between two analysis dates (DOMAIN.md "Movement"), cut points frozen at the from-date
 * unless --recompute.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { ValueBasis } from '../../lib/engine/customers/customer-table';
import { computeMovement } from '../../lib/engine/movement/compute-movement';
import { movementExportRows } from '../../lib/engine/movement/export-movement';
import {
	MOVEMENT_FAMILIES,
	MovementOptionsError,
	resolveMovementOptions,
	type MovementFamily,
	type MovementOptions
} from '../../lib/engine/movement/movement-options';
import { describeMovement, MOVEMENT_POLICY_TEXT } from '../../lib/engine/movement/movement-report';
import { toCsv } from '../../lib/engine/tables/csv-export';
import { parseIsoDay } from '../../lib/engine/tables/orders-table';
import { IngestError } from '../../lib/ingest/index';
import { loadAttributesFile, loadOrdersFile } from '../load';
import { terminalSafe } from '../terminal-safe';

const usage =
	'usage: npm run sieve -- movement FILE --from YYYY-MM-DD --to YYYY-MM-DD ' +
	'[--by rfm|pattern|abc|persona] [--recompute] [--gone [--gone-days N]] [--bins 3|4|5] ' +
	'[--rules rules.json] [--basis revenue|profit] [--start YYYY-MM-DD] [--attributes FILE] [--json] ' +
	'[--customers OUT.csv [--flow FROM,TO]]';

interface MovementArgs {
	file: string;
	from: string;
	to: string;
	family: MovementFamily;
	recompute: boolean;
	gone: boolean;
	goneDays?: number;
	bins?: number;
	rules?: string;
	basis: ValueBasis;
	/** First day of the analysed period (--start), as on every command: earlier lines are left out. */
	startDay?: number;
	attributes?: string;
	json: boolean;
	customers?: string;
	flow?: { from?: string; to?: string };
}

const VALUE_OPTIONS = [
	'--from',
	'--to',
	'--by',
	'--gone-days',
	'--bins',
	'--rules',
	'--basis',
	'--start',
	'--attributes',
	'--customers',
	'--flow'
];

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): MovementArgs | string {
	const parsed: Partial<MovementArgs> = {
		family: 'rfm',
		recompute: false,
		gone: false,
		basis: 'revenue',
		json: false
	};
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const next = args[i + 1];
		if (VALUE_OPTIONS.includes(arg)) {
			if (next === undefined || next.startsWith('--')) return `${arg} needs a value`;
			i++;
		}
		if (arg === '--json') parsed.json = true;
		else if (arg === '--recompute') parsed.recompute = true;
		else if (arg === '--gone') parsed.gone = true;
		else if (arg === '--from') parsed.from = next;
		else if (arg === '--to') parsed.to = next;
		else if (arg === '--by') {
			if (!(MOVEMENT_FAMILIES as readonly string[]).includes(next)) {
				return `--by must be one of ${MOVEMENT_FAMILIES.join(', ')}, got ${next}`;
			}
			parsed.family = next as MovementFamily;
		} else if (arg === '--gone-days') {
			parsed.goneDays = Number(next);
			if (!Number.isInteger(parsed.goneDays) || parsed.goneDays < 1) {
				return `--gone-days must be a whole number ≥ 1, got ${next}`;
			}
		} else if (arg === '--bins') {
			parsed.bins = Number(next);
			if (![3, 4, 5].includes(parsed.bins)) return `--bins must be 3, 4 or 5, got ${next}`;
		} else if (arg === '--rules') parsed.rules = next;
		else if (arg === '--start') {
			parsed.startDay = parseIsoDay(next);
			if (Number.isNaN(parsed.startDay)) return `--start: not a YYYY-MM-DD date: ${next}`;
		} else if (arg === '--basis') {
			if (next !== 'revenue' && next !== 'profit') {
				return `--basis must be revenue or profit, got ${next}`;
			}
			parsed.basis = next;
		} else if (arg === '--attributes') parsed.attributes = next;
		else if (arg === '--customers') parsed.customers = next;
		else if (arg === '--flow') {
			const [from, to, extra] = next.split(',').map((slug) => slug.trim());
			if (extra !== undefined || to === undefined) {
				return `--flow must be FROM,TO group slugs (either may be empty for any), got ${next}`;
			}
			parsed.flow = { from: from || undefined, to: to || undefined };
		} else if (arg.startsWith('--')) return `unknown option ${arg}`;
		else if (parsed.file === undefined) parsed.file = arg;
		else return `unexpected argument ${arg}`;
	}
	if (parsed.file === undefined) return 'FILE is required';
	if (parsed.from === undefined) return '--from YYYY-MM-DD is required';
	if (parsed.to === undefined) return '--to YYYY-MM-DD is required';
	if (parsed.flow && !parsed.customers) return '--flow only applies with --customers';
	if (parsed.goneDays !== undefined && !parsed.gone) return '--gone-days only applies with --gone';
	return parsed as MovementArgs;
}

const money = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 2 });

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve movement: ${parsed}\n${usage}`);
		return 2;
	}
	try {
		const options: MovementOptions = {
			from: parsed.from,
			to: parsed.to,
			family: parsed.family,
			cutPoints: parsed.recompute ? 'recomputed' : 'frozen',
			includeGone: parsed.gone,
			goneAfterDays: parsed.goneDays,
			bins: parsed.bins
		};
		if (parsed.rules) options.rules = JSON.parse(await readFile(parsed.rules, 'utf8'));
		// Bad dates or settings are told before a large file is read.
		resolveMovementOptions(options);
		const { table: orders } = await loadOrdersFile(parsed.file);
		const attributes = parsed.attributes
			? (await loadAttributesFile(parsed.attributes)).table
			: null;
		const result = computeMovement(orders, options, {
			tableOptions: { valueBasis: parsed.basis, startDay: parsed.startDay },
			attributes
		});
		if (parsed.basis === 'profit' && result.after.valueBasis !== 'profit') {
			console.error(
				'sieve movement: --basis profit needs a cost or margin column in the orders file'
			);
			return 1;
		}
		const report = describeMovement(result);

		if (parsed.customers) {
			const rows = movementExportRows(result, parsed.flow);
			await writeFile(parsed.customers, toCsv(rows), 'utf8');
			console.error(`sieve movement: wrote ${rows.length - 1} customers to ${parsed.customers}`);
		}
		if (parsed.json) {
			console.log(terminalSafe(JSON.stringify({ file: parsed.file, ...report }, null, 2)));
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
		if (error instanceof IngestError || error instanceof SyntaxError) {
			console.error(`sieve movement: ${terminalSafe(error.message)}`);
			return 1;
		}
		if (error instanceof RangeError) {
			console.error(`sieve movement: ${terminalSafe(error.message)}`);
			return 2;
		}
		throw error;
	}
}
