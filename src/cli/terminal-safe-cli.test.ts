/**
 * Issue 21, item 12: ids and header names holding terminal escape codes are shown, not run, in the
 * text output of every command (tests/fixtures/bad/terminal-escapes.csv, written by
 * tests/fixtures/make-bad-files.mjs). Spawns the real command line.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const FILE = 'tests/fixtures/bad/terminal-escapes.csv';
const folder = mkdtempSync(join(tmpdir(), 'sieve-terminal-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const TICKETS = join(folder, 'tickets.csv');
writeFileSync(
	TICKETS,
	'customer_id,opened,resolved,severity\nplain,2024-01-02,2024-01-03,\u001b[31mhigh\n' +
		// Enough plain tickets that one control byte stays under 1% (text, not binary).
		Array.from({ length: 50 }, (_, i) => `P${i},2024-02-01,2024-02-02,low\n`).join('')
);
const ATTRIBUTES = join(folder, 'customers.csv');
writeFileSync(ATTRIBUTES, 'customer_id,budget\nplain,100\nP1,50\n');

/** Characters a terminal acts on (LF and TAB are layout). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function sieve(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run(
			process.execPath,
			['--import', 'tsx', 'src/cli/sieve.ts', ...args],
			{ cwd: process.cwd(), maxBuffer: 1 << 24 }
		);
		return { code: 0, stdout, stderr };
	} catch (error) {
		return error as { code: number; stdout: string; stderr: string };
	}
}

const COMMANDS: [string, string[]][] = [
	['summary', []],
	['value', []],
	['segments', []],
	['personas', ['--k', '2']],
	['roi', ['--by', 'rfm']],
	['movement', ['--from', '2024-01-15', '--to', '2024-02-02']],
	['clv', ['--calibration-end', '2024-01-15']],
	['reviews', ['--attributes', ATTRIBUTES]],
	['loyalty', ['--tickets', TICKETS]]
];

describe('terminal escape codes in a file', () => {
	it.each(COMMANDS)(
		'%s: the text output holds none of them',
		async (command, args) => {
			const { stdout, stderr } = await sieve([command, FILE, ...args]);
			expect(stdout + stderr).not.toBe('');
			expect(stdout).not.toMatch(UNSAFE);
			expect(stderr).not.toMatch(UNSAFE);
		},
		30_000
	);

	it.each(COMMANDS)(
		'%s: the JSON output holds none of them, and still parses to the ids of the file',
		async (command, args) => {
			const { stdout } = await sieve([command, FILE, ...args, '--json']);
			expect(stdout).not.toMatch(UNSAFE);
			expect(() => JSON.parse(stdout)).not.toThrow();
		},
		30_000
	);

	it('shows each id’s escape codes as visible \\u escapes in the top-customers list', async () => {
		const { stdout } = await sieve(['value', FILE]);
		expect(stdout).toContain('\\u001b[2J\\u001b[31mRED');
		expect(stdout).toContain('\\u001b]0;pwned\\u0007TITLE');
		expect(stdout).toContain('CSI\\u009b2J');
		expect(stdout).toContain('abc\\u202edcba');
		expect(stdout).toContain('BACK\\u0008SPACE');
	});

	it('keeps an id with a line break on its own row of the list', async () => {
		const { stdout } = await sieve(['value', FILE]);
		const row = stdout.split('\n').find((line) => line.includes('WRITE'));
		expect(row).toMatch(/^\s+3 {2}OVER\\u00(0a|0d)WRITE {2}50 /);
	});

	it('gives the ids unchanged in JSON', async () => {
		const { stdout } = await sieve(['value', FILE, '--json']);
		expect(JSON.parse(stdout).topIds.slice(0, 7)).toEqual([
			'plain',
			'BACK\bSPACE',
			expect.stringMatching(/^OVER[\r\n]WRITE$/),
			'abc\u202edcba',
			'CSI\u009b2J',
			'\u001b]0;pwned\u0007TITLE',
			'\u001b[2J\u001b[31mRED'
		]);
	});

	it('writes piped SQL unchanged, and escapes only the messages', async () => {
		const { stdout, stderr } = await sieve(['sql', FILE, '--dialect', 'duckdb']);
		expect(stdout).toMatch(/read_csv/);
		expect(stderr).not.toMatch(UNSAFE);
	});
});
