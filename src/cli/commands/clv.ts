/**
 * `npm run sieve -- clv FILE --calibration-end YYYY-MM-DD [--holdout-end YYYY-MM-DD]
 * [--unit days|weeks] [--horizon DAYS] [--discount-rate R] [--margin M] [--json]
 * [--by segment|pattern|persona|abc] [shared flags]`: customer lifetime value (DOMAIN.md
 * "Customer lifetime value") — BG/NBD and Gamma-Gamma fits, the holdout check, and per-customer
 * P(alive), expected purchases, expected spend and CLV (`--customers OUT.csv`). `--margin 0.3`
 * makes CLV in money a contribution CLV (0.3 × the revenue CLV). `--settings FILE.json` gives the
 * Lifetime value view's options (section `clv`; flags override them), the customer table
 * (`dataset`) and the grouping (`segments`, `personas`). `--by` adds the figures per group of the
 * customer table (`byGroup` in the JSON); without a calibration end it fits as the page's joined
 * figures do: calibration to the last day analysed (the day before `--analysis-date`, else the
 * data's last day), no holdout. The customer-table flags (`--basis`, `--analysis-date`, `--start`,
 * `--attributes`) only apply with `--by`.
 */
import { writeFile } from 'node:fs/promises';
import { clvByGroup, type ClvByGroup } from '../../lib/engine/clv/clv-by-group';
import {
	DEFAULT_CLV_OPTIONS,
	joinedClvOptions,
	validateClvOptions,
	type ClvOptions
} from '../../lib/engine/clv/clv-options';
import { buildClvReport, type ClvReport } from '../../lib/engine/clv/clv-report';
import { computeClv } from '../../lib/engine/clv/compute-clv';
import { clvCustomerRows } from '../../lib/engine/clv/export-clv';
import type { CustomerTable } from '../../lib/engine/customers/customer-table';
import type { GroupFamily } from '../../lib/engine/customers/group-by';
import { CustomerGrouper } from '../../lib/engine/customers/group-by-request';
import { groupingRequestFromSettings } from '../../lib/engine/customers/group-by-settings';
import { toCsv } from '../../lib/engine/tables/csv-export';
import type { AttributesTable, OrdersTable } from '../../lib/engine/tables/orders-table';
import {
	chooseTable,
	CommandError,
	familySettings,
	loadAnalysisFiles,
	loadAnalysisInput,
	readSettings,
	refuseSharedFlags,
	reportFailures,
	SHARED_USAGE,
	takeSharedFlag,
	type SharedFlags
} from '../analysis-input';
import { terminalSafe } from '../terminal-safe';

const usage =
	'usage: npm run sieve -- clv FILE --calibration-end YYYY-MM-DD [--holdout-end YYYY-MM-DD] ' +
	'[--unit days|weeks] [--horizon DAYS] [--discount-rate R] [--margin M] [--json] ' +
	`[--by segment|pattern|persona|abc] ${SHARED_USAGE}`;

/** `--by` words and the family each groups by (`segment` is the RFM segment, as `rfm`). */
const BY_FAMILIES: Record<string, GroupFamily> = {
	segment: 'rfm',
	rfm: 'rfm',
	pattern: 'pattern',
	persona: 'persona',
	abc: 'abc'
};

interface ClvArgs {
	file: string;
	/** The options the flags set (over the `clv` settings section and the defaults). */
	options: Partial<ClvOptions>;
	json: boolean;
	by?: GroupFamily;
	flags: SharedFlags;
}

