// Content cannot change a one-pager's structure: whatever its text, metadata and links hold, the
// PDF stays valid for qpdf, has no action but URI links to the normalised URL, and reads back
// the very strings that went in.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnePagerTemplate } from '../../src/domain/one-pager-template.ts';
import { loadTemplates } from '../../src/loading/templates.ts';
import { onePagerContent } from '../../src/pdf/content.ts';
import { loadFonts } from '../../src/pdf/fonts.ts';
import type { PageLayout } from '../../src/pdf/layout.ts';
import { pdfLinkUri } from '../../src/pdf/link-uri.ts';
import { renderOnePager } from '../../src/pdf/one-pager.ts';
import { type PdfMetadata, renderPdf } from '../../src/pdf/render.ts';
import { BASE_FRONTMATTER, testOffer } from '../helpers/one-pager.ts';
import { decodeQrCodes, linkActions, pdfInfoDict, pdfinfo, pdfNames, pdftotext, tool } from '../helpers/pdf-tools.ts';

const HOSTILE_URL = 'https://x.example/a)/S/JavaScript/JS(app.alert(1))/Z(';
/** Names that make a PDF run something: none may appear. */
const ACTIVE_NAMES = ['/JavaScript', '/JS', '/Launch', '/SubmitForm', '/ImportData', '/OpenAction', '/AA', '/GoToR', '/GoToE'];

