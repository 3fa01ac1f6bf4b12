/**
 * `npm run sieve -- segments FILE [--rules rules.json] [--bins 3|4|5] [shared flags]
 * [--export out.csv [--segment slug]] [--json]`: the engine's Segments pipeline and report (RFM
 * scores, named segments ranked by potential, purchase patterns, behaviour tags; DOMAIN.md
 * families 2–4, 9), the same the page shows. `--settings` applies the page's rules, cut points and
 * thresholds; `--customers OUT.csv` writes every customer's scores and groups; `--export` the
 * campaign list.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { mergeSettings } from '../../lib/engine/customers/settings-file';
import { computeSegments } from '../../lib/engine/segments/compute-segments';
import {
	exportSegmentCustomers,
	exportSegmentsCsv
} from '../../lib/engine/segments/export-segments';
import { parseSegmentRules } from '../../lib/engine/segments/segment-rules';
import {
	DEFAULT_SEGMENTS_OPTIONS,
	type SegmentsOptions
} from '../../lib/engine/segments/segments-options';
import { buildSegmentsReport } from '../../lib/engine/segments/segments-report';
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
	'usage: npm run sieve -- segments FILE [--rules rules.json] [--bins 3|4|5] ' +
	`${SHARED_USAGE} [--export out.csv [--segment slug]] [--json]`;

interface SegmentsArgs {
	file: string;
	rules?: string;
	bins?: number;
	flags: SharedFlags;
	exportPath?: string;
	segment?: string;
	json: boolean;
}

const VALUE_OPTIONS = ['--rules', '--bins', '--export', '--segment'];

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): SegmentsArgs | string {
	const own: Partial<SegmentsArgs> = {};
	const line = parseCommandLine(args, {
		valued: VALUE_OPTIONS,
		take: (option, value) => {
			if (option === '--rules') own.rules = value;
			else if (option === '--bins') {
				own.bins = Number(value);
				if (![3, 4, 5].includes(own.bins)) return `--bins must be 3, 4 or 5, got ${value}`;
			} else if (option === '--export') own.exportPath = value;
			else if (option === '--segment') own.segment = value;
			else return false;
			return true;
		}
	});
	if (typeof line === 'string') return line;
	if (line.file === undefined) return 'FILE is required';
	if (own.segment !== undefined && own.exportPath === undefined) {
		return '--segment only applies with --export';
	}
	return { ...own, ...line, file: line.file };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export async function run(args: string[]): Promise<number> {
	// `--engine duckdb`: the same method as SQL run by DuckDB (segments-duckdb.ts).
	if (args.includes('--engine')) {
		return (await import('./segments-duckdb')).runSegmentsWithDuckdb(args);
	}
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve segments: ${parsed}\n${usage}`);
		return 2;
	}
	return reportFailures('segments', async () => {
		const rules = parsed.rules
			? parseSegmentRules(await readFile(parsed.rules, 'utf8'))
			: undefined;
		const input = await loadAnalysisInput(parsed.file, parsed.flags);
		const options: SegmentsOptions = mergeSettings(
			structuredClone(DEFAULT_SEGMENTS_OPTIONS),
			input.settings.segments
		);
		if (rules) options.rules = rules;
		if (parsed.bins !== undefined && parsed.bins !== options.bins) {
			// User cut points have bins − 1 values each: a new bin count takes the quantiles.
			options.bins = parsed.bins;
			options.cutPoints = { recency: null, frequency: null, monetary: null };
		}
		const computation = computeSegments(input.customers, options);
		const report = buildSegmentsReport(computation);

		if (parsed.exportPath) {
			const { csv, rows } = exportSegmentsCsv(
				computation,
				parsed.file,
				input.currency ?? '',
				parsed.segment ?? null,
				null
			);
			await writeFile(parsed.exportPath, csv, 'utf8');
			console.error(`sieve segments: wrote ${rows} customers to ${parsed.exportPath}`);
		}
		if (parsed.flags.customers) {
			const { csv, rows } = exportSegmentCustomers(computation, input.currency ?? '');
			await writeFile(parsed.flags.customers, csv, 'utf8');
			console.error(`sieve segments: wrote ${rows} customers to ${parsed.flags.customers}`);
		}
		if (parsed.json) {
			console.log(terminalSafe(toJson({ file: parsed.file, currency: input.currency, ...report })));
			return 0;
		}
		const cut = (values: number[]) => values.map((x) => String(Number(x.toFixed(2)))).join(' | ');
		const ranked = [...report.segments].sort((a, b) => a.potentialRank - b.potentialRank);
		const { counts, lapsing } = report.patterns;
		const lines = [
			`${parsed.file} — analysis date ${report.analysisDate}, ${report.customers} customers, ${report.bins} bins`,
			`cut points  R (days): ${cut(report.cutPoints.recency)}   F (orders): ${cut(report.cutPoints.frequency)}   M: ${cut(report.cutPoints.monetary)}`,
			'',
			'segment (by potential)      customers  value share  median recency  median orders  action',
			...ranked.map(
				(s) =>
					`${s.name.padEnd(26)} ${String(s.customers).padStart(9)}  ${percent(s.valueShare).padStart(11)}  ` +
					`${String(s.medianRecencyDays).padStart(14)}  ${String(s.medianOrders).padStart(13)}  ${s.action}`
			),
			...report.unreachable.map((u) => `warning: ${u.message}`),
			'',
			`patterns    one-time ${counts['one-time']}, regular ${counts.regular}, irregular ${counts.irregular}; lapsing ${lapsing}`,
			...report.tags.map(
				(t) => `tag         ${t.name}: ${t.unavailable ?? `${t.count} (${t.rule})`}`
			)
		];
		console.log(terminalSafe(lines.join('\n')));
		return 0;
	});
}
