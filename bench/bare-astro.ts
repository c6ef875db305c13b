// The engine's floor: a minimal Astro project, generated in a folder of its own, that builds the
// same MDX bodies with the same Astro and MDX versions and nothing else: a glob() collection
// without a schema and one page per offer rendering <Content />. It uses the kit's node_modules
// through a symlink, and keeps its content cache to itself.

import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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

export const collections = {
	offers: defineCollection({
		loader: glob({ pattern: 'offers/*/index.mdx', base: ${JSON.stringify(contentDir)}, generateId: ({ entry }) => entry.split('/')[1] ?? entry }),
	}),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
	const offers = await getCollection('offers');
	return offers.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<title>{entry.data.title}</title>
	</head>
	<body>
		<main><Content /></main>
	</body>
</html>
`;

/** Writes the bare project into `projectDir` (which must not exist yet); returns the `astro` entry to run. */
export async function writeBareAstroProject(projectDir: string, contentDir: string, nodeModules: string): Promise<string> {
	await mkdir(join(projectDir, 'src/pages/offers'), { recursive: true });
	await writeFile(
		join(projectDir, 'package.json'),
		`${JSON.stringify({ name: 'bare-astro-floor', private: true, type: 'module' }, null, 2)}\n`,
	);
	await writeFile(join(projectDir, 'astro.config.mjs'), CONFIG);
	await writeFile(join(projectDir, 'src/content.config.ts'), contentConfig(contentDir));
	await writeFile(join(projectDir, 'src/pages/offers/[slug].astro'), PAGE);
	await symlink(nodeModules, join(projectDir, 'node_modules'), 'dir');
	return join(projectDir, 'node_modules/astro/bin/astro.mjs');
}
