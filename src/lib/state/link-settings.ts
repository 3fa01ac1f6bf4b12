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

/**
 * Fills `defaults` with the values of `given` that have the same type (recursively for plain
 * objects; arrays are taken whole), so a stale or hand-edited link can never inject a wrong type.
 */
export function mergeSettings<T>(defaults: T, given: unknown): T {
	if (given === undefined || given === null) return defaults;
	if (Array.isArray(defaults)) return (Array.isArray(given) ? given : defaults) as T;
	if (defaults !== null && typeof defaults === 'object') {
		if (typeof given !== 'object' || Array.isArray(given)) return defaults;
		const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
		for (const key of Object.keys(out)) {
			out[key] = mergeSettings(out[key], (given as Record<string, unknown>)[key]);
		}
		return out as T;
	}
	if (defaults === null) return given as T;
	return (typeof given === typeof defaults ? given : defaults) as T;
}
