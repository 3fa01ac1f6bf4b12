/** The analysis views, in the order a user walks through them. */
export const NAV_ITEMS = [
	{ href: 'data/', label: 'Data' },
	{ href: 'value/', label: 'Value' },
	{ href: 'segments/', label: 'Segments' },
	{ href: 'personas/', label: 'Personas' },
	{ href: 'profit/', label: 'Profit' },
	{ href: 'movement/', label: 'Movement' },
	{ href: 'clv/', label: 'Lifetime value' },
	{ href: 'reviews/', label: 'Reviews' },
	{ href: 'loyalty/', label: 'Loyalty' }
] as const;
