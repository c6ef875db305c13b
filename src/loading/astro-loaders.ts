// The kit's Astro content loaders. They store exactly what the kit's reader (load-kit.ts, the
// same code as `npm run validate`) read and checked: the parsed frontmatter, the contacts, and
// each body rendered to HTML by body-html.ts. Astro reads no content file itself, so no second
// parser can see a file differently, and no body is compiled as code. Before anything is stored
// the whole kit must pass the check, so a build fails on its first run with every problem.
// In `npm run dev` the loaders watch the content folder and the templates and store the kit
// again after each change; a change that brings errors logs them and keeps the last good kit.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { countBySeverity, formatProblem } from '../domain/problem.ts';
import { readinessGap } from '../domain/readiness.ts';
import { type BodyLinks, renderBodyHtml } from './body-html.ts';
import type { Kit, LoadedBody, LoadKitOptions } from './load-kit.ts';
import { forgetSharedKits, sharedKit } from './shared-kit.ts';
import { defaultTemplatesDir } from './templates.ts';

/** Where a body's links go: the URLs of one offer's files and of the kit's pages, under Astro's `base`. */
export type BodyLinksFor = (slug: string, base: string) => BodyLinks;

/** What a loader stores for one entry: its data, its file, and its body when it has one. */
interface KitEntry {
	id: string;
	data: Record<string, unknown>;
	/** Absolute path of the file the entry comes from. */
	path: string;
	/** The offer the entry belongs to: its body links to that offer's files. */
	slug: string;
	body?: LoadedBody;
}

/** The offers, translations, contacts and taxonomy collections' loaders, sharing one read of the kit. */
export function kitLoaders(contentDir: string, options: LoadKitOptions, linksFor: BodyLinksFor) {
	const source = new KitSource(contentDir, options, linksFor);
	return {
		/** `offers/<slug>/index.mdx`, with the slug as id. */
		offers: source.loader(
			'sales-kit-offers',
			(kit) => kit.offers.map((offer) => ({ id: offer.slug, data: offer.data, path: offer.path, slug: offer.slug, body: offer.body })),
			{ failing: true },
		),
		/** `offers/<slug>/index.<lang>.mdx`, with `<slug>/<lang>` as id. */
		translations: source.loader('sales-kit-translations', (kit) =>
			kit.offers.flatMap((offer) =>
				offer.translations.map((translation) => ({
					id: `${offer.slug}/${translation.lang}`,
					data: translation.data,
					path: translation.path,
					slug: offer.slug,
					body: translation.body,
				})),
			),
		),
		/** Each offer's `contacts.csv`, as one entry per offer whose id is the slug. */
		contacts: source.loader('sales-kit-contacts', (kit) =>
			kit.offers.map((offer) => ({
				id: offer.slug,
				data: { contacts: offer.contacts.map((row) => row.contact) },
				path: join(offer.dir, 'contacts.csv'),
				slug: offer.slug,
			})),
		),
		/** The kit's vocabulary (`taxonomy.yaml`, or the default) as one entry, `taxonomy`: the pages name its terms. */
		taxonomy: source.loader('sales-kit-taxonomy', (kit) => [
			{ id: 'taxonomy', data: { ...kit.taxonomy }, path: join(contentDir, 'taxonomy.yaml'), slug: '' },
		]),
	};
}

/** One content folder, read once for all three loaders, and again after each change in dev. */
class KitSource {
	private kit: Promise<Kit> | undefined;
	/** Each loader's way to store a new kit (by loader name), called after a change in dev. */
	private readonly stores = new Map<string, (kit: Kit) => void>();
	private watching = false;
	private reloadTimer: NodeJS.Timeout | undefined;
	private readonly contentDir: string;
	private readonly options: LoadKitOptions;
	private readonly linksFor: BodyLinksFor;

	constructor(contentDir: string, options: LoadKitOptions, linksFor: BodyLinksFor) {
		this.contentDir = contentDir;
		this.options = options;
		this.linksFor = linksFor;
	}

	/**
	 * A loader of the entries `entriesOf` picks from the kit. Only the `failing` one fails the build
	 * on a kit with errors; the others store nothing and return, so that the build stops with one
	 * error, not one per collection (with stack traces for the later ones).
	 */
	loader(name: string, entriesOf: (kit: Kit) => KitEntry[], { failing = false } = {}): Loader {
		return {
			name,
			load: async (context) => {
				const store = (kit: Kit) => this.store(context, entriesOf(kit));
				// In dev, a kit that has errors now is stored once a change fixes them.
				if (context.watcher) {
					this.stores.set(name, store);
					this.watch(context);
				}
				const kit = await this.checked(context.logger).catch((error: unknown) => {
					if (failing) throw error;
					return undefined;
				});
				if (kit) store(kit);
			},
		};
	}

	/** The kit, read once; rejects with every error listed in the log when it has errors. */
	private checked(logger: AstroIntegrationLogger): Promise<Kit> {
		this.kit ??= sharedKit(this.contentDir, this.options).then((kit) => {
			// Under the kit's name, whichever of the loaders (running side by side) reads it first.
			if (!reportProblems(kit, logger.fork(KIT_LOG_LABEL))) {
				const errors = countBySeverity(kit.problems).error;
				const error = new AstroError(
					`The content has ${errors} error${errors === 1 ? '' : 's'}, listed above with file, line and field.`,
					'Fix each problem where it is shown, then build again. `npm run validate` lists the same problems without building.',
				);
				// A problem of the content, not of the code: Astro prints no stack trace for an error without one.
				error.stack = '';
				throw error;
			}
			return kit;
		});
		return this.kit;
	}

