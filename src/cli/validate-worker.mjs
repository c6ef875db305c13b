// How validate starts its worker threads (validate.mjs, validate-check.ts), in JavaScript so that
// validate.mjs loads no TypeScript: each thread turns Node's compile cache on before it imports
// its first module, so that no TypeScript is stripped before the cache is on, and its young
// generation is capped (see validate.mjs).
import { Worker } from 'node:worker_threads';

/**
 * A worker thread running the module `file` (a URL relative to this folder).
 * @param {string} file
 * @param {import('node:worker_threads').WorkerOptions} [options]
 */
export function startValidateWorker(file, options = {}) {
	const entry = new URL(file, import.meta.url).href;
	return new Worker(`require('node:module').enableCompileCache(); import(${JSON.stringify(entry)});`, {
		eval: true,
		resourceLimits: { maxYoungGenerationSizeMb: 48 },
		...options,
	});
}
