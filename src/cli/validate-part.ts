// A worker thread's part of `npm run validate` on a large kit (see validate-check.ts). It loads its
// modules and the fonts as soon as it starts, then waits for its job on its port: the part of the
// kit to check and the project's settings. Its port closed without a job, it ends.
import { type MessagePort, workerData } from 'node:worker_threads';
import { preloadFonts } from '../pdf/fonts.ts';
import { checkKitPart, type PartJob, type PartReply } from './validate-check.ts';

const { port } = workerData as { port: MessagePort };
// Read while the command reads its arguments; the check awaits them.
preloadFonts();
port.once('message', async ({ contentDir, part, offers, config }: PartJob) => {
	let reply: PartReply;
	try {
		reply = { check: await checkKitPart(contentDir, part, config, offers) };
	} catch (error) {
		reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
	}
	port.postMessage(reply);
	port.close();
});
