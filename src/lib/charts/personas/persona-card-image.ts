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
	/** The text's direction; by its first letter when not given (text written by the engine). */
	direction?: 'ltr' | 'rtl';
}

export interface CardImageLine {
	text: string;
	kind: 'heading' | 'body';
	y: number;
	/** The index of the section the line belongs to. */
	section: number;
}

const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const STRONG_LTR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

/**
 * The direction of a text by its first strongly directional letter (as `dir="auto"` decides):
 * SVG text in an image cannot isolate, so each paragraph is drawn in its own direction. Null when
 * the text has no letters (figures only).
 */
export function textDirection(text: string): 'ltr' | 'rtl' | null {
	for (const char of text) {
		if (STRONG_RTL.test(char)) return 'rtl';
		if (STRONG_LTR.test(char)) return 'ltr';
	}
	return null;
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
	for (const [index, section] of sections.entries()) {
		if (section.heading) {
			lines.push({ text: section.heading, kind: 'heading', y, section: index });
			y += lineHeight;
		}
		for (const text of wrapText(section.text, maxChars)) {
			lines.push({ text, kind: 'body', y, section: index });
			y += lineHeight;
		}
		y += lineHeight / 2;
	}
	return { lines, bottom: y };
}
