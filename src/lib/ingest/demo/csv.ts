/** Writing CSV text (RFC 4180): fields with a comma, quote or line break are quoted. */

/** One field as CSV text: quoted, with quotes doubled, when it needs to be. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line (without its line break) from already formatted fields. */
export function csvRow(fields: readonly string[]): string {
	return fields.map(csvField).join(',');
}
