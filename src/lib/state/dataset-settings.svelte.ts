/**
 * The analysis settings of the open dataset: the dataset-wide section `dataset` (the customer-table
 * choice every view analyses: value basis, analysis date, start date), then one section per family
 * (`value`, `segments`, `personas`). They start from what was saved with the dataset, overridden by
 * settings in the URL fragment (a shared link carries the method: `link-settings.ts`); every change
 * is saved with the dataset and written back to the fragment — except what belongs to this browser's data, such as persona names and
 * stories written from it (`LOCAL_ONLY`): those are saved with the dataset and never put in a link.
 * Saved and linked sections are checked with the engine's validators before they apply
 * (`settings-check.ts`): a section that fails is ignored (`ignored` says which and why) and a
 * section that fails is never saved — the last valid value is kept instead.
 */
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { saveSettings } from '../storage/index';
import {
	decodeSettingsFragment,
	encodeMethodFragment,
	mergeSettings,
	migrateSettings
} from './link-settings';
import { checkSettings, sectionProblems, type IgnoredSection } from './settings-check';

/**
 * Keys of a section that stay in this browser: kept out of links, and never taken from one.
 * Persona edits are written from this browser's data; the currency is the data's own.
 */
const LOCAL_ONLY: Record<string, readonly string[]> = {
	personas: ['edits'],
	display: ['currency']
};

/**
 * The saved settings with a link's settings laid over them, section by section; a link's
 * local-only keys are ignored, so a crafted link cannot rewrite what the user wrote.
 */
export function overlaySettings(
	stored: Record<string, unknown>,
	linked: Record<string, unknown> | null,
	keepLocal = false
): Record<string, unknown> {
	const out: Record<string, unknown> = { ...stored };
	for (const [name, value] of Object.entries(linked ?? {})) {
		if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
		const section: Record<string, unknown> = { ...(value as Record<string, unknown>) };
		if (!keepLocal) for (const key of LOCAL_ONLY[name] ?? []) delete section[key];
		const base = stored[name];
		out[name] =
			base !== null && typeof base === 'object' && !Array.isArray(base)
				? { ...(base as Record<string, unknown>), ...section }
				: section;
	}
	return out;
}

/** The settings as they go into a link: every section without its local-only keys. */
export function shareableSettings(settings: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(settings)) {
		if (value !== null && typeof value === 'object' && !Array.isArray(value) && LOCAL_ONLY[name]) {
			const section = { ...(value as Record<string, unknown>) };
			for (const key of LOCAL_ONLY[name]) delete section[key];
			// A section of local keys only (the currency) leaves no empty object in every link.
			if (Object.keys(section).length > 0) out[name] = section;
		} else {
			out[name] = value;
		}
	}
	return out;
}

/** One reactive section (a class field, so `$state` makes its object deeply reactive). */
class Section<T> {
	value = $state() as T;
	readonly defaults: T;
	constructor(initial: T, defaults: T) {
		this.value = initial;
		this.defaults = defaults;
	}
}

export class DatasetSettings {
	#datasetId: string;
	#sections: Record<string, Section<unknown>> = {};
	#timer: ReturnType<typeof setTimeout> | null = null;
	/** Set when saving failed; the settings still apply in this tab. */
	saveError = $state<string | null>(null);
	/** Saved or linked sections left out because the engine's validator rejected them. */
	ignored = $state<IgnoredSection[]>([]);

	/**
	 * `linked`: the method a link (or a saved method, or a project file) lays over the saved
	 * settings — decoded settings, or a version-0 fragment (`#settings=`) decoded here. `keepLocal`
	 * keeps its local-only keys (a project file the user opened, never a link).
	 */
	constructor(
		datasetId: string,
		stored: Record<string, unknown>,
		linked: string | Record<string, unknown> | null,
		keepLocal = false
	) {
		this.#datasetId = datasetId;
		// Saved settings and links of older versions are migrated first (each on its own), so an old
		// link's value basis or analysis date lands in the dataset section with the same meaning.
		const method = typeof linked === 'string' ? decodeSettingsFragment(linked) : linked;
		const saved = checkSettings(migrateSettings(stored), 'saved');
		const migratedLink = method ? migrateSettings(method) : null;
		const overlaid = overlaySettings(saved.settings, migratedLink, keepLocal);
		// A linked section is checked as it will apply (laid over the saved one); when it fails, the
		// saved section (already valid) stays.
		const fromLink = checkSettings(overlaid, 'link', Object.keys(migratedLink ?? {}));
		for (const entry of fromLink.ignored) {
			if (entry.section in saved.settings) {
				fromLink.settings[entry.section] = saved.settings[entry.section];
			}
		}
		this.#stored = fromLink.settings;
		this.ignored = [...saved.ignored, ...fromLink.ignored];
	}

