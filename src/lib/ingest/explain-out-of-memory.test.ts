import { describe, expect, it } from 'vitest';
import { explainOutOfMemory } from './explain-out-of-memory';

describe('an import that runs out of memory', () => {
	it('says how far it got, that nothing was lost, and what to do', () => {
		const explained = explainOutOfMemory(
			new RangeError('Array buffer allocation failed'),
			12_345_678,
			600,
			1000
		) as Error;
		expect(explained.name).toBe('IngestError');
		expect(explained.message).toContain('12,345,678 rows (60% of the file)');
		expect(explained.message).toContain('Nothing was saved');
		expect(explained.message).toContain('split the file');
	});

	it('recognises V8’s other words for a typed array that cannot grow', () => {
		const explained = explainOutOfMemory(
			new RangeError('Invalid typed array length: 4294967296'),
			1,
			1,
			2
		);
		expect((explained as Error).name).toBe('IngestError');
	});

	it('passes every other error through unchanged', () => {
		const other = new RangeError('Maximum call stack size exceeded');
		expect(explainOutOfMemory(other, 1, 1, 2)).toBe(other);
		const ingest = Object.assign(new Error('The file is empty.'), { name: 'IngestError' });
		expect(explainOutOfMemory(ingest, 0, 0, 0)).toBe(ingest);
	});
});
