/**
 * Lifetime-value benchmark: 1 million synthetic customers drawn from a BG/NBD process with
 * CDNOW's parameters (r 0.243, α 4.41 weeks, a 0.793, b 2.43) and Gamma-Gamma spend (p 6.25,
 * q 3.74, v 15.44), first purchases over 12 weeks, observed for 78 weeks, calibration 39 weeks.
 * Prints seconds per step — transactions, BG/NBD fit, Gamma-Gamma fit, per-customer outputs — and
 * the recovered parameters next to the true ones (a fit that is fast but wrong would show here).
 *   node --import tsx bench/clv.bench.ts [--customers N] [--json]
 */
import { performance } from 'node:perf_hooks';
import { fitBgNbd } from '../src/lib/engine/clv/fit-bgnbd';
import { fitGammaGamma } from '../src/lib/engine/clv/fit-gamma-gamma';
import { checkHoldout, trackRepeatTransactions } from '../src/lib/engine/clv/holdout-tracking';
import { patternsOf, predictCustomers, spendDataOf } from '../src/lib/engine/clv/compute-clv';
import { summariseTransactions } from '../src/lib/engine/clv/summarise-transactions';
import type { OrdersTable } from '../src/lib/engine/tables/orders-table';
import { createRandom } from './lib/random';

const TRUE_BGNBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const TRUE_GAMMA_GAMMA = { p: 6.25, q: 3.74, v: 15.44 };
const START_DAY = 9862; // 1997-01-01
const CALIBRATION_DAYS = 273;
const TOTAL_DAYS = 546;

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), with the shape < 1 boost. */
function drawGamma(random: () => number, shape: number): number {
	if (shape < 1) return drawGamma(random, shape + 1) * Math.pow(random(), 1 / shape);
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		let x: number;
		let v: number;
		do {
			const u1 = 1 - random();
			x = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random());
			v = 1 + c * x;
		} while (v <= 0);
		v = v * v * v;
		const u = random();
		if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
	}
}

/**
 * One order line per purchase: each customer draws λ ~ Gamma(r, α) per week and p ~ Beta(a, b),
 * buys at exponential gaps, and drops out after each repeat purchase with probability p.
 */
function syntheticCustomers(customers: number, seed: number): OrdersTable {
	const random = createRandom(seed);
	const codes: number[] = [];
	const days: number[] = [];
	const amounts: number[] = [];
	const { r, alpha, a, b } = TRUE_BGNBD;
	const { p, q, v } = TRUE_GAMMA_GAMMA;
	for (let c = 0; c < customers; c++) {
		const lambda = drawGamma(random, r) / alpha;
		const ga = drawGamma(random, a);
		const dropOut = ga / (ga + drawGamma(random, b));
		const scale = drawGamma(random, q) / v; // ν: the customer's spend rate
		let time = Math.floor(random() * 84) / 7; // weeks, first purchase in the first 12 weeks
		for (;;) {
			const day = Math.floor(time * 7);
			if (day >= TOTAL_DAYS) break;
			codes.push(c);
			days.push(START_DAY + day);
			amounts.push(Math.round((drawGamma(random, p) / scale) * 100) / 100);
			if (days.length > 1 && codes[codes.length - 2] === c && random() < dropOut) break;
			time += -Math.log(1 - random()) / lambda;
		}
	}
	const customerValues = Array.from({ length: customers }, (_, c) => `C${c}`);
	const customer = { codes: Int32Array.from(codes), values: customerValues };
	return {
		rowCount: codes.length,
		customer,
		order: customer,
		day: Int32Array.from(days),
		amount: Float64Array.from(amounts),
		quantity: null,
		cost: null,
		discounted: null,
		product: null,
		category: null,
		channel: null
	};
}

function seconds<T>(work: () => T): [T, number] {
	const start = performance.now();
	const result = work();
	return [result, (performance.now() - start) / 1000];
}

