// The one-pager PDFs, generated from the example content and judged by real tools: qpdf and
// poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm). Text extraction does not prove that
// glyphs render (broken font subsets still extract), so renders are compared with reviewed
// reference images in tests/fixtures/one-pager-reference/.
//
// To review new reference images after an intended change of the layout or the examples:
//   UPDATE_ONE_PAGER_REFERENCE=1 npx vitest run tests/build/one-pager.test.ts
// then look at every PNG in that folder before committing them.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticKit } from '../../bench/synthetic-kit.ts';
import { offerTemplate } from '../../src/domain/offer-template.ts';
import { solutionTypeName } from '../../src/domain/term-names.ts';
import type { Locale } from '../../src/domain/vocabulary.ts';
import { loadKit } from '../../src/loading/load-kit.ts';
import { onePagerContent } from '../../src/pdf/content.ts';
import { type GenerateResult, generateOnePagers, onePagerPath } from '../../src/pdf/generate.ts';
import { renderOnePager } from '../../src/pdf/one-pager.ts';
import { offerPageAddresses } from '../../src/site/routing.ts';
import {
	compareImages,
	decodeGrayPng,
	decodeQrCodes,
	encodeGrayPng,
	inkShare,
	linkActions,
	pdffonts,
	pdfImages,
	pdfinfo,
	pdftotext,
	renderGray,
	tool,
} from '../helpers/pdf-tools.ts';
import { ROOT, runCommand } from '../helpers/run.ts';

