/**
 * Buffers of pieces already merged, given back to the thread that parses the next pieces of the
 * same import (`ParallelOptions.recycle`): a piece's columns are then written into memory that was
 * written before, not into fresh pages. Each fresh page costs the thread a page fault — on a
 * machine seen here ~12 µs each, a quarter of a parse worker's time at 10M lines
 * (`bench/README.md`). One list per thread, a few buffers long; a buffer is taken once.
 */

/** Buffers kept at most: a piece's columns and dictionaries, about twice. */
const MAX_SPARES = 16;
/** Smaller allocations come from the allocator's reused memory anyway. */
export const SPARE_MIN_BYTES = 256 << 10;

const spares: ArrayBuffer[] = [];

/**
 * Keeps `buffers` (of merged pieces, nothing else refers to them) for this thread's next columns;
 * null lets every kept buffer go (the import ended).
 */
export function offerSpareBuffers(buffers: readonly ArrayBuffer[] | null): void {
	if (buffers === null) spares.length = 0;
	for (const buffer of buffers ?? []) {
		if (spares.length >= MAX_SPARES) return;
		if (buffer.byteLength >= SPARE_MIN_BYTES && !spares.includes(buffer)) spares.push(buffer);
	}
}

/** The smallest kept buffer of at least `bytes` (taken: its contents are stale), or null. */
export function takeSpareBuffer(bytes: number): ArrayBuffer | null {
	if (bytes < SPARE_MIN_BYTES) return null;
	let best = -1;
	for (let i = 0; i < spares.length; i++) {
		const size = spares[i].byteLength;
		if (size >= bytes && (best < 0 || size < spares[best].byteLength)) best = i;
	}
	return best < 0 ? null : spares.splice(best, 1)[0];
}

/** How many buffers are kept (tests). */
export function spareBufferCount(): number {
	return spares.length;
}
