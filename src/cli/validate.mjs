// `npm run validate [-- --json] [-- --strict]`: the command itself is in validate-command.ts.
// This entry is JavaScript, not TypeScript: Node loads its TypeScript stripper (half a second)
// for the first .ts file a thread runs without a compile cache, and this thread has none yet.
// It runs the command in a worker thread, which saves a large kit most of a second:
// - Node's compile cache is on before the command's modules load: parsing and type-stripping
//   them takes half a second, which later runs take from the cache (in the system temp folder);
// - the worker's young generation is capped at 48 MB. The command makes a lot of short-lived
//   objects, and V8 would grow it to 128 MB, whose fresh pages cost more to fault in (on small
//   virtual machines especially) than the extra scavenges do.
// The worker starts from a line of JavaScript that turns the cache on before it imports the
// command, so that no TypeScript has to be stripped before the cache is on.
import { enableCompileCache } from 'node:module';
import { Worker } from 'node:worker_threads';

enableCompileCache();
const command = new URL('./validate-command.ts', import.meta.url).href;
const worker = new Worker(`require('node:module').enableCompileCache(); import(${JSON.stringify(command)});`, {
	eval: true,
	argv: process.argv.slice(2),
	resourceLimits: { maxYoungGenerationSizeMb: 48 },
});
let failed = false;
worker.on('error', (error) => {
	failed = true;
	process.stderr.write(`validate: ${error.stack ?? error.message}\n`);
});
// The command's exit status (process.exitCode) is the worker's.
worker.on('exit', (code) => {
	process.exitCode = failed ? 2 : code;
});
