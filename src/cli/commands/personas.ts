/**
 * `npm run sieve -- personas FILE [--k K] [--seed N] [--include a,b] [shared flags] [--json]`:
 * the engine's Personas pipeline and report (DOMAIN.md family 5), the same the page shows. With
 * `--json` the report carries `assignments` (customer id → persona index, 0-based);
 * `--customers OUT.csv` writes every customer with their persona.
 */
import { writeFile } from 'node:fs/promises';
import { mergeSettings } from '../../lib/engine/customers/settings-file';
import { computePersonas, personaNamesOf } from '../../lib/engine/personas/compute-personas';
import {
	exportAllPersonaCustomers,
	personaAssignments
} from '../../lib/engine/personas/export-personas';
import {
	DEFAULT_PERSONA_SETTINGS,
	type PersonaOptions
} from '../../lib/engine/personas/personas-options';
import { buildPersonasReport } from '../../lib/engine/personas/personas-report';
import {
	loadAnalysisInput,
	reportFailures,
	SHARED_USAGE,
	toJson,
	type SharedFlags
} from '../analysis-input';
import { parseCommandLine } from '../command-line';
import { terminalSafe } from '../terminal-safe';

const usage =
	'usage: npm run sieve -- personas FILE [--k K] [--seed N] [--include key,key…] ' +
	`${SHARED_USAGE} [--json]`;

interface PersonasArgs {
	file: string;
	k?: number;
	seed?: number;
	include?: string[];
	flags: SharedFlags;
	json: boolean;
}

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): PersonasArgs | string {
	const own: Partial<PersonasArgs> = {};
	const line = parseCommandLine(args, {
		valued: ['--k', '--seed', '--include'],
		take: (option, value) => {
			if (option === '--k') own.k = Number(value);
			else if (option === '--seed') own.seed = Number(value);
			else if (option === '--include') own.include = value.split(',').filter(Boolean);
			else return false;
			return true;
		}
	});
	if (typeof line === 'string') return line;
	if (line.file === undefined) return 'FILE is required';
	if (own.k !== undefined && !(Number.isInteger(own.k) && own.k >= 2 && own.k <= 20)) {
		return `--k must be a whole number from 2 to 20, got ${own.k}`;
	}
	if (own.seed !== undefined && !Number.isInteger(own.seed))
		return `--seed must be a whole number, got ${own.seed}`;
	return { ...own, ...line, file: line.file };
}

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve personas: ${parsed}\n${usage}`);
		return 2;
	}
	return reportFailures('personas', async () => {
		const input = await loadAnalysisInput(parsed.file, parsed.flags);
		const { edits: _edits, ...defaults } = DEFAULT_PERSONA_SETTINGS;
		const { autoK, k, seed, include } = mergeSettings(
			structuredClone(DEFAULT_PERSONA_SETTINGS),
			input.settings.personas
		);
		const options: PersonaOptions = { ...defaults, autoK, k, seed, include };
		if (parsed.k !== undefined) Object.assign(options, { autoK: false, k: parsed.k });
		if (parsed.seed !== undefined) options.seed = parsed.seed;
		if (parsed.include !== undefined) options.include = parsed.include;
		const computation = await computePersonas(
			input.customers,
			personaNamesOf(input.orders),
			options
		);
		const report = buildPersonasReport(computation, options);

		if (parsed.flags.customers) {
			const { csv, rows } = exportAllPersonaCustomers(computation, input.currency ?? '');
			await writeFile(parsed.flags.customers, csv, 'utf8');
			console.error(`sieve personas: wrote ${rows} customers to ${parsed.flags.customers}`);
		}
		if (parsed.json) {
			const assignments = personaAssignments(computation);
			console.log(
				terminalSafe(
					toJson({ file: parsed.file, currency: input.currency, ...report, assignments })
				)
			);
			return 0;
		}
		const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
		const how =
			report.kChosenBy === 'silhouette' ? 'chosen by silhouette over 2–8' : 'set with --k';
		const sampled = report.silhouetteSampled ? ', estimated on a 3,000-customer sample' : '';
		const lines = [
			`customers  ${report.customers.toLocaleString('en')}`,
			`features   ${report.options.include.join(', ')}`,
			`k          ${report.k} (${how})`,
			`silhouette ${report.silhouette.toFixed(4)}${sampled}`,
			`by k       ${report.silhouetteByK.map((s) => `${s.k}: ${s.silhouette.toFixed(3)}`).join('  ')}`,
			...report.notes.map((note) => `note       ${note}`),
			'',
			`  #  customers   share  ${report.valueBasis} share  name`
		];
		for (const card of report.personas) {
			lines.push(
				`${String(card.index + 1).padStart(3)}  ${card.customers.toLocaleString('en').padStart(9)}  ` +
					`${percent(card.customerShare).padStart(6)}  ${percent(card.valueShare).padStart(13)}  ${card.name}`
			);
		}
		for (const card of report.personas) {
			lines.push(
				'',
				`${card.index + 1}. ${card.name}`,
				`   ${card.story}`,
				`   Approach: ${card.approach}`
			);
		}
		console.log(terminalSafe(lines.join('\n')));
		return 0;
	});
}
