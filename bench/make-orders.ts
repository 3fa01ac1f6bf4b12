/**
 * Deterministic synthetic orders files for the benchmark, shaped like Online Retail
 * (`InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country`):
 * - exactly `lines` data lines, `0.4 × lines` orders and `lines / 20` customers (every customer has
 *   at least one order; 1M lines → 400,000 orders and 50,000 customers; 10M → 4M and 500,000);
 * - heavy-tailed spend: orders per customer follow Pareto weights (tail index 1.2), quantities and
 *   unit prices are lognormal, product popularity is Zipf-like;
 * - about 2% of lines carry a quoted Description with an embedded comma or doubled quote, about
 *   1.5% of orders are cancellations (`C` prefix, negative quantities), dates run over two years in
 *   non-decreasing order, written `YYYY-MM-DD HH:MM:SS`, customer ids as floats (`17850.0`).
 * Files are streamed to `bench/out/` and cached: the same size, seed and generator version reuse
 * the file on disk.
 *
 *   node --import tsx bench/make-orders.ts --sizes 100k,1m [--seed 20240601]
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRandom, drawGeometric, drawLognormal, drawPareto } from './lib/random';

/** Bump when the bytes written for a given size and seed change, so old cached files are not reused. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20240601;
export const OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'out');

export const HEADER =
	'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

/** What is asked of a file: its line count (without the header) and seed. */
export interface OrdersSpec {
	lines: number;
	seed: number;
}

/** What was written: counts a reader can check the file against. */
export interface OrdersFile extends OrdersSpec {
	path: string;
	label: string;
	bytes: number;
	orders: number;
	customers: number;
	cancelledOrders: number;
	quotedLines: number;
	generatorVersion: number;
}

/** `100k` → 100,000; `1m` → 1,000,000; `10m`, `2.5m`, plain integers too. */
export function parseSize(text: string): number {
	const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
	if (!match) throw new Error(`Not a size: “${text}” (use e.g. 100k, 1m, 10m).`);
	const factor = { '': 1, k: 1e3, m: 1e6 }[match[2].toLowerCase() as '' | 'k' | 'm'];
	const lines = Math.round(Number(match[1]) * factor);
	if (lines < 100) throw new Error(`A benchmark file needs at least 100 lines, not ${lines}.`);
	return lines;
}

/** The short name of a size: 1,000,000 → `1m`, 100,000 → `100k`. */
export function sizeLabel(lines: number): string {
	if (lines % 1e6 === 0) return `${lines / 1e6}m`;
	if (lines % 1e3 === 0) return `${lines / 1e3}k`;
	return String(lines);
}

/** Orders and customers for a line count: 2.5 lines per order, 8 orders per customer on average. */
export function shapeFor(lines: number): { orders: number; customers: number } {
	const orders = Math.max(1, Math.round(lines * 0.4));
	const customers = Math.max(1, Math.min(orders, Math.round(lines / 20)));
	return { orders, customers };
}

const COUNTRIES: [string, number][] = [
	['United Kingdom', 0.89],
	['Germany', 0.02],
	['France', 0.018],
	['EIRE', 0.016],
	['Spain', 0.006],
	['Netherlands', 0.006],
	['Belgium', 0.005],
	['Switzerland', 0.005],
	['Portugal', 0.004],
	['Australia', 0.004],
	['Norway', 0.003],
	['Italy', 0.003],
	['Channel Islands', 0.003],
	['Finland', 0.003],
	['Cyprus', 0.002],
	['Sweden', 0.002],
	['Unspecified', 0.002],
	['Austria', 0.002],
	['Denmark', 0.002],
	['Japan', 0.002]
];

const COLOURS = [
	'WHITE',
	'RED',
	'PINK',
	'BLUE',
	'GREEN',
	'IVORY',
	'CREAM',
	'BLACK',
	'SILVER',
	'VINTAGE'
];
const MOTIFS = [
	'HANGING HEART',
	'REGENCY',
	'PAISLEY',
	'SPOTTY',
	'RETROSPOT',
	'FLORAL',
	'JUMBO',
	'DOLLY GIRL',
	'SPACEBOY',
	'WOODLAND',
	'CHRISTMAS',
	'ENAMEL',
	'GLASS STAR',
	'POLKADOT',
	'BAROQUE'
];
const NOUNS = [
	'T-LIGHT HOLDER',
	'LANTERN',
	'CAKE TIN',
	'LUNCH BAG',
	'TEACUP AND SAUCER',
	'COAT HANGER',
	'HOT WATER BOTTLE',
	'NAPKINS',
	'PHOTO FRAME',
	'CANDLE',
	'DOORMAT',
	'MUG',
	'SHOPPER BAG',
	'STORAGE JAR',
	'BUNTING',
	'ALARM CLOCK',
	'WALL ART',
	'GIFT WRAP'
];
const MATERIALS = [
	'CERAMIC',
	'WOODEN',
	'METAL',
	'GLASS',
	'FELT',
	'PAPER',
	'ZINC',
	'WICKER',
	'COTTON'
];
const QUOTED_SUFFIXES = ['PANTRY DESIGN', 'ASSORTED', 'SET OF 3', 'LARGE', 'SMALL', 'TRADITIONAL'];