	#stored: Record<string, unknown>;

	/** Every section as it applies now, local-only keys included (plain JSON). */
	snapshot(): Record<string, unknown> {
		const snapshot: Record<string, unknown> = { ...this.#stored };
		for (const [name, section] of Object.entries(this.#sections)) {
			snapshot[name] = $state.snapshot(section.value);
		}
		return structuredClone(snapshot);
	}

	/** The method: every section without its local-only keys (what a link or saved method holds). */
	method(): Record<string, unknown> {
		return shareableSettings(this.snapshot());
	}

	/**
	 * Lays a method (a saved method's, or a project file's with `keepLocal`) over the settings that
	 * apply now, as a link would: each section it holds is checked with the engine's validator, a
	 * failing one is left as it is (and `ignored` says why); then saved.
	 */
	applyMethod(method: Record<string, unknown>, keepLocal = false): void {
		const migrated = migrateSettings(method);
		const current = this.snapshot();
		const overlaid = overlaySettings(current, migrated, keepLocal);
		const checked = checkSettings(overlaid, 'link', Object.keys(migrated));
		for (const entry of checked.ignored) {
			if (entry.section in current) checked.settings[entry.section] = current[entry.section];
		}
		this.replaceAll(checked.settings);
		this.ignored = checked.ignored;
	}

	/**
	 * Replaces every setting with `settings` (already checked: a project file's), in place so each
	 * view sees it, and saves. Sections it does not hold go back to their defaults.
	 */
	replaceAll(settings: Record<string, unknown>): void {
		this.#stored = structuredClone(settings);
		for (const [name, section] of Object.entries(this.#sections)) {
			const value = section.value as Record<string, unknown>;
			const next = mergeSettings(structuredClone(section.defaults), settings[name]) as object;
			for (const key of Object.keys(value)) delete value[key];
			Object.assign(value, next);
		}
		this.ignored = [];
		this.persist();
	}

	/**
	 * The reactive options of one view: the defaults filled with saved or linked values of the same
	 * type. Call once per view; the same object is returned for the same name.
	 */
	section<T extends object>(name: string, defaults: T): T {
		if (!(name in this.#sections)) {
			this.#sections[name] = new Section(
				mergeSettings(structuredClone(defaults), this.#stored[name]),
				structuredClone(defaults)
			);
		}
		return this.#sections[name].value as T;
	}

	/**
	 * Every section as a settings file, local-only keys left out: what the command line reads with
	 * `--settings FILE.json` (the same method on the same or another file).
	 */
	toJson(): string {
		return `${JSON.stringify(this.method(), null, '\t')}\n`;
	}

	/**
	 * Puts one section back to its defaults (in place, so the view's state sees it) and saves; a
	 * notice about that section's ignored settings goes away.
	 */
	reset(name: string): void {
		const section = this.#sections[name];
		if (!section) return;
		const value = section.value as Record<string, unknown>;
		for (const key of Object.keys(value)) delete value[key];
		Object.assign(value, structuredClone(section.defaults));
		this.ignored = this.ignored.filter((entry) => entry.section !== name);
		this.persist();
	}

	/** Saves every section with the dataset and writes them to the URL fragment (debounced). */
	persist(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#flush(), 300);
	}

	async #flush(): Promise<void> {
		const snapshot: Record<string, unknown> = { ...this.#stored };
		for (const [name, section] of Object.entries(this.#sections)) {
			const value = $state.snapshot(section.value);
			// A value the engine would refuse is never saved nor linked: the last valid one stays.
			if (sectionProblems(name, value).length === 0) snapshot[name] = value;
		}
		this.#stored = snapshot;
		// Saved first, then linked: a fragment that holds a change says the change is kept, so a
		// reload after the fragment changed finds it saved too. The fragment is only written while
		// the page that made the change is still the one shown.
		const where = `${location.pathname}${location.search}`;
		try {
			await saveSettings(this.#datasetId, snapshot);
			this.saveError = null;
		} catch (error) {
			this.saveError = `Settings could not be saved in this browser: ${(error as Error).message}`;
		}
		const fragment = await encodeMethodFragment(shareableSettings(snapshot));
		if (`${location.pathname}${location.search}` !== where) return;
		replaceState(`${where}${fragment}`, page.state);
	}
}