function main(args: string[]): void {
	const at = args.indexOf('--customers');
	const customers = at >= 0 ? Number(args[at + 1]) : 1_000_000;
	const [orders, generateSeconds] = seconds(() => syntheticCustomers(customers, 7));
	const cut = START_DAY + CALIBRATION_DAYS - 1;
	const holdoutEnd = START_DAY + TOTAL_DAYS - 1;
	const [summary, transactionSeconds] = seconds(() =>
		summariseTransactions(orders, cut, holdoutEnd)
	);
	const [{ patterns, patternOf }, patternSeconds] = seconds(() => patternsOf(summary, 7));
	const [bgnbd, bgnbdSeconds] = seconds(() => fitBgNbd(patterns));
	const [spend, spendDataSeconds] = seconds(() => spendDataOf(summary));
	const [gammaGamma, gammaGammaSeconds] = seconds(() => fitGammaGamma(spend.data));
	if (bgnbd.status !== 'fitted') throw new Error(`BG/NBD failed: ${bgnbd.reason}`);
	const [perCustomer, customerSeconds] = seconds(() => {
		const outputs = predictCustomers(summary, patterns, patternOf, spend, bgnbd, gammaGamma, {
			unitDays: 7,
			horizonDays: 365,
			discountRate: 0,
			margin: 1
		});
		const holdout = outputs.holdoutExpected ? checkHoldout(summary, outputs.holdoutExpected) : null;
		const tracking = trackRepeatTransactions(summary, bgnbd.params, 7);
		return { outputs, holdout, tracking };
	});
	const fitSeconds = patternSeconds + bgnbdSeconds + spendDataSeconds + gammaGammaSeconds;
	const result = {
		customers: summary.count,
		lines: orders.rowCount,
		patterns: patterns.frequency.length,
		generateSeconds,
		transactionSeconds,
		fitSeconds,
		bgnbdSeconds,
		gammaGammaSeconds,
		customerSeconds,
		totalSeconds: transactionSeconds + fitSeconds + customerSeconds,
		bgnbd: { true: TRUE_BGNBD, fitted: bgnbd.params, evaluations: bgnbd.evaluations },
		gammaGamma: {
			true: TRUE_GAMMA_GAMMA,
			fitted: gammaGamma.status === 'fitted' ? gammaGamma.params : gammaGamma.reason
		},
		holdout: perCustomer.holdout && {
			actual: perCustomer.holdout.actual,
			predicted: perCustomer.holdout.predicted
		}
	};
	if (args.includes('--json')) {
		console.log(JSON.stringify(result, null, 2));
		return;
	}
	const f = (x: number) => x.toFixed(2).padStart(6);
	const params = (o: Record<string, number>) =>
		Object.entries(o)
			.map(([k, x]) => `${k} ${x.toFixed(3)}`)
			.join('  ');
	console.log(
		[
			`CLV benchmark: ${result.customers.toLocaleString('en')} customers, ${result.lines.toLocaleString('en')} lines, ${result.patterns.toLocaleString('en')} distinct (x, tₓ, T)`,
			`  (generating the data took ${generateSeconds.toFixed(1)} s, not counted)`,
			`  transactions        ${f(transactionSeconds)} s`,
			`  fit                 ${f(fitSeconds)} s  (BG/NBD ${bgnbdSeconds.toFixed(2)} s, Gamma-Gamma ${gammaGammaSeconds.toFixed(2)} s)`,
			`  per-customer        ${f(customerSeconds)} s  (P(alive), expected purchases and spend, CLV, holdout, tracking)`,
			`  total               ${f(result.totalSeconds)} s`,
			`  BG/NBD true         ${params(TRUE_BGNBD)}`,
			`  BG/NBD fitted       ${params({ ...bgnbd.params })}`,
			`  Gamma-Gamma true    ${params(TRUE_GAMMA_GAMMA)}`,
			`  Gamma-Gamma fitted  ${gammaGamma.status === 'fitted' ? params({ ...gammaGamma.params }) : gammaGamma.reason}`,
			result.holdout
				? `  holdout             actual ${result.holdout.actual}, predicted ${result.holdout.predicted.toFixed(0)}`
				: ''
		].join('\n')
	);
}

main(process.argv.slice(2));
