// The Content-Security-Policy in Chromium: every page type carries it, nothing of ours breaks it
// (filters and search work with no violation reported), and HTML slipped into an offer page
// cannot run a script.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { type StaticServer, serveStatic } from '../helpers/static-server.ts';

const OFFER = '/offers/contoso-retail-insights/';
/** A copy of the offer page with HTML injected where the offer's body goes. */
const INJECTED = '/offers/contoso-retail-insights/injected/';
const INJECTION = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned2 = 1" alt="">';

const PAGE_TYPES = [
	'/',
	OFFER,
	'/zh-cn/offers/xingqiao-teams-hybrid-work/',
	'/contacts/',
	'/contacts/us/',
	'/contacts/global/',
	'/readiness/',
	'/search/?q=forecasting',
	'/zh-cn/search/?q=混合办公',
	'/no-such-page/',
];

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;
const outDirs: string[] = [];

beforeAll(async () => {
	const site = inject('exampleSite');
	expect(site.status, site.output).toBe(0);
	const offer = readFileSync(join(site.outDir, OFFER, 'index.html'), 'utf8');
	const injected = offer.replace(/<main\b[^>]*>/, (main) => `${main}${INJECTION}`);
	expect(injected).toContain(INJECTION);
	server = await serveStatic(site.outDir, '/', new Map([[INJECTED, injected]]));
	browser = await launchBrowser();
	context = await browser.newContext();
	await watchViolations(context);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

interface Report {
	/** The CSP violations the page reported, as "directive blocked-URI". */
	violations: string[];
	/** Console errors and warnings (a CSP violation logs one too), and uncaught errors. */
	console: string[];
}

/** Records every `securitypolicyviolation` event of the context's pages, from before their first script. */
async function watchViolations(target: BrowserContext) {
	await target.addInitScript(() => {
		const seen: string[] = [];
		Object.defineProperty(window, '__violations', { value: seen });
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
	});
}

async function open(
	path: string,
	base: string = server.url,
	target: BrowserContext = context,
): Promise<{ page: Page; report: () => Promise<Report> }> {
	const page = await target.newPage();
	const console: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') console.push(message.text());
	});
	page.on('pageerror', (error) => console.push(error.message));
	await page.goto(new URL(path.replace(/^\//, ''), base).href, { waitUntil: 'networkidle' });
	const report = async () => ({
		violations: await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
		// The 404 page's own request is a console error, not ours to fix.
		console: console.filter((text) => !/status of 404/.test(text)),
	});
	return { page, report };
}

const policyOf = (page: Page) => page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

/** The policy's directives by name. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name = '', ...sources]) => [name, sources]),
	);
}

describe('every page type', () => {
	it.each(PAGE_TYPES)('%s carries the policy and reports no violation', async (path) => {
		const { page, report } = await open(path);
		if (path.includes('/search/')) await page.locator('.pagefind-ui__result-link').first().waitFor();
		const policy = directives((await policyOf(page)) ?? '');
		expect(policy.get('script-src')).toContain("'self'");
		expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
		expect(policy.get('script-src')?.filter((source) => !source.startsWith("'sha256-"))).toEqual(
			path.includes('/search/') ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"],
		);
		expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
		for (const [name, sources] of [
			['default-src', ["'self'"]],
			['object-src', ["'none'"]],
			['base-uri', ["'self'"]],
			['form-action', ["'self'"]],
			['img-src', path.includes('/search/') ? ["'self'", 'data:'] : ["'self'"]],
			['connect-src', ["'self'"]],
			['frame-src', ["'none'"]],
		] as const) {
			expect(policy.get(name), name).toEqual(sources);
		}
		expect(await report()).toEqual({ violations: [], console: [] });
		await page.close();
	});
});

describe('HTML slipped into an offer page', () => {
	it('runs neither an inline script nor an event handler, and reports both', async () => {
		const { page, report } = await open(INJECTED);
		expect(await page.locator('h1').textContent()).toBe('Contoso Retail Insights');
		// The image has failed to load: its onerror would have run by now.
		await page.waitForFunction(() => document.querySelector<HTMLImageElement>('main img[src="x"]')?.complete);
		expect(await page.evaluate(() => ({ pwned: Reflect.get(window, '__pwned'), pwned2: Reflect.get(window, '__pwned2') }))).toEqual({
			pwned: undefined,
			pwned2: undefined,
		});
		await expect
			.poll(async () => (await report()).violations)
			.toEqual(expect.arrayContaining(['script-src-elem inline', 'script-src-attr inline']));
		await page.close();
	});
});

describe('what the pages run themselves', () => {
	it('filters the catalog', async () => {
		const { page, report } = await open('/');
		await page.getByLabel('Platform', { exact: true }).selectOption('Dynamics 365');
		expect(await page.locator('.cards > li:not([hidden]) h2').allTextContents()).toEqual([
			'Fabrikam Managed Field Service for Dynamics 365',
		]);
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect.poll(() => page.locator('.cards > li:not([hidden])').count()).toBe(4);
		expect(await report()).toEqual({ violations: [], console: [] });
		await page.close();
	});

	it('filters the country directory', async () => {
		const { page, report } = await open('/contacts/');
		await page.getByLabel('Filter countries').fill('germ');
		expect(await page.locator('[data-country]:not([hidden]) a').allTextContents()).toEqual(['Germany']);
		expect(await report()).toEqual({ violations: [], console: [] });
		await page.close();
	});

	it('searches with Pagefind, typed into its box', async () => {
		const { page, report } = await open('/search/');
		await page.locator('#search-input').fill('shelf analytics');
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		expect(await page.locator('.pagefind-ui__result-link').allTextContents()).toContain('Contoso Retail Insights');
		expect(await report()).toEqual({ violations: [], console: [] });
		await page.close();
	});

	it("searches on the page's own thread when Pagefind's worker cannot start (what 'wasm-unsafe-eval' is for)", async () => {
		const page = await context.newPage();
		const messages: string[] = [];
		page.on('console', (message) => messages.push(message.text()));
		await page.route('**/pagefind-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
		await page.goto(new URL('search/?q=forecasting', server.url).href);
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		expect(messages.some((text) => text.includes('falling back to main thread'))).toBe(true);
		expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
		await page.close();
	});

	it('searches under a base path', async () => {
		const built = buildSite({ args: ['--base', '/sales-kit/'] });
		outDirs.push(built.outDir);
		expect(built.status, built.output).toBe(0);
		const based = await serveStatic(built.outDir, '/sales-kit/');
		try {
			const { page, report } = await open('/search/?q=forecasting', based.url);
			await page.locator('.pagefind-ui__result-link').first().waitFor();
			expect(await page.locator('.pagefind-ui__result-link').first().getAttribute('href')).toMatch(/^\/sales-kit\/offers\//);
			expect(await report()).toEqual({ violations: [], console: [] });
			await page.close();
		} finally {
			await based.close();
		}
	});
});
