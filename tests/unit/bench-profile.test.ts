import { describe, expect, it } from 'vitest';
import { owner, shares } from '../../bench/profile-shares.ts';

describe('the profile shares of a build', () => {
	it('names the owner of a function by its script', () => {
		expect(owner('file:///p/node_modules/astro/dist/core/build/generate.js', 'renderPath')).toBe('Astro (rendering, routing, data store)');
		expect(owner('file:///p/.astro/.prerender/chunks/jsx-runtime.mjs', 'renderPage')).toBe('Astro (rendering, routing, data store)');
		expect(owner('file:///p/node_modules/@rolldown/binding/index.js', 'x')).toBe('Vite and Rolldown');
		expect(owner('file:///p/node_modules/yaml/dist/parse/lexer.js', 'lex')).toBe('package yaml');
		expect(owner('file:///p/src/loading/load-kit.ts', 'loadKit')).toBe('kit: src/loading/');
		expect(owner('', '(garbage collector)')).toBe('garbage collector');
		expect(owner('node:internal/fs/promises', 'mkdir')).toBe('Node (files, streams, modules)');
	});

	it("gives Node's own functions to whoever called them, and sums the owners under 1%", () => {
		const frame = (functionName: string, url: string) => ({ functionName, url });
		const profile = {
			nodes: [
				{ id: 1, callFrame: frame('(root)', ''), children: [2, 4, 5, 6] },
				{ id: 2, callFrame: frame('generatePath', 'file:///p/node_modules/astro/dist/core/build/generate.js'), children: [3] },
				{ id: 3, callFrame: frame('mkdir', 'node:internal/fs/promises') },
				{ id: 4, callFrame: frame('(idle)', '') },
				{ id: 5, callFrame: frame('loadKit', 'file:///p/src/loading/load-kit.ts') },
				{ id: 6, callFrame: frame('readFile', 'node:fs') },
			],
			samples: [3, 3, 2, 4, 5, 6],
			timeDeltas: [40_000, 40_000, 20_000, 30_000, 9_000, 500],
		};
		expect(shares(profile)).toEqual([
			{ owner: 'Astro (rendering, routing, data store)', ms: 100 },
			{ owner: 'idle', ms: 30 },
			{ owner: 'kit: src/loading/', ms: 9 },
			{ owner: 'the rest', ms: 0.5 },
		]);
	});
});
