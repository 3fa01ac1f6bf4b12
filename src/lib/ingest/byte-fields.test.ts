import { describe, expect, it } from 'vitest';
import { createPrng } from '../engine/personas/prng';
import {
	asciiText,
	ByteCodeCache,
	dayOfBytes,
	isBlankAscii,
	MISSING,
	plainNumberOfBytes,
	wholeNumberOfBytes
} from './byte-fields';
import { parseDay } from './parse-date';
import { parseNumber } from './parse-number';

// Each byte reader is held to the text function it stands in for (a separate implementation over
// strings): where it answers, it must answer the same; where it declines, the caller uses the text
// function. The fields are drawn from a seeded generator over the characters that matter.

function fields(alphabet: string, count: number, maxLength: number, seed: number): string[] {
	const next = createPrng(seed);
	return Array.from({ length: count }, () => {
		const length = Math.floor(next() * (maxLength + 1));
		let text = '';
		for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
		return text;
	});
}

const bytesOf = (text: string) => new TextEncoder().encode(`,${text},`);

describe('numbers read from bytes', () => {
	const samples = [
		...fields('0123456789.,-', 20_000, 18, 1),
		...fields('0123456789', 2_000, 17, 2),
		'-0',
		'0.1',
		'0.30000000000000004',
		'123456789012345',
		'1234567890123456',
		'9007199254740993',
		'.5',
		'5.',
		'-',
		''
	];
	for (const decimal of ['.', ','] as const) {
		it(`equal parseNumber wherever they answer (decimal ${decimal})`, () => {
			let answered = 0;
			for (const text of samples) {
				const bytes = bytesOf(text);
				const value = plainNumberOfBytes(bytes, 1, bytes.length - 1, decimal);
				if (value !== value) continue;
				answered++;
				expect(Object.is(value, parseNumber(text, decimal)), text).toBe(true);
			}
			expect(answered).toBeGreaterThan(2_000);
		});
	}
});

/** Date-shaped fields: digit groups of 1–5 digits, separators mostly alike, a suffix sometimes. */
function dateShaped(count: number, seed: number): string[] {
	const next = createPrng(seed);
	const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
	const separators = ['-', '/', '.', ' ', ''];
	const suffixes = ['', '', ' 08:26:00', 'T10:00', 't', 'x', ' ', '-'];
	return Array.from({ length: count }, () => {
		const separator = separators[Math.floor(next() * 3)];
		const other = next() < 0.1 ? separators[Math.floor(next() * separators.length)] : separator;
		const groups = [1, 2, 3, 4, 5].map(() => 1 + Math.floor(next() * (next() < 0.8 ? 4 : 5)));
		const lead = next() < 0.1 ? '  ' : '';
		const suffix = suffixes[Math.floor(next() * suffixes.length)];
		return `${lead}${digits(groups[0])}${separator}${digits(groups[1])}${other}${digits(groups[2])}${suffix}`;
	});
}

describe('dates read from bytes', () => {
	const samples = [
		...fields('0123456789-/. T:', 10_000, 22, 3),
		...dateShaped(20_000, 4),
		'2024-02-29',
		'2023-02-29',
		'2024-01-05 08:26:00',
		'05/01/2024',
		'5/1/24',
		'20240105',
		'3 Jan 2024',
		' 2024-03-01',
		'2024-1-5T10:00'
	];
	for (const order of ['ymd', 'dmy', 'mdy'] as const) {
		it(`equal parseDay wherever they answer (${order})`, () => {
			let answered = 0;
			for (const text of samples) {
				const bytes = bytesOf(text);
				const day = dayOfBytes(bytes, 1, bytes.length - 1, order);
				if (day === MISSING) continue;
				answered++;
				expect(Object.is(day, parseDay(text, order)), text).toBe(true);
			}
			expect(answered).toBeGreaterThan(500);
		});
	}
});

describe('whole-number ids read from bytes', () => {
	it('read canonical whole numbers (and 17850.0 where floats are ids) and nothing else', () => {
		const read = (text: string, floatZero: boolean) => {
			const bytes = bytesOf(text);
			return wholeNumberOfBytes(bytes, 1, bytes.length - 1, floatZero);
		};
		expect(read('17850', false)).toBe(17850);
		expect(read('0', false)).toBe(0);
		expect(read('17850.0', true)).toBe(17850);
		expect(read('17850.00', true)).toBe(17850);
		expect(read('17850.0', false)).toBe(-1);
		expect(read('17850.5', true)).toBe(-1);
		expect(read('17850.', true)).toBe(-1);
		expect(read('007', false)).toBe(-1);
		expect(read('0.0', true)).toBe(0);
		expect(read('1234567890123456', false)).toBe(-1);
		expect(read('', false)).toBe(-1);
		expect(read(' 42', false)).toBe(-1);
	});
});

describe('ASCII fields', () => {
	it('decode one character per byte and tell blank fields as String.prototype.trim does', () => {
		const text = 'a\t b~' + 'x'.repeat(100);
		const bytes = bytesOf(text);
		expect(asciiText(bytes, 1, bytes.length - 1)).toBe(text);
		for (const field of ['', ' ', '\t\r\n\v\f ', ' a ', '\u0001']) {
			const b = bytesOf(field);
			expect(isBlankAscii(b, 1, b.length - 1), JSON.stringify(field)).toBe(field.trim() === '');
		}
	});
});

describe('the byte-keyed code cache', () => {
	it('gives back every code it was given, for 50,000 keys of varied lengths', () => {
		const cache = new ByteCodeCache();
		const keys = Array.from({ length: 50_000 }, (_, i) => `key-${i}-${'x'.repeat(i % 40)}`);
		const encoded = keys.map(bytesOf);
		let seenBefore = 0;
		encoded.forEach((bytes, code) => {
			if (cache.get(bytes, 1, bytes.length - 1) !== MISSING) seenBefore++;
			cache.set(bytes, 1, bytes.length - 1, code);
		});
		expect(seenBefore).toBe(0);
		const wrong = encoded.filter((bytes, code) => cache.get(bytes, 1, bytes.length - 1) !== code);
		expect(wrong.length).toBe(0);
		const absent = bytesOf('key-50000-');
		expect(cache.get(absent, 1, absent.length - 1)).toBe(MISSING);
	});
});
