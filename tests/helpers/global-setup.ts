// Builds the example kit once for every end-to-end test file (a build takes seconds).
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		exampleSite: { status: number | null; output: string; outDir: string };
	}
}

export default function setup(project: TestProject) {
	const site = buildSite();
	project.provide('exampleSite', site);
	return () => rmSync(site.outDir, { recursive: true, force: true });
}
