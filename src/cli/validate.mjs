// `npm run validate [-- --json] [-- --strict]`: the command itself is in validate-command.ts.
// This entry is JavaScript, not TypeScript: Node loads its TypeScript stripper (slow to start)
// for the first .ts file a thread runs without a compile cache, and this thread has none yet.
// It runs the command in a worker thread, which a large kit pays back many times over:
// - Node's compile cache is on before the command's modules load: later runs take the parsed and
//   type-stripped modules from the cache (in the system temp folder);
// - the worker's young generation is capped. The command makes a lot of short-lived objects, and
//   V8 would grow it to its largest size, whose fresh pages cost more to fault in (on small
//   virtual machines especially) than the extra scavenges do.
// The worker starts from a line of JavaScript that turns the cache on before it imports the
// command, so that no TypeScript has to be stripped before the cache is on.
// A second worker, the helper, starts at the same time: it reads the project's settings for the
// command, then runs the one-pager fit check of each offer the command reads (validate-check.ts).
import { enableCompileCache } from 'node:module';
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { startValidateWorker as start } from './validate-worker.mjs';

enableCompileCache();
// On one core the helper would only take turns with the command.
const { port1: commandEnd, port2: helperEnd } = availableParallelism() > 1 ? new MessageChannel() : {};
const helper = helperEnd && start('./validate-helper.ts', { workerData: { port: helperEnd }, transferList: [helperEnd] });
const worker = start('./validate-command.ts', {
	argv: process.argv.slice(2),
	...(commandEnd ? { workerData: { helper: commandEnd }, transferList: [commandEnd] } : {}),
});
let failed = false;
const fail = (error) => {
	failed = true;
	process.stderr.write(`validate: ${error.stack ?? error.message}\n`);
};
worker.on('error', fail);
// The command's exit status (process.exitCode) is the worker's.
worker.on('exit', (code) => {
	process.exitCode = failed ? 2 : code;
	helper?.terminate();
});
helper?.on('error', (error) => {
	fail(error);
	worker.terminate();
});
