import { describe, expect, it } from 'vitest';
import { KeyboardReadout, stepItem } from './keyboard-readout.svelte';

/** A key press as the chart receives it, recording whether the page's default was stopped. */
function press(key: string, shiftKey = false) {
	const event = {
		key,
		shiftKey,
		prevented: false,
		preventDefault() {
			this.prevented = true;
		}
	};
	return event as unknown as KeyboardEvent & { prevented: boolean };
}

describe('stepItem', () => {
	it('steps with the arrows and stops at the ends', () => {
		expect(stepItem('ArrowRight', 1, 3)).toBe(2);
		expect(stepItem('ArrowRight', 2, 3)).toBe(2);
		expect(stepItem('ArrowUp', 0, 3)).toBe(0);
		expect(stepItem('ArrowLeft', 2, 3)).toBe(1);
	});

	it('starts at the first or last item from nothing, jumps with Home and End, leaves on Escape', () => {
		expect(stepItem('ArrowDown', null, 4)).toBe(0);
		expect(stepItem('ArrowUp', null, 4)).toBe(3);
		expect(stepItem('End', 0, 4)).toBe(3);
		expect(stepItem('Home', 3, 4)).toBe(0);
		expect(stepItem('Escape', 2, 4)).toBeNull();
	});

	it('moves forward on ArrowUp when up means the next item', () => {
		expect(stepItem('ArrowUp', 1, 4, { up: 'next' })).toBe(2);
		expect(stepItem('ArrowDown', 1, 4, { up: 'next' })).toBe(0);
	});

	it('moves by a larger step without passing the ends', () => {
		expect(stepItem('ArrowRight', 3, 10, { step: 5 })).toBe(8);
		expect(stepItem('ArrowRight', 8, 10, { step: 5 })).toBe(9);
		expect(stepItem('ArrowLeft', 3, 10, { step: 5 })).toBe(0);
	});

	it('ignores other keys and empty charts', () => {
		expect(stepItem('a', 1, 3)).toBeUndefined();
		expect(stepItem('ArrowRight', null, 0)).toBeUndefined();
	});
});

describe('KeyboardReadout', () => {
	const names = ['Ann', 'Bo', 'Cy'];
	const readout = () =>
		new KeyboardReadout({
			count: () => names.length,
			describe: (i) => `Persona ${i + 1}, ${names[i]}`,
			hint: 'Use the arrow keys.',
			idle: 'no persona selected'
		});

	it('reads the hint and no value while nothing is focused', () => {
		const r = readout();
		expect(r.text).toBe('Use the arrow keys.');
		expect(r.slider['aria-valuenow']).toBeUndefined();
		expect(r.slider['aria-valuetext']).toBe('no persona selected');
	});

	it('reads the item an arrow key lands on and stops the page from scrolling', () => {
		const r = readout();
		const event = press('ArrowDown');
		r.onkeydown(event);
		r.onkeydown(press('ArrowDown'));
		expect(event.prevented).toBe(true);
		expect(r.text).toBe('Persona 2, Bo');
		expect(r.slider['aria-valuenow']).toBe(2);
		expect(r.slider['aria-valuetext']).toBe('Persona 2, Bo');
	});

	it('leaves keys it does not use to the page', () => {
		const r = readout();
		const event = press('Tab');
		r.onkeydown(event);
		expect(event.prevented).toBe(false);
		expect(r.index).toBeNull();
	});

	it('forgets the item on Escape, on blur and when the pointer leaves', () => {
		const r = readout();
		r.focus = 1;
		r.onkeydown(press('Escape'));
		expect(r.index).toBeNull();
		r.focus = 1;
		r.slider.onblur();
		expect(r.index).toBeNull();
		r.focus = 2;
		r.slider.onpointerleave();
		expect(r.text).toBe('Use the arrow keys.');
	});

	it('keeps a focus set by the pointer within the current items', () => {
		const items = [10, 20, 30, 40];
		const r = new KeyboardReadout({
			count: () => items.length,
			describe: (i) => `point ${items[i]}`,
			hint: '',
			valueAt: (i) => items[i]
		});
		r.focus = 3;
		items.pop();
		expect(r.index).toBe(2);
		expect(r.slider['aria-valuenow']).toBe(30);
	});

	it('moves by the Shift step and up the curve when up means the next item', () => {
		const r = new KeyboardReadout({
			count: () => 100,
			describe: (i) => String(i),
			hint: '',
			up: 'next',
			shiftStep: () => 5
		});
		r.onkeydown(press('Home'));
		r.onkeydown(press('ArrowUp', true));
		expect(r.index).toBe(5);
		r.onkeydown(press('ArrowUp'));
		expect(r.index).toBe(6);
	});
});
