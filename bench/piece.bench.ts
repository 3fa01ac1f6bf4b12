/**
 * One piece of a synthetic orders file parsed in Node, read as text (papaparse, `CsvReader`) and
 * from its bytes (`byte-records.ts`), alternately: CPU and wall seconds of each, and whether both
 * gave the same table. What a parse worker does for its piece, without the browser around it.
 *
 *   node --import tsx bench/piece.bench.ts [--size 1m] [--runs 3] [--pieces 2]
 *
 * The piece is the last of `--pieces` equal parts (it starts at data rows, as every piece after
 * the head does). Prints seconds per run and the median of each way.
 */
import { openAsBlob } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { ensureOrdersFile, parseSize } from './make-orders';
import { parsePiece, readFileFormat, recordStartAfter } from '../src/lib/ingest/parallel-import';
import type { PieceRequest, PieceResult } from '../src/lib/ingest/parallel-import';
import type { ColumnMapping } from '../src/lib/ingest/types';

function argument(name: string, fallback: string): string {
	const at = process.argv.indexOf(`--${name}`);
	return at >= 0 ? process.argv[at + 1] : fallback;
}

const size = argument('size', '1m');
const runs = Number(argument('runs', '3'));
const pieces = Number(argument('pieces', '2'));

// InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
const mapping: ColumnMapping = {
	roles: ['order', 'ignore', 'product', 'quantity', 'date', 'unitPrice', 'customer', 'ignore'],
	dateOrder: 'ymd',
	returnPrefix: 'C',
	returns: 'net'
};

const file = await ensureOrdersFile(parseSize(size));
const blob = await openAsBlob(file.path);
const format = await readFileFormat(blob, mapping);
if (!format) throw new Error('The file cannot be split.');
const start = await recordStartAfter(
	blob,
	Math.floor((blob.size * (pieces - 1)) / pieces),
	'utf-8'
);
const request: PieceRequest = { file: blob, start, end: blob.size, mapping, format, today: 30000 };

async function timed(
	way: 'bytes' | 'text'
): Promise<{ result: PieceResult; cpu: number; wall: number }> {
	const cpu = process.cpuUsage();
	const wall = performance.now();
	const result = await parsePiece(request, { asText: way === 'text' });
	const used = process.cpuUsage(cpu);
	return {
		result,
		cpu: (used.user + used.system) / 1e6,
		wall: (performance.now() - wall) / 1000
	};
}

console.log(
	`piece.bench: ${file.path}, bytes ${start}–${blob.size} (${((blob.size - start) / 1e6).toFixed(1)} MB), ${runs} runs each, alternately`
);
const seconds: Record<'bytes' | 'text', { cpu: number[]; wall: number[] }> = {
	bytes: { cpu: [], wall: [] },
	text: { cpu: [], wall: [] }
};
const last: Record<string, PieceResult> = {};
for (let run = 0; run < runs; run++) {
	for (const way of ['text', 'bytes'] as const) {
		const { result, cpu, wall } = await timed(way);
		if (result.readAs !== way) throw new Error(`Expected the ${way} path, got ${result.readAs}.`);
		seconds[way].cpu.push(cpu);
		seconds[way].wall.push(wall);
		last[way] = result;
		console.log(
			`  run ${run + 1} ${way.padEnd(5)} cpu ${cpu.toFixed(2)} s  wall ${wall.toFixed(2)} s  rows ${result.rowsRead}`
		);
	}
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const same = isDeepStrictEqual({ ...last.text, readAs: '' }, { ...last.bytes, readAs: '' });
console.log(
	`median cpu: text ${median(seconds.text.cpu).toFixed(2)} s, bytes ${median(seconds.bytes.cpu).toFixed(2)} s (×${(median(seconds.text.cpu) / median(seconds.bytes.cpu)).toFixed(2)} faster); same result: ${same}`
);
