/**
 * The dataset settings' section `display`: how the open dataset's figures are shown, changing no
 * figure. `currency` overrides the currency the import detected or the mapping step chose (kept
 * in the dataset's record as its mapping's `currency`). The currency belongs to the data, not to
 * the method: it is saved with the dataset and kept in project files, never put in a link
 * (`LOCAL_ONLY` in `dataset-settings.svelte.ts`), so a shared link never shows another shop's
 * figures in the wrong currency.
 */

export interface DisplaySettings {
	/**
	 * The currency amounts are shown with: an ISO 4217 code (`EUR`), a symbol (`$`, `Rs`), '' for
	 * plain numbers. Default null = the currency of the import (none when it named none).
	 */
	currency: string | null;
}

export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = { currency: null };

/** Longest currency mark accepted (`CHF`, `US$`, `Rs.`, `NZ$`): a longer text is no currency. */
const MAX_CURRENCY_LENGTH = 4;

/** Why a `display` section cannot apply (empty when it can), naming the field. */
export function displaySettingsProblems(settings: DisplaySettings): string[] {
	const { currency } = settings;
	if (currency === null) return [];
	if (typeof currency !== 'string') {
		return [
			`currency: ${JSON.stringify(currency)} is not a currency (expected a code such as EUR).`
		];
	}
	if (currency.length > MAX_CURRENCY_LENGTH || /[\d<>&"]/.test(currency)) {
		return [
			`currency: “${currency}” is not a currency (expected a code such as EUR, or a symbol).`
		];
	}
	return [];
}

/** The currency the open dataset's amounts are shown with: the setting's, else the import's. */
export function shownCurrency(
	imported: string | undefined,
	display: DisplaySettings | undefined
): string {
	const chosen = display?.currency;
	if (typeof chosen === 'string' && displaySettingsProblems({ currency: chosen }).length === 0) {
		return chosen;
	}
	return imported ?? '';
}
