// Full-text search: Pagefind indexes each page while Astro renders the next ones, instead of reading
// the whole site after the build. Astro's own prerenderer renders every page; the wrapper below
// (Astro's `setPrerenderer`) hands a copy of each page that has searchable content to Pagefind on a
// worker thread (search-index-worker.ts), and returns the page to Astro as it rendered it. Only
// the main content of offer pages and the titles of the country and global contacts pages are
// indexed (`data-pagefind-body`); a failure fails the build.
//
// Each language has an index of its own, in its own Pagefind process, written beside its pages
// (`/pagefind/`, `/zh-cn/pagefind/`: the search page of a language reads its own). Pagefind's
// writing step holds several times what its pages take while they are added: one language written
// after the other, each process ended once its index is on disk, keeps only one language's writing
// step in memory at a time. A search page only ever searched the index of its own language, so
// search finds the same pages.
//
// The parts fenced from the search (src/site/search-skip.ts, marked `data-pagefind-ignore="all"`
// anyway) are cut out of Pagefind's copy, so that it does not parse the directory's contacts only
// to ignore them.

import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroPrerenderer } from 'astro';
import { withTrailingSlash } from '../domain/trailing-slash.ts';
import { LOCALES, type Locale } from '../domain/vocabulary.ts';
import { localePrefix, otherLocale, paths } from '../site/routing.ts';
import { withoutFenced } from '../site/search-skip.ts';

/** A page as Pagefind reads it: its URL from the site's root, and its HTML. */
interface SearchablePage {
	url: string;
	html: Uint8Array<ArrayBuffer>;
	locale: Locale;
}

export type SearchIndexRequest = { type: 'pages'; pages: Omit<SearchablePage, 'locale'>[] } | { type: 'write'; outputPath: string };
export interface SearchIndexReply {
	errors: string[];
}

const WORKER_FILE = new URL('./search-index-worker.ts', import.meta.url);
/** Pages without this attribute are left out of the index (Pagefind ignores them once any page has it). */
const SEARCHABLE = Buffer.from('data-pagefind-body');
const PAGES_PER_MESSAGE = 16;
/**
 * Up to this much HTML handed to Pagefind, both languages' indexes are written at the same time;
 * more, one after the other. Pagefind's writing step holds several times the pages it writes:
 * a large kit writing both at once would hold both (see "Memory" in docs/benchmark.md).
 */
const PARALLEL_WRITE_BYTES = 48 * 1024 * 1024;

/** One language's index: its thread (and the thread's Pagefind process), and the pages not yet sent to it. */
class LanguageIndex {
	readonly worker = new Worker(WORKER_FILE);
	/** Pages not yet sent: one message for several pages costs the main thread a fraction of one each. */
	batch: Omit<SearchablePage, 'locale'>[] = [];
	failure: Error | undefined;
	#stopped: Promise<number> | undefined;

	constructor() {
		this.worker.on('error', (error) => {
			this.failure = error;
		});
		// A build that fails before the index is written must not wait for the thread to exit.
		this.worker.unref();
	}

	add(page: Omit<SearchablePage, 'locale'>): void {
		this.batch.push(page);
		if (this.batch.length >= PAGES_PER_MESSAGE) this.send();
	}

	send(): void {
		if (this.batch.length === 0) return;
		this.worker.postMessage({ type: 'pages', pages: this.batch } satisfies SearchIndexRequest);
		this.batch = [];
	}

	/** Writes the index into `outputPath` once Pagefind has read every page, then ends the thread and its process. */
	async write(outputPath: string): Promise<void> {
		if (this.failure) throw this.failure;
		this.send();
		this.worker.ref();
		try {
			const reply = await new Promise<SearchIndexReply>((resolve, reject) => {
				this.worker.once('message', resolve);
				this.worker.once('error', reject);
				this.worker.once('exit', (code) => reject(new Error(`the search index's thread stopped (exit code ${code})`)));
				this.worker.postMessage({ type: 'write', outputPath } satisfies SearchIndexRequest);
			});
			if (reply.errors.length > 0) throw new Error(`Pagefind could not index the site: ${reply.errors.join('; ')}`);
		} finally {
			await this.stop();
		}
	}

