import { describe, expect, it } from 'vitest';
import { formatDay, parseIsoDay } from './orders-table';

describe('calendar days', () => {
	it('counts days from 1970-01-01 in UTC', () => {
		expect(parseIsoDay('1970-01-02')).toBe(1);
		expect(parseIsoDay('2011-12-09')).toBe(15317);
	});
	it('round-trips a day through its ISO form', () => {
		expect(formatDay(15317)).toBe('2011-12-09');
	});
	it('rejects impossible dates', () => {
		expect(parseIsoDay('2011-02-30')).toBeNaN();
		expect(parseIsoDay('2011-2-3')).toBeNaN();
	});
});
