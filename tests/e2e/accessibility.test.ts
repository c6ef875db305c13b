// axe-core in Chromium: no WCAG 2.x A/AA violations on each page type, in both languages,
// at desktop and phone widths, and no page wider than the screen.
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { type StaticServer, serveStatic } from '../helpers/static-server.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
/** The pages' Content-Security-Policy would block axe, a script injected inline: bypassed here. */
let context: BrowserContext;

beforeAll(async () => {
	server = await serveStatic(inject('exampleSite').outDir);
	browser = await launchBrowser();
	context = await browser.newContext({ bypassCSP: true });
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

interface Violation {
	id: string;
	help: string;
	nodes: { target: string[] }[];
}

const pages = [
	'/',
	'/offers/contoso-retail-insights/',
	'/offers/xingqiao-teams-hybrid-work/',
	'/contacts/',
	'/contacts/us/',
	'/contacts/global/',
	'/readiness/',
	'/search/?q=azure',
];

describe.each([
	['desktop', 1280],
	['phone', 390],
])('axe at %s width', (_name, width) => {
	it.each(pages.flatMap((path) => [path, `/zh-cn${path}`]))('%s has no violations', async (path) => {
		const page = await context.newPage();
		await page.setViewportSize({ width, height: 900 });
		await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
		// Nothing is wider than the screen: wide tables scroll inside their panel.
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await page.addScriptTag({ path: axePath });
		const violations = (await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
			const result = await axe.run(document, {
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
			});
			return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
		})) as Violation[];
		await page.close();
		expect(violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
});