const CONTENT = join(ROOT, 'content');
const REFERENCE_DIR = join(ROOT, 'tests/fixtures/one-pager-reference');
const SLUGS = ['adventure-works-fieldpad-x10', 'contoso-retail-insights', 'fabrikam-managed-field-service', 'xingqiao-teams-hybrid-work'];
const LOCALES: Locale[] = ['en', 'zh-cn'];
const temp: string[] = [];
const tempDir = (prefix: string) => {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	temp.push(dir);
	return dir;
};
afterAll(() => {
	for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

describe('one-pagers of the example content', () => {
	let outDir: string;
	let result: GenerateResult;
	const pdf = (slug: string, locale: Locale) => onePagerPath(outDir, slug, locale);

	beforeAll(async () => {
		outDir = tempDir('one-pagers-');
		result = await generateOnePagers({ contentDir: CONTENT, outDir, pageSize: 'A4', workers: 0 });
	});

	it('writes an English and a Chinese one-pager for every offer, at the site paths', () => {
		expect(result.workers).toBe(0);
		expect(result.files.map((file) => [file.slug, file.locale])).toEqual(SLUGS.flatMap((slug) => LOCALES.map((locale) => [slug, locale])));
		for (const slug of SLUGS) {
			expect(existsSync(join(outDir, 'offers', slug, 'one-pager.pdf'))).toBe(true);
			expect(existsSync(join(outDir, 'zh-cn', 'offers', slug, 'one-pager.pdf'))).toBe(true);
		}
		for (const file of result.files) {
			expect(file.cuts, `${file.slug} ${file.locale} shortens text`).toBe(0);
			expect(file.bytes, `${file.slug} ${file.locale}`).toBeLessThan(100 * 1024);
		}
	});

	it('passes qpdf --check', () => {
		for (const file of result.files) {
			const check = tool('qpdf', ['--check', file.path]);
			expect(check.stdout + check.stderr, file.path).toContain('No syntax or stream encoding errors found');
			expect(check.status, file.path).toBe(0);
		}
	});

	it('has one A4 page and the metadata: title, author, subject, keywords, language, creator, producer, dates', async () => {
		const kit = await loadKit(CONTENT);
		for (const file of result.files) {
			const offer = kit.offers.find((candidate) => candidate.slug === file.slug);
			if (!offer) throw new Error(`no offer ${file.slug}`);
			const translation = offer.data.lang === file.locale ? undefined : offer.translations.find((t) => t.lang === file.locale);
			const info = pdfinfo(file.path);
			expect(info.Pages).toBe('1');
			expect(info['Page size']).toBe('595.28 x 841.89 pts (A4)');
			expect(info.Title).toBe(translation?.data.title ?? offer.data.title);
			expect(info.Author).toBe(translation?.data.publisher ?? offer.data.publisher);
			expect(info.Subject).toBe(translation?.data.summary ?? offer.data.summary);
			expect(info.Keywords).toContain(solutionTypeName(offer.data.solutionType, file.locale));
			expect(info.Keywords).toContain(offer.data.platforms[0]);
			expect(info.Creator).toBe(`Offer sales kit (${offer.data.onePager?.template} one-pager template)`);
			expect(info.Producer).toBe('Offer sales kit with pdf-lib and fontkit');
			expect(info.CreationDate).toMatch(/^\d{4}-\d\d-\d\dT/);
			expect(info.ModDate).toBe(info.CreationDate);
			// The document's language (pdfinfo does not print it) and the title shown in the window bar.
			const raw = readFileSync(file.path, 'latin1');
			const textLanguage = translation ? translation.lang : offer.data.lang;
			expect(raw).toContain(`/Lang (${textLanguage === 'zh-cn' ? 'zh-CN' : 'en'})`);
			expect(raw).toContain('/DisplayDocTitle true');
		}
	});

	it('embeds its fonts as subsets, Noto Sans SC for Chinese and Inter for Latin text', () => {
		for (const file of result.files) {
			const fonts = pdffonts(file.path);
			expect(fonts.length, file.path).toBeGreaterThan(0);
			for (const font of fonts) {
				expect(font.name, file.path).toMatch(/^[A-Z]{6}\+(Inter|NotoSansSC)-(Regular|Bold)$/);
				expect(font, file.path).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true, unicode: true });
			}
		}
		const chinese = pdffonts(pdf('xingqiao-teams-hybrid-work', 'zh-cn')).map((font) => font.name.slice(7));
		expect(chinese).toEqual(expect.arrayContaining(['NotoSansSC-Regular', 'NotoSansSC-Bold', 'Inter-Regular', 'Inter-Bold']));
		const english = pdffonts(pdf('fabrikam-managed-field-service', 'en')).map((font) => font.name.slice(7));
		expect(english.sort()).toEqual(['Inter-Bold', 'Inter-Regular']);
	});

	it('holds the text: title, headline, benefits, Chinese text, contacts, the date of the last change', () => {
		const chinese = pdftotext(pdf('xingqiao-teams-hybrid-work', 'zh-cn'));
		for (const text of [
			'Teams 混合办公 30 天落地服务',
			'30 天，让 Teams 从“装好了”变成“用起来”',
			'合作伙伴销售联系人',
			'王志强',
			'wang.zhiqiang@xingqiao.example',
			'主要优势',
		]) {
			expect(chinese).toContain(text);
		}
		expect(chinese).toMatch(/更新日期：\d{4}年\d{1,2}月\d{1,2}日/);
		const translated = pdftotext(pdf('contoso-retail-insights', 'zh-cn'));
		expect(translated).toContain('Contoso 零售洞察');
		expect(translated).toContain('提前预知每家门店下周的销量');
		const english = pdftotext(pdf('contoso-retail-insights', 'en'));
		for (const text of [
			'Microsoft Azure',
			'Contoso Retail Insights',
			'Key benefits',
			'Cut out-of-stocks by 20 to 30% within two quarters',
			'United States',
			'Daniel Okafor',
		]) {
			expect(english).toContain(text);
		}
		expect(english).toMatch(/Last updated [A-Z][a-z]+ \d{1,2}, \d{4}/);
		// Chinese labels over English text when an offer has no Chinese translation.
		const labels = pdftotext(pdf('fabrikam-managed-field-service', 'zh-cn'));
		expect(labels).toContain('Fabrikam Managed Field Service for Dynamics 365');
		expect(labels).toContain('合作伙伴销售联系人');
	});

	it('carries a QR code of the landing page that a scanner reads, on every one-pager', async () => {
		const kit = await loadKit(CONTENT);
		for (const file of result.files) {
			const offer = kit.offers.find((candidate) => candidate.slug === file.slug);
			expect(offer?.data.landingPage).toMatch(/^https:/);
			expect(decodeQrCodes(file.path), file.path).toEqual([offer?.data.landingPage]);
		}
	});

	it('prints the partner logo in the header band, at its own pixel size, in both languages', () => {
		for (const file of result.files) {
			const images = pdfImages(file.path);
			if (file.slug === 'contoso-retail-insights') {
				// The RGB pixels and the transparency as a soft mask: the 300 x 90 PNG, printed 120 x 36 points (180 ppi).
				expect(images, file.path).toEqual([
					{ type: 'image', width: 300, height: 90, color: 'rgb', ppi: 180 },
					{ type: 'smask', width: 300, height: 90, color: 'gray', ppi: 180 },
				]);
			} else {
				expect(images, file.path).toEqual([]);
			}
		}
	});

	it('makes the landing page a clickable link', () => {
		expect(linkActions(pdf('contoso-retail-insights', 'en'))).toContainEqual({
			type: '/URI',
			uri: 'https://contoso.example/retail-insights',
		});
	});

	it('is byte-identical when generated again, in worker processes', async () => {
		const again = tempDir('one-pagers-again-');
		const second = await generateOnePagers({ contentDir: CONTENT, outDir: again, pageSize: 'A4', workers: 2 });
		expect(second.workers).toBe(2);
		for (const file of second.files) {
			const first = readFileSync(onePagerPath(outDir, file.slug, file.locale));
			expect(readFileSync(file.path).equals(first), `${file.slug} ${file.locale}`).toBe(true);
		}
	});
});

