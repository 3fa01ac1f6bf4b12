/**
 * Test helper (not a test): what the SQL tests set up alike — `sieve` run as a child process, the
 * demo business's files in a fresh folder, and a file of SQL run statement by statement in DuckDB.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateDemoBusiness } from '../../src/lib/ingest/demo/index';

const execute = promisify(execFile);

/** `sieve ARGS…` (the TypeScript source, through tsx) from the repository's root; its output. */
export const runSieve = (args: string[]) =>
	execute(process.execPath, ['--import', 'tsx', 'src/cli/sieve.ts', ...args], {
		cwd: process.cwd(),
		maxBuffer: 1 << 26
	});

export interface DemoFiles {
	folder: string;
	ordersPath: string;
	customersPath: string;
}

/** A new folder under the system's temporary folder holding the demo business's two files. */
export async function writeDemoFiles(prefix: string): Promise<DemoFiles> {
	const folder = await mkdtemp(join(tmpdir(), prefix));
	const demo = generateDemoBusiness();
	const ordersPath = join(folder, 'demo-orders.csv');
	const customersPath = join(folder, 'demo-customers.csv');
	await writeFile(ordersPath, demo.ordersCsv, 'utf8');
	await writeFile(customersPath, demo.customersCsv, 'utf8');
	return { folder, ordersPath, customersPath };
}

/**
 * The rows of the last statement of `text` (statements separated by `;` and a line break, as the
 * exported SQL writes them; comment-only pieces skipped), each statement run by `connection`.
 */
export async function runSqlText(
	connection: DuckDBConnection,
	text: string
): Promise<Record<string, unknown>[]> {
	const statements = text.split(/;\n/).filter((s) => s.replace(/--.*$/gm, '').trim() !== '');
	let rows: Record<string, unknown>[] = [];
	for (const statement of statements) {
		rows = (await connection.runAndReadAll(statement)).getRowObjectsJS() as Record<
			string,
			unknown
		>[];
	}
	return rows;
}
