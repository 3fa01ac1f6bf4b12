/**
 * Text layout of a persona card drawn as SVG (for PNG export): SVG text does not wrap, so lines are
 * broken here by an estimate of characters per line.
 */

/** Words greedily packed into lines of at most `maxChars`; a longer word is cut into pieces. */
export function wrapText(text: string, maxChars: number): string[] {
	const limit = Math.max(1, Math.floor(maxChars));
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		let rest = word;
		while (rest.length > limit) {
			if (current) {
				lines.push(current);
				current = '';
			}
			lines.push(rest.slice(0, limit));
			rest = rest.slice(limit);
		}
		if (!current) current = rest;
		else if (current.length + 1 + rest.length <= limit) current += ` ${rest}`;
		else {
			lines.push(current);
			current = rest;
		}
	}
	if (current) lines.push(current);
	return lines;
}

export interface CardSection {
	/** A small heading above the text ("Story"), or none. */
	heading?: string;
	text: string;
}

export interface CardImageLine {
	text: string;
	kind: 'heading' | 'body';
	y: number;
}

/**
 * The lines of the card's sections from `top`: headings and wrapped body text, `lineHeight` apart,
 * a half line between sections. Returns the lines and the y below the last one.
 */
export function layoutCardText(
	sections: CardSection[],
	maxChars: number,
	top: number,
	lineHeight: number
): { lines: CardImageLine[]; bottom: number } {
	const lines: CardImageLine[] = [];
	let y = top;
	for (const section of sections) {
		if (section.heading) {
			lines.push({ text: section.heading, kind: 'heading', y });
			y += lineHeight;
		}
		for (const text of wrapText(section.text, maxChars)) {
			lines.push({ text, kind: 'body', y });
			y += lineHeight;
		}
		y += lineHeight / 2;
	}
	return { lines, bottom: y };
}
