import { describe, expect, it } from 'vitest';
import { civilDateOf, monthDayOf, monthOf, yearOf } from './calendar';

describe('civilDateOf', () => {
	it('agrees with the UTC calendar of Date for every day from 1899 to 2101', () => {
		const first = Date.UTC(1899, 0, 1) / 86_400_000;
		const last = Date.UTC(2101, 11, 31) / 86_400_000;
		for (let day = first; day <= last; day++) {
			const date = new Date(day * 86_400_000);
			const expected =
				date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
			if (civilDateOf(day) !== expected) expect(civilDateOf(day)).toBe(expected);
		}
		expect(civilDateOf(0)).toBe(19_700_101);
	});

	it('splits into year, month and month-day', () => {
		const day = Date.UTC(2024, 1, 29) / 86_400_000;
		expect([yearOf(day), monthOf(day), monthDayOf(day)]).toEqual([2024, 2, 229]);
	});
});
