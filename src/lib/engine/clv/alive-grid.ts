/**
 * P(alive) over a frequency × recency grid at one customer age T — the heat map Fader, Hardie &
 * Lee draw and lifetimes' `plot_probability_alive_matrix` — for the page's chart.
 */
import { probabilityAlive, type BgNbdParams } from './bgnbd-model';
import type { ClvResult } from './compute-clv';

export interface AliveGrid {
	/** Customer age T of every cell, in the model's unit: the cohort's oldest customer. */
	age: number;
	/** Row values: calibration frequency x = 0, 1, …, maxFrequency. */
	frequencies: number[];
	/** Column values: recency tₓ from 0 to T in equal steps, in the unit. */
	recencies: number[];
	/** P(alive), row-major: `values[row * recencies.length + column]`. */
	values: number[];
}

/**
 * The grid of P(alive | x, tₓ, T) for x = 0…`maxFrequency` and `columns` recencies from 0 to
 * `age` (inclusive). The x = 0 row is all 1: BG/NBD lets a customer drop out only after a repeat
 * purchase. Throws RangeError when `columns` < 2 or `age` is not positive and finite.
 */
export function buildAliveGrid(
	params: BgNbdParams,
	maxFrequency: number,
	age: number,
	columns = 24
): AliveGrid {
	if (!(columns >= 2) || !(age > 0 && Number.isFinite(age))) {
		throw new RangeError('An alive grid needs two columns or more and an age above 0.');
	}
	const frequencies = Array.from(
		{ length: Math.max(0, Math.floor(maxFrequency)) + 1 },
		(_, x) => x
	);
	const recencies = Array.from({ length: columns }, (_, j) => (age * j) / (columns - 1));
	const values: number[] = [];
	for (const x of frequencies) {
		for (const recency of recencies) values.push(probabilityAlive(params, x, recency, age));
	}
	return { age, frequencies, recencies, values };
}

/**
 * The grid for a computed cohort: rows up to its largest calibration frequency (at most
 * `maxRows` − 1; a few customers buy far more often than the rest), columns up to its oldest
 * customer's age T. Null when BG/NBD failed or every customer started on the cut-off.
 */
export function buildCohortAliveGrid(result: ClvResult, maxRows = 41): AliveGrid | null {
	if (result.bgnbd.status !== 'fitted') return null;
	let maxFrequency = 0;
	for (const x of result.summary.frequency) maxFrequency = Math.max(maxFrequency, x);
	let oldest = 0;
	for (const age of result.patterns.age) oldest = Math.max(oldest, age);
	if (!(oldest > 0)) return null;
	return buildAliveGrid(result.bgnbd.params, Math.min(maxFrequency, maxRows - 1), oldest);
}
