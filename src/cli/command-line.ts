/**
 * How every analysis command reads its command line: the shared flags (`takeSharedFlag`), `--json`,
 * the command's own options, and one FILE. Each command says which of its options take a value and
 * reads them itself; the loop, and its messages for a missing value, an unknown option or a second
 * FILE, are the same for all.
 */
import { takeSharedFlag, type SharedFlags } from './analysis-input';

export interface CommandLine {
	/** The one word that is not an option (the orders file); undefined when none was given. */
	file?: string;
	flags: SharedFlags;
	json: boolean;
}

export interface CommandOptions {
	/** The command's options that take the next word as their value. */
	valued: readonly string[];
	/**
	 * Reads one of the command's options, with its value ('' for an option without one): a message
	 * for a bad value, true when read, false when the command has no such option.
	 */
	take: (option: string, value: string) => string | boolean;
	/** A value starting with `--` is a forgotten value, not a value (`--from --to …`). */
	refuseDashedValues?: boolean;
}

/** The command line read, or a message naming what is wrong with it. */
export function parseCommandLine(args: string[], command: CommandOptions): CommandLine | string {
	const line: CommandLine = { flags: {}, json: false };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const next = args[i + 1];
		const shared = takeSharedFlag(arg, next, line.flags);
		if (typeof shared === 'string') return shared;
		if (shared) {
			i++;
			continue;
		}
		const valued = command.valued.includes(arg);
		if (valued) {
			if (next === undefined || (command.refuseDashedValues && next.startsWith('--')))
				return `${arg} needs a value`;
			i++;
		}
		if (arg === '--json') line.json = true;
		else if (arg.startsWith('--')) {
			const taken = command.take(arg, valued ? (next as string) : '');
			if (typeof taken === 'string') return taken;
			if (!taken) return `unknown option ${arg}`;
		} else if (line.file === undefined) line.file = arg;
		else return `unexpected argument ${arg}`;
	}
	return line;
}