	/** Stores the entries, rendering only the bodies that changed since the store last saw them. */
	private store({ store, config, generateDigest, meta }: LoaderContext, entries: readonly KitEntry[]) {
		// Astro's store outlives the build: entries read from another content folder (an earlier
		// SALES_KIT_CONTENT) or stored by the project in another folder are not this kit's.
		const origin = `${fileURLToPath(config.root)} ${this.contentDir}`;
		if (meta.get('content-source') !== origin) {
			store.clear();
			meta.set('content-source', origin);
		}
		const root = fileURLToPath(config.root);
		const kept = new Set<string>();
		for (const entry of entries) {
			kept.add(entry.id);
			const digest = generateDigest(JSON.stringify([entry.data, entry.body, config.base, RENDERER_FINGERPRINT]));
			if (store.get(entry.id)?.digest === digest) continue;
			const { body } = entry;
			const rendered = body && renderBodyHtml(body.text, this.linksFor(entry.slug, config.base));
			store.set({
				id: entry.id,
				data: entry.data,
				// Astro wants paths relative to the project root.
				filePath: relative(root, entry.path).split(sep).join('/'),
				digest,
				...(body && rendered ? { rendered: { html: rendered.html, metadata: { headings: rendered.headings, files: body.files } } } : {}),
			});
		}
		for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
	}

	/** In dev: reads the kit again after any change to the content folder or the templates. */
	private watch({ watcher, logger }: LoaderContext) {
		if (this.watching || !watcher) return;
		this.watching = true;
		const folders = [this.contentDir, this.options.templatesDir ?? defaultTemplatesDir()];
		watcher.add(folders);
		const inside = (path: string) => folders.some((folder) => path === folder || path.startsWith(folder + sep));
		watcher.on('all', (_event, path) => {
			if (!inside(path)) return;
			// Editors write a file in several steps: read once they are done.
			clearTimeout(this.reloadTimer);
			this.reloadTimer = setTimeout(() => this.reload(logger), 100);
		});
	}

	private async reload(logger: AstroIntegrationLogger) {
		forgetSharedKits();
		const kit = await sharedKit(this.contentDir, this.options).catch((error: unknown) => {
			logger.error(error instanceof Error ? error.message : String(error));
			return undefined;
		});
		if (!kit) return;
		if (!reportProblems(kit, logger)) {
			logger.error('The site keeps showing the content as it was before this change: fix the problems above.');
			return;
		}
		this.kit = Promise.resolve(kit);
		for (const store of this.stores.values()) store(kit);
		logger.info(`Content reloaded: ${kit.offers.length} offers`);
	}
}

/** Logs the kit's errors (or counts its warnings); false when it has errors. */
function reportProblems(kit: Kit, logger: AstroIntegrationLogger): boolean {
	const counts = countBySeverity(kit.problems);
	if (counts.error > 0) {
		// The problems go to the log, not into the error: Astro replaces the hint of any error
		// whose text mentions "document" with advice about browser APIs.
		logger.error(
			kit.problems
				.filter((problem) => problem.severity === 'error')
				.map(formatProblem)
				.join('\n'),
		);
		return false;
	}
	// Readiness gaps are where an offer stands, shown on the readiness page, not faults of the
	// build: one line counts them. Other warnings (a large document, starter text) are listed.
	const gaps = kit.problems.filter((problem) => problem.severity === 'warning' && readinessGap(problem.message));
	const warnings = kit.problems.filter((problem) => problem.severity === 'warning' && !readinessGap(problem.message));
	if (warnings.length > 0) {
		logger.warn(
			[
				`${warnings.length} warning${warnings.length === 1 ? '' : 's'} in the content (\`npm run validate\` lists the same):`,
				...warnings.map(formatProblem),
			].join('\n'),
		);
	}
	if (gaps.length > 0) {
		const offers = [...new Set(gaps.map((gap) => gap.file.split('/').at(-2) ?? gap.file))];
		const named =
			offers.slice(0, GAP_OFFERS_NAMED).join(', ') +
			(offers.length > GAP_OFFERS_NAMED ? ` and ${offers.length - GAP_OFFERS_NAMED} more` : '');
		logger.info(
			`Co-sell readiness: ${gaps.length} gap${gaps.length === 1 ? '' : 's'} in ${offers.length} offer${offers.length === 1 ? '' : 's'} (${named}), shown on the readiness page; \`npm run validate\` lists them`,
		);
	}
	return true;
}

/** The label of the content's problems in the log. */
const KIT_LOG_LABEL = 'sales-kit';

/** Offers the readiness line names; `npm run validate` lists them all. */
const GAP_OFFERS_NAMED = 5;

/**
 * A fingerprint of the code that turns a body into HTML and decides what an entry stores (this
 * module): entries stored by other code are rendered and stored again.
 */
const RENDERER_FINGERPRINT = (() => {
	const hash = createHash('sha256');
	for (const file of ['./astro-loaders.ts', './body-html.ts', '../domain/body-rules.ts', '../domain/mdx-body.ts']) {
		hash.update(readFileSync(new URL(file, import.meta.url)));
	}
	return hash.digest('hex').slice(0, 16);
})();
