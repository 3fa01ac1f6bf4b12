/**
 * The read-out every chart that reads one item at a time shares (a persona, a point on a curve):
 * the item under the pointer or the keyboard, the keys that move it, the sentence it reads, and the
 * `role="slider"` attributes that carry it to a screen reader. Each chart makes one instance and
 * keeps only its own hit-test (layerchart's `Arc.shared.svelte.ts` pattern).
 */
import { m } from '../../i18n';

export type KeyboardReadoutOptions = {
	/** How many items the chart reads; called on every use, so it follows the chart's props. */
	count: () => number;
	/** The sentence for item `index`: the live read-out and the slider's `aria-valuetext`. */
	describe: (index: number) => string;
	/** The read-out while no item is focused: what to do to read one. */
	hint: string;
	/** `aria-valuetext` while no item is focused. Default "no item selected". */
	idle?: string;
	/** `aria-valuenow` for item `index`. Default its 1-based position. */
	valueAt?: (index: number) => number;
	/**
	 * Where ArrowUp moves: to the previous item (a list read top-down, the default) or the next (a
	 * curve that rises to the right).
	 */
	up?: 'previous' | 'next';
	/** How many items Shift + an arrow moves. Default 1. */
	shiftStep?: () => number;
};

/** How a key moves the focus. */
export type StepOptions = { up?: 'previous' | 'next'; step?: number };

/**
 * The item a key moves to among `count`: arrows step (by `step`), Home/End jump; from nothing, the
 * first item (a forward key) or the last (a backward key). `undefined` when the key does nothing
 * here, null for Escape (leave the chart).
 */
export function stepItem(
	key: string,
	current: number | null,
	count: number,
	{ up = 'previous', step = 1 }: StepOptions = {}
): number | null | undefined {
	if (count <= 0) return undefined;
	const last = count - 1;
	const forward = key === 'ArrowRight' || key === (up === 'next' ? 'ArrowUp' : 'ArrowDown');
	const backward = key === 'ArrowLeft' || key === (up === 'next' ? 'ArrowDown' : 'ArrowUp');
	if (forward) return current === null ? 0 : Math.min(last, current + step);
	if (backward) return current === null ? last : Math.max(0, current - step);
	if (key === 'Home') return 0;
	if (key === 'End') return last;
	if (key === 'Escape') return null;
	return undefined;
}

export class KeyboardReadout {
	/** The focused item, or null. A chart's pointer hit-test sets it directly. */
	focus = $state<number | null>(null);
	readonly #options: KeyboardReadoutOptions;

	constructor(options: KeyboardReadoutOptions) {
		this.#options = options;
	}

	/** The focused item, kept within the chart's current items (null when it has none). */
	get index(): number | null {
		const count = this.#options.count();
		return this.focus === null || count <= 0 ? null : Math.min(this.focus, count - 1);
	}

	/** What the live read-out under the chart says. */
	get text(): string {
		const index = this.index;
		return index === null ? this.#options.hint : this.#options.describe(index);
	}

	/** The value attributes and handlers for the chart's `role="slider"` SVG: spread them on it. */
	get slider() {
		const index = this.index;
		const {
			describe,
			idle = m.shared.chart.noItem,
			valueAt = (i: number) => i + 1
		} = this.#options;
		return {
			'aria-valuenow': index === null ? undefined : valueAt(index),
			'aria-valuetext': index === null ? idle : describe(index),
			onkeydown: this.onkeydown,
			onpointerleave: this.clear,
			onblur: this.clear
		};
	}

	onkeydown = (event: KeyboardEvent) => {
		const step = event.shiftKey ? Math.max(1, this.#options.shiftStep?.() ?? 1) : 1;
		const next = stepItem(event.key, this.index, this.#options.count(), {
			up: this.#options.up,
			step
		});
		if (next === undefined) return;
		event.preventDefault();
		this.focus = next;
	};

	clear = () => {
		this.focus = null;
	};
}
