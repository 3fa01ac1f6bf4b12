/**
 * `npm run sieve -- clv FILE --calibration-end YYYY-MM-DD [--holdout-end YYYY-MM-DD]
 * [--unit days|weeks] [--horizon DAYS] [--discount-rate R] [--margin M] [--json]
 * [--customers OUT.csv]`: customer lifetime value (DOMAIN.md "Customer lifetime value") —
 * BG/NBD and Gamma-Gamma fits, the holdout check, and per-customer P(alive), expected purchases,
 * expected spend and CLV.
 */
import { writeFile } from 'node:fs/promises';
import {
	DEFAULT_CLV_OPTIONS,
	validateClvOptions,
	type ClvOptions
} from '../../lib/engine/clv/clv-options';
import { buildClvReport, type ClvReport } from '../../lib/engine/clv/clv-report';
import { computeClv } from '../../lib/engine/clv/compute-clv';
import { clvCustomerRows } from '../../lib/engine/clv/export-clv';
import { toCsv } from '../../lib/engine/tables/csv-export';
import { IngestError } from '../../lib/ingest/index';
import { loadOrdersFile } from '../load';
import { terminalSafe } from '../terminal-safe';

const usage =
	'usage: npm run sieve -- clv FILE --calibration-end YYYY-MM-DD [--holdout-end YYYY-MM-DD] ' +
	'[--unit days|weeks] [--horizon DAYS] [--discount-rate R] [--margin M] [--json] ' +
	'[--customers OUT.csv]';

interface ClvArgs {
	file: string;
	options: ClvOptions;
	json: boolean;
	customers?: string;
}

const VALUE_OPTIONS = [
	'--calibration-end',
	'--holdout-end',
	'--unit',
	'--horizon',
	'--discount-rate',
	'--margin',
	'--customers'
];

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): ClvArgs | string {
	const options: ClvOptions = { ...DEFAULT_CLV_OPTIONS };
	let file: string | undefined;
	let json = false;
	let customers: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--json') {
			json = true;
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
			else if (arg === '--margin') options.margin = Number(value);
			else customers = value;
		} else if (arg.startsWith('--')) return `unknown option ${arg}`;
		else if (file === undefined) file = arg;
		else return `unexpected argument ${arg}`;
	}
	if (file === undefined) return 'FILE is required';
	if (options.calibrationEnd === null) return '--calibration-end is required';
	const problems = validateClvOptions(options);
	if (problems.length > 0) return problems.join(' ');
	return { file, options, json, customers };
}

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve clv: ${parsed}\n${usage}`);
		return 2;
	}
	try {
		const { table } = await loadOrdersFile(parsed.file);
		const result = computeClv(table, parsed.options);
		if (result.status === 'failed') {
			console.error(`sieve clv: ${result.reason}. Try: ${result.suggestion}.`);
			return 1;
		}
		const report = buildClvReport(result);
		if (parsed.customers) {
			await writeFile(parsed.customers, toCsv(clvCustomerRows(result, table.customer.values)));
		}
		if (parsed.json)
			console.log(terminalSafe(JSON.stringify({ file: parsed.file, ...report }, null, 2)));
		else console.log(terminalSafe(describeReport(parsed.file, report).join('\n')));
		return report.bgnbd.status === 'fitted' ? 0 : 1;
	} catch (error) {
		if (error instanceof IngestError) {
			console.error(`sieve clv: ${terminalSafe(error.message)}`);
			return 1;
		}
		throw error;
	}
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
				(totals.expectedValue === null ? '' : `, value ${totals.expectedValue.toFixed(2)}`)
		);
	}
	return lines;
}
