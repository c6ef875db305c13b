// Astro content loaders for the kit. Before any entry is stored, the whole content folder is
// checked with the same code as `npm run validate`, so a build fails on the first run with
// every problem listed (Astro's own schema check would stop at the first bad entry).

import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { glob, type Loader } from 'astro/loaders';
import { countBySeverity, formatProblem } from '../domain/problem.ts';
import type { Kit, LoadKitOptions } from './load-kit.ts';
import { sharedKit } from './shared-kit.ts';

const kits = new Map<string, Promise<Kit>>();

/** The checked kit, loaded once per process and content folder; throws on errors. */
export function checkedKit(contentDir: string, options: LoadKitOptions, logger?: AstroIntegrationLogger): Promise<Kit> {
	let kit = kits.get(contentDir);
	if (!kit) {
		kit = sharedKit(contentDir, options).then((loaded) => {
			const counts = countBySeverity(loaded.problems);
			if (counts.error > 0) {
				// The problems go to the log, not into the error: Astro replaces the hint of any error
				// whose text mentions "document" with advice about browser APIs.
				logger?.error(
					loaded.problems
						.filter((problem) => problem.severity === 'error')
						.map(formatProblem)
						.join('\n'),
				);
				throw new AstroError(
					`The content has ${counts.error} error${counts.error === 1 ? '' : 's'}, listed above with file, line and field.`,
					'Fix each problem where it is shown, then build again. `npm run validate` lists the same problems without building.',
				);
			}
			if (counts.warning > 0) {
				logger?.warn(`${counts.warning} co-sell readiness warning${counts.warning === 1 ? '' : 's'}: run \`npm run validate\` to see them`);
			}
			return loaded;
		});
		kits.set(contentDir, kit);
	}
	return kit;
}

/** Wraps a loader so that it runs only after the whole kit passed the check. */
function afterCheck(name: string, contentDir: string, options: LoadKitOptions, inner: Loader): Loader {
	return {
		name,
		load: async (context) => {
			await checkedKit(contentDir, options, context.logger);
			// Astro's store outlives the build: entries read from another content folder (an earlier
			// SALES_KIT_CONTENT) would clash with these, same slug and another file, and fail the build;
			// so would entries stored by the project in another folder (it keeps their files' paths
			// relative to the project: a moved project, or another one sharing its node_modules).
			const source = `${fileURLToPath(context.config.root)} ${contentDir}`;
			if (context.meta.get('content-source') !== source) {
				context.store.clear();
				context.meta.set('content-source', source);
			}
			await inner.load(context);
		},
	};
}

/** `offers/<slug>/index.mdx`, with the slug as id. */
export function offersLoader(contentDir: string, options: LoadKitOptions): Loader {
	return afterCheck(
		'sales-kit-offers',
		contentDir,
		options,
		glob({ pattern: 'offers/*/index.mdx', base: contentDir, generateId: ({ entry }) => slugOf(entry) }),
	);
}

/** `offers/<slug>/index.<lang>.mdx`, with `<slug>/<lang>` as id. */
export function translationsLoader(contentDir: string, options: LoadKitOptions): Loader {
	return afterCheck(
		'sales-kit-translations',
		contentDir,
		options,
		glob({
			pattern: 'offers/*/index.*.mdx',
			base: contentDir,
			generateId: ({ entry }) => `${slugOf(entry)}/${/index\.([^.]+)\.mdx$/.exec(entry)?.[1]?.toLowerCase()}`,
		}),
	);
}

/** Each offer's `contacts.csv`, as one entry per offer whose id is the slug. */
export function contactsLoader(contentDir: string, options: LoadKitOptions): Loader {
	return {
		name: 'sales-kit-contacts',
		load: async ({ store, logger, config }) => {
			const kit = await checkedKit(contentDir, options, logger);
			store.clear();
			for (const offer of kit.offers) {
				// Astro wants paths relative to the project root.
				const filePath = relative(fileURLToPath(config.root), join(offer.dir, 'contacts.csv')).split(sep).join('/');
				// The kit check parsed every row with the collection's own ContactSchema: store its result
				// rather than parse the rows again.
				store.set({ id: offer.slug, data: { contacts: offer.contacts.map((row) => row.contact) }, filePath });
			}
		},
	};
}

function slugOf(entry: string): string {
	return entry.split('/')[1] ?? entry;
}
