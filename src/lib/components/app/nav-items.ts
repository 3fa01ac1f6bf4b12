/** The analysis views, in the order a user walks through them. */
export const NAV_ITEMS = [
	{ href: 'data/', label: 'Data' },
	{ href: 'value/', label: 'Value' },
	{ href: 'segments/', label: 'Segments' },
	{ href: 'personas/', label: 'Personas' }
] as const;
