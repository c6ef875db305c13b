// The engine's floor: a minimal Astro project, generated in a folder of its own, that builds the
// same MDX files the kit compiles (originals and translations) with the same Astro and MDX
// versions and nothing else: two glob() collections without a schema and one page per offer per
// language rendering <Content />, at the kit's addresses (`/offers/<slug>/`, `/zh-cn/offers/<slug>/`).
// An offer's page in its own language renders index.mdx; its page in the other language renders
// index.<lang>.mdx when there is one, else index.mdx again (as the kit shows it). It uses the
// kit's node_modules through a symlink, and keeps its content cache to itself.

import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_LOCALE, LOCALES } from '../src/domain/vocabulary.ts';

const CONFIG = `import mdx from '@astrojs/mdx';

export default {
	integrations: [mdx()],
	// Its own cache: node_modules is the kit's, through a symlink.
	cacheDir: './.astro-cache',
	vite: {
		build: {
			rolldownOptions: {
				// The kit silences this upstream warning (withastro/astro#18087) too.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
};
`;

const contentConfig = (contentDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = ${JSON.stringify(contentDir)};

export const collections = {
	offers: defineCollection({
		loader: glob({ pattern: 'offers/*/index.mdx', base, generateId: ({ entry }) => entry.split('/')[1] ?? entry }),
	}),
	// offers/<slug>/index.<lang>.mdx, as "<slug>/<lang>".
	translations: defineCollection({
		loader: glob({
			pattern: 'offers/*/index.*.mdx',
			base,
			generateId: ({ entry }) => {
				const [, slug = entry, file = ''] = entry.split('/');
				return \`\${slug}/\${file.slice('index.'.length, -'.mdx'.length).toLowerCase()}\`;
			},
		}),
	}),
};
`;

const page = (defaultLocale: string) => `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
	// Inside: getStaticPaths runs apart from the rest of the frontmatter.
	const LOCALES = ${JSON.stringify(LOCALES)};
	// The default language's pages are at the root, the others under /<locale>/.
	const ROOT_LOCALE = ${JSON.stringify(DEFAULT_LOCALE)};
	const offers = await getCollection('offers');
	const translations = new Map((await getCollection('translations')).map((entry) => [entry.id, entry]));
	return offers.flatMap((offer) => {
		const own = String(offer.data.lang ?? ${JSON.stringify(defaultLocale)}).toLowerCase();
		return LOCALES.map((locale) => {
			const entry = locale === own ? offer : (translations.get(\`\${offer.id}/\${locale}\`) ?? offer);
			return { params: { locale: locale === ROOT_LOCALE ? undefined : locale, slug: offer.id }, props: { entry, offer, locale } };
		});
	});
}

const { entry, offer, locale } = Astro.props;
const { Content } = await render(entry);
---
<html lang={locale}>
	<head>
		<meta charset="utf-8" />
		<title>{entry.data.title ?? offer.data.title}</title>
	</head>
	<body>
		<main><Content /></main>
	</body>
</html>
`;

/**
 * Writes the bare project into `projectDir` (which must not exist yet); returns the `astro` entry
 * to run. `defaultLocale` is the language of an index.mdx that does not say `lang`.
 */
export async function writeBareAstroProject(
	projectDir: string,
	contentDir: string,
	nodeModules: string,
	defaultLocale: string = DEFAULT_LOCALE,
): Promise<string> {
	await mkdir(join(projectDir, 'src/pages/[...locale]/offers'), { recursive: true });
	await writeFile(
		join(projectDir, 'package.json'),
		`${JSON.stringify({ name: 'bare-astro-floor', private: true, type: 'module' }, null, 2)}\n`,
	);
	await writeFile(join(projectDir, 'astro.config.mjs'), CONFIG);
	await writeFile(join(projectDir, 'src/content.config.ts'), contentConfig(contentDir));
	await writeFile(join(projectDir, 'src/pages/[...locale]/offers/[slug].astro'), page(defaultLocale));
	await symlink(nodeModules, join(projectDir, 'node_modules'), 'dir');
	return join(projectDir, 'node_modules/astro/bin/astro.mjs');
}
