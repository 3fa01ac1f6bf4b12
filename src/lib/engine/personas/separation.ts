/**
 * How well personas separate, read from the mean silhouette as Kaufman and Rousseeuw (1990,
 * "Finding Groups in Data", §2.2) read the silhouette coefficient: above 0.70 a strong structure,
 * above 0.50 a reasonable one, above 0.25 a weak one that could be artificial, and at 0.25 or less
 * no substantial structure. The Personas view warns at `none`.
 */

/** Upper bounds of the bands: a mean silhouette ≤ `none` is `none`, ≤ `weak` is `weak`, … */
export const SILHOUETTE_BANDS = { none: 0.25, weak: 0.5, reasonable: 0.7 } as const;

export type PersonaSeparation = 'none' | 'weak' | 'reasonable' | 'strong';

/** The band of a mean silhouette (−1 to 1); a NaN silhouette (nothing to compare) is `none`. */
export function separationOf(silhouette: number): PersonaSeparation {
	if (!(silhouette > SILHOUETTE_BANDS.none)) return 'none';
	if (silhouette <= SILHOUETTE_BANDS.weak) return 'weak';
	if (silhouette <= SILHOUETTE_BANDS.reasonable) return 'reasonable';
	return 'strong';
}