const VALUE_OPTIONS = [
	'--calibration-end',
	'--holdout-end',
	'--unit',
	'--horizon',
	'--discount-rate',
	'--margin',
	'--by'
];

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): ClvArgs | string {
	const options: Partial<ClvOptions> = {};
	const flags: SharedFlags = {};
	let file: string | undefined;
	let json = false;
	let by: GroupFamily | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--json') {
			json = true;
			continue;
		}
		const shared = takeSharedFlag(arg, args[i + 1], flags);
		if (typeof shared === 'string') return shared;
		if (shared) {
			i++;
			continue;
		}
		if (VALUE_OPTIONS.includes(arg)) {
			const value = args[++i];
			if (value === undefined) return `${arg} needs a value`;
			if (arg === '--calibration-end') options.calibrationEnd = value;
			else if (arg === '--holdout-end') options.holdoutEnd = value;
			else if (arg === '--unit') {
				if (value !== 'days' && value !== 'weeks')
					return `--unit must be days or weeks, got ${value}`;
				options.unit = value;
			} else if (arg === '--horizon') options.horizonDays = Number(value);
			else if (arg === '--discount-rate') options.discountRate = Number(value);
			else if (arg === '--margin') {
				// A fraction of spend (0.3), or a percentage (30%).
				const share = /^\s*[\d.]+\s*%\s*$/.test(value)
					? Number(value.replace('%', '')) / 100
					: Number(value);
				if (value.trim() === '' || Number.isNaN(share))
					return `--margin must be a fraction of spend such as 0.3 (or 30%), got ${value}`;
				options.margin = share;
			} else {
				by = BY_FAMILIES[value];
				if (!by) return `--by must be one of segment, pattern, persona, abc, got ${value}`;
			}
		} else if (arg.startsWith('--')) return `unknown option ${arg}`;
		else if (file === undefined) file = arg;
		else return `unexpected argument ${arg}`;
	}
	if (file === undefined) return 'FILE is required';
	if (by === undefined) {
		const refused = refuseSharedFlags(
			flags,
			['basis', 'analysisDate', 'startDate', 'attributes'],
			'only apply with --by (they choose the customer table the groups are made of)'
		);
		if (refused) return refused;
	}
	return { file, options, json, by, flags };
}

/**
 * The fit's options: the `clv` settings section (the Lifetime value view's) over the defaults, the
 * flags over it. Without a calibration end, `--by` asks for the joined fit the page's groups use —
 * calibrated to the last day analysed (the day before the analysis date, else the data's last
 * day), no holdout. A message for options that cannot work.
 */
