/**
 * `npm run sieve -- segments FILE [--rules rules.json] [--bins 3|4|5] [--attributes FILE]
 * [--analysis-date YYYY-MM-DD] [--export out.csv [--segment slug]] [--json]`: RFM scores, named
 * segments ranked by potential, purchase patterns and behaviour tags (DOMAIN.md families 2–4, 9).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tagBehaviour } from '../../lib/engine/segments/behaviour-tags';
import { toCsv } from '../../lib/engine/tables/csv-export';
import { buildCustomerTable } from '../../lib/engine/customers/customer-table';
import { formatDay, parseIsoDay } from '../../lib/engine/tables/orders-table';
import { segmentExportRows, summariseSegments } from '../../lib/engine/segments/playbook';
import { classifyPurchasePattern } from '../../lib/engine/segments/purchase-pattern';
import { scoreRfm } from '../../lib/engine/segments/rfm';
import {
	assignSegments,
	DEFAULT_SEGMENT_RULES,
	findUnreachableRules,
	parseSegmentRules,
	SegmentRulesError,
	type SegmentRule
} from '../../lib/engine/segments/segment-rules';
import { IngestError } from '../../lib/ingest/index';
import { loadAttributesFile, loadOrdersFile } from '../load';

const usage =
	'usage: npm run sieve -- segments FILE [--rules rules.json] [--bins 3|4|5] [--attributes FILE] ' +
	'[--analysis-date YYYY-MM-DD] [--export out.csv [--segment slug]] [--json]';

interface SegmentsArgs {
	file: string;
	rules?: string;
	bins: number;
	attributes?: string;
	analysisDay?: number;
	exportPath?: string;
	segment?: string;
	json: boolean;
}

const VALUE_OPTIONS = [
	'--rules',
	'--bins',
	'--attributes',
	'--analysis-date',
	'--export',
	'--segment'
];

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): SegmentsArgs | string {
	const parsed: Partial<SegmentsArgs> = { bins: 5, json: false };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const next = args[i + 1];
		if (VALUE_OPTIONS.includes(arg)) {
			if (next === undefined) return `${arg} needs a value`;
			i++;
		}
		if (arg === '--json') parsed.json = true;
		else if (arg === '--rules') parsed.rules = next;
		else if (arg === '--bins') {
			parsed.bins = Number(next);
			if (![3, 4, 5].includes(parsed.bins)) return `--bins must be 3, 4 or 5, got ${next}`;
		} else if (arg === '--attributes') parsed.attributes = next;
		else if (arg === '--analysis-date') {
			parsed.analysisDay = parseIsoDay(next);
			if (Number.isNaN(parsed.analysisDay))
				return `--analysis-date: not a YYYY-MM-DD date: ${next}`;
		} else if (arg === '--export') parsed.exportPath = next;
		else if (arg === '--segment') parsed.segment = next;
		else if (arg.startsWith('--')) return `unknown option ${arg}`;
		else if (parsed.file === undefined) parsed.file = arg;
		else return `unexpected argument ${arg}`;
	}
	if (parsed.file === undefined) return 'FILE is required';
	if (parsed.segment !== undefined && parsed.exportPath === undefined) {
		return '--segment only applies with --export';
	}
	return parsed as SegmentsArgs;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve segments: ${parsed}\n${usage}`);
		return 2;
	}
	try {
		let rules: readonly SegmentRule[] = DEFAULT_SEGMENT_RULES;
		if (parsed.rules) rules = parseSegmentRules(await readFile(parsed.rules, 'utf8'));
		const { table: orders } = await loadOrdersFile(parsed.file);
		const attributes = parsed.attributes
			? (await loadAttributesFile(parsed.attributes)).table
			: null;
		const customers = buildCustomerTable(orders, { analysisDay: parsed.analysisDay }, attributes);
		if (customers.count === 0) {
			console.error('sieve segments: no customer with an order in this file');
			return 1;
		}
		const rfm = scoreRfm(customers, { bins: parsed.bins });
		const assignment = assignSegments(rfm, rules);
		const summaries = summariseSegments(customers, assignment, rules);
		const unreachable = findUnreachableRules(rules, parsed.bins);
		const pattern = classifyPurchasePattern(customers);
		const tags = tagBehaviour(customers);

		if (parsed.exportPath) {
			const rows = segmentExportRows({
				customers,
				rfm,
				assignment,
				rules,
				pattern,
				tags,
				segment: parsed.segment
			});
			await writeFile(parsed.exportPath, toCsv(rows), 'utf8');
			console.error(`sieve segments: wrote ${rows.length - 1} customers to ${parsed.exportPath}`);
		}

		if (parsed.json) {
			const result = {
				file: parsed.file,
				analysisDate: formatDay(customers.analysisDay),
				valueBasis: customers.valueBasis,
				customers: customers.count,
				bins: rfm.bins,
				cutPoints: rfm.cutPoints,
				segments: summaries,
				nonEmptySegments: summaries.filter((s) => s.customers > 0).length,
				unreachableRules: unreachable,
				patterns: { ...pattern.counts, lapsing: pattern.lapsingCount },
				tags: tags.map(({ slug, name, rule, count, unavailable }) => ({
					slug,
					name,
					rule,
					count,
					unavailable
				}))
			};
			console.log(JSON.stringify(result, null, 2));
			return 0;
		}
		const cut = (values: number[]) => values.map((x) => String(Number(x.toFixed(2)))).join(' | ');
		const ranked = [...summaries].sort((a, b) => a.potentialRank - b.potentialRank);
		const lines = [
			`${parsed.file} — analysis date ${formatDay(customers.analysisDay)}, ${customers.count} customers, ${rfm.bins} bins`,
			`cut points  R (days): ${cut(rfm.cutPoints.recency)}   F (orders): ${cut(rfm.cutPoints.frequency)}   M: ${cut(rfm.cutPoints.monetary)}`,
			'',
			'segment (by potential)      customers  value share  median recency  median orders  action',
			...ranked.map(
				(s) =>
					`${s.name.padEnd(26)} ${String(s.customers).padStart(9)}  ${percent(s.valueShare).padStart(11)}  ` +
					`${String(s.medianRecencyDays).padStart(14)}  ${String(s.medianOrders).padStart(13)}  ${s.action}`
			),
			...unreachable.map((u) => `warning: ${u.message}`),
			'',
			`patterns    one-time ${pattern.counts['one-time']}, regular ${pattern.counts.regular}, irregular ${pattern.counts.irregular}; lapsing ${pattern.lapsingCount}`,
			...tags.map((t) => `tag         ${t.name}: ${t.unavailable ?? `${t.count} (${t.rule})`}`)
		];
		console.log(lines.join('\n'));
		return 0;
	} catch (error) {
		if (error instanceof IngestError || error instanceof SegmentRulesError) {
			console.error(`sieve segments: ${error.message}`);
			return 1;
		}
		if ((error as { code?: string }).code === 'ENOENT') {
			console.error(`sieve segments: ${(error as Error).message}`);
			return 1;
		}
		throw error;
	}
}
