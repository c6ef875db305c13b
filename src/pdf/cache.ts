// One-pagers kept between builds. A one-pager is a pure function of its job (the offer's text,
// contacts and last-change date, the template, the page size) and of the engine (this folder's
// code, pdf-lib, fontkit, the fonts, the country names and ICU's date formats): the same inputs
// give the same bytes (tested). So a rebuild copies the PDF of an unchanged offer from the cache
// instead of laying it out and subsetting fonts again. The key hashes the job and the engine, so any change to either misses.
//
// The cache lives in Astro's cache folder (`node_modules/.astro/` unless configured), keeps the
// one-pagers of the latest build only, and is written atomically: a build stopped halfway
// leaves no half-written entry.

import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { findPackageJSON } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countryNameTable } from '../domain/country-names.ts';
import { LANGUAGE_TAGS } from '../domain/vocabulary.ts';
import type { OnePagerJob } from './one-pager.ts';

export interface CachedResult {
	bytes: number;
	/** How many texts the layout shortened (the build warns about them). */
	cuts: number;
}

/** The packages whose versions change the PDF bytes. */
const ENGINE_PACKAGES = ['pdf-lib', 'fontkit', '@expo-google-fonts/inter', '@expo-google-fonts/noto-sans-sc'];

/** A fingerprint of everything but the job that decides a one-pager's bytes. */
export async function engineFingerprint(): Promise<string> {
	const hash = createHash('sha256');
	const engineDir = fileURLToPath(new URL('.', import.meta.url));
	for (const file of (await readdir(engineDir)).filter((name) => name.endsWith('.ts')).sort()) {
		hash.update(file).update(await readFile(join(engineDir, file)));
	}
	for (const name of ENGINE_PACKAGES) {
		const manifestPath = findPackageJSON(name, import.meta.url);
		if (!manifestPath) throw new Error(`one-pager cache: package ${name} not found`);
		const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version: string };
		hash.update(`${name}@${manifest.version}`);
	}
	// Printed, yet not in the job: country names (ICU's, the co-sell table's as fallback), the
	// language tag and dates formatted by ICU. Data from outside this folder as data, so that a
	// change to the code that makes it shows too.
	hash.update(JSON.stringify({ countryNames: countryNameTable(), languageTags: LANGUAGE_TAGS }));
	hash.update(`icu@${process.versions.icu} cldr@${process.versions.cldr}`);
	return hash.digest('hex');
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

	static async open(dir: string): Promise<OnePagerCache> {
		await mkdir(dir, { recursive: true });
		return new OnePagerCache(dir, await engineFingerprint());
	}

	key(job: OnePagerJob): string {
		return createHash('sha256').update(this.engine).update(JSON.stringify(job)).digest('hex');
	}

	/** Copies the cached one-pager to `path`; undefined when there is none. */
	async restore(key: string, path: string): Promise<CachedResult | undefined> {
		this.used.add(key);
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

	/**
	 * Keeps the one-pager just written at `path` for the next build. Best effort: a cache that
	 * cannot be written (a full disk, another build pruning) only makes the next build slower.
	 */
	async store(key: string, path: string, result: CachedResult): Promise<void> {
		this.used.add(key);
		try {
			await this.replace(this.file(key, 'pdf'), (temporary) => copyFile(path, temporary));
			// The result last: an entry counts only once both of its files are whole.
			await this.replace(this.file(key, 'json'), (temporary) => writeFile(temporary, JSON.stringify(result)));
		} catch {
			// Left for the next build to render again.
		}
	}

	/** Removes the entries this build did not use (offers changed or gone, an older engine). */
	async prune(): Promise<void> {
		for (const name of await readdir(this.dir).catch(() => [])) {
			// Another build's files being written are not ours to remove.
			if (name.endsWith('.tmp') || this.used.has(name.split('.')[0] ?? '')) continue;
			await rm(join(this.dir, name), { force: true });
		}
	}

	private async replace(file: string, write: (temporary: string) => Promise<void>): Promise<void> {
		const temporary = `${file}.${process.pid}.tmp`;
		await write(temporary);
		await rename(temporary, file);
	}

	private file(key: string, extension: 'pdf' | 'json'): string {
		return join(this.dir, `${key}.${extension}`);
	}
}