	/** Ends the thread (and so its Pagefind process), once however often it is asked. */
	stop(): Promise<number> {
		this.#stopped ??= this.worker.terminate();
		return this.#stopped;
	}
}

export class SearchIndex {
	/** Astro's base path, with its trailing slash. */
	readonly #base: string;
	/** The language under a prefix (`/zh-cn/`); the default one is at the root. */
	readonly #prefixed: { locale: Locale; prefix: string };
	readonly #defaultLocale: Locale;
	readonly #languages = new Map<Locale, LanguageIndex>(LOCALES.map((locale) => [locale, new LanguageIndex()]));
	#pages = 0;
	/** The bytes of HTML handed to Pagefind, all languages together. */
	#bytes = 0;
	readonly #parallelWriteBytes: number;
	/** How many pages Astro has started to render: each page's place in the index. */
	#started = 0;
	/** Pages rendered ahead of one still rendering, by place (undefined: nothing to index). */
	readonly #waiting = new Map<number, SearchablePage | undefined>();
	#nextPlace = 0;

	/**
	 * `base`: Astro's base path, left out of the pages' URLs as Pagefind's own directory walk does;
	 * `defaultLocale`: the language at the site's root (the other's pages are under its prefix);
	 * `parallelWriteBytes`: up to how much HTML both indexes are written at once (tests set it).
	 */
	constructor(base: string, defaultLocale: Locale, { parallelWriteBytes = PARALLEL_WRITE_BYTES } = {}) {
		this.#parallelWriteBytes = parallelWriteBytes;
		this.#base = withTrailingSlash(base);
		this.#defaultLocale = defaultLocale;
		const prefixed = otherLocale(defaultLocale);
		this.#prefixed = { locale: prefixed, prefix: `${localePrefix(prefixed, defaultLocale)}/` };
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
		const url = `/${pathname.slice(this.#base.length)}`;
		// Bytes of its own (the page's may share a buffer): posting a view copies its whole buffer.
		const locale = url.startsWith(this.#prefixed.prefix) ? this.#prefixed.locale : this.#defaultLocale;
		return { url, html: new Uint8Array(withoutFenced(html) ?? html), locale };
	}

	/** Sends the page at `place`, and those after it that were waiting for it, to the thread. */
	#handOver(place: number, page: SearchablePage | undefined): void {
		this.#waiting.set(place, page);
		while (this.#waiting.has(this.#nextPlace)) {
			const next = this.#waiting.get(this.#nextPlace);
			this.#waiting.delete(this.#nextPlace);
			this.#nextPlace += 1;
			if (!next) continue;
			const { locale, ...page } = next;
			this.#languages.get(locale)?.add(page);
			this.#pages += 1;
			this.#bytes += page.html.byteLength;
		}
	}

	/**
	 * Writes each language's index beside its pages in `outDir` (`/pagefind/`, `/zh-cn/pagefind/`);
	 * returns how many pages they hold. Both at once when the pages are few enough
	 * (`PARALLEL_WRITE_BYTES`), else one language after the other, English first: Chinese pages
	 * give Pagefind more words to write, and the larger writing step then runs alone.
	 */
	async write(outDir: string): Promise<number> {
		const writeIndex = ([locale, index]: [Locale, LanguageIndex]) =>
			index.write(join(outDir, localePrefix(locale, this.#defaultLocale), paths.searchIndex()));
		try {
			if (this.#bytes <= this.#parallelWriteBytes) await Promise.all([...this.#languages].map(writeIndex));
			else for (const language of this.#languages) await writeIndex(language);
			return this.#pages;
		} finally {
			await this.close();
		}
	}

	/** Stops the threads (after the index is written, or in a build that failed). */
	async close(): Promise<void> {
		await Promise.all([...this.#languages.values()].map((index) => index.stop()));
	}
}
