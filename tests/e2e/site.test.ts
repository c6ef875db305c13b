// The built example site in a real browser: what a seller does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
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
		await page.setViewportSize({ width: 390, height: 800 });
		await open('/contacts/us/', page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		const sales = page.locator('section', { has: page.getByRole('heading', { name: 'Partner sales', exact: true }) });
		const row = sales.locator('.person', { hasText: 'Brianna Walsh' });
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
