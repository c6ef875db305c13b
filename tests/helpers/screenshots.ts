// `node tests/helpers/screenshots.ts <dist> <out-folder> [paths...]`: screenshots of built pages
// at phone and desktop widths, for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

const [dist = 'dist', out = 'screenshots', ...pages] = process.argv.slice(2);
const targets =
	pages.length > 0
		? pages
		: [
				'/',
				'/offers/contoso-retail-insights/',
				'/contacts/',
				'/contacts/global/',
				'/contacts/us/',
				'/readiness/',
				'/search/?q=retail',
				'/zh-cn/',
				'/zh-cn/offers/contoso-retail-insights/',
				'/zh-cn/contacts/',
				'/zh-cn/contacts/cn/',
				'/zh-cn/readiness/',
			];
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
	for (const [name, width, height] of [
		['desktop', 1280, 900],
		['phone', 390, 844],
	] as const) {
		const page = await browser.context.newPage();
		await page.setViewportSize({ width, height });
		for (const target of targets) {
			await page.goto(new URL(target.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
			const file = join(out, `${name}${target.replace(/[^a-z0-9]+/gi, '_')}.png`);
			await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE !== '0' });
			console.log(file);
		}
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
