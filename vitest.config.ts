import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				// Commands, builds and a browser against real folders: slower, one file at a time.
				test: {
					name: 'e2e',
					include: ['tests/cli/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					// Builds the example site once for all of them.
					globalSetup: ['tests/helpers/global-setup.ts'],
					testTimeout: 180_000,
					hookTimeout: 180_000,
					fileParallelism: false,
				},
			},
		],
	},
});
