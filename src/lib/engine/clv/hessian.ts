/**
 * Second derivatives for maximum-likelihood fits: a central-difference Hessian of an analytic
 * gradient, a Cholesky inverse, and standard errors √diag(H⁻¹).
 */

/**
 * The Hessian of a function from central differences of its gradient, symmetrised; row-major
 * n × n. `steps[j]` is the difference step of coordinate j (default 1e-5 · max(|xⱼ|, 1)).
 */
export function hessianFromGradient(
	gradient: (x: Float64Array, out: Float64Array) => void,
	x: Float64Array,
	steps: Float64Array = x.map((v) => 1e-5 * Math.max(Math.abs(v), 1))
): Float64Array {
	const n = x.length;
	const hessian = new Float64Array(n * n);
	const up = new Float64Array(n);
	const down = new Float64Array(n);
	for (let j = 0; j < n; j++) {
		const h = steps[j];
		const shifted = Float64Array.from(x);
		shifted[j] = x[j] + h;
		gradient(shifted, up);
		shifted[j] = x[j] - h;
		gradient(shifted, down);
		for (let i = 0; i < n; i++) hessian[i * n + j] = (up[i] - down[i]) / (2 * h);
	}
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < i; j++) {
			const mean = (hessian[i * n + j] + hessian[j * n + i]) / 2;
			hessian[i * n + j] = mean;
			hessian[j * n + i] = mean;
		}
	}
	return hessian;
}

/**
 * Standard errors √diag(H⁻¹) of a maximum-likelihood estimate, H the Hessian of −ln L at the
 * (positive) parameters `point`, from central differences of the analytic gradient of −ln L with
 * steps proportional to each parameter. null when H is not positive definite.
 */
export function standardErrorsAt(
	negativeGradient: (x: Float64Array, out: Float64Array) => void,
	point: Float64Array
): number[] | null {
	const hessian = hessianFromGradient(
		negativeGradient,
		point,
		point.map((v) => 1e-5 * Math.abs(v))
	);
	const covariance = invertPositiveDefinite(hessian, point.length);
	if (!covariance) return null;
	const errors = Array.from(point, (_, k) => Math.sqrt(covariance[k * point.length + k]));
	return errors.every(Number.isFinite) ? errors : null;
}

/**
 * The inverse of a symmetric positive-definite n × n matrix by Cholesky factorisation; null when
 * the matrix is not positive definite (or not finite).
 */
export function invertPositiveDefinite(matrix: Float64Array, n: number): Float64Array | null {
	const l = new Float64Array(n * n);
	for (let i = 0; i < n; i++) {
		for (let j = 0; j <= i; j++) {
			let sum = matrix[i * n + j];
			for (let k = 0; k < j; k++) sum -= l[i * n + k] * l[j * n + k];
			if (i === j) {
				if (!(sum > 0) || !Number.isFinite(sum)) return null;
				l[i * n + i] = Math.sqrt(sum);
			} else l[i * n + j] = sum / l[j * n + j];
		}
	}
	// inverse = L⁻ᵀ L⁻¹, column by column.
	const inverse = new Float64Array(n * n);
	const column = new Float64Array(n);
	for (let c = 0; c < n; c++) {
		for (let i = 0; i < n; i++) {
			let sum = i === c ? 1 : 0;
			for (let k = 0; k < i; k++) sum -= l[i * n + k] * column[k];
			column[i] = sum / l[i * n + i];
		}
		for (let i = n - 1; i >= 0; i--) {
			let sum = column[i];
			for (let k = i + 1; k < n; k++) sum -= l[k * n + i] * inverse[k * n + c];
			inverse[i * n + c] = sum / l[i * n + i];
		}
	}
	return inverse.every(Number.isFinite) ? inverse : null;
}
