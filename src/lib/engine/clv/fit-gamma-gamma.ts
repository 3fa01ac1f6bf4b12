/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV";
 * Fader & Hardie's note "The Gamma-Gamma model of monetary value", 2013): its log-likelihood with
 * the analytic gradient, the maximum-likelihood fit of (p, q, v), and the conditional mean spend.
 */
import { fitFailure, type FitFailure } from './fit-failure';
import { standardErrorsAt } from './hessian';
import { minimiseBfgs, minimiseNelderMead, polishNewton } from './optimise';
import { digamma, logGamma } from './special-functions';

export interface GammaGammaParams {
	/** Shape of the gamma distribution of each transaction's spend. */
	p: number;
	/** Shape of the gamma mixing distribution of the customers' scale ν. */
	q: number;
	/** Scale of that mixing distribution (γ in Fader & Hardie). */
	v: number;
}

export interface GammaGammaFit {
	status: 'fitted';
	params: GammaGammaParams;
	logLikelihood: number;
	standardErrors: GammaGammaParams | null;
	/** Customers fitted: x > 0 and mean repeat spend > 0. */
	customers: number;
	/** Mean spend per transaction of the population, v·p/(q − 1). */
	populationMeanSpend: number;
}

/** Spend data of the customers fitted: x > 0 repeat transactions with mean spend zbar > 0. */
export interface SpendData {
	frequency: Float64Array;
	meanSpend: Float64Array;
}

/**
 * Σᵢ ln f(zbarᵢ | p, q, v, xᵢ) with f = Γ(px+q)/(Γ(px)Γ(q)) · v^q zbar^(px−1) x^(px) /
 * (v + x·zbar)^(px+q); `gradient` (length 3) receives ∂/∂(p, q, v).
 */
export function gammaGammaLogLikelihood(
	params: GammaGammaParams,
	data: SpendData,
	gradient?: Float64Array
): number {
	const { p, q, v } = params;
	const { frequency, meanSpend } = data;
	const logV = Math.log(v);
	const lgQ = logGamma(q);
	const psiQ = gradient ? digamma(q) : 0;
	let total = 0;
	let gp = 0;
	let gq = 0;
	let gv = 0;
	let previousX = NaN;
	let lgTerms = 0;
	let psiPxq = 0;
	let psiPx = 0;
	for (let i = 0; i < frequency.length; i++) {
		const x = frequency[i];
		const m = meanSpend[i];
		const px = p * x;
		if (x !== previousX) {
			// Data sorted by x (as `fitGammaGamma` passes it) reuse the gamma terms.
			lgTerms = logGamma(px + q) - logGamma(px) - lgQ;
			if (gradient) {
				psiPxq = digamma(px + q);
				psiPx = digamma(px);
			}
			previousX = x;
		}
		const logM = Math.log(m);
		const logX = Math.log(x);
		const logTotal = Math.log(v + x * m);
		total += lgTerms + q * logV + (px - 1) * logM + px * logX - (px + q) * logTotal;
		if (gradient) {
			gp += x * (psiPxq - psiPx + logM + logX - logTotal);
			gq += psiPxq - psiQ + logV - logTotal;
			gv += q / v - (px + q) / (v + x * m);
		}
	}
	if (gradient) {
		gradient[0] = gp;
		gradient[1] = gq;
		gradient[2] = gv;
	}
	return total;
}

/**
 * Fits Gamma-Gamma (p, q, v) by maximum likelihood on customers with x > 0 and zbar > 0. Fails
 * (with a reason) for fewer than two such customers, or when the optimum has q ≤ 1, where the
 * mean spend is infinite.
 */
export function fitGammaGamma(data: SpendData): GammaGammaFit | FitFailure {
	const n = data.frequency.length;
	if (n < 2) {
		return fitFailure(
			`only ${n} customer has repeat purchases with a positive spend`,
			'choose a later calibration cut-off; spend is modelled from repeat purchases'
		);
	}
	let spendSum = 0;
	for (let i = 0; i < n; i++) spendSum += data.meanSpend[i];
	const meanSpend = spendSum / n;
	const gradient = new Float64Array(3);
	const objective = (theta: Float64Array, out?: Float64Array) => {
		if (theta.some((t) => !(Math.abs(t) <= 40))) return Infinity;
		const params = { p: Math.exp(theta[0]), q: Math.exp(theta[1]), v: Math.exp(theta[2]) };
		const value = -gammaGammaLogLikelihood(params, data, out ? gradient : undefined) / n;
		if (out) {
			out[0] = (-gradient[0] * params.p) / n;
			out[1] = (-gradient[1] * params.q) / n;
			out[2] = (-gradient[2] * params.v) / n;
		}
		return value;
	};
	// Starts: p·v/(q − 1) equal to the mean spend, for a few shapes.
	const starts = [
		[1, 2, meanSpend],
		[5, 4, (meanSpend * 3) / 5],
		[20, 10, (meanSpend * 9) / 20]
	].map((start) => Float64Array.from(start, Math.log));
	let best: { point: Float64Array; value: number } | null = null;
	for (const start of starts) {
		let result = minimiseBfgs(objective, start, { maxIterations: 300 });
		if (!result.isConverged) {
			const rescue = minimiseNelderMead(objective, result.point, { maxEvaluations: 1500 });
			result = minimiseBfgs(objective, rescue.point, { maxIterations: 300 });
		}
		if (Number.isFinite(result.value) && (best === null || result.value < best.value))
			best = result;
	}
	if (best === null) {
		return fitFailure(
			'the spend likelihood could not be evaluated',
			'check the amounts of repeat purchases'
		);
	}
	const theta = polishNewton(objective, best.point);
	const params = { p: Math.exp(theta[0]), q: Math.exp(theta[1]), v: Math.exp(theta[2]) };
	if (theta.some((t) => Math.abs(t) > 18) || !(params.q > 1)) {
		return {
			status: 'failed',
			reason:
				params.q > 1
					? 'the spend model does not settle: spends per customer barely vary, or vary without limit'
					: 'the fitted spend distribution has no finite mean (q ≤ 1): a few customers spend extremely more than the rest',
			suggestion:
				'look at the largest spends (a data error, or business customers mixed with consumers) and consider leaving them out'
		};
	}
	const errors = standardErrorsAt(
		(x, out) => {
			gammaGammaLogLikelihood({ p: x[0], q: x[1], v: x[2] }, data, gradient);
			for (let k = 0; k < 3; k++) out[k] = -gradient[k];
		},
		Float64Array.from([params.p, params.q, params.v])
	);
	return {
		status: 'fitted',
		params,
		logLikelihood: gammaGammaLogLikelihood(params, data),
		standardErrors: errors && { p: errors[0], q: errors[1], v: errors[2] },
		customers: n,
		populationMeanSpend: (params.v * params.p) / (params.q - 1)
	};
}

/**
 * E[Z | zbar, x] = (v + x·zbar)·p / (p·x + q − 1): the expected spend per future transaction
 * (Fader, Hardie & Lee 2005, eq. 5). x = 0 gives the population mean v·p/(q − 1); a zbar below 0
 * is taken as 0 (returns larger than purchases predict no spend of their own). Needs q > 1.
 */
export function expectedSpend(params: GammaGammaParams, x: number, meanSpend: number): number {
	const { p, q, v } = params;
	const observed = x > 0 ? Math.max(meanSpend, 0) : 0;
	return ((v + x * observed) * p) / (p * x + q - 1);
}
