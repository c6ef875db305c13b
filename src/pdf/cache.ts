// One-pagers kept between builds. A one-pager is a pure function of its job (the offer's text,
// contacts and last-change date, the template with its labels, the page size) and of the engine
// (this folder's code and the domain modules it imports, pdf-lib, fontkit and the packages they
// depend on, the fonts, the country names, ICU's date formats, Node's zlib): the same inputs
// give the same bytes (tested). So a rebuild copies the PDF of an unchanged offer from the cache
// instead of laying it out and subsetting fonts again. The key hashes the job and the engine, so any change to either misses.
//
// The cache lives in Astro's cache folder (`node_modules/.astro/` unless configured), keeps the
// one-pagers of the latest build only, and is written atomically: a build stopped halfway
// leaves no half-written entry.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { findPackageJSON } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { countryNameTable } from '../domain/country-names.ts';
import { LANGUAGE_TAGS } from '../domain/vocabulary.ts';
import type { OnePagerJob } from './one-pager.ts';

export interface CachedResult {
	bytes: number;
	/** How many texts the layout shortened (the build warns about them). */
	cuts: number;
}

/** The packages whose versions change the PDF bytes (with the packages they depend on). */
const ENGINE_PACKAGES = ['pdf-lib', 'fontkit', 'qrcode', '@expo-google-fonts/inter', '@expo-google-fonts/noto-sans-sc'];

/** The modules that draw a one-pager from its job: what they import decides its bytes too. */
const DRAWING_MODULES = ['./one-pager.ts', './task.ts', './worker.ts'];

/** The engine's folder, and the project's `src/` above it. */
const ENGINE_DIR = fileURLToPath(new URL('.', import.meta.url));
const SRC_DIR = join(ENGINE_DIR, '..');

/** Reads a source file, named by its path from `src/`. */
type ReadSource = (file: string) => Uint8Array | string;
const readSource: ReadSource = (file) => readFileSync(join(SRC_DIR, file));

/**
 * A fingerprint of everything but the job that decides a one-pager's bytes. `read` reads a
 * source file (tests pass their own). Read synchronously: the build computes it while Vite
 * bundles the pages on the same thread, where each awaited read would wait for Vite's turn.
 */
export function engineFingerprint(read: ReadSource = readSource): string {
	const hash = createHash('sha256');
	for (const file of engineSources()) hash.update(file).update('\0').update(read(file));
	for (const pkg of enginePackageVersions()) hash.update(`${pkg}\n`);
	// Printed, yet not in the job: country names (ICU's, the co-sell table's as fallback), the
	// language tag and dates formatted by ICU. Data from outside this folder as data, so that a
	// change to the code that makes it shows too.
	hash.update(JSON.stringify({ countryNames: countryNameTable(), languageTags: LANGUAGE_TAGS }));
	hash.update(`icu@${process.versions.icu} cldr@${process.versions.cldr}`);
	// The streams of the PDF are compressed by Node's zlib: another version may write other bytes.
	hash.update(`zlib@${process.versions.zlib}`);
	return hash.digest('hex');
}

/**
 * The source files the engine runs, as paths from the project's `src/`: every file of this
 * folder, and every module outside it (`domain/country-names.ts`, ...) that the drawing modules
 * import, however indirectly. Type-only imports add no code and are left out.
 */
export function engineSources(): string[] {
	const files = new Set(
		readdirSync(ENGINE_DIR)
			.filter((name) => name.endsWith('.ts'))
			.map((name) => join(ENGINE_DIR, name)),
	);
	const visited = new Set<string>();
	const queue = DRAWING_MODULES.map((module) => join(ENGINE_DIR, module));
	for (let file = queue.pop(); file; file = queue.pop()) {
		if (visited.has(file)) continue;
		visited.add(file);
		files.add(file);
		for (const imported of valueImports(readFileSync(file, 'utf8'))) queue.push(join(dirname(file), imported));
	}
	return [...files].map((file) => relative(SRC_DIR, file).split(sep).join('/')).sort();
}

