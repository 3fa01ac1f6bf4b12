/** Small helpers to summarise and print benchmark figures. */

/** The median of the finite values, or undefined when there are none. */
export function median(values: number[]): number | undefined {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (sorted.length === 0) return undefined;
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A Markdown table with padded columns (numbers right-aligned), readable in a terminal too. */
export function formatTable(header: string[], rows: string[][]): string {
	const widths = header.map((title, c) =>
		Math.max(title.length, ...rows.map((row) => (row[c] ?? '').length))
	);
	const numeric = header.map((_, c) =>
		rows.every((row) => /^[\d.,\s-]*$/.test(row[c] ?? '') || row[c] === 'failed')
	);
	const line = (cells: string[]) =>
		`| ${cells.map((cell, c) => (numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join(' | ')} |`;
	const rule = `|${widths.map((width, c) => (numeric[c] ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
	return [line(header), rule, ...rows.map(line)].join('\n');
}