const folder = mkdtempSync(join(tmpdir(), 'pdf-safety-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let templates: OnePagerTemplate[];
beforeAll(async () => {
	templates = (await loadTemplates()).templates;
});

const write = (name: string, bytes: Uint8Array) => {
	const file = join(folder, name);
	writeFileSync(file, bytes);
	return file;
};

async function onePager(name: string, frontmatter: Record<string, unknown>, contacts: string[] = []): Promise<string> {
	const offer = testOffer({ frontmatter: { ...BASE_FRONTMATTER, ...frontmatter }, contacts });
	const template = templates.find((candidate) => candidate.name === 'azure') as OnePagerTemplate;
	const content = onePagerContent(offer, 'en', new Date('2026-03-12T10:00:00Z'), template.name);
	return write(name, (await renderOnePager({ content, template, pageSize: 'A4' })).bytes);
}

function expectSafe(file: string) {
	const check = tool('qpdf', ['--check', file]);
	expect(check.status, check.stdout + check.stderr).toBe(0);
	expect(check.stderr).toBe('');
	const names = pdfNames(file);
	for (const name of ACTIVE_NAMES) expect(names.has(name), `${name} in the PDF`).toBe(false);
	for (const action of linkActions(file)) expect(action.type).toBe('/URI');
}

describe('one-pagers whatever their content holds', () => {
	it('keeps a landing page that tries to close its string one URI link to the normalised URL', async () => {
		const file = await onePager('hostile-link.pdf', { landingPage: HOSTILE_URL });
		expectSafe(file);
		// The link of the text, and of the QR code.
		expect(linkActions(file)).toEqual([
			{ type: '/URI', uri: new URL(HOSTILE_URL).href },
			{ type: '/URI', uri: new URL(HOSTILE_URL).href },
		]);
		// Drawn as written, and in the QR code as data.
		expect(pdftotext(file).replace(/\s+/g, '')).toContain(HOSTILE_URL);
		expect(decodeQrCodes(file)).toEqual([new URL(HOSTILE_URL).href]);
	});

	it('puts a landing page that tries to end its dictionary into the QR code as data only', async () => {
		const hostile = 'https://x.example/a)>>\nendobj\n1 0 obj<</S/JavaScript/JS(app.alert(1))>>\r(b';
		const file = await onePager('hostile-qr.pdf', { landingPage: hostile });
		expectSafe(file);
		const normalised = new URL(hostile).href;
		expect(normalised).not.toMatch(/[\r\n]/);
		expect(decodeQrCodes(file)).toEqual([normalised]);
		expect(linkActions(file)).toEqual([
			{ type: '/URI', uri: normalised },
			{ type: '/URI', uri: normalised },
		]);
	});

	it('normalises a landing page before linking to it', async () => {
		const file = await onePager('normalised-link.pdf', { landingPage: 'https://Bücher.example/ä ö?q=(1)' });
		expectSafe(file);
		const normalised = 'https://xn--bcher-kva.example/%C3%A4%20%C3%B6?q=(1)';
		expect(linkActions(file)).toEqual([
			{ type: '/URI', uri: normalised },
			{ type: '/URI', uri: normalised },
		]);
		expect(decodeQrCodes(file)).toEqual([normalised]);
	});

	it('reads back titles, summaries and publishers with parentheses, backslashes and line breaks exactly', async () => {
		const title = 'Contoso (Retail) \\ Insights) /S /JavaScript /JS (app.alert(1)) (';
		const summary = 'Line one) (\nline two \\) \\\\ end';
		const publisher = 'Contoso \\(Ltd.)\r\n/Type /Catalog';
		const file = await onePager('hostile-text.pdf', { title, summary, publisher, onePager: { template: 'azure' } }, [
			'Ava Reyes,ava@contoso.example,Account (exec) \\ lead,Partner sales,US,',
		]);
		expectSafe(file);
		expect(pdfinfo(file).Title).toBe(title);
		const info = pdfInfoDict(file);
		expect(info).toMatchObject({ Title: title, Subject: summary, Author: publisher.trim() });
		expect(linkActions(file)).toEqual([
			{ type: '/URI', uri: 'mailto:ava@contoso.example' },
			{ type: '/URI', uri: 'https://contoso.example/retail' },
			{ type: '/URI', uri: 'https://contoso.example/retail' },
		]);
		const text = pdftotext(file);
		expect(text).toContain('Contoso (Retail) \\ Insights)');
		expect(text).toContain('Account (exec) \\ lead');
	});

	it('writes every metadata field as one string, whatever it holds', async () => {
		const hostile = (field: string) => `${field} ) (x) \\ \\\\ \n /JS (app.alert(1)) \u0000 中文 (`;
		const metadata: PdfMetadata = {
			title: hostile('title'),
			author: hostile('author'),
			subject: hostile('subject'),
			keywords: hostile('keywords'),
			language: 'en',
			creator: hostile('creator'),
			producer: hostile('producer'),
			date: new Date('2026-03-12T10:00:00Z'),
		};
		const layout: PageLayout = {
			width: 200,
			height: 200,
			ops: [
				{ op: 'text', x: 10, y: 20, size: 10, face: 'latin-regular', text: 'x) Tj (y', color: [0, 0, 0] },
				{ op: 'link', x: 10, y: 30, width: 50, height: 10, uri: 'javascript:app.alert(1)' },
				{ op: 'link', x: 10, y: 50, width: 50, height: 10, uri: 'https://x.example/(a)\\b' },
			],
			cuts: [],
			missingGlyphs: [],
		};
		const file = write('metadata.pdf', await renderPdf(layout, metadata, loadFonts()));
		expectSafe(file);
		expect(pdfInfoDict(file)).toMatchObject({
			Title: metadata.title,
			Author: metadata.author,
			Subject: metadata.subject,
			Keywords: metadata.keywords,
			Creator: metadata.creator,
			Producer: metadata.producer,
		});
		// The javascript: link is left out; the other keeps its parentheses, its backslash normalised.
		expect(linkActions(file)).toEqual([{ type: '/URI', uri: 'https://x.example/(a)/b' }]);
		expect(pdftotext(file)).toContain('x) Tj (y');
	});

	it('refuses a language that is not a language tag', async () => {
		const layout: PageLayout = { width: 100, height: 100, ops: [], cuts: [], missingGlyphs: [] };
		const metadata = { title: '', author: '', subject: '', keywords: '', creator: '', producer: '', date: new Date(0) };
		await expect(renderPdf(layout, { ...metadata, language: 'en) /OpenAction 9 0 R (' }, loadFonts())).rejects.toThrow(
			/not a language tag/,
		);
	});
});

describe('pdfLinkUri', () => {
	it.each([
		['https://contoso.example/retail', 'https://contoso.example/retail'],
		['  https://contoso.example  ', 'https://contoso.example/'],
		['HTTP://Contoso.Example/a b', 'http://contoso.example/a%20b'],
		[HOSTILE_URL, HOSTILE_URL],
		['mailto:ava@contoso.example', 'mailto:ava@contoso.example'],
		['mailto:zoë@contoso.example', 'mailto:zo%C3%AB@contoso.example'],
	])('links %j to %j', (raw, href) => {
		expect(pdfLinkUri(raw)).toBe(href);
	});

	it.each([
		'javascript:app.alert(1)',
		'JavaScript:alert(1)',
		'data:text/html,<script>',
		'file:///etc/passwd',
		'ftp://x.example/',
		'/relative',
		'',
	])('makes no link of %j', (raw) => {
		expect(pdfLinkUri(raw)).toBeUndefined();
	});
});
