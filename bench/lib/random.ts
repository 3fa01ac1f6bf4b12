/**
 * Seeded randomness for the synthetic benchmark files: the same seed gives the same bytes on every
 * machine (no Math.random). Distributions are the textbook transforms of a uniform draw.
 */

/** A generator of floats in [0, 1): sfc32 (Chris Doty-Humphrey's small fast counter), 128-bit state. */
export function createRandom(seed: number): () => number {
	let a = 0x9e3779b9;
	let b = 0x243f6a88;
	let c = 0xb7e15162;
	let d = seed >>> 0;
	const next = () => {
		a >>>= 0;
		b >>>= 0;
		c >>>= 0;
		d >>>= 0;
		let t = (a + b) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		d = (d + 1) | 0;
		t = (t + d) | 0;
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	// The first outputs of sfc32 still echo the seed; discard them.
	for (let i = 0; i < 15; i++) next();
	return next;
}

/** A standard normal draw (Box–Muller, one of the pair). */
export function drawNormal(random: () => number): number {
	const u = 1 - random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A lognormal draw: exp(mu + sigma·Z), so the median is exp(mu). */
export function drawLognormal(random: () => number, mu: number, sigma: number): number {
	return Math.exp(mu + sigma * drawNormal(random));
}

/** A Pareto (type I) draw with minimum `scale` and tail index `alpha`: P(X > x) = (scale/x)^alpha. */
export function drawPareto(random: () => number, scale: number, alpha: number): number {
	return scale / Math.pow(1 - random(), 1 / alpha);
}

/** A geometric draw on 0, 1, 2, … with the given mean. */
export function drawGeometric(random: () => number, mean: number): number {
	if (mean <= 0) return 0;
	const p = 1 / (1 + mean);
	return Math.floor(Math.log(1 - random()) / Math.log(1 - p));
}
