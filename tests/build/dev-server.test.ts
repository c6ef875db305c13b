// `npm run dev`: the development server reads the kit through the same loaders as the build, and
// shows an edit of any content file (offer, translation, contacts, taxonomy) at once.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const edit = (file: string, change: (text: string) => string) => {
	const path = join(kit, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
};

describe('npm run dev', () => {
	it('serves the offer page from the kit', async () => {
		expect(await offerPage()).toContain('Woodgrove Ledger');
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
