/**
 * Line ending and field delimiter of a CSV from its first lines. Each candidate delimiter is tried
 * with papaparse's quote-aware parser; the one that splits most rows into the same number (> 1) of
 * fields wins.
 */
import Papa from 'papaparse';

export type Newline = '\r\n' | '\n' | '\r';

export const DELIMITERS = [',', ';', '\t', '|'] as const;

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
	return best.delimiter;
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
