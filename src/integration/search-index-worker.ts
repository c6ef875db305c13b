// The search index's thread, one per language: Pagefind, through its Node API, receives each page
// as Astro renders it (search-index.ts) and writes the index once every page is in. Encoding the
// pages for Pagefind's process happens here, so the main thread only copies each page once. Each
// thread loads the pagefind module of its own, and so has a Pagefind process of its own.
import { parentPort } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';
import type { SearchIndexReply, SearchIndexRequest } from './search-index.ts';

const port = parentPort;
if (!port) throw new Error('search-index-worker.ts runs as a worker thread of the build');

const { index, errors: startErrors } = await createIndex({});
const decoder = new TextDecoder();
/** Each page handed to Pagefind: settles with its errors, once Pagefind has read it. */
const added: Promise<string[]>[] = [];

port.on('message', async (request: SearchIndexRequest) => {
	if (request.type === 'pages') {
		if (!index) return;
		for (const { url, html } of request.pages) {
			added.push(index.addHTMLFile({ url, content: decoder.decode(html) }).then(({ errors }) => errors.map((error) => `${url}: ${error}`)));
		}
		return;
	}
	port.postMessage((await writeIndex(request.outputPath)) satisfies SearchIndexReply);
});

async function writeIndex(outputPath: string): Promise<SearchIndexReply> {
	if (!index) return { errors: [`Pagefind could not start: ${startErrors.join('; ')}`] };
	try {
		const pageErrors = (await Promise.all(added)).flat();
		if (pageErrors.length > 0) return { errors: pageErrors };
		const written = await index.writeFiles({ outputPath });
		return { errors: written.errors };
	} finally {
		// Ends Pagefind's process, so that the next language's index is written without this one's memory.
		await index.deleteIndex();
		await close();
	}
}
