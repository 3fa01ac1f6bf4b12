/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV";
 * Fader & Hardie's note "The Gamma-Gamma model of monetary value", 2013): its log-likelihood with
 * the analytic gradient, the maximum-likelihood fit of (p, q, v), and the conditional mean spend.
 */
import { failedFit, type FitFailure } from './fit-failure';
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
 * Spend data prepared for many likelihood evaluations: identical (x, zbar) pairs merged with a
 * weight (the customers who share them), the distinct x with their customer counts, and the sums
 * that do not depend on the parameters. Only ln(v + x·zbar) is left to compute per pair and
 * evaluation.
 */
export interface CompressedSpend {
	/** Distinct (x, zbar) pairs, sorted by x then zbar, and how many customers share each. */
	frequency: Float64Array;
	meanSpend: Float64Array;
	weight: Float64Array;
	/** Distinct x, ascending, and the customers with each. */
	groupFrequency: Float64Array;
	groupCustomers: Float64Array;
	/** Customers (Σ weight). */
	customers: number;
	/** Σ x·(ln zbar + ln x) and Σ ln zbar over the customers. */
	sumXLogs: number;
	sumLogSpend: number;
}

/** Merges identical (x, zbar) pairs of `data` (any order) and sums the parameter-free terms. */
export function compressSpendData(data: SpendData): CompressedSpend {
	const n = data.frequency.length;
	const x = Float64Array.from(data.frequency);
	const m = Float64Array.from(data.meanSpend);
	let isSortedByX = true;
	for (let i = 1; i < n && isSortedByX; i++) isSortedByX = x[i - 1] <= x[i];
	if (!isSortedByX) {
		const order = new Int32Array(n);
		for (let i = 0; i < n; i++) order[i] = i;
		order.sort((i, j) => data.frequency[i] - data.frequency[j] || i - j);
		for (let k = 0; k < n; k++) {
			x[k] = data.frequency[order[k]];
			m[k] = data.meanSpend[order[k]];
		}
	}
	const pairX = new Float64Array(n);
	const pairM = new Float64Array(n);
	const pairW = new Float64Array(n);
	const groupX: number[] = [];
	const groupW: number[] = [];
	let pairs = 0;
	let sumXLogs = 0;
	let sumLogSpend = 0;
	for (let start = 0; start < n;) {
		let end = start + 1;
		while (end < n && x[end] === x[start]) end++;
		// One x: its spends sorted (a typed, numeric sort), runs of equal spends merged.
		const spends = m.subarray(start, end).sort();
		const xi = x[start];
		const logX = Math.log(xi);
		for (let k = 0; k < spends.length;) {
			let run = k + 1;
			while (run < spends.length && spends[run] === spends[k]) run++;
			const weight = run - k;
			const logM = Math.log(spends[k]);
			pairX[pairs] = xi;
			pairM[pairs] = spends[k];
			pairW[pairs] = weight;
			pairs++;
			sumXLogs += weight * xi * (logM + logX);
			sumLogSpend += weight * logM;
			k = run;
		}
		groupX.push(xi);
		groupW.push(end - start);
		start = end;
	}
	return {
		frequency: pairX.slice(0, pairs),
		meanSpend: pairM.slice(0, pairs),
		weight: pairW.slice(0, pairs),
		groupFrequency: Float64Array.from(groupX),
		groupCustomers: Float64Array.from(groupW),
		customers: n,
		sumXLogs,
		sumLogSpend
	};
}

/**
 * Σᵢ ln f(zbarᵢ | p, q, v, xᵢ) with f = Γ(px+q)/(Γ(px)Γ(q)) · v^q zbar^(px−1) x^(px) /
 * (v + x·zbar)^(px+q); `gradient` (length 3) receives ∂/∂(p, q, v). Compresses `data` first: for
 * repeated evaluations, compress once and call `compressedLogLikelihood`.
 */
