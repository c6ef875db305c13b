// `npm run dev`: the development server reads the kit through the same loaders as the build, and
// shows an edit of any content file (offer, translation, contacts, taxonomy) at once, in the
// pages and in the one-pagers it makes on request; its search page says search needs a build.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdftotext } from '../helpers/pdf-tools.ts';
import { ROOT, userEnvironment } from '../helpers/run.ts';

let kit: string;
let server: ChildProcess;
let output = '';
let base: string;

/** A copy of the valid kit in a new temporary folder. */
function copyKit(name: string): string {
	const dir = mkdtempSync(join(tmpdir(), name));
	cpSync(join(ROOT, 'tests/fixtures/valid-kit'), dir, { recursive: true });
	return dir;
}

/** Starts `astro dev` on a kit; resolves with its origin once it listens. */
async function startDev(kitDir: string, port: number, args: string[], onOutput: (chunk: string) => void) {
	const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
	const child = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port), ...args], {
		cwd: ROOT,
		env: userEnvironment({ SALES_KIT_CONTENT: kitDir }),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let seen = '';
	const take = (chunk: Buffer) => {
		seen += chunk;
		onOutput(chunk.toString());
	};
	child.stdout?.on('data', take);
	child.stderr?.on('data', take);
	const started = Date.now();
	// Astro runs one dev server per project, and says so instead of starting a second.
	const listening = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/;
	const plain = () => stripVTControlCharacters(seen);
	while (!listening.test(plain())) {
		if (Date.now() - started > 60_000 || child.exitCode !== null) {
			await stopDev(child);
			throw new Error(`astro dev did not start:\n${seen}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return { server: child, origin: listening.exec(plain())?.[1] ?? '' };
}

/** Stops a dev server and waits for its exit: the next one may start only then. */
async function stopDev(child: ChildProcess | undefined): Promise<void> {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill();
	await exited;
}

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
async function onePager(path: string, site = base): Promise<{ response: Response; bytes: Buffer; text: string }> {
	const response = await fetch(`${site}${path}`);
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
	beforeAll(async () => {
		kit = copyKit('sales-kit-dev-');
		({ server, origin: base } = await startDev(kit, 4399, [], (chunk) => {
			output += chunk;
		}));
	});

	afterAll(async () => {
		await stopDev(server);
		rmSync(kit, { recursive: true, force: true });
	});

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

	it("serves an offer's documents, and nothing else of its folder", async () => {
		const pitch = await fetch(`${base}/offers/woodgrove-ledger/documents/pitch.pptx`);
		expect(pitch.status).toBe(200);
		const committed = readFileSync(join(kit, 'offers/woodgrove-ledger/documents/pitch.pptx'));
		expect(Buffer.from(await pitch.arrayBuffer()).equals(committed)).toBe(true);
		for (const path of ['documents/index.mdx', 'documents/%2e%2e/index.mdx', 'documents/..%2fcontacts.csv', 'documents/missing.pdf']) {
			const response = await fetch(`${base}/offers/woodgrove-ledger/${path}`);
			expect(await response.text(), path).not.toMatch(/^---|Ava Reyes/);
		}
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

describe('npm run dev with Chinese as the default language, under a base path', () => {
	let other: ChildProcess | undefined;
	let otherKit: string;
	let origin: string;
	let otherOutput = '';
	const site = () => `${origin}/kit`;

	beforeAll(async () => {
		otherKit = copyKit('sales-kit-dev-zh-');
		// Offer files without `lang` are in the default language, Chinese here: this one is English.
		const offer = join(otherKit, 'offers/woodgrove-ledger/index.mdx');
		writeFileSync(offer, readFileSync(offer, 'utf8').replace('title: Woodgrove Ledger', 'lang: en\ntitle: Woodgrove Ledger'));
		const args = ['--config', 'tests/fixtures/configs/chinese-default.config.mjs', '--base', '/kit'];
		({ server: other, origin } = await startDev(otherKit, 4398, args, (chunk) => {
			otherOutput += chunk;
		}));
	});

	afterAll(async () => {
		await stopDev(other);
		rmSync(otherKit, { recursive: true, force: true });
	});

	it("serves each language's one-pager where its offer page links, under the base path", async () => {
		for (const [page, title] of [
			['/offers/woodgrove-ledger/', 'Woodgrove 账本'],
			['/en/offers/woodgrove-ledger/', 'Woodgrove Ledger'],
		] as const) {
			const html = await (await fetch(`${site()}${page}`)).text();
			const href = /href="([^"]*one-pager\.pdf)"/.exec(html)?.[1];
			expect(href, `${page}: ${html.slice(0, 300)}\n${otherOutput}`).toMatch(/^\/kit\//);
			const { response, text } = await onePager(href ?? '', origin);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe('application/pdf');
			expect(text).toContain(title);
		}
		// Outside the base path there is no one-pager.
		expect((await fetch(`${origin}/offers/woodgrove-ledger/one-pager.pdf`)).headers.get('content-type')).not.toBe('application/pdf');
	});

	it('says on the search page, in each language, that search comes with the build', async () => {
		expect(await (await fetch(`${site()}/search/`)).text()).toContain('搜索功能在构建后的网站中提供');
		expect(await (await fetch(`${site()}/en/search/`)).text()).toContain('Search comes with the built site');
	});
});
