/**
 * The Sieve command line: the same ingest and engine as the page, in Node.
 *   npm run sieve -- <command> FILE [options]
 * Each command lives in `src/cli/commands/<command>.ts` and exports `run(args): Promise<number>`.
 */
import { terminalSafe } from './terminal-safe';

const commands: Record<string, () => Promise<{ run: (args: string[]) => Promise<number> }>> = {
	summary: () => import('./commands/summary'),
	value: () => import('./commands/value'),
	segments: () => import('./commands/segments'),
	personas: () => import('./commands/personas'),
	roi: () => import('./commands/roi'),
	movement: () => import('./commands/movement'),
	clv: () => import('./commands/clv'),
	reviews: () => import('./commands/reviews'),
	loyalty: () => import('./commands/loyalty'),
	sql: () => import('./commands/sql')
};

const usage = `usage: npm run sieve -- <command> FILE [options]
commands:
  summary  FILE [--attributes FILE] [--json]   import figures: rows, lines, rejected rows, customers …
  value    FILE [--top N] [--json]             most valuable customers: Pareto, Gini, ABC, top-N ids
  segments FILE [--rules rules.json] [--json]  RFM scores and named segments
  personas FILE [--k K] [--json]               k-means personas
  roi      FILE --by rfm|pattern|persona|abc [--cost-per-order X …] [--json]  profit and ROI per group
  movement FILE --from DATE --to DATE [--json] who moved where between two dates (RFM, pattern, ABC)
  clv      FILE --calibration-end DATE [--holdout-end DATE] [--json]  lifetime value: BG/NBD, Gamma-Gamma, P(alive)
  reviews  FILE --attributes FILE [--per-week N] [--ics OUT.ics] [--csv OUT.csv] [--json]  account review plan
  loyalty  FILE --tickets FILE [--window DAYS] [--quick DAYS] [--json]  repurchase after resolved / unresolved problems
  sql      [FILE] --dialect duckdb|postgres|snowflake|bigquery|spark [--from TABLE] [--recompute]  the method as SQL`;

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	const load = name ? commands[name] : undefined;
	if (!load) {
		console.error(name ? `sieve: unknown command '${name}'\n${usage}` : usage);
		return 2;
	}
	const command = await load();
	return command.run(rest);
}

/**
 * Exits once stdout and stderr have been flushed: writes to a pipe are asynchronous, and
 * `process.exit` straight after a large `--json` would cut it at 64 KB (`sieve … --json | jq`).
 */
function exitAfterFlush(code: number): void {
	process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main(process.argv.slice(2)).then(exitAfterFlush, (error: unknown) => {
	console.error(`sieve: ${terminalSafe(error instanceof Error ? error.message : String(error))}`);
	exitAfterFlush(1);
});
