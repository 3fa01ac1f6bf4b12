/**
 * A module shipped as base64 (`scan-module.ts`, `rows-module.ts`) compiled once per thread, or
 * null where WebAssembly cannot run (no support, or a page policy without `'wasm-unsafe-eval'`):
 * the byte reader then does the work in JavaScript, with the same result.
 */
export function compiledOnce(base64: string): () => WebAssembly.Module | null {
	let compiled: WebAssembly.Module | null | undefined;
	return () => {
		if (compiled === undefined) {
			try {
				const binary = atob(base64);
				const bytes = new Uint8Array(binary.length);
				for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
				compiled = typeof WebAssembly === 'object' ? new WebAssembly.Module(bytes) : null;
			} catch {
				compiled = null;
			}
		}
		return compiled;
	};
}
