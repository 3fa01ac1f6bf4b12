import { describe, expect, it } from 'vitest';
import { parseCommandLine, type CommandOptions } from './command-line';

/** A command with `--top N` and the switch `--all`, recording what it read. */
function command(read: string[] = []): CommandOptions {
	return {
		valued: ['--top'],
		take: (option, value) => {
			if (option === '--top') {
				if (!/^\d+$/.test(value)) return `--top must be a whole number, got ${value}`;
				read.push(`top=${value}`);
				return true;
			}
			if (option === '--all') {
				read.push(`all${value}`);
				return true;
			}
			return false;
		}
	};
}

describe('parseCommandLine', () => {
	it('reads the file, the shared flags, --json and the command’s own options in any order', () => {
		const read: string[] = [];
		const line = parseCommandLine(
			['--top', '5', 'orders.csv', '--json', '--basis', 'profit', '--all'],
			command(read)
		);
		expect(line).toEqual({ file: 'orders.csv', flags: { basis: 'profit' }, json: true });
		expect(read).toEqual(['top=5', 'all']);
	});

	it('leaves the file undefined when none is given, for the command to ask for', () => {
		expect(parseCommandLine(['--json'], command())).toEqual({ flags: {}, json: true });
	});

	it('says which option lacks its value', () => {
		expect(parseCommandLine(['orders.csv', '--top'], command())).toBe('--top needs a value');
		expect(parseCommandLine(['orders.csv', '--start'], command())).toBe('--start needs a value');
	});

	it('takes a value starting with -- unless the command refuses such values', () => {
		expect(parseCommandLine(['a.csv', '--top', '--all'], command())).toBe(
			'--top must be a whole number, got --all'
		);
		expect(
			parseCommandLine(['a.csv', '--top', '--all'], { ...command(), refuseDashedValues: true })
		).toBe('--top needs a value');
	});

	it('passes on the command’s message for a bad value', () => {
		expect(parseCommandLine(['a.csv', '--top', 'many'], command())).toBe(
			'--top must be a whole number, got many'
		);
	});

	it('refuses an option the command does not have, and a second file', () => {
		expect(parseCommandLine(['a.csv', '--bottom'], command())).toBe('unknown option --bottom');
		expect(parseCommandLine(['a.csv', 'b.csv'], command())).toBe('unexpected argument b.csv');
	});
});
