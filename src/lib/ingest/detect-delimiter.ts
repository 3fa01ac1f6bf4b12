/**
 * Line ending and field delimiter of a CSV from its first lines. Each candidate delimiter is tried
 * with papaparse's quote-aware parser; the one that splits most rows into the same number (> 1) of
 * fields wins. A file that none of them splits, whose lines hold three or more values aligned by
 * runs of spaces (CDNOW's fixed-width text), has the delimiter `' '`: see `splitAligned`.
 */
import Papa from 'papaparse';

export type Newline = '\r\n' | '\n' | '\r';

export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter of columns aligned with runs of spaces (no quoting). */
export const ALIGNED = ' ';

/**
 * The delimiters a person can choose in the mapping step when detection gets a file wrong: comma,
 * semicolon, tab, pipe, and columns aligned with spaces.
 */
export const CHOOSABLE_DELIMITERS = [...DELIMITERS, ALIGNED] as const;

/** Every line break — `\r\n`, `\n` or a lone `\r`, even mixed in one file — as `\n`. */
export function normaliseLineBreaks(text: string): string {
	return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

/**
 * The fields of a space-aligned line: split at runs of spaces and tabs; when that gives another
 * count than `expected` but splitting at runs of two or more does not (a header `Customer ID   Date`,
 * a value `Blue mug`), the latter.
 */
export function splitAligned(line: string, expected: number): string[] {
	const trimmed = line.trim();
	if (trimmed === '') return [''];
	const fields = trimmed.split(/[ \t]+/);
	if (expected === 0 || fields.length === expected) return fields;
	const wide = trimmed.split(/ {2,}|\t/);
	return wide.length === expected ? wide : fields;
}

/** `\r\n`, `\n` or `\r`, from the first line break of the text (default `\n`). */
export function detectNewline(text: string): Newline {
	const lf = text.indexOf('\n');
	if (lf > 0 && text.charCodeAt(lf - 1) === 13) return '\r\n';
	if (lf >= 0) return '\n';
	return text.indexOf('\r') >= 0 ? '\r' : '\n';
}

/**
 * The delimiter of `,` `;` tab `|` whose split of the first `maxRows` rows is most consistent:
 * the largest share of rows with the modal field count, ties broken by more fields, then by the
 * order above. A text without any of them is read as one column separated by `,`.
 */
export function detectDelimiter(text: string, newline: Newline, maxRows = 200): string {
	const sample = firstLines(text, newline, maxRows);
	let best = { delimiter: ',', share: -1, fields: 1 };
	for (const delimiter of DELIMITERS) {
		const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
		const rows = (parser.parse(sample.text, 0, !sample.complete).data as string[][]).filter(
			(row) => !(row.length === 1 && row[0] === '')
		);
		if (rows.length === 0) continue;
		const counts = new Map<number, number>();
		for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
		let modal = 1;
		let modalCount = 0;
		for (const [fields, count] of counts) {
			if (count > modalCount || (count === modalCount && fields > modal))
				[modal, modalCount] = [fields, count];
		}
		if (modal < 2) continue;
		const share = modalCount / rows.length;
		if (share > best.share || (share === best.share && modal > best.fields)) {
			best = { delimiter, share, fields: modal };
		}
	}
	if (best.share < 0 && isAligned(sample.text)) return ALIGNED;
	return best.delimiter;
}

/** Three or more values per line, aligned by spaces, the same count on ≥ 90% of the lines. */
function isAligned(text: string): boolean {
	const lines = text.split('\n').filter((line) => line.trim() !== '');
	if (lines.length === 0) return false;
	const counts = new Map<number, number>();
	for (const line of lines) {
		const fields = splitAligned(line, 0).length;
		counts.set(fields, (counts.get(fields) ?? 0) + 1);
	}
	const [fields, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
	// The header may split differently (`Customer ID   Date`): it is allowed to disagree.
	return fields >= 3 && count >= 2 && count >= (lines.length - 1) * 0.9;
}

/** The text up to the end of the `maxRows`-th line break (whole, when shorter). */
function firstLines(
	text: string,
	newline: Newline,
	maxRows: number
): { text: string; complete: boolean } {
	let at = 0;
	for (let row = 0; row < maxRows; row++) {
		const next = text.indexOf(newline, at);
		if (next < 0) return { text, complete: true };
		at = next + newline.length;
	}
	return { text: text.slice(0, at), complete: false };
}

/** Fields per line of a space-aligned text (its first 200 lines): the most common count. */
export function alignedFieldCount(text: string): number {
	const counts = new Map<number, number>();
	for (const line of text.split('\n', 200)) {
		if (line.trim() !== '') {
			const fields = splitAligned(line, 0).length;
			counts.set(fields, (counts.get(fields) ?? 0) + 1);
		}
	}
	let best = 0;
	let bestCount = 0;
	for (const [fields, count] of counts) if (count > bestCount) [best, bestCount] = [fields, count];
	return best;
}
