/**
 * How long the demo business takes to generate (the goal: well under a second, so a workshop's
 * "Try the demo" feels instant). A benchmark, not a timed test: it prints figures.
 *   node --import tsx bench/demo.bench.ts
 */
import { generateDemoBusiness } from '../src/lib/ingest/demo/index';

const runs = 5;
generateDemoBusiness({ seed: 7 }); // warm-up, so the figures are not the JIT's
const times: number[] = [];
let lines = 0;
for (let i = 0; i < runs; i++) {
	const start = performance.now();
	const demo = generateDemoBusiness();
	times.push(performance.now() - start);
	lines = demo.ordersCsv.split('\n').length - 2;
}
times.sort((a, b) => a - b);
console.log(
	`demo business: ${lines.toLocaleString('en-GB')} order lines, median ${times[runs >> 1].toFixed(0)} ms, ` +
		`min ${times[0].toFixed(0)} ms, max ${times[runs - 1].toFixed(0)} ms over ${runs} runs`
);
