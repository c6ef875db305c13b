import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				// Commands and builds run as child processes on real folders: slower, one file at a time.
				test: {
					name: 'e2e',
					include: ['tests/cli/**/*.test.ts', 'tests/build/**/*.test.ts'],
					testTimeout: 180_000,
					fileParallelism: false,
				},
			},
		],
	},
});
