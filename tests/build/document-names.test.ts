// Documents whose names hold characters that URLs reserve (#, ?, %, spaces, &) download from the
// built site, served as any web server serves it, through the links of the offer page.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { ROOT } from '../helpers/run.ts';
import { serveStatic } from '../helpers/static-server.ts';

const KIT = 'tests/fixtures/odd-document-names';
const OFFER = join(ROOT, KIT, 'offers/woodgrove-files');

const outDirs: string[] = [];
afterAll(() => {
	for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

/** The links of the page to committed documents, with their `download` name. */
function documentLinks(html: string): { href: string; download: string }[] {
	return [...html.matchAll(/<a href="([^"]*\/documents\/[^"]*)" download="([^"]*)"/g)].map(([, href = '', download = '']) => ({
		href: href.replaceAll('&amp;', '&'),
		download: download.replaceAll('&amp;', '&'),
	}));
}

describe('documents with reserved characters in their names', () => {
	it('download with their exact bytes from the links of the offer page', async () => {
		const files = readdirSync(join(OFFER, 'documents'), { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => relative(OFFER, join(entry.parentPath, entry.name)));
		expect(files).toEqual(expect.arrayContaining(['documents/case study #2 (50% off)?.pdf', 'documents/a%20b.docx']));

		const site = buildSite({ content: KIT });
		outDirs.push(site.outDir);
		expect(site.status, site.output).toBe(0);
		const server = await serveStatic(site.outDir);
		try {
			for (const page of ['offers/woodgrove-files/', 'zh-cn/offers/woodgrove-files/']) {
				const html = await (await fetch(new URL(page, server.url))).text();
				const links = documentLinks(html);
				expect(links.map((link) => link.download).sort()).toEqual(files.map((file) => file.split('/').at(-1)).sort());
				for (const file of files) {
					const link = links.find((candidate) => candidate.download === file.split('/').at(-1));
					const response = await fetch(new URL(link?.href ?? '', server.url));
					expect(response.status, `${file} at ${link?.href}`).toBe(200);
					expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(OFFER, file))), file).toBe(true);
				}
			}
		} finally {
			await server.close();
		}
	});
});
