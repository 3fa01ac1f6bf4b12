/**
 * An iCalendar writer, by hand, to RFC 5545 (https://www.rfc-editor.org/rfc/rfc5545): CRLF line
 * ends (§3.1), content lines folded at 75 octets with CRLF + one space, never inside a UTF-8
 * character (§3.1), TEXT values escaped — backslash, semicolon, comma, newline (§3.3.11) — all-day
 * events as DTSTART;VALUE=DATE with DTEND the next day (§3.6.1, DTEND is exclusive), and the
 * required VERSION, PRODID, UID and DTSTAMP (§3.6.1, §3.7.3, §3.7.4). Deterministic: DTSTAMP is an
 * input, and a UID is a hash of what the event is about, so a re-export updates the same events.
 */
import { formatDay } from '../tables/orders-table';

export interface IcsEvent {
	/** Globally unique and stable across exports (see `stableUid`). */
	uid: string;
	/** The all-day event's day (epoch day). */
	day: number;
	summary: string;
	description?: string;
	categories?: string[];
}

export interface IcsCalendar {
	/** PRODID, e.g. `-//Sieve//Account reviews//EN`. */
	prodId: string;
	/** Shown as the calendar's name by clients that read X-WR-CALNAME (Google, Apple, Outlook). */
	name?: string;
	/** DTSTAMP of every event: when the file was made, as epoch milliseconds (UTC). An input, never
	 * the clock, so the same inputs give the same bytes. */
	dtstamp: number;
	events: IcsEvent[];
}

const MAX_OCTETS = 75;

function utf8Length(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line → its folded form (RFC 5545 §3.1): lines of at most 75 octets, each
 * continuation starting with one space (which counts), split only between characters. No CRLF at
 * the end.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const character of line) {
		const size = utf8Length(character.codePointAt(0)!);
		if (octets + size > MAX_OCTETS) {
			parts.push(current);
			current = ' ';
			octets = 1;
		}
		current += character;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n');
}

/**
 * A TEXT value (RFC 5545 §3.3.11): `\` → `\\`, `;` → `\;`, `,` → `\,`, any line break → `\n`;
 * other control characters, which TEXT may not hold, are dropped.
 */
export function escapeText(text: string): string {
	let clean = '';
	for (const character of text.replace(/\r\n|\r/g, '\n')) {
		const code = character.charCodeAt(0);
		// Line feeds are kept for the \n escape below; tab is the one other control TEXT allows.
		if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f) continue;
		clean += character;
	}
	return clean
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\n/g, '\\n');
}

/** Epoch day → `YYYYMMDD` (a DATE value). */
export function icsDate(day: number): string {
	return formatDay(day).replaceAll('-', '');
}

/** Epoch milliseconds → `YYYYMMDDTHHMMSSZ` (a UTC DATE-TIME value). Throws for a bad time. */
export function icsDateTime(ms: number): string {
	if (!Number.isFinite(ms)) throw new RangeError(`icsDateTime: not a time: ${ms}`);
	return new Date(Math.floor(ms / 1000) * 1000)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace('.000', '');
}

/**
 * A stable UID from the parts that identify an event (e.g. the customer id and the kind of
 * review): FNV-1a 64-bit of their UTF-8 bytes, joined by a separator that cannot occur in them
 * (U+0000). The same parts always give the same UID, in any dataset.
 */
export function stableUid(parts: string[], domain = 'sieve.invalid'): string {
	let hash = 0xcbf29ce484222325n;
	for (const byte of new TextEncoder().encode(parts.join('\u0000'))) {
		hash ^= BigInt(byte);
		hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
	}
	return `${hash.toString(16).padStart(16, '0')}@${domain}`;
}

/** The calendar as iCalendar text: folded content lines, each ended by CRLF. */
export function writeIcs(calendar: IcsCalendar): string {
	const dtstamp = icsDateTime(calendar.dtstamp);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${calendar.prodId}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH'
	];
	if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
	for (const event of calendar.events) {
		if (!Number.isInteger(event.day))
			throw new RangeError(`writeIcs: event ${event.uid} has no day`);
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escapeText(event.uid)}`,
			`DTSTAMP:${dtstamp}`,
			`DTSTART;VALUE=DATE:${icsDate(event.day)}`,
			`DTEND;VALUE=DATE:${icsDate(event.day + 1)}`,
			`SUMMARY:${escapeText(event.summary)}`
		);
		if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
		if (event.categories && event.categories.length > 0)
			lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
		lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
