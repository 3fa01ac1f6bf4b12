import { describe, expect, it } from 'vitest';
import { terminalSafe } from './terminal-safe';

describe('terminalSafe', () => {
	it('writes ESC as a visible \\u001b, so a colour or title sequence is shown, not run', () => {
		expect(terminalSafe('A\u001b[31mred\u001b]0;title\u0007')).toBe(
			'A\\u001b[31mred\\u001b]0;title\\u0007'
		);
	});

	it('escapes carriage return, backspace, DEL and C1 controls such as the 8-bit CSI', () => {
		expect(terminalSafe('ok\rno\bX\u007f\u009b2J')).toBe('ok\\u000dno\\u0008X\\u007f\\u009b2J');
	});

	it('escapes bidirectional overrides and isolates that reorder what is shown', () => {
		expect(terminalSafe('abc\u202edcba\u2066x\u2069')).toBe('abc\\u202edcba\\u2066x\\u2069');
	});

	it('keeps line feeds, tabs and ordinary letters, accents and symbols', () => {
		const text = 'Zoë\tJosé € – ™ 北京\nnext line';
		expect(terminalSafe(text)).toBe(text);
	});

	it('keeps JSON valid and equal in value', () => {
		const value = { id: 'x\u009b\u202e\u007fy', n: [1, 2] };
		const json = JSON.stringify(value, null, 2);
		const safe = terminalSafe(json);
		expect(safe).not.toMatch(/[\u007f-\u009f\u202e]/);
		expect(JSON.parse(safe)).toEqual(value);
	});
});
