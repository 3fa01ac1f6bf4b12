/**
 * Analysis settings in the URL fragment: a shared link carries the method (rules, thresholds, k,
 * options), never the data — the fragment is not even sent to the server that hosts Sieve.
 * Format: `#settings=<base64url of JSON>`.
 */

const PREFIX = 'settings=';

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
	const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
	const binary = atob(padded);
	const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
	return new TextDecoder().decode(bytes);
}

/** Settings → a URL fragment (with the leading `#`). */
export function encodeSettingsFragment(settings: object): string {
	return `#${PREFIX}${toBase64Url(JSON.stringify(settings))}`;
}

/** A URL fragment → settings, or null when it holds none or is damaged. */
export function decodeSettingsFragment(hash: string): Record<string, unknown> | null {
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	if (!body.startsWith(PREFIX)) return null;
	try {
		const value = JSON.parse(fromBase64Url(body.slice(PREFIX.length)));
		return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
	} catch {
		return null;
	}
}

// The settings' shape (merge over defaults, migration of older settings) is shared with the CLI's
// `--settings`: it lives in the engine.
export { mergeSettings, migrateSettings } from '../engine/customers/settings-file';
