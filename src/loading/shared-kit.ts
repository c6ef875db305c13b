// One loaded kit per process, content folder and options, shared by every copy of the loading
// code. A build holds two copies: Astro runs the content config (and its loaders) through Vite,
// while the integration (and its one-pager step) runs on Node itself. Without this the
// one-pager step would read, parse and check every file of the kit a second time. The kits
// are forgotten when a build starts (`forgetSharedKits`), so that a second build in the same
// process reads the content afresh.

import { type Kit, type LoadKitOptions, loadKit } from './load-kit.ts';

const REGISTRY = Symbol.for('offer-sales-kit.loaded-kits');
const registry = globalThis as typeof globalThis & { [REGISTRY]?: Map<string, Promise<Kit>> };

/** The kit of `contentDir`, loaded once per process for the same options. */
export function sharedKit(contentDir: string, options: LoadKitOptions = {}): Promise<Kit> {
	// A one-pager check is the validate command's own: it changes the result, so it is not shared.
	if (options.checkOnePager) return loadKit(contentDir, options);
	const kits = registry[REGISTRY] ?? new Map<string, Promise<Kit>>();
	registry[REGISTRY] = kits;
	const key = JSON.stringify([contentDir, options.cwd ?? process.cwd(), options.defaultLocale, options.templatesDir, options.templates]);
	let kit = kits.get(key);
	if (!kit) {
		kit = loadKit(contentDir, options);
		kits.set(key, kit);
		// A failure (an unreadable folder) is not kept: the next caller tries again.
		kit.catch(() => kits.delete(key));
	}
	return kit;
}

/** Forgets every shared kit: the next caller reads the content again. */
export function forgetSharedKits(): void {
	registry[REGISTRY]?.clear();
}
