/**
 * Maximum-likelihood fit of the BG/NBD model on compressed (x, tₓ, T) patterns: BFGS on the log
 * parameters from a few starts (Nelder–Mead when BFGS cannot move), Newton polish steps, and
 * standard errors from the Hessian of the negative log-likelihood. Never returns NaN: a fit
 * that fails says why and what to try.
 */
import { bgnbdLogLikelihood, type BgNbdParams, type PatternData } from './bgnbd-model';
import { describeFitWarning, failedFit, type FitFailure, type FitWarning } from './fit-failure';
import { standardErrorsAt } from './hessian';
import { minimiseBfgs, minimiseNelderMead, polishNewton, type MinimiseResult } from './optimise';

export interface BgNbdFit {
	status: 'fitted';
	params: BgNbdParams;
	/** Σ over customers of ln L at the optimum (in the data's time unit). */
	logLikelihood: number;
	/** From the inverse Hessian of −ln L in (r, α, a, b); null when it is not positive definite. */
	standardErrors: BgNbdParams | null;
	customers: number;
	/** Degenerate but usable optima (e.g. every customer with the same drop-out probability). */
	warnings: string[];
	/** The same warnings by code, with their figures (for the interface's languages). */
	warningCauses: FitWarning[];
	/** Distinct (x, tₓ, T) patterns the likelihood was summed over. */
	patterns: number;
	iterations: number;
	evaluations: number;
}

/** The optimiser's wall: |ln parameter| ≤ 25. A fit that ends there has no interior optimum. */
const LOG_BOUND = 25;
/** Beyond e^±12 a parameter is "extreme": the fit says so in `warnings`. */
const LOG_EXTREME = 12;

const toParams = (theta: Float64Array): BgNbdParams => ({
	r: Math.exp(theta[0]),
	alpha: Math.exp(theta[1]),
	a: Math.exp(theta[2]),
	b: Math.exp(theta[3])
});

/**
 * Fits BG/NBD (r, α, a, b) by maximum likelihood (FHL 2005, eq. 6) to `patterns`. Needs at least
 * two customers and one repeat purchase; returns a `FitFailure` when the optimum is not interior.
 */
export function fitBgNbd(patterns: PatternData): BgNbdFit | FitFailure {
	const customers = patterns.totalWeight;
	let repeatCustomers = 0;
	let repeats = 0;
	let ageSum = 0;
	for (let i = 0; i < patterns.frequency.length; i++) {
		const w = patterns.weight[i];
		if (patterns.frequency[i] > 0) repeatCustomers += w;
		repeats += w * patterns.frequency[i];
		ageSum += w * patterns.age[i];
	}
	if (customers < 2) {
		return failedFit({ code: 'too-few-customers', customers });
	}
	if (repeatCustomers === 0) {
		return failedFit({ code: 'no-repeat-purchases' });
	}
	if (ageSum === 0) {
		return failedFit({ code: 'no-time-observed' });
	}
	// Minimise the mean negative log-likelihood, so tolerances do not depend on the data's size.
	const scale = 1 / customers;
	const gradient = new Float64Array(4);
	const objective = (theta: Float64Array, out?: Float64Array) => {
		if (theta.some((v) => !(Math.abs(v) <= LOG_BOUND))) return Infinity;
		const params = toParams(theta);
		const value = -bgnbdLogLikelihood(params, patterns, out ? gradient : undefined) * scale;
		if (out) {
			out[0] = -gradient[0] * params.r * scale;
			out[1] = -gradient[1] * params.alpha * scale;
			out[2] = -gradient[2] * params.a * scale;
			out[3] = -gradient[3] * params.b * scale;
		}
		return value;
	};
	// Starts: r/α matches the observed repeat rate; (a, b) from lifetimes' default and two others.
	const rate = Math.max(repeats / Math.max(ageSum, 1e-12), 1e-9);
	const starts = [
		[1, 1 / rate, 1, 1],
		[0.3, 0.3 / rate, 0.5, 3],
		[3, 3 / rate, 2, 10]
	].map((start) => Float64Array.from(start, Math.log));
	let best: MinimiseResult | null = null;
	let iterations = 0;
	let evaluations = 0;
	for (const start of starts) {
		let result = minimiseBfgs(objective, start, { maxIterations: 300 });
		if (!result.isConverged) {
			const rescue = minimiseNelderMead(objective, result.point, { maxEvaluations: 1500 });
			evaluations += rescue.evaluations;
			result = minimiseBfgs(objective, rescue.point, { maxIterations: 300 });
		}
		iterations += result.iterations;
		evaluations += result.evaluations;
		if (Number.isFinite(result.value) && (best === null || result.value < best.value - 1e-12)) {
			best = result;
		}
		// Two starts agreeing on a converged optimum is enough; the third is for hard data.
		if (best?.isConverged && start !== starts[0] && Math.abs(result.value - best.value) < 1e-9) {
			break;
		}
	}
	if (best === null || !Number.isFinite(best.value)) {
		return failedFit({ code: 'likelihood-not-evaluated' });
	}
	const theta = polishNewton(objective, best.point);
	const names = ['r', 'α', 'a', 'b'];
	const atWall = names.filter((_, k) => Math.abs(theta[k]) > LOG_BOUND - 0.5);
	if (atWall.length > 0) {
		return failedFit({ code: 'parameters-at-limit', parameters: atWall });
	}
	const params = toParams(theta);
	const warningCauses = extremeWarnings(params, theta);
	const logLikelihood = bgnbdLogLikelihood(params, patterns);
	if (!Number.isFinite(logLikelihood)) {
		return failedFit({ code: 'likelihood-not-finite' });
	}
	return {
		status: 'fitted',
		params,
		logLikelihood,
		standardErrors: standardErrors(params, patterns),
		warnings: warningCauses.map(describeFitWarning),
		warningCauses,
		customers,
		patterns: patterns.frequency.length,
		iterations,
		evaluations
	};
}

/** Standard errors of (r, α, a, b) from the Hessian of −ln L; null if not positive definite. */
function standardErrors(params: BgNbdParams, patterns: PatternData): BgNbdParams | null {
	const gradient = new Float64Array(4);
	const errors = standardErrorsAt(
		(x, out) => {
			bgnbdLogLikelihood({ r: x[0], alpha: x[1], a: x[2], b: x[3] }, patterns, gradient);
			for (let k = 0; k < 4; k++) out[k] = -gradient[k];
		},
		Float64Array.from([params.r, params.alpha, params.a, params.b])
	);
	return errors && { r: errors[0], alpha: errors[1], a: errors[2], b: errors[3] };
}

/** Warnings for parameters at extreme values, read as the limit the model tends to. */
function extremeWarnings(params: BgNbdParams, theta: Float64Array): FitWarning[] {
	const isHigh = (k: number) => theta[k] > LOG_EXTREME;
	const warnings: FitWarning[] = [];
	const handled = new Set<number>();
	if (isHigh(2) && isHigh(3)) {
		warnings.push({ code: 'same-dropout', dropout: params.a / (params.a + params.b) });
		handled.add(2).add(3);
	}
	if (isHigh(0) && isHigh(1)) {
		warnings.push({ code: 'same-rate', rate: params.r / params.alpha });
		handled.add(0).add(1);
	}
	const others = ['r', 'α', 'a', 'b'].filter(
		(_, k) => !handled.has(k) && Math.abs(theta[k]) > LOG_EXTREME
	);
	if (others.length > 0) {
		warnings.push({ code: 'extreme-parameters', parameters: others });
	}
	return warnings;
}
