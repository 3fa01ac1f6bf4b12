/**
 * The words of every chart as the chosen language reads them, without the DOM. Charts are drawn
 * left to right; in Urdu a label that starts or ends with a figure (a date, an amount) or a Latin
 * word would come out in the wrong order, so each label is one right-to-left isolated run there.
 */
import { locale } from '../../i18n';

/** `text` as one right-to-left isolate (RLI … PDI) when `dir` (the page's, by default) is rtl. */
export const chartText = (text: string, dir: 'ltr' | 'rtl' = locale.dir): string =>
	dir === 'rtl' ? `\u2067${text}\u2069` : text;