interface Catalogue {
	codes: string[];
	descriptions: string[];
	prices: string[];
	cumulative: Float64Array;
}

function createCatalogue(random: () => number, size: number): Catalogue {
	const codes: string[] = [];
	const descriptions: string[] = [];
	const prices: string[] = [];
	const cumulative = new Float64Array(size);
	let total = 0;
	for (let p = 0; p < size; p++) {
		const letter = random() < 0.3 ? String.fromCharCode(65 + Math.floor(random() * 8)) : '';
		codes.push(`${10002 + p * 19}${letter}`);
		const set = random() < 0.15 ? `SET OF ${2 + Math.floor(random() * 5)} ` : '';
		const material = random() < 0.9 ? `${pick(random, MATERIALS)} ` : '';
		descriptions.push(
			`${set}${pick(random, COLOURS)} ${pick(random, MOTIFS)} ${material}${pick(random, NOUNS)}`
		);
		prices.push(Math.max(0.1, drawLognormal(random, Math.log(2.5), 0.9)).toFixed(2));
		// Zipf-like popularity: a few best sellers, a long tail.
		total += 1 / Math.pow(p + 10, 0.9);
		cumulative[p] = total;
	}
	for (let p = 0; p < size; p++) cumulative[p] /= total;
	return { codes, descriptions, prices, cumulative };
}

function pick<T>(random: () => number, values: readonly T[]): T {
	return values[Math.floor(random() * values.length)];
}

