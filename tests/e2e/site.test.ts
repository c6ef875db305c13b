// The built example site in a real browser: what a seller does.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { ROOT } from '../helpers/run.ts';
import { type StaticServer, serveStatic } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;

beforeAll(async () => {
	const site = inject('exampleSite');
	expect(site.status, site.output).toBe(0);
	server = await serveStatic(site.outDir);
	browser = await launchBrowser();
	context = browser.context;
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const url = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;

async function open(path: string, page?: Page): Promise<Page> {
	const target = page ?? (await context.newPage());
	await target.goto(url(path));
	return target;
}

const visibleCards = (page: Page) => page.locator('.cards > li:not([hidden]) h2').allTextContents();

describe('catalog', () => {
	it('leads to an offer page and its documents download as committed', async () => {
		const page = await open('/');
		await page.getByRole('link', { name: 'Contoso Retail Insights' }).click();
		await page.waitForURL(/\/offers\/contoso-retail-insights\/$/);
		expect(await page.locator('h1').textContent()).toBe('Contoso Retail Insights');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Customer presentation' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('contoso-retail-insights-pitch.pptx');
		const saved = await download.path();
		const committed = join(ROOT, 'content/offers/contoso-retail-insights/documents/contoso-retail-insights-pitch.pptx');
		expect(readFileSync(saved).equals(readFileSync(committed))).toBe(true);
		await page.close();
	});

	it('filters by platform and keeps the filters in the URL', async () => {
		const page = await open('/');
		expect(await visibleCards(page)).toHaveLength(4);
		await page.getByLabel('Platform', { exact: true }).selectOption('Dynamics 365');
		expect(await visibleCards(page)).toEqual(['Fabrikam Managed Field Service for Dynamics 365']);
		expect(new URL(page.url()).search).toBe('?platform=Dynamics+365');
		await expect.poll(() => page.getByRole('status').textContent()).toBe('Showing 1 of 4 offers');

		await page.getByLabel('Market', { exact: true }).selectOption('DE');
		expect(new URL(page.url()).searchParams.get('market')).toBe('DE');
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect.poll(() => visibleCards(page)).toHaveLength(4);
		await expect.poll(() => new URL(page.url()).search).toBe('');
		await page.close();
	});

	it('opens a shared filtered view from its URL', async () => {
		const page = await open('/?type=Device&market=DE');
		expect(await visibleCards(page)).toEqual(['Adventure Works FieldPad X10 Rugged Windows Tablet']);
		expect(await page.getByLabel('Solution type', { exact: true }).inputValue()).toBe('Device');
		await page.close();
	});

	it('lists every offer without JavaScript, with the filters hidden', async () => {
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(url('/?type=Device'));
		expect(await page.locator('.cards > li h2').count()).toBe(4);
		expect(await page.locator('form[data-catalog-filters]').isVisible()).toBe(false);
		await noScript.close();
	});
});

describe('catalog filters', () => {
	const status = (page: Page) => page.getByRole('status').textContent();

	it('select a market from the URL, any co-sell country, and count honestly', async () => {
		const page = await open('/?market=FR');
		expect(await page.getByLabel('Market', { exact: true }).inputValue()).toBe('FR');
		expect(await page.getByLabel('Market', { exact: true }).locator('option:checked').textContent()).toBe('France');
		expect(await visibleCards(page)).toEqual([]);
		await expect.poll(() => status(page)).toBe('0 of 4 offers seek France');
		expect(await page.getByText('No offer matches these filters.').isVisible()).toBe(true);
		// Every country of the co-sell table is offered, sought by an offer or not.
		expect(await page.getByLabel('Market', { exact: true }).locator('option').count()).toBe(1 + 246);
		await page.goto(url('/?market=de'));
		expect(await page.getByLabel('Market', { exact: true }).inputValue()).toBe('DE');
		await expect.poll(() => status(page)).toBe('1 of 4 offers seek Germany');
		await page.close();
	});

	it('keep a value the kit does not list, matching nothing, instead of showing every offer', async () => {
		const page = await open('/?platform=Surface+Hub');
		expect(await page.getByLabel('Platform', { exact: true }).inputValue()).toBe('Surface Hub');
		expect(await visibleCards(page)).toEqual([]);
		await expect.poll(() => status(page)).toBe('Showing 0 of 4 offers');
		await page.close();
	});

	it('filter by text from ?q=, in both languages, and keep it in the URL', async () => {
		const page = await open('/?q=retail');
		expect(await page.getByLabel('Name, publisher or summary').inputValue()).toBe('retail');
		expect(await visibleCards(page)).toEqual(['Contoso Retail Insights']);
		await expect.poll(() => status(page)).toBe('Showing 1 of 4 offers');
		// The Chinese title of an offer written in English, and a publisher.
		await page.getByLabel('Name, publisher or summary').fill('零售');
		expect(await visibleCards(page)).toEqual(['Contoso Retail Insights']);
		expect(new URL(page.url()).searchParams.get('q')).toBe('零售');
		await page.getByLabel('Name, publisher or summary').fill('fabrikam inc');
		expect(await visibleCards(page)).toEqual(['Fabrikam Managed Field Service for Dynamics 365']);
		await page.getByLabel('Name, publisher or summary').press('Enter');
		expect(new URL(page.url()).search).toBe('?q=fabrikam+inc');
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect.poll(() => visibleCards(page)).toHaveLength(4);
		await expect.poll(() => new URL(page.url()).search).toBe('');
		await page.close();
	});

	it('filter by co-sell status', async () => {
		const page = await open('/');
		const readiness = page.getByLabel('Co-sell status');
		await readiness.selectOption({ label: 'Azure IP co-sell' });
		expect(await visibleCards(page)).toEqual(['Contoso Retail Insights']);
		expect(new URL(page.url()).searchParams.get('readiness')).toBe('ip');
		// Co-sell ready includes the Azure IP co-sell offers, which are co-sell ready too.
		await readiness.selectOption({ label: 'Co-sell ready' });
		expect(await visibleCards(page)).toEqual([
			'Contoso Retail Insights',
			'Fabrikam Managed Field Service for Dynamics 365',
			'Teams 混合办公 30 天落地服务',
		]);
		for (const card of await page.locator('.cards > li:not([hidden]) .badge').allTextContents()) {
			expect(card).toMatch(/Co-sell ready|IP co-sell ready/);
		}
		await page.close();
	});

	it('link every card to its one-pager, in the page’s language', async () => {
		for (const [path, prefix] of [
			['/', ''],
			['/zh-cn/', '/zh-cn'],
		] as const) {
			const page = await open(path);
			const links = page.locator('.cards .card__download');
			expect(await links.count()).toBe(4);
			expect(await links.first().getAttribute('href')).toMatch(new RegExp(`^${prefix}/offers/[a-z0-9-]+/one-pager\\.pdf$`));
			// The card's own link covers the card: the one-pager link must still get the click.
			const [download] = await Promise.all([page.waitForEvent('download'), links.first().click()]);
			expect(download.suggestedFilename()).toMatch(/one-pager(-zh-cn)?\.pdf$/);
			expect(
				readFileSync(await download.path())
					.subarray(0, 5)
					.toString(),
			).toBe('%PDF-');
			await page.close();
		}
	});

	it('fold the filters on a phone, unless the link sets one', async () => {
		const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await phone.newPage();
		await page.goto(url('/'));
		expect(await page.getByLabel('Name, publisher or summary').isVisible()).toBe(true);
		expect(await page.getByLabel('Platform', { exact: true }).isVisible()).toBe(false);
		const firstCard = await page.locator('.cards > li').first().boundingBox();
		expect((firstCard?.y ?? 999) < 844).toBe(true);
		await page.getByText('More filters').click();
		expect(await page.getByLabel('Platform', { exact: true }).isVisible()).toBe(true);
		await page.goto(url('/?market=FR'));
		expect(await page.getByLabel('Market', { exact: true }).isVisible()).toBe(true);
		expect(await page.locator('summary').textContent()).toBe('More filters (1 set)');
		await phone.close();
	});
});

describe('catalog order', () => {
	// A copy of the example kit outside git, each offer folder's files dated apart: the last
	// change then comes from the files' times (as in a kit that is not in a repository).
	const dates: Record<string, string> = {
		'xingqiao-teams-hybrid-work': '2026-01-10T08:00:00Z',
		'contoso-retail-insights': '2026-03-02T08:00:00Z',
		'adventure-works-fieldpad-x10': '2026-02-14T08:00:00Z',
		'fabrikam-managed-field-service': '2025-11-30T08:00:00Z',
	};
	let dated: StaticServer;
	let kit: string;
	let outDir: string;

	beforeAll(async () => {
		kit = mkdtempSync(join(tmpdir(), 'sales-kit-dated-'));
		cpSync(join(ROOT, 'content'), kit, { recursive: true });
		// An offer without contacts yet (it is not co-sell ready either way).
		const contactsFile = join(kit, 'offers/adventure-works-fieldpad-x10/contacts.csv');
		writeFileSync(contactsFile, `${readFileSync(contactsFile, 'utf8').split('\n')[0]}\n`);
		for (const [slug, date] of Object.entries(dates)) {
			const folder = join(kit, 'offers', slug);
			for (const file of readdirSync(folder, { recursive: true, withFileTypes: true })) {
				if (file.isFile()) utimesSync(join(file.parentPath, file.name), new Date(date), new Date(date));
			}
		}
		const built = buildSite({ content: kit });
		expect(built.status, built.output).toBe(0);
		outDir = built.outDir;
		dated = await serveStatic(outDir);
	});

	afterAll(async () => {
		await dated?.close();
		for (const dir of [kit, outDir]) if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('sorts by name, or by last change newest first, kept in the URL', async () => {
		const page = await context.newPage();
		await page.goto(new URL('', dated.url).href);
		expect(await visibleCards(page)).toEqual([
			'Adventure Works FieldPad X10 Rugged Windows Tablet',
			'Contoso Retail Insights',
			'Fabrikam Managed Field Service for Dynamics 365',
			'Teams 混合办公 30 天落地服务',
		]);
		await page.getByLabel('Sort by').selectOption({ label: 'Last change, newest first' });
		const newestFirst = [
			'Contoso Retail Insights',
			'Adventure Works FieldPad X10 Rugged Windows Tablet',
			'Teams 混合办公 30 天落地服务',
			'Fabrikam Managed Field Service for Dynamics 365',
		];
		expect(await visibleCards(page)).toEqual(newestFirst);
		expect(new URL(page.url()).search).toBe('?sort=changed');
		expect(await page.locator('.cards > li').first().locator('time').getAttribute('datetime')).toBe('2026-03-02');
		expect(await page.locator('.cards > li').first().locator('time').textContent()).toBe('March 2, 2026');
		await page.goto(new URL('?sort=changed&readiness=ready', dated.url).href);
		expect(await page.getByLabel('Sort by').inputValue()).toBe('changed');
		expect(await visibleCards(page)).toEqual([
			'Contoso Retail Insights',
			'Teams 混合办公 30 天落地服务',
			'Fabrikam Managed Field Service for Dynamics 365',
		]);
		await page.close();
	});

	it('offers no contacts download in the action bar of an offer without contacts', async () => {
		const page = await context.newPage();
		for (const [slug, expected] of [
			['adventure-works-fieldpad-x10', 0],
			['contoso-retail-insights', 1],
		] as const) {
			await page.goto(new URL(`offers/${slug}/`, dated.url).href);
			const bar = page.getByRole('navigation', { name: 'Downloads and links' });
			expect(await bar.getByRole('link', { name: 'Contacts (CSV)' }).count(), slug).toBe(expected);
			expect(await bar.getByRole('link', { name: 'Download the one-pager (PDF)' }).count(), slug).toBe(1);
		}
		await page.close();
	});
});

describe('offer page', () => {
	it.each([
		['desktop', 1280, 800],
		['phone', 390, 844],
	])('puts the downloads in the first screen on a %s (%i × %i)', async (_name, width, height) => {
		const viewport = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
		for (const path of ['/offers/contoso-retail-insights/', '/zh-cn/offers/adventure-works-fieldpad-x10/']) {
			const page = await viewport.newPage();
			await page.goto(url(path));
			const bar = page.getByRole('navigation', { name: path.startsWith('/zh-cn') ? '下载和链接' : 'Downloads and links' });
			for (const link of await bar.getByRole('link').all()) {
				const box = await link.boundingBox();
				expect(box, `${path} ${await link.textContent()}`).not.toBeNull();
				expect((box?.y ?? 0) + (box?.height ?? 0), `${path} ${await link.textContent()}`).toBeLessThanOrEqual(height);
				expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
			await page.close();
		}
		await viewport.close();
	});

	it('downloads the one-pagers in both languages and the contacts from the action bar', async () => {
		const page = await open('/offers/contoso-retail-insights/');
		const bar = page.getByRole('navigation', { name: 'Downloads and links' });
		const save = async (name: string) => {
			const [download] = await Promise.all([page.waitForEvent('download'), bar.getByRole('link', { name }).click()]);
			return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
		};
		const english = await save('Download the one-pager (PDF)');
		expect(english.name).toBe('contoso-retail-insights-one-pager.pdf');
		expect(english.bytes.subarray(0, 5).toString()).toBe('%PDF-');
		const chinese = await save('One-pager in Chinese');
		expect(chinese.name).toBe('contoso-retail-insights-one-pager-zh-cn.pdf');
		expect(chinese.bytes.equals(english.bytes)).toBe(false);
		const contacts = await save('Contacts (CSV)');
		expect(contacts.name).toBe('contoso-retail-insights-contacts.csv');
		expect(contacts.bytes.subarray(0, 8).toString('utf8')).toBe('\uFEFFName,');
		expect(await bar.getByRole('link', { name: 'Product page' }).getAttribute('href')).toBe('https://contoso.example/retail-insights');
		expect(await bar.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		await page.close();
	});
});

describe('search', () => {
	it('finds offers in English', async () => {
		const page = await open('/search/?q=forecasting');
		const result = page.locator('.pagefind-ui__result-link').first();
		await result.waitFor();
		expect(await page.locator('.pagefind-ui__result-link').allTextContents()).toContain('Contoso Retail Insights');
		await page.close();
	});

	it('finds offers in Chinese', async () => {
		const page = await open('/zh-cn/search/?q=混合办公');
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		const titles = await page.locator('.pagefind-ui__result-link').allTextContents();
		expect(titles.some((title) => title.includes('Teams 混合办公 30 天落地服务'))).toBe(true);
		await page.close();
	});

	it('searches from the header form, finding a person through the offers they cover', async () => {
		const page = await open('/contacts/');
		await page.getByRole('searchbox', { name: 'Search the kit' }).fill('Lindqvist');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await page.waitForURL(/\/search\/\?q=Lindqvist$/);
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		// Her offer's page (with its section that names her), not the country pages that list her too.
		const pages = page.locator('.pagefind-ui__result-link:not(.pagefind-ui__result-nested .pagefind-ui__result-link)');
		expect(await pages.allTextContents()).toEqual(['Contoso Retail Insights']);
		await page.close();
	});

	it('finds the global contacts page by its title', async () => {
		const page = await open('/search/?q=global%20contacts');
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		expect(await page.locator('.pagefind-ui__result-link').allTextContents()).toContain('Global contacts');
		await page.close();
	});

	it('finds a country page by its name', async () => {
		const page = await open('/search/?q=Germany');
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		expect(await page.locator('.pagefind-ui__result-link').allTextContents()).toContain('Contacts in Germany');
		await page.close();
	});
});

describe('languages', () => {
	it('switches an offer page to Chinese and back', async () => {
		const page = await open('/offers/contoso-retail-insights/');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await page.getByRole('link', { name: '中文' }).click();
		await page.waitForURL(/\/zh-cn\/offers\/contoso-retail-insights\/$/);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		expect(await page.locator('h1').textContent()).toBe('Contoso 零售洞察');
		await page.getByRole('link', { name: 'English' }).click();
		await page.waitForURL(/\/offers\/contoso-retail-insights\/$/);
		expect(await page.locator('h1').textContent()).toBe('Contoso Retail Insights');
		await page.close();
	});

	it('shows a Chinese-only offer on the English site with a notice', async () => {
		const page = await open('/offers/xingqiao-teams-hybrid-work/');
		expect(await page.locator('.notice').textContent()).toContain('no English text yet');
		expect(await page.locator('.offer-header').getAttribute('lang')).toBe('zh-CN');
		await page.close();
	});
});

describe('country pages', () => {
	it("list the country's own contacts, one row per person and role, with their states and offers", async () => {
		const page = await open('/contacts/us/');
		expect(await page.locator('h1').textContent()).toBe('Contacts in United States');
		const sales = page.locator('section', { has: page.getByRole('heading', { name: 'Partner sales', exact: true }) });
		const hannah = sales.locator('.person', { hasText: 'Hannah Lindqvist' });
		expect(await hannah.count()).toBe(1);
		expect(await hannah.getByRole('link', { name: 'hannah.lindqvist@contoso.example' }).getAttribute('href')).toBe(
			'mailto:hannah.lindqvist@contoso.example',
		);
		expect(await hannah.textContent()).toContain('California (US-CA), Nevada (US-NV), Oregon (US-OR), Washington (US-WA)');
		expect(await hannah.getByRole('link', { name: 'Contoso Retail Insights' }).getAttribute('href')).toBe(
			'/offers/contoso-retail-insights/',
		);
		// A global (OOO) contact is on the global page, not here; one line links to it.
		expect(await page.getByText('Priya Raman').count()).toBe(0);
		const line = page.locator('p', { hasText: 'offers also have global contacts' });
		expect(await line.textContent()).toContain('4 offers also have global contacts, who cover every country.');
		await line.getByRole('link', { name: 'See the global contacts' }).click();
		await page.waitForURL(/\/contacts\/global\/$/);
		await page.close();
	});

	it('read on a phone without sideways scrolling: name, role and email stacked', async () => {
		const page = await context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await open('/contacts/us/', page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		const sales = page.locator('section', { has: page.getByRole('heading', { name: 'Partner sales', exact: true }) });
		const row = sales.locator('.person', { hasText: 'Brianna Walsh' });
		// The address itself, as text to copy, linked to write to it.
		const email = row.locator('.person__email a');
		expect(await email.textContent()).toBe('brianna.walsh@adventure-works.example');
		expect(await email.getAttribute('href')).toBe('mailto:brianna.walsh@adventure-works.example');
		for (const part of [
			sales.getByRole('heading', { name: 'Partner sales' }),
			row.locator('.person__name'),
			row.getByRole('link', { name: /brianna/ }),
		]) {
			const box = await part.boundingBox();
			expect(box?.x).toBeGreaterThanOrEqual(0);
			expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
		}
		await page.close();
	});

	it('name the offers that seek the market without a Partner sales contact', async () => {
		const page = await open('/contacts/de/');
		const gaps = page.locator('section', { has: page.getByRole('heading', { name: 'Offers without a Partner sales contact here' }) });
		expect(await gaps.getByRole('link').allTextContents()).toEqual(['Adventure Works FieldPad X10 Rugged Windows Tablet']);
		await page.close();
	});

	it('are reached from the directory, whose filter box narrows the list', async () => {
		const page = await open('/zh-cn/contacts/');
		await page.getByLabel('筛选国家/地区').fill('fr');
		const shown = await page.locator('[data-country]:not([hidden]) a').allTextContents();
		expect(shown).toContain('法国');
		await page.getByRole('link', { name: '法国' }).click();
		await page.waitForURL(/\/zh-cn\/contacts\/fr\/$/);
		expect(await page.locator('h1').textContent()).toBe('法国的联系人');
		await page.close();
	});

	it("show each country's own count in the directory, and filter by name or code", async () => {
		const page = await open('/contacts/');
		const item = (name: string) => page.locator('[data-country]', { has: page.getByRole('link', { name, exact: true }) });
		expect(await item('United States').locator('.count').textContent()).toBe('9 contacts');
		expect(await item('Japan').locator('.count').textContent()).toBe('No contacts');
		await page.getByLabel('Filter countries').fill('united');
		expect(await page.locator('[data-country]:not([hidden]) a').allTextContents()).toEqual([
			'United Arab Emirates',
			'United Kingdom',
			'United States',
		]);
		await page.getByLabel('Filter countries').fill('gb');
		expect(await page.locator('[data-country]:not([hidden]) a').allTextContents()).toEqual(['United Kingdom']);
		await page.getByLabel('Filter countries').fill('zzz');
		expect(await page.getByText('No country matches.').isVisible()).toBe(true);
		// The global page stays at the top, whatever the filter.
		expect(await page.getByRole('link', { name: 'Global contacts' }).isVisible()).toBe(true);
		await page.close();
	});
});

describe('global contacts', () => {
	it('are linked once at the top of the directory, with their count', async () => {
		const page = await open('/contacts/');
		const entry = page.locator('.global-entry');
		expect(await entry.textContent()).toMatch(/Global contacts\s*8 contacts/);
		await entry.getByRole('link', { name: 'Global contacts' }).click();
		await page.waitForURL(/\/contacts\/global\/$/);
		expect(await page.locator('h1').textContent()).toBe('Global contacts');
		await page.close();
	});

	it('list every global contact once, by offer and role', async () => {
		const page = await open('/contacts/global/');
		expect(await page.getByText('Priya Raman').count()).toBe(1);
		const contoso = page.locator('section', { has: page.getByRole('heading', { name: 'Contoso Retail Insights' }) });
		const marketing = contoso.locator('.role-group', { has: page.getByRole('heading', { name: 'Partner marketing' }) });
		expect(await marketing.locator('.person__name').allTextContents()).toEqual(['Priya Raman']);
		expect(await marketing.getByRole('link', { name: 'priya.raman@contoso.example' }).getAttribute('href')).toBe(
			'mailto:priya.raman@contoso.example',
		);
		expect(await page.locator('.person').count()).toBe(8);
		// No one with a country of their own is here.
		expect(await page.getByText('Hannah Lindqvist').count()).toBe(0);
		await page.close();
	});

	it('exist in Chinese', async () => {
		const page = await open('/zh-cn/contacts/global/');
		expect(await page.locator('h1').textContent()).toBe('全球联系人');
		expect(await page.locator('.person').count()).toBe(8);
		await page.close();
	});
});
