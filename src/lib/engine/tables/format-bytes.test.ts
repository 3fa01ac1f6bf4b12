import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
	it('shows whole bytes below a thousand', () => {
		expect(formatBytes(0)).toBe('0 B');
		expect(formatBytes(999)).toBe('999 B');
	});

	it('uses decimal units with three significant figures', () => {
		expect(formatBytes(1_000)).toBe('1.0 KB');
		expect(formatBytes(1_250_000)).toBe('1.3 MB');
		expect(formatBytes(56_900_000)).toBe('56.9 MB');
		expect(formatBytes(123_456_789)).toBe('123 MB');
		expect(formatBytes(1_900_000_000)).toBe('1.9 GB');
	});

	it('stops at terabytes', () => {
		expect(formatBytes(2_500_000_000_000_000)).toBe('2500 TB');
	});

	it('shows a dash for a size that is not a number', () => {
		expect(formatBytes(Number.NaN)).toBe('—');
		expect(formatBytes(Number.POSITIVE_INFINITY)).toBe('—');
	});
});
