// A worker process of the one-pager generator: parses the fonts once, then renders and writes
// the one-pagers it is sent, one at a time (see WorkerPool in generate.ts).

import { errorText } from '../domain/error-text.ts';
import { loadFonts } from './fonts.ts';
import { runTask, type WorkerReply, type WorkerRequest } from './task.ts';

loadFonts();
process.on('message', async (request: WorkerRequest) => {
	let reply: WorkerReply;
	try {
		reply = { index: request.index, ...(await runTask(request)) };
	} catch (error) {
		reply = { index: request.index, error: errorText(error) };
	}
	process.send?.(reply);
});
