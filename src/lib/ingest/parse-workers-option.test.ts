import { describe, expect, it } from 'vitest';
import { parseWorkersOption } from './parallel-import';

describe('parseWorkersOption', () => {
	it('gives one parse worker per core when the build option is unset or blank', () => {
		expect(parseWorkersOption(undefined, 8)).toBe(8);
		expect(parseWorkersOption('  ', 6)).toBe(6);
	});

	it('gives at least two when the core count is unknown or one', () => {
		expect(parseWorkersOption(undefined, 0)).toBe(2);
		expect(parseWorkersOption(undefined, 1)).toBe(2);
	});

	it('reads 1 and 0 as one piece (parallel parsing off)', () => {
		expect(parseWorkersOption('1', 8)).toBe(1);
		expect(parseWorkersOption('0', 8)).toBe(1);
	});

	it('caps at the number given, and never above the cores', () => {
		expect(parseWorkersOption('3', 8)).toBe(3);
		expect(parseWorkersOption('3.9', 8)).toBe(3);
		expect(parseWorkersOption('99', 8)).toBe(8);
	});

	it('ignores a value that is not a number', () => {
		expect(parseWorkersOption('many', 4)).toBe(4);
	});
});
