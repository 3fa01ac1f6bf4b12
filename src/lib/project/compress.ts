/**
 * Bytes ⇄ text for links and project files: raw DEFLATE through the platform's own
 * `CompressionStream('deflate-raw')` (browsers and Node 20), and base64url without padding, which a
 * URL fragment and a JSON string carry unchanged.
 */

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
	const source = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(source).arrayBuffer());
}

/** Raw DEFLATE of `bytes` (no zlib header: the smallest output, for links). */
export function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
	return pipe(bytes, new CompressionStream('deflate-raw'));
}

/** The bytes of raw DEFLATE data; rejects when the data are damaged or cut short. */
export function inflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
	return pipe(bytes, new DecompressionStream('deflate-raw'));
}

const SLICE = 0x8000;

/** base64url without padding (`A–Z a–z 0–9 - _`). */
export function toBase64Url(bytes: Uint8Array): string {
	const parts: string[] = [];
	for (let start = 0; start < bytes.length; start += SLICE) {
		parts.push(String.fromCharCode(...bytes.subarray(start, start + SLICE)));
	}
	return btoa(parts.join('')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text (padding optional); throws on any other character. */
export function fromBase64Url(text: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text) || text.replace(/=+$/, '').length % 4 === 1) {
		throw new Error('not base64url text');
	}
	const body = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
	const binary = atob(body + '==='.slice((body.length + 3) % 4));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/**
 * JSON with every object's keys in sorted order (arrays keep theirs): the same value always gives
 * the same text, whatever order its keys were set in — what makes a project file round-trip
 * byte for byte.
 */
export function canonicalJson(value: unknown, indent = ''): string {
	return JSON.stringify(sortKeys(value), null, indent);
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value === null || typeof value !== 'object') return value;
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(value).sort()) {
		const item = (value as Record<string, unknown>)[key];
		if (item !== undefined) out[key] = sortKeys(item);
	}
	return out;
}
