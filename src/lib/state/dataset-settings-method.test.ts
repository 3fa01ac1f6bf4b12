import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DatasetSettings } from './dataset-settings.svelte';

// Applying saves after a debounce; the save (IndexedDB, the address bar) is not what is tested here.
beforeAll(() => void vi.useFakeTimers());
afterAll(() => void vi.useRealTimers());

const edits = [{ key: 'k4', name: 'Our Londoners', story: 'They come on Sundays.' }];

describe('a method applied to the open dataset', () => {
	it('lays a saved method over the settings and keeps the persona names and stories', () => {
		const open = new DatasetSettings(
			'd1',
			{ segments: { bins: 5 }, personas: { k: 4, edits } },
			null
		);
		open.applyMethod({ segments: { bins: 3 }, personas: { k: 6, edits: [] } });
		expect(open.snapshot()).toMatchObject({ segments: { bins: 3 }, personas: { k: 6, edits } });
	});

	it('keeps a project file’s persona stories when told to', () => {
		const open = new DatasetSettings('d1', { personas: { k: 4, edits: [] } }, null);
		open.applyMethod({ personas: { k: 4, edits } }, true);
		expect(open.snapshot().personas).toEqual({ k: 4, edits });
	});

	it('leaves a section the engine refuses as it was, and says why', () => {
		const open = new DatasetSettings('d1', { segments: { bins: 5 } }, null);
		open.applyMethod({ segments: { bins: 1000 }, value: { topN: 20 } });
		expect(open.snapshot()).toMatchObject({ segments: { bins: 5 }, value: { topN: 20 } });
		expect(open.ignored.map((entry) => entry.section)).toEqual(['segments']);
	});

	it('gives the method without persona names and stories', () => {
		const open = new DatasetSettings('d1', { personas: { k: 4, edits } }, null);
		expect(open.method()).toEqual({ personas: { k: 4 } });
	});
});
