// @ts-check
import mdx from '@astrojs/mdx';
import salesKit from './src/integration/index.ts';

// A plain object rather than defineConfig(): the commands import this file to read the kit's
// settings, and astro/config alone takes most of a second to load.
/** @type {import('astro').AstroUserConfig} */
export default {
	integrations: [
		// For .mdx pages of the project's own in src/pages. The kit's content is never compiled as
		// MDX: its loaders render offer bodies to HTML (see "Security" in the README).
		mdx(),
		// The kit's branding, in one place: see "Branding" in the README.
		salesKit({
			siteName: 'Partner sales kit',
			siteNameZh: '合作伙伴销售资料库',
			brandColor: '#0f6cbd',
			defaultLocale: 'en',
			pdfPageSize: 'A4',
		}),
	],
	// The build's log: phases, warnings and a summary; every route with `npm run build -- --verbose`
	// (src/integration/build-log.ts, through Astro's Logger API; see "Build log" in the README).
	logger: { entrypoint: './src/integration/build-log.ts' },
	// Fail instead of silently picking one when two offers claim the same URL.
	prerenderConflictBehavior: 'error',
	vite: {
		build: {
			rolldownOptions: {
				onLog(level, log, handler) {
					// Every MDX module triggers this upstream warning (withastro/astro#18087); it is harmless.
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
};
