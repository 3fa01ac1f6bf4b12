/**
 * Text for a terminal. Customer ids, header names and rejected lines come from the file, and a file
 * can hold bytes a terminal acts on: ESC starts escape sequences (colours, cursor moves, window
 * titles, OSC 8 links, clipboard writes), a lone CR or backspace overwrites what was printed, C1
 * controls (U+0080–U+009F) are 8-bit escapes in some terminals, and bidirectional overrides reorder
 * what is shown ("Trojan Source"). Each of those characters is written as a visible `\uXXXX`.
 * Line feeds and tabs stay in `terminalSafe` (the commands use them as layout); `terminalSafeField`
 * escapes them too, for one value printed inside a line (an id with a line break must not forge a
 * row of a table).
 *
 * `\uXXXX` is also JSON's own escape, and `JSON.stringify` already escapes U+0000–U+001F inside
 * strings, so on JSON text the result is still valid JSON that parses to the same value.
 */

// C0 controls except TAB (09) and LF (0A), DEL and C1, the bidi embeddings/overrides/isolates and
// marks, and the line/paragraph separators some terminals treat as line breaks.
const UNSAFE =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

// The same, and tab and line feed.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FIELD = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const visible = (c: string) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');

/** `text` with every character a terminal would act on written as a visible `\uXXXX`. */
export function terminalSafe(text: string): string {
	return text.replace(UNSAFE, visible);
}

/** One value (a customer id, a header name) for a line of text: line breaks and tabs escaped too. */
export function terminalSafeField(text: string): string {
	return text.replace(UNSAFE_IN_FIELD, visible);
}
