/** Why a model could not be fitted, and what the user can change: the CLV family never shows NaN. */
export interface FitFailure {
	status: 'failed';
	reason: string;
	suggestion: string;
}

/** A `FitFailure` with its reason (what went wrong) and suggestion (what to try). */
export function fitFailure(reason: string, suggestion: string): FitFailure {
	return { status: 'failed', reason, suggestion };
}