export function gammaGammaLogLikelihood(
	params: GammaGammaParams,
	data: SpendData,
	gradient?: Float64Array
): number {
	return compressedLogLikelihood(params, compressSpendData(data), gradient);
}

/**
 * The same log-likelihood over compressed data:
 * Σ_x nₓ[ln Γ(px+q) − ln Γ(px) − ln Γ(q)] + N·q ln v + p·Σ x(ln zbar + ln x) − Σ ln zbar
 * − Σ w(px+q) ln(v + x·zbar), the last sum over the distinct pairs.
 */
export function compressedLogLikelihood(
	params: GammaGammaParams,
	data: CompressedSpend,
	gradient?: Float64Array
): number {
	const { p, q, v } = params;
	const { frequency, meanSpend, weight, groupFrequency, groupCustomers, customers } = data;
	const logV = Math.log(v);
	const lgQ = logGamma(q);
	let total = customers * q * logV + p * data.sumXLogs - data.sumLogSpend;
	let gp = data.sumXLogs;
	let gq = customers * logV;
	const gv = (customers * q) / v;
	for (let g = 0; g < groupFrequency.length; g++) {
		const px = p * groupFrequency[g];
		const count = groupCustomers[g];
		total += count * (logGamma(px + q) - logGamma(px) - lgQ);
		if (gradient) {
			const psiPxq = digamma(px + q);
			gp += count * groupFrequency[g] * (psiPxq - digamma(px));
			gq += count * psiPxq;
		}
	}
	if (gradient) gq -= customers * digamma(q);
	let sumLog = 0;
	let sumXLog = 0;
	let sumWeightedLog = 0;
	let sumRatio = 0;
	for (let k = 0; k < frequency.length; k++) {
		const x = frequency[k];
		const w = weight[k];
		const base = v + x * meanSpend[k];
		const logBase = Math.log(base);
		const shape = p * x + q;
		sumWeightedLog += w * shape * logBase;
		if (gradient) {
			sumLog += w * logBase;
			sumXLog += w * x * logBase;
			sumRatio += (w * shape) / base;
		}
	}
	total -= sumWeightedLog;
	if (gradient) {
		gradient[0] = gp - sumXLog;
		gradient[1] = gq - sumLog;
		gradient[2] = gv - sumRatio;
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
		return failedFit({ code: 'too-few-spenders', customers: n });
	}
	let spendSum = 0;
	for (let i = 0; i < n; i++) spendSum += data.meanSpend[i];
	const meanSpend = spendSum / n;
	// Identical (x, zbar) pairs are evaluated once (a third of the pairs at 1M customers).
	const compressed = compressSpendData(data);
	const gradient = new Float64Array(3);
	const objective = (theta: Float64Array, out?: Float64Array) => {
		if (theta.some((t) => !(Math.abs(t) <= 40))) return Infinity;
		const params = { p: Math.exp(theta[0]), q: Math.exp(theta[1]), v: Math.exp(theta[2]) };
		const value = -compressedLogLikelihood(params, compressed, out ? gradient : undefined) / n;
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
		return failedFit({ code: 'spend-likelihood-not-evaluated' });
	}
	const theta = polishNewton(objective, best.point);
	const params = { p: Math.exp(theta[0]), q: Math.exp(theta[1]), v: Math.exp(theta[2]) };
	if (theta.some((t) => Math.abs(t) > 18) || !(params.q > 1)) {
		return failedFit({ code: params.q > 1 ? 'spend-not-settled' : 'spend-infinite-mean' });
	}
	const errors = standardErrorsAt(
		(x, out) => {
			compressedLogLikelihood({ p: x[0], q: x[1], v: x[2] }, compressed, gradient);
			for (let k = 0; k < 3; k++) out[k] = -gradient[k];
		},
		Float64Array.from([params.p, params.q, params.v])
	);
	return {
		status: 'fitted',
		params,
		logLikelihood: compressedLogLikelihood(params, compressed),
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
