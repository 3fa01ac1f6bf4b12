/** A figure the engine could not give (null, or absent) as "—"; any other through `format`. */
export const optionalFigure = <T>(
	value: T | null | undefined,
	format: (value: T) => string
): string => (value === null || value === undefined ? '—' : format(value));
