// The `salesKit()` Astro integration: validates the kit's settings, hands them to the pages as
// `virtual:sales-kit/config`, and runs the build steps that come after the pages.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatPath } from '../domain/problem.ts';
import { problemMessages } from '../domain/zod-problems.ts';
import { BUILD_STEPS } from './build-steps.ts';
import { type SalesKitConfig, SalesKitConfigSchema, type SalesKitUserConfig } from './config.ts';
import { indexWithPagefind } from './pagefind.ts';

const VIRTUAL_CONFIG = 'virtual:sales-kit/config';

/** Validates the options of `salesKit()`; throws an error listing every wrong option. */
export function parseSalesKitConfig(options: unknown): SalesKitConfig {
	const result = SalesKitConfigSchema().safeParse(options ?? {}, { error: problemMessages });
	if (result.success) return result.data;
	const lines = result.error.issues.map((issue) => {
		const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : formatPath(issue.path);
		return `- ${field}: ${issue.code === 'unrecognized_keys' ? 'is not an option of salesKit()' : issue.message}`;
	});
	throw new AstroError(
		`Invalid salesKit() options in astro.config.mjs:\n${lines.join('\n')}`,
		'Fix the options of salesKit() in astro.config.mjs. The options are siteName, siteNameZh, logo, brandColor, defaultLocale and pdfPageSize (see the README).',
	);
}

export default function salesKit(options: SalesKitUserConfig = {}): AstroIntegration & { config: SalesKitConfig } {
	const config = parseSalesKitConfig(options);
	return {
		name: 'sales-kit',
		config,
		hooks: {
			'astro:config:setup': ({ updateConfig, config: astroConfig }) => {
				if (config.logo && !existsSync(new URL(`.${config.logo}`, astroConfig.publicDir))) {
					throw new AstroError(
						`The logo ${config.logo} of salesKit() is not in public/.`,
						`Add the file as public${config.logo}, or change \`logo\` in astro.config.mjs (a path from the site root, e.g. "/logo.svg").`,
					);
				}
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'sales-kit-config',
								resolveId: (id) => (id === VIRTUAL_CONFIG ? `\0${VIRTUAL_CONFIG}` : undefined),
								load: (id) => (id === `\0${VIRTUAL_CONFIG}` ? `export default ${JSON.stringify(config)};` : undefined),
							},
						],
					},
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				// The search index comes last: it reads the pages the other steps may link to.
				for (const step of [...BUILD_STEPS, indexWithPagefind]) await step({ outDir, config, logger });
			},
		},
	};
}
