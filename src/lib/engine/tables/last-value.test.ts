import { describe, expect, it } from 'vitest';
import { LastValue } from './last-value';

describe('LastValue', () => {
	it('makes the value once for the same key', () => {
		const last = new LastValue<number[]>();
		let made = 0;
		const table = {};
		const first = last.get([table, 'rfm'], () => [++made]);
		expect(last.get([table, 'rfm'], () => [++made])).toBe(first);
		expect(made).toBe(1);
	});

	it('makes it again when an object in the key is a different one, even if equal', () => {
		const last = new LastValue<number>();
		let made = 0;
		last.get([{}], () => ++made);
		expect(last.get([{}], () => ++made)).toBe(2);
	});

	it('forgets the value when cleared', () => {
		const last = new LastValue<number>();
		let made = 0;
		last.get(['a'], () => ++made);
		last.clear();
		expect(last.get(['a'], () => ++made)).toBe(2);
	});
});