describe('worker processes beside a busy build', () => {
	// A kit large enough for a pool of workers, and the same one-pagers made in this process.
	let content: string;
	let inProcess: GenerateResult;
	beforeAll(async () => {
		content = join(tempDir('one-pagers-busy-kit-'), 'content');
		await writeSyntheticKit(content, 40);
		inProcess = await generateOnePagers({ contentDir: content, outDir: tempDir('one-pagers-busy-ref-'), pageSize: 'A4', workers: 0 });
	}, 120_000);
	const sameBytes = (result: GenerateResult) => {
		expect(result.files.map((file) => [file.slug, file.locale])).toEqual(inProcess.files.map((file) => [file.slug, file.locale]));
		result.files.forEach((file, index) => {
			expect(readFileSync(file.path).equals(readFileSync((inProcess.files[index] as { path: string }).path)), file.path).toBe(true);
		});
	};

	it('leave the build one core while it is busy: one worker fewer', async () => {
		const result = await generateOnePagers({
			contentDir: content,
			outDir: tempDir('one-pagers-busy-'),
			pageSize: 'A4',
			workers: 2,
			busyUntil: new Promise(() => {}),
		});
		expect(result.workers).toBe(1);
		sameBytes(result);
	}, 120_000);

	it('start the others once it is not, and they share the one-pagers left', async () => {
		const outDir = tempDir('one-pagers-freed-');
		// The build is busy until the first one-pager is written.
		const firstWritten = new Promise<void>((resolve) => {
			const poll = setInterval(() => {
				if (existsSync(onePagerPath(outDir, inProcess.files[0]?.slug as string, 'en'))) {
					clearInterval(poll);
					resolve();
				}
			}, 10);
		});
		const result = await generateOnePagers({ contentDir: content, outDir, pageSize: 'A4', workers: 2, busyUntil: firstWritten });
		expect(result.workers).toBe(2);
		sameBytes(result);
	}, 120_000);
});

describe('rendering', () => {
	// Renders with a fixed date, so that a new commit to an example does not change the footer.
	const CASES: { slug: string; locale: Locale }[] = [
		{ slug: 'contoso-retail-insights', locale: 'en' },
		{ slug: 'xingqiao-teams-hybrid-work', locale: 'zh-cn' },
		{ slug: 'fabrikam-managed-field-service', locale: 'zh-cn' },
		{ slug: 'adventure-works-fieldpad-x10', locale: 'en' },
	];

	it.each(CASES)('renders $slug ($locale) like its reviewed reference image', async ({ slug, locale }) => {
		const kit = await loadKit(CONTENT);
		const offer = kit.offers.find((candidate) => candidate.slug === slug);
		const template = offer && offerTemplate(offer.data, kit.templates);
		if (!offer || !template) throw new Error(`no offer ${slug}`);
		const content = onePagerContent(offer, locale, new Date('2026-03-12T10:00:00Z'), template.name);
		const { bytes } = await renderOnePager({ content, template, pageSize: 'A4' });
		const file = join(tempDir('render-'), 'one-pager.pdf');
		writeFileSync(file, bytes);
		const reference = join(REFERENCE_DIR, `${slug}.${locale}.png`);
		const actual = renderGray(file, 50);
		if (process.env.UPDATE_ONE_PAGER_REFERENCE) {
			mkdirSync(REFERENCE_DIR, { recursive: true });
			writeFileSync(reference, encodeGrayPng(actual));
		}
		const expected = decodeGrayPng(readFileSync(reference));
		expect(inkShare(actual)).toBeGreaterThan(0.05);
		const difference = compareImages(actual, expected);
		// Anti-aliasing may differ a little between poppler versions; missing glyphs differ a lot.
		expect(difference.changed, `pixels that differ: ${(difference.changed * 100).toFixed(2)}%`).toBeLessThan(0.002);
		expect(difference.mean).toBeLessThan(1.5);
	});
});

