// The built example site as files: every internal link resolves, pages stay light, and the
// build honours a base path.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { pdftotext } from '../helpers/pdf-tools.ts';

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

/** Internal links and assets of every HTML page that do not resolve to a file of the build. */
function brokenLinks(outDir: string, base = '/'): string[] {
	const broken: string[] = [];
	for (const file of walk(outDir).filter((path) => path.endsWith('.html'))) {
		const html = readFileSync(file, 'utf8');
		const page = `/${relative(outDir, file).replace(/index\.html$/, '')}`;
		for (const [, , target = ''] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
			if (/^(https?:|mailto:|#|data:)/.test(target) || target === '') continue;
			const path = decodeURIComponent(new URL(target.replaceAll('&amp;', '&'), `http://kit${base}${page.slice(1)}`).pathname);
			if (!path.startsWith(base)) {
				broken.push(`${page} -> ${target} (outside the base path ${base})`);
				continue;
			}
			const local = join(outDir, path.slice(base.length));
			const exists = (p: string) => statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
			if (!exists(local) && !exists(join(local, 'index.html'))) broken.push(`${page} -> ${target}`);
		}
	}
	return [...new Set(broken)];
}

/** The pages of the search index written at `bundle` (a folder of the built site), as Pagefind stores them. */
function searchFragments(bundle: string): { url: string; content: string }[] {
	return readdirSync(join(bundle, 'fragment')).map((file) =>
		JSON.parse(
			gunzipSync(readFileSync(join(bundle, 'fragment', file)))
				.toString('utf8')
				.replace(/^pagefind_dcd/, ''),
		),
	);
}

/** The languages a search index written at `bundle` holds. */
function searchLanguages(bundle: string): string[] {
	return Object.keys(JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')).languages);
}

const outDirs: string[] = [];
afterAll(() => {
	for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe('the built site', () => {
	const site = () => {
		const built = inject('exampleSite');
		expect(built.status, built.output).toBe(0);
		return built.outDir;
	};

	it('has every route of the contract, in both languages', () => {
		const outDir = site();
		for (const prefix of ['', 'zh-cn/']) {
			for (const path of [
				'index.html',
				'contacts/index.html',
				'contacts/global/index.html',
				'contacts/fr/index.html',
				'contacts/ax/index.html',
				'readiness/index.html',
			]) {
				expect(statSync(join(outDir, prefix, path), { throwIfNoEntry: false })?.isFile(), `${prefix}${path}`).toBe(true);
			}
		}
		// One country page per two-letter code of the co-sell table, and the global page.
		expect(readdirSync(join(outDir, 'contacts'), { withFileTypes: true }).filter((e) => e.isDirectory())).toHaveLength(247);
		expect(readFileSync(join(outDir, 'offers/contoso-retail-insights/contacts.csv'), 'utf8')).toMatch(
			/^\uFEFFName,Email,Job title,Role,Countries\/Regions,States\/Provinces\n/,
		);
	});

	it("writes each language's search index beside its pages, holding what an offer is looked up by", () => {
		const outDir = site();
		for (const [prefix, language] of [
			['', 'en'],
			['zh-cn/', 'zh-cn'],
		] as const) {
			expect(searchLanguages(join(outDir, prefix, 'pagefind'))).toEqual([language]);
			expect(readFileSync(join(outDir, prefix, 'search/index.html'), 'utf8')).toContain(`data-pagefind-ui="/${prefix}pagefind/"`);
			const urls = searchFragments(join(outDir, prefix, 'pagefind')).map((page) => page.url);
			expect(urls).toContain(`/${prefix}offers/contoso-retail-insights/`);
			expect(urls.every((url) => url.startsWith(`/${prefix}`) && (prefix !== '' || !url.startsWith('/zh-cn/')))).toBe(true);
		}
		const offer = searchFragments(join(outDir, 'pagefind')).find((page) => page.url === '/offers/contoso-retail-insights/');
		// Its name, summary, text, publisher, products, documents and people are found...
		for (const text of [
			'Contoso Retail Insights',
			'Contoso Ltd',
			'forecasting',
			'Dynamics 365',
			'Hannah Lindqvist',
			'Customer case study',
		]) {
			expect(offer?.content).toContain(text);
		}
		// ...each "At a glance" value a word apart from the next, so that its first and last words are found...
		const page = readFileSync(join(outDir, 'offers/contoso-retail-insights/index.html'), 'utf8');
		const facts = page.slice(page.indexOf('<dl class="facts"'), page.indexOf('</dl>', page.indexOf('<dl class="facts"')));
		const values = [...facts.matchAll(/<(?:dd|li)>([^<]+)<\/(?:dd|li)>/g)].map((match) => decodeEntities(match[1] as string));
		expect(values.length).toBeGreaterThan(3);
		for (const value of values) {
			expect(offer?.content).toMatch(new RegExp(`(^|\\s)${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([\\s.]|$)`));
		}
		// ...not the labels, file sizes, job titles, countries and checklists every offer page repeats.
		for (const text of ['Solution type', 'PowerPoint', 'Enterprise Account Executive', 'Countries and regions', 'Met:']) {
			expect(offer?.content).not.toContain(text);
		}
	});

	it('starts every contacts download with a UTF-8 byte order mark, for Excel', () => {
		const outDir = site();
		for (const file of ['offers/contoso-retail-insights/contacts.csv', 'contacts/us/contacts.csv', 'contacts/global/contacts.csv']) {
			const bytes = readFileSync(join(outDir, file));
			expect([...bytes.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
			expect(bytes.subarray(3, 8).toString('utf8'), file).toBe('Name,');
		}
	});

	it("dates each offer's last change on its page and its card as its one-pagers' footers do", () => {
		const outDir = site();
		for (const [page, pdf, catalog] of [
			['offers/contoso-retail-insights/index.html', 'offers/contoso-retail-insights/one-pager.pdf', 'index.html'],
			['zh-cn/offers/contoso-retail-insights/index.html', 'zh-cn/offers/contoso-retail-insights/one-pager.pdf', 'zh-cn/index.html'],
		] as const) {
			const html = readFileSync(join(outDir, page), 'utf8');
			const [, datetime = '', text = ''] = /<p class="offer-actions__meta">[^<]*<time datetime="([^"]+)">([^<]+)<\/time>/.exec(html) ?? [];
			expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			const footer = pdftotext(join(outDir, pdf)).replace(/\s+/g, ' ');
			// The footer's own wording: "Last updated <date>" or "更新日期：<date>".
			expect(footer).toContain(page.startsWith('zh-cn') ? `更新日期：${text}` : `Last updated ${text}`);
			const formatted = new Intl.DateTimeFormat(page.startsWith('zh-cn') ? 'zh-CN' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' });
			expect(formatted.format(new Date(`${datetime}T12:00:00Z`))).toBe(text);
			// The catalog card dates the offer the same way.
			const card = readFileSync(join(outDir, catalog), 'utf8')
				.split('<article')
				.find((article) => article.includes('/offers/contoso-retail-insights/"'));
			expect(card).toContain(`<time datetime="${datetime}">${text}</time>`);
			// No editUrl in the example kit: no edit link.
			expect(html).not.toMatch(/\/edit\/|Edit this offer|编辑此产品/);
		}
	});

	it("puts each country's own contacts on its page, one row per person and role, and the global ones on the global page", () => {
		const outDir = site();
		const us = readFileSync(join(outDir, 'contacts/us/index.html'), 'utf8');
		// Hannah Lindqvist covers four US states: one row, her states listed.
		expect(us.match(/<p class="person__name">Hannah Lindqvist<\/p>/g)).toHaveLength(1);
		expect(us).toContain('California (US-CA), Nevada (US-NV), Oregon (US-OR), Washington (US-WA)');
		expect(us).toContain('href="mailto:hannah.lindqvist@contoso.example" data-pagefind-ignore>hannah.lindqvist@contoso.example</a>');
		expect(us.match(/<li class="person">/g)).toHaveLength(9);
		// Global contacts only on the global page, linked from the country page.
		expect(us).not.toContain('Priya Raman');
		expect(us).toMatch(/4 offers also have global contacts, who cover every country\. <a href="\/contacts\/global\/">/);
		const global = readFileSync(join(outDir, 'contacts/global/index.html'), 'utf8');
		expect(global.match(/<p class="person__name">Priya Raman<\/p>/g)).toHaveLength(1);
		expect(global.match(/<li class="person">/g)).toHaveLength(8);
		expect(global).not.toContain('Hannah Lindqvist');
		expect(readFileSync(join(outDir, 'zh-cn/contacts/global/index.html'), 'utf8').match(/<li class="person">/g)).toHaveLength(8);
		// The directory: each country with its own count, the global page once at the top with its count.
		const directory = readFileSync(join(outDir, 'contacts/index.html'), 'utf8');
		expect(directory.match(/href="\/contacts\/global\/"/g)).toHaveLength(1);
		expect(directory).toMatch(/<a href="\/contacts\/global\/">Global contacts<\/a>\s*<span class="count">8 contacts<\/span>/);
		expect(directory).toMatch(/<a href="\/contacts\/us\/">United States<\/a>\s*<span class="count count--local">9 contacts<\/span>/);
		expect(directory).toMatch(/<a href="\/contacts\/jp\/">Japan<\/a>\s*<span class="count">No contacts<\/span>/);
		// The contacts stay out of the search index: only the title and introduction are indexed.
		for (const page of [us, global]) expect(page).toMatch(/<!--search-skip--><div data-pagefind-ignore="all">/);
	});

	it("writes a country's own contacts, and the global ones, as contacts.csv", () => {
		const outDir = site();
		const header = 'Name,Email,Job title,Role,Countries/Regions,States/Provinces,Offer';
		const us = readFileSync(join(outDir, 'contacts/us/contacts.csv'), 'utf8').split('\n');
		expect(us[0]).toBe(`\uFEFF${header}`);
		expect(us.filter((line) => line.startsWith('Hannah Lindqvist,'))).toEqual([
			'Hannah Lindqvist,hannah.lindqvist@contoso.example,"Enterprise Account Executive, US West",Partner sales,US,"US-WA, US-OR, US-CA, US-NV",Contoso Retail Insights',
		]);
		expect(us.slice(1, -1)).toHaveLength(9);
		expect(us.some((line) => line.includes(',OOO,'))).toBe(false);
		const global = readFileSync(join(outDir, 'contacts/global/contacts.csv'), 'utf8').split('\n');
		expect(global[0]).toBe(`\uFEFF${header}`);
		expect(global.slice(1, -1)).toHaveLength(8);
		expect(global.slice(1, -1).every((line) => line.includes(',OOO,'))).toBe(true);
		// A country without contacts of its own has no file, and its page no link to one.
		expect(statSync(join(outDir, 'contacts/jp/contacts.csv'), { throwIfNoEntry: false })).toBeUndefined();
		expect(readFileSync(join(outDir, 'contacts/jp/index.html'), 'utf8')).not.toContain('contacts.csv');
	});

	it('renders every page in full: nothing is filled in after Astro, and the generated one-pager is listed without a size', () => {
		const outDir = site();
		for (const page of walk(outDir).filter((path) => path.endsWith('.html'))) {
			const html = readFileSync(page, 'utf8');
			expect(html, page).not.toContain('data-one-pager-size');
			expect(html, page).not.toContain('<!--late-html-->');
		}
		const offer = readFileSync(join(outDir, 'offers/contoso-retail-insights/index.html'), 'utf8');
		expect(offer).toMatch(/one-pager.pdf"[^>]*>[^<]*<\/a><\/td><td[^>]*>PDF<\/td><td[^>]*><\/td>/);
	});

	it('has no broken internal link', () => {
		expect(brokenLinks(site())).toEqual([]);
	});

	it('keeps offer and country pages without script except the search, and within the size budget', () => {
		const outDir = site();
		const css = walk(outDir)
			.filter((path) => path.endsWith('.css') && !path.includes('/pagefind/'))
			.map((path) => readFileSync(path));
		const cssGzip = gzipSync(Buffer.concat(css)).length;
		for (const page of [
			'offers/contoso-retail-insights/index.html',
			'zh-cn/offers/xingqiao-teams-hybrid-work/index.html',
			'contacts/us/index.html',
			'contacts/global/index.html',
		]) {
			const html = readFileSync(join(outDir, page));
			expect(html.toString()).not.toMatch(/<script/);
			// Offer pages: under 30 KB of HTML and CSS after gzip.
			expect(gzipSync(html).length + cssGzip, page).toBeLessThan(30 * 1024);
		}
		const budget = walk(outDir)
			.filter((path) => /\.(html|css|js)$/.test(path) && !path.includes('/pagefind/'))
			.reduce((sum, path) => sum + statSync(path).size, 0);
		// HTML, CSS and JS of the whole example site (about 500 pages), before compression.
		expect(budget).toBeLessThan(8 * 1024 * 1024);
	});

	it('puts the Content-Security-Policy on every page, and no style attribute it would block', () => {
		const outDir = site();
		const pages = walk(outDir).filter((path) => path.endsWith('.html'));
		const withoutPolicy = pages.filter((path) => !readFileSync(path, 'utf8').includes('<meta http-equiv="content-security-policy"'));
		expect(withoutPolicy.map((path) => relative(outDir, path))).toEqual([]);
		const styled = pages.filter((path) => /<[a-z][^>]*\sstyle=/i.test(readFileSync(path, 'utf8')));
		expect(styled.map((path) => relative(outDir, path))).toEqual([]);
	});

	it("merges a kit's own security.csp with the kit's policy, the kit's own directives winning", () => {
		const built = buildSite({ args: ['--config', 'tests/fixtures/configs/own-csp.config.mjs'] });
		outDirs.push(built.outDir);
		expect(built.status, built.output).toBe(0);
		const html = readFileSync(join(built.outDir, 'offers/contoso-retail-insights/index.html'), 'utf8');
		const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1] ?? '';
		const directives = policy.split(';').map((directive) => directive.trim().replace(/ 'sha256-[^']*'/g, ''));
		expect(directives.filter((directive) => directive.startsWith('img-src'))).toEqual(["img-src 'self' https://images.example.com"]);
		expect(directives).toContain("script-src 'self' https://scripts.example.com");
		expect(directives).toEqual(expect.arrayContaining(["default-src 'self'", "object-src 'none'", "frame-src 'none'"]));
		// The brand colour comes in a stylesheet, not a style attribute.
		const css = walk(join(built.outDir, '_astro')).filter((path) => path.endsWith('.css'));
		expect(css.some((path) => readFileSync(path, 'utf8').includes('--brand:#107c10'))).toBe(true);
	});

	it('serves Chinese at the root and English under /en/ when the default language is Chinese', () => {
		const built = buildSite({ args: ['--config', 'tests/fixtures/configs/chinese-default.config.mjs'] });
		outDirs.push(built.outDir);
		expect(built.status, built.output).toBe(0);
		expect(brokenLinks(built.outDir)).toEqual([]);
		const root = readFileSync(join(built.outDir, 'index.html'), 'utf8');
		expect(root).toContain('<html lang="zh-CN"');
		expect(root).toContain('星桥销售资料库');
		expect(readFileSync(join(built.outDir, 'en/contacts/fr/index.html'), 'utf8')).toContain('<h1>Contacts in France</h1>');
		// Each language's search index is beside its pages.
		expect(searchLanguages(join(built.outDir, 'pagefind'))).toEqual(['zh-cn']);
		expect(searchLanguages(join(built.outDir, 'en/pagefind'))).toEqual(['en']);
		// The one-pagers keep their URLs whatever the default language.
		const offer = readFileSync(join(built.outDir, 'offers/contoso-retail-insights/index.html'), 'utf8');
		expect(offer).toContain('href="/zh-cn/offers/contoso-retail-insights/one-pager.pdf"');
		expect(statSync(join(built.outDir, 'offers/contoso-retail-insights/one-pager.pdf')).isFile()).toBe(true);
		// editUrl: each offer page links to its index.mdx there, in both languages.
		for (const page of ['offers/contoso-retail-insights/index.html', 'en/offers/contoso-retail-insights/index.html']) {
			expect(readFileSync(join(built.outDir, page), 'utf8')).toMatch(
				/<a href="https:\/\/github\.com\/xingqiao\/sales-kit\/edit\/main\/content\/offers\/contoso-retail-insights\/index\.mdx">(编辑此产品|Edit this offer)<\/a>/,
			);
		}
	});

	it('fails on wrong branding options, naming each and how to fix it', () => {
		const built = buildSite({ args: ['--config', 'tests/fixtures/configs/bad-branding.config.mjs'] });
		outDirs.push(built.outDir);
		expect(built.status).not.toBe(0);
		for (const line of [
			'Invalid salesKit() options in astro.config.mjs:',
			'- brandColor: must be a colour written #rrggbb, e.g. "#0f6cbd"',
			'- defaultLocale: must be one of "en", "zh-cn"',
			'- pdfPageSize: must be "A4" or "Letter"',
			'- logo: must be a path in public/ starting with "/", e.g. "/logo.svg" (svg, png, jpg or webp)',
			'- editUrl: must be an https address without ? or #, e.g. "https://github.com/contoso/sales-kit/edit/main/content/"',
			'- colour: is not an option of salesKit()',
		]) {
			expect(built.output).toContain(line);
		}
	});

	it('respects a base path in every link, asset and download', () => {
		const built = buildSite({ args: ['--base', '/kit/'] });
		outDirs.push(built.outDir);
		expect(built.status, built.output).toBe(0);
		expect(brokenLinks(built.outDir, '/kit/')).toEqual([]);
		const offerPage = readFileSync(join(built.outDir, 'offers/contoso-retail-insights/index.html'), 'utf8');
		expect(offerPage).toContain('href="/kit/offers/contoso-retail-insights/documents/contoso-retail-insights-pitch.pptx"');
		expect(offerPage).toContain('href="/kit/zh-cn/offers/contoso-retail-insights/"');
		expect(dirname(join(built.outDir, 'pagefind/pagefind.js'))).toBeTruthy();
		expect(statSync(join(built.outDir, 'pagefind/pagefind-ui.js')).isFile()).toBe(true);
		// Pagefind's pages have URLs from the site's root (its script adds the base path), and pages
		// rendered several at a time reach it in one order: this build's search index is, file for
		// file, the one of the build at the root.
		const index = (outDir: string) =>
			Object.fromEntries(
				[...walk(join(outDir, 'pagefind')), ...walk(join(outDir, 'zh-cn/pagefind'))].map((file) => [
					relative(outDir, file),
					createHash('sha256').update(readFileSync(file)).digest('hex'),
				]),
			);
		const atRoot = index(site());
		expect(Object.keys(atRoot).filter((file) => file.startsWith('pagefind/fragment/')).length).toBeGreaterThan(10);
		expect(Object.keys(atRoot).filter((file) => file.startsWith('zh-cn/pagefind/fragment/')).length).toBeGreaterThan(10);
		expect(index(built.outDir)).toEqual(atRoot);
	});
});

/** The few entities Astro writes in text. */
function decodeEntities(text: string): string {
	return text
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
}
