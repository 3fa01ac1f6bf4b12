/**
 * Rows left out of an import, counted by reason with the first examples: nothing is dropped
 * silently. Reasons are checked in the order of `REASON_LABELS` (the first that applies counts).
 * The labels are the only English of the reasons (the page shows `RejectedReason.label` in English
 * and words `reason` in its other languages: `i18n/messages/ingest-words.ts`).
 */
import type { RejectedExample, RejectedReason, RejectionReason } from './types';

export const REASON_LABELS: Record<RejectionReason, string> = {
	'unclosed-quote': 'a quote opens and never closes (the line was left out)',
	'line-too-long': 'line longer than 1,048,576 characters (skipped to the next line break)',
	'wrong-field-count': 'wrong number of fields',
	'no-customer': 'no customer id',
	'bad-date': 'date missing or not understood',
	'bad-amount': 'amount missing or not a number',
	'bad-quantity': 'quantity missing or not a number',
	'bad-price': 'unit price missing or not a number',
	'implausible-amount': 'amount, quantity or price beyond ±1,000,000,000,000 (or infinite)',
	'not-a-sale': 'not a sale (a failed, voided or cancelled payment)'
};

const EXAMPLES = 5;
const EXAMPLE_CHARS = 200;

export class RejectionTally {
	#counts = new Map<RejectionReason, RejectedReason>();
	total = 0;

	/**
	 * Counts one row; `text` is only built for the first examples of each reason. `fields`: a row
	 * of the wrong width, the fields it has and the header's.
	 */
	add(
		reason: RejectionReason,
		line: number,
		text: () => string,
		fields?: RejectedExample['fields']
	): void {
		this.total++;
		let entry = this.#counts.get(reason);
		if (!entry) {
			entry = { reason, label: REASON_LABELS[reason], count: 0, examples: [] };
			this.#counts.set(reason, entry);
		}
		entry.count++;
		if (entry.examples.length < EXAMPLES) {
			// Copy the cut text so that an example does not keep its whole parsed chunk alive.
			const example: RejectedExample = {
				line,
				text: (' ' + text().slice(0, EXAMPLE_CHARS)).slice(1)
			};
			if (fields) example.fields = fields;
			entry.examples.push(example);
		}
	}

	count(reason: RejectionReason): number {
		return this.#counts.get(reason)?.count ?? 0;
	}

	/** The reasons that occurred, in the fixed order of `REASON_LABELS`. */
	reasons(): RejectedReason[] {
		return (Object.keys(REASON_LABELS) as RejectionReason[])
			.map((reason) => this.#counts.get(reason))
			.filter((entry): entry is RejectedReason => entry !== undefined);
	}

	/** `135,080 no customer id, 3 date missing …` for messages. */
	describe(): string {
		return describeReasons(this.reasons());
	}
}

/** An example in English words, as the command line prints it: `(2 fields, expected 3) B,2024-01-01`. */
export function describeExample({ text, fields }: RejectedExample): string {
	if (!fields) return text;
	const found = `${fields.found} ${fields.found === 1 ? 'field' : 'fields'}`;
	return `(${found}, expected ${fields.expected}) ${text}`;
}

/** `135,080 no customer id, 3 date missing …` for messages. */
export function describeReasons(reasons: RejectedReason[]): string {
	return reasons.map((r) => `${r.count.toLocaleString('en')} ${r.label}`).join(', ');
}

/**
 * The tallies of consecutive pieces of one file as one: counts added, each reason's first examples
 * kept in file order, each piece's line numbers moved by `lineOffsets[i]` (the lines before it).
 */
export function mergeReasons(pieces: RejectedReason[][], lineOffsets: number[]): RejectedReason[] {
	const merged = new Map<RejectionReason, RejectedReason>();
	pieces.forEach((reasons, i) => {
		for (const entry of reasons) {
			let into = merged.get(entry.reason);
			if (!into) {
				into = { reason: entry.reason, label: entry.label, count: 0, examples: [] };
				merged.set(entry.reason, into);
			}
			into.count += entry.count;
			for (const example of entry.examples) {
				if (into.examples.length >= EXAMPLES) break;
				into.examples.push({ ...example, line: example.line + lineOffsets[i] });
			}
		}
	});
	return (Object.keys(REASON_LABELS) as RejectionReason[])
		.map((reason) => merged.get(reason))
		.filter((entry): entry is RejectedReason => entry !== undefined);
}
