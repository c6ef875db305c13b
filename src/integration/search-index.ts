// Full-text search: Pagefind indexes each page while Astro renders the next ones, instead of reading
// the whole site after the build. Astro's own prerenderer renders every page; the wrapper below
// (Astro's `setPrerenderer`) hands a copy of each page that has searchable content to Pagefind on a
// worker thread (search-index-worker.ts), and returns the page to Astro as it rendered it. Only
// the main content of offer pages and the titles of the country and global contacts pages are
// indexed (`data-pagefind-body`); a failure fails the build.
//
// The parts fenced from the search (src/site/search-skip.ts, marked `data-pagefind-ignore="all"`
// anyway) are cut out of Pagefind's copy, so that it does not parse the directory's contacts only
// to ignore them.
import { Worker } from 'node:worker_threads';
import type { AstroPrerenderer } from 'astro';
import { withoutFenced } from '../site/search-skip.ts';

/** A page as Pagefind reads it: its URL from the site's root, and its HTML. */
interface SearchablePage {
	url: string;
	html: Uint8Array<ArrayBuffer>;
}

export type SearchIndexRequest = { type: 'pages'; pages: SearchablePage[] } | { type: 'write'; outputPath: string };
export interface SearchIndexReply {
	errors: string[];
}

const WORKER_FILE = new URL('./search-index-worker.ts', import.meta.url);
/** Pages without this attribute are left out of the index (Pagefind ignores them once any page has it). */
const SEARCHABLE = Buffer.from('data-pagefind-body');
const PAGES_PER_MESSAGE = 16;

export class SearchIndex {
	readonly #worker = new Worker(WORKER_FILE);
	readonly #base: string;
	#pages = 0;
	/** How many pages Astro has started to render: each page's place in the index. */
	#started = 0;
	/** Pages rendered ahead of one still rendering, by place (undefined: nothing to index). */
	readonly #waiting = new Map<number, SearchablePage | undefined>();
	#nextPlace = 0;
	/** Pages not yet sent: one message for several pages costs the main thread a fraction of one each. */
	#batch: SearchablePage[] = [];
	#failure: Error | undefined;

	/** `base`: Astro's base path, left out of the pages' URLs as Pagefind's own directory walk does. */
	constructor(base: string) {
		this.#base = base.endsWith('/') ? base : `${base}/`;
		this.#worker.on('error', (error) => {
			this.#failure = error;
		});
		// A build that fails before the index is written must not wait for the thread to exit.
		this.#worker.unref();
	}

	/** Astro's prerenderer, with every rendered page also handed to the index. */
	wrap(astro: AstroPrerenderer): AstroPrerenderer {
		const wrapped: AstroPrerenderer = {
			name: `${astro.name}+search-index`,
			getStaticPaths: () => astro.getStaticPaths(),
			render: async (request, options) => {
				// Astro renders several pages at a time, and they finish in any order; Pagefind numbers
				// pages in the order it receives them. Handing them over in the order Astro started them
				// keeps the index the same from one build to the next.
				const place = this.#started++;
				let searchable: SearchablePage | undefined;
				try {
					const rendered = await astro.render(request, options);
					const response = rendered instanceof Response ? rendered : rendered.response;
					if (options.routeData.type !== 'page' || response.status !== 200 || !response.body) return rendered;
					const html = Buffer.from(await response.arrayBuffer());
					searchable = this.#searchable(new URL(request.url).pathname, html);
					const page = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
					return rendered instanceof Response ? page : { ...rendered, response: page };
				} finally {
					this.#handOver(place, searchable);
				}
			},
		};
		if (astro.setup) wrapped.setup = astro.setup.bind(astro);
		if (astro.collectStaticImages) wrapped.collectStaticImages = astro.collectStaticImages.bind(astro);
		if (astro.teardown) wrapped.teardown = astro.teardown.bind(astro);
		return wrapped;
	}

	/** What Pagefind reads of a page: undefined when it has no searchable content. */
	#searchable(pathname: string, html: Buffer): SearchablePage | undefined {
		if (html.indexOf(SEARCHABLE) < 0) return undefined;
		// Bytes of its own (the page's may share a buffer): posting a view copies its whole buffer.
		return { url: `/${pathname.slice(this.#base.length)}`, html: new Uint8Array(withoutFenced(html) ?? html) };
	}

	/** Sends the page at `place`, and those after it that were waiting for it, to the thread. */
	#handOver(place: number, page: SearchablePage | undefined): void {
		this.#waiting.set(place, page);
		while (this.#waiting.has(this.#nextPlace)) {
			const next = this.#waiting.get(this.#nextPlace);
			this.#waiting.delete(this.#nextPlace);
			this.#nextPlace += 1;
			if (!next) continue;
			this.#batch.push(next);
			this.#pages += 1;
			if (this.#batch.length >= PAGES_PER_MESSAGE) this.#send();
		}
	}

	#send(): void {
		if (this.#batch.length === 0) return;
		this.#worker.postMessage({ type: 'pages', pages: this.#batch } satisfies SearchIndexRequest);
		this.#batch = [];
	}

	/** Writes the index into `outputPath` once Pagefind has read every page; returns how many it holds. */
	async write(outputPath: string): Promise<number> {
		if (this.#failure) throw this.#failure;
		this.#send();
		this.#worker.ref();
		try {
			const reply = await new Promise<SearchIndexReply>((resolve, reject) => {
				this.#worker.once('message', resolve);
				this.#worker.once('error', reject);
				this.#worker.once('exit', (code) => reject(new Error(`the search index's thread stopped (exit code ${code})`)));
				this.#worker.postMessage({ type: 'write', outputPath } satisfies SearchIndexRequest);
			});
			if (reply.errors.length > 0) throw new Error(`Pagefind could not index the site: ${reply.errors.join('; ')}`);
			return this.#pages;
		} finally {
			await this.#worker.terminate();
		}
	}

	/** Stops the thread without writing (a build that failed). */
	async close(): Promise<void> {
		await this.#worker.terminate();
	}
}
