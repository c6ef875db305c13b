import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { engineFingerprint, enginePackageVersions, engineSources, keepOnePager, OnePagerCache, valueImports } from '../../src/pdf/cache.ts';
import type { OnePagerJob } from '../../src/pdf/one-pager.ts';

// The country names a one-pager prints come from ICU and the domain, outside the engine's folder.
const names = vi.hoisted(() => ({ replaced: undefined as Record<string, Record<string, string>> | undefined }));
vi.mock('../../src/domain/country-names.ts', async (importOriginal) => {
	const actual = await importOriginal<typeof import('../../src/domain/country-names.ts')>();
	return { ...actual, countryNameTable: () => names.replaced ?? actual.countryNameTable() };
});

const folders: string[] = [];
const folder = () => {
	const dir = mkdtempSync(join(tmpdir(), 'one-pager-cache-'));
	folders.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const job = (title: string) =>
	({ content: { title: { text: title } }, template: { name: 'azure' }, pageSize: 'A4' }) as unknown as OnePagerJob;

describe('one-pager cache', () => {
	it('keys a job by its content and the engine', async () => {
		const cache = new OnePagerCache(folder(), 'engine-1');
		expect(cache.key(job('A'))).toBe(cache.key(job('A')));
		expect(cache.key(job('A'))).not.toBe(cache.key(job('B')));
		expect(new OnePagerCache(folder(), 'engine-2').key(job('A'))).not.toBe(cache.key(job('A')));
	});

	it('keys a job by its template as the reader resolved it (domain/one-pager-template.ts fills in its defaults)', () => {
		const cache = new OnePagerCache(folder(), 'engine-1');
		const withTagline = (tagline: string) => {
			const base = job('A');
			return { ...base, template: { ...base.template, labels: { en: { tagline } } } } as unknown as OnePagerJob;
		};
		expect(cache.key(withTagline('Partner solution brief'))).toBe(cache.key(withTagline('Partner solution brief')));
		expect(cache.key(withTagline('Partner solution brief'))).not.toBe(cache.key(withTagline('Solution brief')));
	});

	it("keys a job by its logo's bytes, not only its size", () => {
		const cache = new OnePagerCache(folder(), 'engine-1');
		const withLogo = (bytes: number[]) => {
			const base = job('A');
			const logo = {
				format: 'PNG',
				width: 2,
				height: 1,
				bytes: Uint8Array.from(bytes),
				origin: { file: 'index.mdx', path: ['onePager', 'logo'] },
			};
			return { ...base, content: { ...base.content, logo } } as unknown as OnePagerJob;
		};
		expect(cache.key(withLogo([1, 2, 3]))).toBe(cache.key(withLogo([1, 2, 3])));
		expect(cache.key(withLogo([1, 2, 3]))).not.toBe(cache.key(withLogo([1, 2, 4])));
		expect(cache.key(withLogo([1, 2, 3]))).not.toBe(cache.key(job('A')));
	});

	it('fingerprints the engine the same way twice', () => {
		expect(engineFingerprint()).toMatch(/^[0-9a-f]{64}$/);
		expect(engineFingerprint()).toBe(engineFingerprint());
	});

	it('fingerprints the country names the PDFs print (ICU data changes with Node)', () => {
		const before = engineFingerprint();
		names.replaced = { en: { KR: 'Korea (South)' }, 'zh-cn': { KR: '韩国' } };
		try {
			expect(engineFingerprint()).not.toBe(before);
		} finally {
			names.replaced = undefined;
		}
		expect(engineFingerprint()).toBe(before);
	});

	it('fingerprints the domain modules the drawing code imports, not only its own folder', () => {
		const sources = engineSources();
		expect(sources).toEqual(
			expect.arrayContaining([
				'pdf/layout.ts',
				'domain/countries.ts',
				'domain/country-names.ts',
				'domain/vocabulary.ts',
				// How large the logo prints: a domain rule the layout draws with.
				'domain/logo-size.ts',
			]),
		);
		// The reader turns content into the job: its modules are in the key through the job, not as code.
		expect(sources).not.toContain('loading/load-kit.ts');
		const read = (changed: string) => (file: string) =>
			`${readFileSync(join('src', file), 'utf8')}${file === changed ? '\n// changed' : ''}`;
		const before = engineFingerprint(read(''));
		expect(before).toBe(engineFingerprint());
		// `ALL_COUNTRIES` ("OOO", printed as "All markets") and the co-sell names live in src/domain.
		expect(engineFingerprint(read('domain/countries.ts'))).not.toBe(before);
		expect(engineFingerprint(read('domain/co-sell-tables.ts'))).not.toBe(before);
	});

	it('reads only the imports that bring code', () => {
		const source = [
			"import { a } from './a.ts';",
			"import type { B } from '../b.ts';",
			"import { type C, d } from '../domain/d.ts';",
			"import {\n\te,\n\tf,\n} from './e.ts';",
			"import { readFile } from 'node:fs';",
		].join('\n');
		expect(valueImports(source)).toEqual(['./a.ts', '../domain/d.ts', './e.ts']);
	});

	it("fingerprints the versions of the engine's packages and of the packages they depend on", () => {
		const names = enginePackageVersions().map((entry) => entry.slice(0, entry.lastIndexOf('@')));
		// pdf-lib compresses with pako, fontkit reads fonts with restructure: either can change the bytes with pdf-lib's version unchanged.
		expect(names).toEqual(expect.arrayContaining(['pdf-lib', 'fontkit', 'pako', 'restructure', '@expo-google-fonts/noto-sans-sc']));
	});

	it("fingerprints Node's zlib, which compresses the PDF's streams", () => {
		const before = engineFingerprint();
		const versions = process.versions;
		Object.defineProperty(process, 'versions', { value: { ...versions, zlib: '0.0.0-other' }, configurable: true, writable: true });
		try {
			expect(engineFingerprint()).not.toBe(before);
		} finally {
			Object.defineProperty(process, 'versions', { value: versions, configurable: true, writable: true });
		}
		expect(engineFingerprint()).toBe(before);
	});

	it('misses, then gives back the same bytes and result it was given', async () => {
		const site = folder();
		const cache = await OnePagerCache.open(join(folder(), 'cache'));
		const key = cache.key(job('A'));
		const made = join(site, 'offers/a/one-pager.pdf');
		expect(await cache.restore(key, made)).toBeUndefined();
		expect(existsSync(made)).toBe(false);

		// Kept by the process that made it (a worker), at the place the build gave it.
		keepOnePager(cache.place(key), new TextEncoder().encode('%PDF-1.7 bytes'), { bytes: 14, cuts: 2 });
		expect(await cache.restore(key, made)).toEqual({ bytes: 14, cuts: 2 });
		expect(readFileSync(made, 'utf8')).toBe('%PDF-1.7 bytes');
	});

	it('keeps only what the latest build used', async () => {
		const dir = join(folder(), 'cache');
		const site = folder();
		const first = await OnePagerCache.open(dir);
		for (const title of ['A', 'B'])
			keepOnePager(first.place(first.key(job(title))), new TextEncoder().encode('pdf'), { bytes: 3, cuts: 0 });
		await first.prune();
		expect(readdirSync(dir)).toHaveLength(4);
		// What the build asks before it knows which one-pagers are missing: how many are kept.
		expect(OnePagerCache.size(dir)).toBe(2);
		expect(OnePagerCache.size(join(dir, 'none'))).toBe(0);

		const second = await OnePagerCache.open(dir);
		expect(await second.restore(second.key(job('A')), join(site, 'a.pdf'))).toEqual({ bytes: 3, cuts: 0 });
		await second.prune();
		expect(readdirSync(dir).sort()).toEqual([`${second.key(job('A'))}.json`, `${second.key(job('A'))}.pdf`]);
	});

	it('gives back, as bytes, a one-pager kept from memory (what the dev server serves)', async () => {
		const dir = join(folder(), 'cache');
		const cache = await OnePagerCache.open(dir);
		const key = cache.key(job('A'));
		expect(await cache.read(key)).toBeUndefined();
		keepOnePager(cache.place(key), new TextEncoder().encode('%PDF-1.7 A'), { bytes: 10, cuts: 0 });
		expect(Buffer.from((await cache.read(key)) ?? []).toString()).toBe('%PDF-1.7 A');
		// The build that comes next finds it too.
		const next = await OnePagerCache.open(dir);
		expect(await next.restore(next.key(job('A')), join(folder(), 'a.pdf'))).toEqual({ bytes: 10, cuts: 0 });
	});

	it('treats a cache it cannot write as empty, without failing the build', async () => {
		const site = folder();
		const cache = new OnePagerCache(join(folder(), 'never-made'), 'engine');
		expect(() => keepOnePager(cache.place(cache.key(job('A'))), new Uint8Array(1), { bytes: 1, cuts: 0 })).not.toThrow();
		expect(await cache.restore(cache.key(job('A')), join(site, 'a.pdf'))).toBeUndefined();
		await expect(cache.prune()).resolves.toBeUndefined();
	});
});
