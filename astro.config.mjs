// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [mdx()],
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
});
