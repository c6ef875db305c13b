// Privacy by default: no page of the kit is for search engines, and the site's own search holds
// no email address.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parseContactsCsv } from '../../src/domain/contacts-csv.ts';
import { buildSite } from '../helpers/build-site.ts';
import { ROOT } from '../helpers/run.ts';

const outDirs: string[] = [];
afterAll(() => {
	for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

function htmlPages(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

const ROBOTS_META = '<meta name="robots" content="noindex, nofollow">';

/** Every contact of the example kit. */
const EXAMPLE_CONTACTS = readdirSync(join(ROOT, 'content/offers')).flatMap(
	(slug) => parseContactsCsv(readFileSync(join(ROOT, 'content/offers', slug, 'contacts.csv'), 'utf8'), { mode: 'strict' }).contacts,
);

/** Pagefind's files of both languages' indexes, decompressed (fragments hold each page's text; index chunks its words). */
function searchIndexText(outDir: string): Map<string, string> {
	const texts = new Map<string, string>();
	for (const bundle of ['pagefind', 'zh-cn/pagefind']) {
		for (const folder of ['fragment', 'index']) {
			for (const file of readdirSync(join(outDir, bundle, folder))) {
				texts.set(`${folder}/${bundle}/${file}`, gunzipSync(readFileSync(join(outDir, bundle, folder, file))).toString('utf8'));
			}
		}
	}
	return texts;
}

describe('privacy by default', () => {
	const site = inject('exampleSite');

	it('marks every page noindex, nofollow and ships a robots.txt that disallows everything', () => {
		expect(site.status, site.output).toBe(0);
		const pages = htmlPages(site.outDir);
		expect(pages.length).toBeGreaterThan(500);
		const unmarked = pages.filter((page) => !readFileSync(join(site.outDir, page), 'utf8').includes(ROBOTS_META));
		expect(unmarked).toEqual([]);
		expect(readFileSync(join(site.outDir, 'robots.txt'), 'utf8')).toMatch(/^User-agent: \*\nDisallow: \/\n$/m);
	});

	it('ships the Azure Static Web Apps configuration that admits only signed-in users', () => {
		expect(readFileSync(join(site.outDir, 'staticwebapp.config.json'), 'utf8')).toBe(
			readFileSync(join(ROOT, 'public/staticwebapp.config.json'), 'utf8'),
		);
	});

	it('keeps every email address out of the search index, while names still find their offers', () => {
		expect(EXAMPLE_CONTACTS.length).toBeGreaterThan(20);
		const index = searchIndexText(site.outDir);
		const fragments = [...index].filter(([file]) => file.startsWith('fragment/')).map(([, text]) => text);
		expect(fragments.length).toBeGreaterThan(8);
		for (const { contact } of EXAMPLE_CONTACTS) {
			for (const [file, text] of index) expect(text.includes(contact.email), `${contact.email} in ${file}`).toBe(false);
		}
		for (const [file, text] of index) expect(/[\w.+-]+@[\w-]+\.[\w.]+/.exec(text)?.[0], file).toBeUndefined();

		// A person's name is in the index, on the pages of the offers they cover.
		const priya = EXAMPLE_CONTACTS.find(({ contact }) => contact.name === 'Priya Raman');
		expect(priya).toBeDefined();
		const withPriya = fragments.filter((text) => text.includes('Priya Raman')).map((text) => /"url":"([^"]+)"/.exec(text)?.[1]);
		expect(withPriya).toContain('/offers/contoso-retail-insights/');
		expect([...index].some(([file, text]) => file.startsWith('index/') && text.includes('priya'))).toBe(true);
		// The addresses are still on the page, for people.
		expect(readFileSync(join(site.outDir, 'offers/contoso-retail-insights/index.html'), 'utf8')).toContain(
			`href="mailto:${priya?.contact.email}"`,
		);
	});

	it('lets search engines in with salesKit({ indexable: true })', () => {
		const built = buildSite({ args: ['--config', 'tests/fixtures/configs/indexable.config.mjs'] });
		outDirs.push(built.outDir);
		expect(built.status, built.output).toBe(0);
		expect(existsSync(join(built.outDir, 'robots.txt'))).toBe(false);
		const page = readFileSync(join(built.outDir, 'offers/contoso-retail-insights/index.html'), 'utf8');
		expect(page).not.toContain('name="robots"');
	});
});
