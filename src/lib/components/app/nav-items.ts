import type { Messages } from '../../i18n';

/** The analysis views, in the order a user walks through them; `key` names their label. */
export const NAV_ITEMS = [
	{ href: 'data/', key: 'data' },
	{ href: 'value/', key: 'value' },
	{ href: 'segments/', key: 'segments' },
	{ href: 'personas/', key: 'personas' },
	{ href: 'profit/', key: 'profit' },
	{ href: 'movement/', key: 'movement' },
	{ href: 'clv/', key: 'clv' },
	{ href: 'reviews/', key: 'reviews' },
	{ href: 'loyalty/', key: 'loyalty' }
] as const satisfies readonly { href: string; key: keyof Messages['app']['nav'] }[];

/** The glossary, beside the views: linked from the footer and every help tip, visited offline too. */
export const GLOSSARY_HREF = 'glossary/';