describe('options and failures', () => {
	it('makes US Letter pages when the kit says pdfPageSize: Letter', async () => {
		const outDir = tempDir('one-pagers-letter-');
		const { files } = await generateOnePagers({ contentDir: CONTENT, outDir, pageSize: 'Letter', workers: 0 });
		for (const file of files) {
			expect(pdfinfo(file.path)['Page size'], file.path).toBe('612 x 792 pts (letter)');
			expect(file.cuts, `${file.slug} ${file.locale}`).toBe(0);
		}
	});

	it("gives an offer without a landing page the QR code of its page on the kit, when the kit's address is known", async () => {
		const content = tempDir('no-landing-page-kit-');
		cpSync(join(ROOT, 'tests/fixtures/valid-kit'), content, { recursive: true });
		const index = join(content, 'offers/woodgrove-ledger/index.mdx');
		writeFileSync(index, readFileSync(index, 'utf8').replace(/^landingPage: .*\n/m, ''));
		const site = 'https://partners.woodgrove.example/kit/';
		const withSite = await generateOnePagers({
			contentDir: content,
			outDir: tempDir('one-pagers-site-'),
			pageSize: 'A4',
			workers: 0,
			offerPage: offerPageAddresses({ site, defaultLocale: 'en' }),
		});
		expect(withSite.files.map((file) => decodeQrCodes(file.path))).toEqual([
			['https://partners.woodgrove.example/kit/offers/woodgrove-ledger/'],
			['https://partners.woodgrove.example/kit/zh-cn/offers/woodgrove-ledger/'],
		]);
		const flat = (file: string | undefined) => pdftotext(file ?? '').replace(/\s+/g, ' ');
		expect(flat(withSite.files[0]?.path)).toContain('Scan to open this offer in the sales kit');
		expect(flat(withSite.files[1]?.path).replaceAll(' ', '')).toContain('扫码在销售资料库中查看此方案');
		// Without the kit's address, no code at all.
		const without = await generateOnePagers({ contentDir: content, outDir: tempDir('one-pagers-no-site-'), pageSize: 'A4', workers: 0 });
		for (const file of without.files) expect(decodeQrCodes(file.path), file.path).toEqual([]);
	});

	it('leaves drafts out, and other files of the site alone', async () => {
		const content = tempDir('draft-kit-');
		cpSync(join(ROOT, 'tests/fixtures/valid-kit'), content, { recursive: true });
		const outDir = tempDir('one-pagers-draft-');
		const own = join(outDir, 'offers/woodgrove-ledger/documents/one-pager.pdf');
		mkdirSync(join(outDir, 'offers/woodgrove-ledger/documents'), { recursive: true });
		writeFileSync(own, 'the partner’s own one-pager');
		const published = await generateOnePagers({ contentDir: content, outDir, pageSize: 'A4', workers: 0 });
		expect(published.files.map((file) => file.path)).toEqual([
			join(outDir, 'offers/woodgrove-ledger/one-pager.pdf'),
			join(outDir, 'zh-cn/offers/woodgrove-ledger/one-pager.pdf'),
		]);
		expect(readFileSync(own, 'utf8')).toBe('the partner’s own one-pager');
		const index = join(content, 'offers/woodgrove-ledger/index.mdx');
		writeFileSync(index, readFileSync(index, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
		const drafts = await generateOnePagers({ contentDir: content, outDir: tempDir('one-pagers-none-'), pageSize: 'A4', workers: 0 });
		expect(drafts.files).toEqual([]);
	});

	it('fails with a message naming the offer', async () => {
		const outDir = tempDir('one-pagers-broken-');
		// A file where the offer's folder should go: the PDF cannot be written.
		mkdirSync(join(outDir, 'offers'), { recursive: true });
		writeFileSync(join(outDir, 'offers', 'contoso-retail-insights'), '');
		await expect(generateOnePagers({ contentDir: CONTENT, outDir, pageSize: 'A4', workers: 0 })).rejects.toThrow(
			/one-pager of offer "contoso-retail-insights" \(en\) could not be generated/,
		);
		await expect(generateOnePagers({ contentDir: CONTENT, outDir, pageSize: 'A4', workers: 2 })).rejects.toThrow(
			/one-pager of offer "contoso-retail-insights" \(en\) could not be generated/,
		);
	});
});

describe('npm run validate', () => {
	it('warns which fields are too long for their one-pager, at the field', () => {
		const result = runCommand('validate', [], { content: 'tests/fixtures/long-one-pager' });
		expect(result.status).toBe(0);
		const file = 'tests/fixtures/long-one-pager/offers/tailwind-traders-long';
		expect(result.stdout.split('\n').filter((line) => / is too long for the | has room for: | cannot draw /.test(line))).toEqual([
			`${file}/contacts.csv:1:1 warning contacts has more Partner sales contacts than the azure one-pager has room for: 12 rows are left out, and the page refers readers to the sales kit`,
			`${file}/contacts.csv:3:3 warning Job title is too long for the azure one-pager: it is cut after "…Solutions, Consumer Goods and". Shorten it to about 100 characters`,
			`${file}/index.mdx:19:7 warning onePager.benefits[1] has characters the one-pager fonts cannot draw ("🛒"): they print as empty boxes. Remove them or write them another way`,
			`${file}/index.mdx:20:7 warning onePager.benefits[2] is too long for the azure one-pager: it is cut after "…from point-of-sale, workforce". Shorten it to about 115 characters`,
			`${file}/index.zh-cn.mdx:5:7 warning onePager.benefits[0] is too long for the azure one-pager: it is cut after "…供应链协同，让每一家门店、每一". Shorten it to about 55 characters`,
		]);
	});
});

describe('one-pagers kept between builds', () => {
	it('copies unchanged offers from the cache, byte for byte, and makes changed ones again', async () => {
		const content = tempDir('one-pager-content-');
		cpSync(CONTENT, content, { recursive: true });
		const cacheDir = join(tempDir('one-pager-cache-'), 'one-pagers');
		const generate = (outDir: string) => generateOnePagers({ contentDir: content, outDir, pageSize: 'A4', workers: 0, cacheDir });

		const firstDir = tempDir('one-pagers-first-');
		const first = await generate(firstDir);
		expect(first.fromCache).toBe(0);

		const secondDir = tempDir('one-pagers-second-');
		const second = await generate(secondDir);
		expect(second.fromCache).toBe(8);
		expect(second.files).toEqual(first.files.map((file) => ({ ...file, path: file.path.replace(firstDir, secondDir) })));
		for (const file of first.files) {
			expect(readFileSync(file.path.replace(firstDir, secondDir)).equals(readFileSync(file.path)), file.path).toBe(true);
		}

		// A new title for one offer: its two one-pagers are made again, with the new title.
		const offerFile = join(content, 'offers/fabrikam-managed-field-service/index.mdx');
		writeFileSync(offerFile, readFileSync(offerFile, 'utf8').replace(/^title: .*$/m, 'title: Fabrikam Field Service, Renamed'));
		const thirdDir = tempDir('one-pagers-third-');
		const third = await generate(thirdDir);
		expect(third.fromCache).toBe(6);
		expect(pdftotext(onePagerPath(thirdDir, 'fabrikam-managed-field-service', 'en'))).toContain('Fabrikam Field Service, Renamed');
		// Only the latest build's one-pagers stay: a PDF and its result for each.
		expect(readdirSync(cacheDir)).toHaveLength(16);
	});
});

describe('npm run build', () => {
	it('puts the one-pagers into the built site', () => {
		const outDir = tempDir('sales-kit-site-');
		const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
		delete env.SALES_KIT_CONTENT;
		const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
			cwd: ROOT,
			env,
			encoding: 'utf8',
		});
		expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
		expect(build.stdout).toMatch(/8 one-pager PDFs \(A4\) in [\d.]+ s: \d+ made, \d+ unchanged since the last build/);
		for (const slug of SLUGS) {
			for (const locale of LOCALES) {
				const file = onePagerPath(outDir, slug, locale);
				expect(existsSync(file), file).toBe(true);
				expect(pdfinfo(file).Pages).toBe('1');
			}
		}
	});
});
