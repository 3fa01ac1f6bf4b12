/**
 * The Sieve command line: the same ingest and engine as the page, in Node.
 *   npm run sieve -- <command> FILE [options]
 * Each command lives in `src/cli/commands/<command>.ts` and exports `run(args): Promise<number>`.
 */
const commands: Record<string, () => Promise<{ run: (args: string[]) => Promise<number> }>> = {
	summary: () => import('./commands/summary'),
	value: () => import('./commands/value'),
	segments: () => import('./commands/segments'),
	personas: () => import('./commands/personas')
};

const usage = `usage: npm run sieve -- <command> FILE [options]
commands:
  summary  FILE [--attributes FILE] [--json]   import figures: rows, lines, rejected rows, customers …
  value    FILE [--top N] [--json]             most valuable customers: Pareto, Gini, ABC, top-N ids
  segments FILE [--rules rules.json] [--json]  RFM scores and named segments
  personas FILE [--k K] [--json]               k-means personas`;

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

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(`sieve: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	}
);
