// `npm run dev`: the development server reads the kit through the same loaders as the build, and
// shows an edit of any content file (offer, translation, contacts, taxonomy) at once, in the
// pages and in the one-pagers it makes on request; its search page says search needs a build.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdftotext } from '../helpers/pdf-tools.ts';
import { ROOT, userEnvironment } from '../helpers/run.ts';

let kit: string;
let server: ChildProcess;
let output = '';
let base: string;

beforeAll(async () => {
	kit = mkdtempSync(join(tmpdir(), 'sales-kit-dev-'));
	cpSync(join(ROOT, 'tests/fixtures/valid-kit'), kit, { recursive: true });
	server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '4399'], {
		cwd: ROOT,
		env: userEnvironment({ SALES_KIT_CONTENT: kit }),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server.stdout?.on('data', (chunk) => {
		output += chunk;
	});
	server.stderr?.on('data', (chunk) => {
		output += chunk;
	});
	const started = Date.now();
	while (!/http:\/\/127\.0\.0\.1:\d+/.test(output)) {
		if (Date.now() - started > 60_000 || server.exitCode !== null) throw new Error(`astro dev did not start:\n${output}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	base = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0] ?? '';
});

afterAll(() => {
	server?.kill();
	rmSync(kit, { recursive: true, force: true });
});

const offerPage = async () => (await fetch(`${base}/offers/woodgrove-ledger/`)).text();

/** Waits until the offer page shows `text` (the loader reloads the kit shortly after a change). */
async function pageShows(text: string): Promise<string> {
	const started = Date.now();
	let page = '';
	while (Date.now() - started < 20_000) {
		page = await offerPage();
		if (page.includes(text)) return page;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`the page never showed ${JSON.stringify(text)}; server output:\n${output}`);
}

/** A one-pager as the dev server serves it: the response, and the PDF's text (per pdftotext) when it is one. */
async function onePager(path: string): Promise<{ response: Response; bytes: Buffer; text: string }> {
	const response = await fetch(`${base}${path}`);
	const bytes = Buffer.from(await response.arrayBuffer());
	if (response.headers.get('content-type') !== 'application/pdf') return { response, bytes, text: bytes.toString('utf8') };
	const file = join(kit, '..', `${kit.split('/').pop()}-one-pager.pdf`);
	writeFileSync(file, bytes);
	try {
		return { response, bytes, text: pdftotext(file) };
	} finally {
		rmSync(file, { force: true });
	}
}

/** Waits until the one-pager at `path` shows `text` (made anew once the loader has read the change). */
async function onePagerShows(path: string, text: string): Promise<string> {
	const started = Date.now();
	let shown = '';
	while (Date.now() - started < 20_000) {
		shown = (await onePager(path)).text;
		if (shown.includes(text)) return shown;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`the one-pager never showed ${JSON.stringify(text)}: it shows\n${shown}\nserver output:\n${output}`);
}

const EN_ONE_PAGER = '/offers/woodgrove-ledger/one-pager.pdf';
const ZH_ONE_PAGER = '/zh-cn/offers/woodgrove-ledger/one-pager.pdf';
/** The build's one-pager cache (in Astro's cache folder), which the dev server shares. */
const CACHE = join(ROOT, 'node_modules/.astro/sales-kit/one-pagers');

const edit = (file: string, change: (text: string) => string) => {
	const path = join(kit, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
};

describe('npm run dev', () => {
	it('serves the offer page from the kit', async () => {
		expect(await offerPage()).toContain('Woodgrove Ledger');
	});

	it("serves the one-pagers, made by the build's engine and kept in the build's cache", async () => {
		const english = await onePager(EN_ONE_PAGER);
		expect(english.response.status).toBe(200);
		expect(english.response.headers.get('content-type')).toBe('application/pdf');
		expect(english.text).toContain('Woodgrove Ledger');
		expect(english.text).toContain('Ava Reyes');
		const chinese = await onePager(ZH_ONE_PAGER);
		expect(chinese.response.status).toBe(200);
		expect(chinese.response.headers.get('content-type')).toBe('application/pdf');
		expect(chinese.text).toContain('Woodgrove 账本');
		// Kept where the next build finds it, and served again as it is.
		const kept = existsSync(CACHE) ? readdirSync(CACHE).filter((name) => name.endsWith('.pdf')) : [];
		expect(kept.some((name) => readFileSync(join(CACHE, name)).equals(english.bytes))).toBe(true);
		expect((await onePager(EN_ONE_PAGER)).bytes.equals(english.bytes)).toBe(true);
	});

	it('answers 404 for a one-pager of no offer', async () => {
		const { response, text } = await onePager('/offers/no-such-offer/one-pager.pdf');
		expect(response.status).toBe(404);
		expect(text).toContain('no published offer has the slug "no-such-offer"');
	});

	it('says on the search page that search comes with the build, in both languages', async () => {
		const english = await (await fetch(`${base}/search/`)).text();
		expect(english).toContain('Search comes with the built site: run npm run build');
		expect(english).not.toContain('pagefind-ui.js');
		const chinese = await (await fetch(`${base}/zh-cn/search/`)).text();
		expect(chinese).toContain('搜索功能在构建后的网站中提供');
	});

	it('shows a new Partner sales contact in the next one-pager', async () => {
		edit('offers/woodgrove-ledger/contacts.csv', (text) => `${text}Kenji Sato,kenji@woodgrove.example,Sales manager,Partner sales,CA,\n`);
		await onePagerShows(EN_ONE_PAGER, 'Kenji Sato');
		await onePagerShows(ZH_ONE_PAGER, 'Kenji Sato');
	});

	it('shows edits to the offer, its contacts and its body at once', async () => {
		edit('offers/woodgrove-ledger/index.mdx', (text) =>
			text.replace('title: Woodgrove Ledger', 'title: Woodgrove Ledger Pro').replace('Body text.', 'Body text, edited.'),
		);
		const page = await pageShows('Woodgrove Ledger Pro');
		expect(page).toContain('Body text, edited.');
		edit('offers/woodgrove-ledger/contacts.csv', (text) => `${text}Noor Haddad,noor@woodgrove.example,Sales director,Partner sales,US,\n`);
		await pageShows('Noor Haddad');
	});

	it('keeps the last good content when an edit brings errors, and says why', async () => {
		edit('offers/woodgrove-ledger/index.mdx', (text) => text.replace('Body text, edited.', 'Body text {process.env.HOME}'));
		const started = Date.now();
		while (!output.includes('holds the expression {process.env.HOME}') && Date.now() - started < 20_000) {
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		expect(output).toContain('offers/woodgrove-ledger/index.mdx:');
		expect(output).toContain('holds the expression {process.env.HOME}');
		const page = await offerPage();
		expect(page).toContain('Body text, edited.');
		expect(page).not.toContain(process.env.HOME ?? '/root');
		// A one-pager of content with errors is not made: the answer names the problem.
		const failed = await onePager(EN_ONE_PAGER);
		expect(failed.response.status).toBe(500);
		expect(failed.response.headers.get('content-type')).toContain('text/plain');
		expect(failed.text).toContain('offers/woodgrove-ledger/index.mdx:');
		expect(failed.text).toContain('holds the expression {process.env.HOME}');
		edit('offers/woodgrove-ledger/index.mdx', (text) => text.replace('Body text {process.env.HOME}', 'Body text, fixed.'));
		await pageShows('Body text, fixed.');
	});

	it('reads taxonomy.yaml again when it changes', async () => {
		const logged = output.length;
		writeFileSync(join(kit, 'taxonomy.yaml'), 'platforms: [Azure, Microsoft 365]\n');
		const started = Date.now();
		while (!output.slice(logged).includes('unknown platform') && Date.now() - started < 20_000) {
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		expect(output.slice(logged)).toContain('offers/woodgrove-ledger/index.mdx:6:');
		rmSync(join(kit, 'taxonomy.yaml'));
		const restored = Date.now();
		while (!output.slice(logged).includes('Content reloaded') && Date.now() - restored < 20_000) {
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		expect(output.slice(logged)).toContain('Content reloaded');
	});
});
