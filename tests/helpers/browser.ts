// Debian's Chromium driven by playwright-core: no browser download, no network.
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium (Playwright gives it a fresh profile); `close()` when done. */
export async function launchBrowser(): Promise<{
	browser: Browser;
	context: BrowserContext;
	newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
	close: () => Promise<void>;
}> {
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
	const context = await browser.newContext({ acceptDownloads: true });
	return { browser, context, newContext: (options) => browser.newContext(options), close: () => browser.close() };
}
