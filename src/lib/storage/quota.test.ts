import { describe, expect, it } from 'vitest';
import { StorageFullError } from './quota';

// The storage-full message reports what the browser said (a quota error, and maybe an estimate of
// usage and quota) and never contradicts it (issue 21: "needs 7.8 MB, 10.7 GB free").

describe('the storage-full message', () => {
	it('says there is not enough room when the estimate shows less free than needed', () => {
		const error = new StorageFullError('Shop', 7_800_000, { usage: 40_000_000, quota: 41_250_000 });
		expect(error.message).toBe(
			'Not enough room in this browser’s storage to save “Shop”: it needs about 7.8 MB, and about 1.3 MB is free (40.0 MB used of 41.3 MB allowed). Nothing was saved for it. Delete datasets you no longer need or free some disk space, then import again.'
		);
		expect(error.freeBytes).toBe(1_250_000);
	});

	it('does not claim too little room when the estimate shows more free than needed', () => {
		const error = new StorageFullError('Shop', 7_800_000, {
			usage: 5_000_000,
			quota: 10_700_000_000
		});
		expect(error.message).not.toMatch(/not enough room|is free/i);
		expect(error.message).toContain('it reported its storage as full');
		expect(error.message).toContain('allows this site 10.7 GB with 5.0 MB used');
		expect(error.message).toContain('the disk itself may be nearly full');
		expect(error.freeBytes).toBe(10_695_000_000);
	});

	it('says the browser gave no estimate when it gave none', () => {
		const error = new StorageFullError('Shop', 7_800_000, null);
		expect(error.message).toBe(
			'The browser refused to save “Shop” (about 7.8 MB): it reported its storage as full, and does not say how much is free. Nothing was saved for it. Delete datasets you no longer need or free some disk space, then import again.'
		);
		expect(error.freeBytes).toBeNull();
	});

	it('counts a used-up quota as nothing free, not a negative size', () => {
		const error = new StorageFullError('Shop', 1000, { usage: 2_000_000, quota: 1_000_000 });
		expect(error.message).toContain('about 0 B is free');
		expect(error.freeBytes).toBe(0);
	});
});
