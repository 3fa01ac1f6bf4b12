/** A file-name-safe version of a label: runs of anything but letters, digits, `_` and `-` become `-`. */
export function safeFileName(name: string, length = 60): string {
	return name.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, length);
}