/** The first index whose cumulative share reaches `u` (binary search). */
function search(cumulative: Float64Array, u: number): number {
	let low = 0;
	let high = cumulative.length - 1;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (cumulative[middle] < u) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * Customer of each order, shuffled: every customer gets one order, the rest go by heavy-tailed
 * Pareto weights, so a few customers place many orders (and bring most of the revenue).
 */
function assignOrders(random: () => number, orders: number, customers: number): Int32Array {
	const cumulative = new Float64Array(customers);
	let total = 0;
	for (let c = 0; c < customers; c++) {
		total += drawPareto(random, 1, 1.2);
		cumulative[c] = total;
	}
	for (let c = 0; c < customers; c++) cumulative[c] /= total;
	const customerOf = new Int32Array(orders);
	for (let k = 0; k < orders; k++) customerOf[k] = k < customers ? k : search(cumulative, random());
	for (let k = orders - 1; k > 0; k--) {
		const j = Math.floor(random() * (k + 1));
		const swap = customerOf[k];
		customerOf[k] = customerOf[j];
		customerOf[j] = swap;
	}
	return customerOf;
}

function countryTable(random: () => number, customers: number): Uint8Array {
	const cumulative = new Float64Array(COUNTRIES.length);
	let total = 0;
	COUNTRIES.forEach(([, share], i) => {
		total += share;
		cumulative[i] = total;
	});
	const country = new Uint8Array(customers);
	for (let c = 0; c < customers; c++) country[c] = search(cumulative, random() * total);
	return country;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Writes the file for `spec` to `path` (streamed, backpressure respected) and returns its counts. */
export async function writeOrdersCsv(
	spec: OrdersSpec,
	path: string
): Promise<Omit<OrdersFile, 'path' | 'label'>> {
	const { lines, seed } = spec;
	const { orders, customers } = shapeFor(lines);
	const random = createRandom(seed);
	const catalogue = createCatalogue(random, 3900);
	const customerOf = assignOrders(random, orders, customers);
	const countryOf = countryTable(random, customers);
	const customerIds = Array.from({ length: customers }, (_, c) => `${12346 + c}.0`);

	const days = 730;
	const startDay = Date.UTC(2010, 11, 1);
	const dayStrings = Array.from({ length: days }, (_, d) => {
		const date = new Date(startDay + d * 86_400_000);
		return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
	});

	const stream = createWriteStream(path);
	let buffer: string[] = [HEADER];
	let bytes = 0;
	const flush = async () => {
		const chunk = `${buffer.join('\n')}\n`;
		buffer = [];
		bytes += Buffer.byteLength(chunk);
		if (!stream.write(chunk)) await once(stream, 'drain');
	};

	let written = 0;
	let quotedLines = 0;
	let cancelledOrders = 0;
	for (let k = 0; k < orders; k++) {
		// Lines of this order: 1 + a geometric extra whose mean keeps the total on course for exactly
		// `lines`; the last order takes whatever is left.
		const ordersLeft = orders - k;
		const extraLeft = lines - written - ordersLeft;
		const extra =
			ordersLeft === 1
				? extraLeft
				: Math.min(extraLeft, drawGeometric(random, extraLeft / ordersLeft));
		const cancelled = random() < 0.015;
		if (cancelled) cancelledOrders++;
		const invoice = cancelled ? `C${536365 + k}` : String(536365 + k);
		const position = (k * days) / orders;
		const day = Math.floor(position);
		const minute = 8 * 60 + Math.floor((position - day) * 600);
		const when = `${dayStrings[day]} ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00`;
		const c = customerOf[k];
		const tail = `${customerIds[c]},${COUNTRIES[countryOf[c]][0]}`;
		for (let l = 0; l <= extra; l++) {
			const p = search(catalogue.cumulative, random());
			let description = catalogue.descriptions[p];
			if (random() < 0.02) {
				quotedLines++;
				description =
					random() < 0.5
						? `"${description}, ${pick(random, QUOTED_SUFFIXES)}"`
						: `"${description} ${2 + Math.floor(random() * 9)}"" ${pick(random, QUOTED_SUFFIXES)}"`;
			}
			const quantity = Math.max(1, Math.round(drawLognormal(random, Math.log(3), 1)));
			buffer.push(
				`${invoice},${catalogue.codes[p]},${description},${cancelled ? -quantity : quantity},${when},${catalogue.prices[p]},${tail}`
			);
			if (buffer.length >= 20_000) await flush();
		}
		written += extra + 1;
	}
	if (buffer.length > 0) await flush();
	stream.end();
	await once(stream, 'finish');
	return {
		lines,
		seed,
		bytes,
		orders,
		customers,
		cancelledOrders,
		quotedLines,
		generatorVersion: GENERATOR_VERSION
	};
}

/**
 * Returns the cached file for `lines` and `seed` in `dir`, writing it first when missing or when its
 * size differs from the recorded one (a file cut short by an interrupted run is never reused).
 */
export async function ensureOrdersFile(
	lines: number,
	options: { seed?: number; dir?: string; log?: (message: string) => void } = {}
): Promise<OrdersFile & { reused: boolean }> {
	const seed = options.seed ?? DEFAULT_SEED;
	const dir = options.dir ?? OUT_DIR;
	const label = sizeLabel(lines);
	const path = join(dir, `orders-${label}-seed${seed}-v${GENERATOR_VERSION}.csv`);
	const metaPath = `${path}.json`;
	await mkdir(dir, { recursive: true });
	try {
		const meta = JSON.parse(await readFile(metaPath, 'utf8')) as OrdersFile;
		const { size } = await stat(path);
		if (meta.bytes === size && meta.lines === lines && meta.seed === seed)
			return { ...meta, path, label, reused: true };
	} catch {
		// No cached file (or an unreadable record of one): write it.
	}
	options.log?.(`Writing ${path} …`);
	const partial = `${path}.partial`;
	const counts = await writeOrdersCsv({ lines, seed }, partial);
	await rename(partial, path);
	const file: OrdersFile = { ...counts, path, label };
	await writeFile(metaPath, `${JSON.stringify(file, null, '\t')}\n`);
	return { ...file, reused: false };
}

async function main(args: string[]): Promise<void> {
	const option = (name: string) => {
		const at = args.indexOf(`--${name}`);
		return at >= 0 ? args[at + 1] : undefined;
	};
	const sizes = (option('sizes') ?? '1m,10m').split(',').map(parseSize);
	const seed = Number(option('seed') ?? DEFAULT_SEED);
	for (const lines of sizes) {
		const started = performance.now();
		const file = await ensureOrdersFile(lines, { seed, log: console.log });
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		console.log(
			`${file.label}: ${file.path} — ${(file.bytes / 1e6).toFixed(1)} MB, ${file.lines} lines, ` +
				`${file.orders} orders, ${file.customers} customers, ${file.quotedLines} quoted lines` +
				(file.reused ? ' (cached)' : ` (written in ${seconds} s)`)
		);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	main(process.argv.slice(2)).catch((error) => {
		console.error(error);
		process.exitCode = 1;
	});
}
