/**
 * The method in the URL fragment: a shared link carries the analysis method (rules, cut points,
 * thresholds, costs, horizons), never the data — the fragment is not even sent to the server that
 * hosts Sieve, and what goes in is `shareableSettings` (persona names and stories stay behind).
 *
 * Formats, newest first:
 * - `#m1=<base64url of raw-DEFLATE of JSON>` (version 1, written since issue 15): a typical
 *   Segments rule set fits in well under 2,000 characters;
 * - `#settings=<base64url of JSON>` (version 0, uncompressed): still opened.
 * A `#m<n>=` of a later version is refused with its own reason (made by a newer Sieve).
 */
import { deflateRaw, fromBase64Url, inflateRaw, toBase64Url } from '../project/compress';

/** The link format this code writes. */
export const METHOD_LINK_VERSION = 1;
const PREFIX = 'settings=';
const VERSIONED = /^m(\d+)=/;

/** What a fragment holds. */
export type LinkedMethod =
	| { kind: 'none' }
	| { kind: 'method'; settings: Record<string, unknown>; version: number }
	/** `damaged`: edited or cut short; `newer`: written by a later version of Sieve. */
	| { kind: 'refused'; reason: 'damaged' | 'newer' };

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The fragment's text without its `#`. */
function bodyOf(hash: string): string {
	return hash.startsWith('#') ? hash.slice(1) : hash;
}

/** Settings → a version-1 URL fragment (with the leading `#`). */
export async function encodeMethodFragment(settings: object): Promise<string> {
	const bytes = await deflateRaw(new TextEncoder().encode(JSON.stringify(settings)));
	return `#m${METHOD_LINK_VERSION}=${toBase64Url(bytes)}`;
}

/** A URL fragment → the method it carries, nothing, or why it was refused. */
export async function decodeMethodFragment(hash: string): Promise<LinkedMethod> {
	const body = bodyOf(hash);
	if (body.startsWith(PREFIX)) {
		const settings = decodeSettingsFragment(hash);
		return settings
			? { kind: 'method', settings, version: 0 }
			: { kind: 'refused', reason: 'damaged' };
	}
	const match = VERSIONED.exec(body);
	if (!match) return { kind: 'none' };
	const version = Number(match[1]);
	if (version > METHOD_LINK_VERSION) return { kind: 'refused', reason: 'newer' };
	if (version !== 1) return { kind: 'refused', reason: 'damaged' };
	try {
		const bytes = await inflateRaw(fromBase64Url(body.slice(match[0].length)));
		const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
		return isObject(value)
			? { kind: 'method', settings: value, version }
			: { kind: 'refused', reason: 'damaged' };
	} catch {
		return { kind: 'refused', reason: 'damaged' };
	}
}

/** Settings → a version-0 fragment (`#settings=`), as Sieve wrote before links were compressed. */
export function encodeSettingsFragment(settings: object): string {
	return `#${PREFIX}${toBase64Url(new TextEncoder().encode(JSON.stringify(settings)))}`;
}

/** A version-0 fragment → settings, or null when it holds none or is damaged (synchronous). */
export function decodeSettingsFragment(hash: string): Record<string, unknown> | null {
	const body = bodyOf(hash);
	if (!body.startsWith(PREFIX)) return null;
	try {
		const bytes = fromBase64Url(body.slice(PREFIX.length));
		const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
		return isObject(value) ? value : null;
	} catch {
		return null;
	}
}

// The settings' shape (merge over defaults, migration of older settings) is shared with the CLI's
// `--settings`: it lives in the engine.
export { mergeSettings, migrateSettings } from '../engine/customers/settings-file';