function optionsOf(
	parsed: ClvArgs,
	settings: Record<string, unknown>,
	analysisDate: string | null
): ClvOptions | string {
	const options: ClvOptions = {
		...familySettings(settings, 'clv', DEFAULT_CLV_OPTIONS),
		...parsed.options
	};
	if (options.calibrationEnd === null) {
		if (parsed.by === undefined)
			return '--calibration-end is required (or --by for the joined figures)';
		if (options.holdoutEnd !== null) return '--holdout-end needs --calibration-end';
		const joined = joinedClvOptions(analysisDate);
		options.calibrationEnd = joined.calibrationEnd;
		options.defaultPeriods = joined.defaultPeriods;
	}
	const problems = validateClvOptions(options);
	return problems.length > 0 ? problems.join(' ') : options;
}

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve clv: ${parsed}\n${usage}`);
		return 2;
	}
	return reportFailures('clv', async () => {
		const settings = await readSettings(parsed.flags);
		const choice = chooseTable(parsed.flags, settings);
		const options = optionsOf(parsed, settings, choice.analysisDate);
		if (typeof options === 'string') {
			console.error(`sieve clv: ${options}\n${usage}`);
			return 2;
		}
		// The customer table only for the groups; the fit reads the order lines.
		const input: {
			orders: OrdersTable;
			currency: string | null;
			attributes: AttributesTable | null;
			customers?: CustomerTable;
		} = parsed.by
			? await loadAnalysisInput(parsed.file, parsed.flags, settings)
			: await loadAnalysisFiles(parsed.file, parsed.flags, settings);
		const { orders, customers } = input;
		const result = computeClv(orders, options);
		if (result.status === 'failed') {
			console.error(`sieve clv: ${result.reason}. Try: ${result.suggestion}.`);
			return 1;
		}
		const report = buildClvReport(result);
		if (parsed.flags.customers) {
			await writeFile(
				parsed.flags.customers,
				toCsv(
					clvCustomerRows(result, orders.customer.values, input.currency ?? '', input.attributes)
				)
			);
		}
		let byGroup: ClvByGroup | null = null;
		if (parsed.by && customers && report.bgnbd.status === 'fitted') {
			// The customer table and grouping the page's views make with these settings.
			if (parsed.by === 'persona' && customers.count < 2)
				throw new CommandError('personas need at least 2 customers with an order');
			const grouping = await new CustomerGrouper().group(
				orders,
				customers,
				groupingRequestFromSettings(parsed.by, settings)
			);
			const answer = clvByGroup(result, customers, grouping);
			if (answer.status === 'computed') byGroup = answer;
		}
		if (parsed.json) {
			const out = {
				file: parsed.file,
				currency: input.currency,
				...report,
				...(parsed.by ? { byGroup } : {})
			};
			console.log(terminalSafe(JSON.stringify(out, null, 2)));
		} else {
			const lines = describeReport(parsed.file, report);
			if (byGroup) lines.push('', ...describeGroups(byGroup));
			console.log(terminalSafe(lines.join('\n')));
		}
		return report.bgnbd.status === 'fitted' ? 0 : 1;
	});
}

const fixed = (value: number, digits = 4) => value.toFixed(digits);
const withError = (value: number, error: number | undefined) =>
	error === undefined ? fixed(value) : `${fixed(value)} (± ${fixed(error)})`;

/** The report as text lines for the terminal. */
function describeReport(file: string, report: ClvReport): string[] {
	const lines = [
		`${file} — calibration to ${report.calibrationEnd}` +
			(report.holdoutEnd ? `, holdout to ${report.holdoutEnd}` : '') +
			`, unit ${report.unit}`,
		`customers              ${report.cohortCustomers} (plus ${report.laterCustomers} first buying after the cut-off)`,
		`repeat transactions    ${report.calibrationRepeatTransactions} in the calibration period`
	];
	const { bgnbd, gammaGamma } = report;
	if (bgnbd.status === 'fitted') {
		const se = bgnbd.standardErrors ?? undefined;
		lines.push(
			`BG/NBD                 r ${withError(bgnbd.r, se?.r)}  α ${withError(bgnbd.alpha, se?.alpha)}  ` +
				`a ${withError(bgnbd.a, se?.a)}  b ${withError(bgnbd.b, se?.b)}`,
			`  log-likelihood       ${bgnbd.logLikelihood.toFixed(2)} (${bgnbd.patterns} distinct patterns)`
		);
	} else
		lines.push(`BG/NBD                 not fitted: ${bgnbd.reason}. Try: ${bgnbd.suggestion}.`);
	if (gammaGamma.status === 'fitted') {
		lines.push(
			`Gamma-Gamma            p ${fixed(gammaGamma.p)}  q ${fixed(gammaGamma.q)}  v ${fixed(gammaGamma.v)} ` +
				`on ${gammaGamma.customers} customers (log-likelihood ${gammaGamma.logLikelihood.toFixed(2)})`
		);
	} else {
		lines.push(
			`Gamma-Gamma            not fitted: ${gammaGamma.reason}. Try: ${gammaGamma.suggestion}.`
		);
	}
	lines.push(
		`left out of spend      ${report.spendLeftOut.onePurchase} with one purchase, ` +
			`${report.spendLeftOut.spendNotPositive} with repeat spend ≤ 0`
	);
	if (report.holdout) {
		lines.push(
			`holdout (${report.holdout.lengthDays} days)    actual ${report.holdout.actual}, predicted ${report.holdout.predicted.toFixed(1)}`
		);
	}
	const { totals } = report;
	if (totals.expectedPurchases !== null) {
		lines.push(
			`next ${report.horizonDays} days          ${totals.expectedPurchases.toFixed(1)} expected purchases` +
				(totals.expectedValue === null
					? ''
					: `, ${valueWords(report.margin)} ${totals.expectedValue.toFixed(2)}`)
		);
	}
	return lines;
}

/** What CLV in money is: revenue, or contribution at the margin. */
const valueWords = (margin: number | null) =>
	margin === null ? 'revenue' : `contribution (margin ${+(margin * 100).toFixed(2)}%)`;

const cell = (value: number | null, digits: number, width: number) =>
	(value === null ? '—' : value.toFixed(digits)).padStart(width);

/** The figures per group as a text table. */
function describeGroups(answer: ClvByGroup): string[] {
	const width = Math.max(22, ...answer.groups.map((g) => g.name.length + 1));
	const row = (name: string, g: ClvByGroup['total']) =>
		`${name.padEnd(width)} ${String(g.customers).padStart(9)} ${cell(g.expectedValue, 2, 14)} ` +
		`${cell(g.meanValue, 2, 10)} ${cell(g.meanPAlive, 3, 8)} ${cell(g.expectedPurchases, 1, 10)}`;
	return [
		`by ${answer.by}: ${valueWords(answer.margin)} over ${answer.horizonDays} days, fitted to ${answer.calibrationEnd}`,
		`${'group'.padEnd(width)} ${'customers'.padStart(9)} ${'value'.padStart(14)} ${'per cust.'.padStart(10)} ${'P(alive)'.padStart(8)} ${'purchases'.padStart(10)}`,
		...answer.groups.map((g) => row(g.name, g)),
		row('all', answer.total),
		...(answer.valueFailure
			? [`no value: ${answer.valueFailure.reason}. Try: ${answer.valueFailure.suggestion}.`]
			: [])
	];
}