/** The relative modules a source file imports for their code: `import { x } from './y.ts'`, not `import type`. */
export function valueImports(source: string): string[] {
	return [...source.matchAll(/^import\s+(?!type\s)[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)'/gm)].map((match) => match[1] as string);
}

/** `name@version` of the engine's packages and of every package they depend on, sorted. */
export function enginePackageVersions(): string[] {
	const seen = new Map<string, string>();
	const visit = (name: string, from: string | URL) => {
		const manifestPath = findPackageJSON(name, from);
		if (!manifestPath) throw new Error(`one-pager cache: package ${name} not found`);
		const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string; dependencies?: Record<string, string> };
		const entry = `${name}@${manifest.version}`;
		if (seen.has(`${entry} ${manifestPath}`)) return;
		seen.set(`${entry} ${manifestPath}`, entry);
		for (const dependency of Object.keys(manifest.dependencies ?? {})) {
			try {
				visit(dependency, pathToFileURL(manifestPath));
			} catch {
				// A package that exports no entry cannot be located this way: its declared range stands in.
				seen.set(`${dependency} ${manifestPath}`, `${dependency}@${manifest.dependencies?.[dependency]}`);
			}
		}
	};
	for (const name of ENGINE_PACKAGES) visit(name, import.meta.url);
	return [...seen.values()].sort();
}

export class OnePagerCache {
	private readonly used = new Set<string>();
	/** The cache's own folder, e.g. `node_modules/.astro/sales-kit/one-pagers`. */
	private readonly dir: string;
	private readonly engine: string;

	constructor(dir: string, engine: string) {
		this.dir = dir;
		this.engine = engine;
	}

	/** How many one-pagers the cache in `dir` holds (those of the latest build); 0 when there is none. */
	static size(dir: string): number {
		try {
			return readdirSync(dir).filter((name) => name.endsWith('.json')).length;
		} catch {
			return 0;
		}
	}

	static async open(dir: string): Promise<OnePagerCache> {
		mkdirSync(dir, { recursive: true });
		return new OnePagerCache(dir, engineFingerprint());
	}

	/** The key of a job: the engine's fingerprint and the job, the bytes of its images (the logo) by their hash. */
	key(job: OnePagerJob): string {
		const bytesByHash = (_key: string, value: unknown) =>
			value instanceof Uint8Array ? `sha256:${createHash('sha256').update(value).digest('hex')}` : value;
		return createHash('sha256').update(this.engine).update(JSON.stringify(job, bytesByHash)).digest('hex');
	}

	/** Copies the cached one-pager to `path`; undefined when there is none. */
	async restore(key: string, path: string): Promise<CachedResult | undefined> {
		this.used.add(key);
		// Most of a first build's one-pagers are not cached: asked without a turn of the event loop each.
		if (!existsSync(this.file(key, 'json'))) return undefined;
		let result: CachedResult;
		try {
			result = JSON.parse(await readFile(this.file(key, 'json'), 'utf8')) as CachedResult;
			await mkdir(join(path, '..'), { recursive: true });
			await copyFile(this.file(key, 'pdf'), path);
		} catch {
			return undefined;
		}
		return result;
	}

	/** The cached one-pager's bytes (for `npm run dev`, which serves it); undefined when there is none. */
	async read(key: string): Promise<Uint8Array | undefined> {
		this.used.add(key);
		try {
			// The result first: it is written last, so an entry without one is not whole.
			await readFile(this.file(key, 'json'));
			return await readFile(this.file(key, 'pdf'));
		} catch {
			return undefined;
		}
	}

	/**
	 * Where the process that makes the one-pager of `key` keeps it (`keepOnePager`, in the build's
	 * workers); it counts as used by this build.
	 */
	place(key: string): CachePlace {
		this.used.add(key);
		return { dir: this.dir, key };
	}

	/** Removes the entries this build did not use (offers changed or gone, an older engine). */
	async prune(): Promise<void> {
		for (const name of await readdir(this.dir).catch(() => [])) {
			// Another build's files being written are not ours to remove.
			if (name.endsWith('.tmp') || this.used.has(name.split('.')[0] ?? '')) continue;
			await rm(join(this.dir, name), { force: true });
		}
	}

	private file(key: string, extension: 'pdf' | 'json'): string {
		return entryFile(this.dir, key, extension);
	}
}

/** A cache entry's folder and key, for the process that writes it. */
export interface CachePlace {
	dir: string;
	key: string;
}

/**
 * Keeps a one-pager for the next build, from the process that made it: a build's worker as it
 * writes the PDF (see `runTask`), or `npm run dev`, which serves it. Written synchronously, the
 * PDF first, the result last: an entry counts only once both of its files are whole. Best effort:
 * a cache that cannot be written (a full disk, another build pruning) only makes the next build
 * slower.
 */
export function keepOnePager({ dir, key }: CachePlace, bytes: Uint8Array, result: CachedResult): void {
	try {
		const pdf = entryFile(dir, key, 'pdf');
		writeFileSync(temporaryFile(pdf), bytes);
		renameSync(temporaryFile(pdf), pdf);
		const json = entryFile(dir, key, 'json');
		writeFileSync(temporaryFile(json), JSON.stringify(result));
		renameSync(temporaryFile(json), json);
	} catch {
		// Left for the next build to render again.
	}
}

function entryFile(dir: string, key: string, extension: 'pdf' | 'json'): string {
	return join(dir, `${key}.${extension}`);
}

/** Where a file of an entry is written before it is renamed into place: named by the process, whose build prunes no `.tmp`. */
function temporaryFile(file: string): string {
	return `${file}.${process.pid}.tmp`;
}
