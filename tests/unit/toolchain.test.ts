import { expect, it } from 'vitest';

// The scripts must run on the Node 24 of the `node` devDependency: if its install script did
// not run, npm silently falls back to the machine's Node and Astro 7 refuses to start.
it('runs on Node 24 or later', () => {
	const major = Number(process.versions.node.split('.')[0]);
	expect(major).toBeGreaterThanOrEqual(24);
});
