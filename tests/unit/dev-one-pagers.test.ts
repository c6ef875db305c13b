import { describe, expect, it } from 'vitest';
import { onePagerAt, onePagerUrl } from '../../src/domain/one-pager-url.ts';
import { pathInSite } from '../../src/integration/dev-one-pagers.ts';
import type { Kit } from '../../src/loading/load-kit.ts';
import { ContentProblem, onePagerOnRequest } from '../../src/pdf/on-request.ts';

const request = (kit: Partial<Kit>, slug: string) =>
	onePagerOnRequest({
		kit: { offers: [], problems: [], ...kit } as Kit,
		contentDir: '/nowhere',
		slug,
		locale: 'en',
		pageSize: 'A4',
		cacheDir: '/nowhere/cache',
	});

describe("the dev server's one-pager URLs", () => {
	it('reads back the offer and language of every one-pager URL', () => {
		for (const locale of ['en', 'zh-cn'] as const) {
			expect(onePagerAt(onePagerUrl('woodgrove-ledger', locale))).toEqual({ slug: 'woodgrove-ledger', locale });
		}
		expect(onePagerAt('/offers/woodgrove-ledger/one-pager.pdf')).toEqual({ slug: 'woodgrove-ledger', locale: 'en' });
		expect(onePagerAt('/zh-cn/offers/woodgrove-ledger/one-pager.pdf')).toEqual({ slug: 'woodgrove-ledger', locale: 'zh-cn' });
	});

	it('takes no other path for a one-pager', () => {
		for (const path of [
			'/offers/woodgrove-ledger/',
			'/offers//one-pager.pdf',
			'/offers/a/b/one-pager.pdf',
			'/en/offers/woodgrove-ledger/one-pager.pdf',
			'/offers/woodgrove-ledger/documents/one-pager.pdf',
		]) {
			expect(onePagerAt(path), path).toBeUndefined();
		}
	});

	it('finds the path under the base path, decoded', () => {
		expect(pathInSite('/offers/x/one-pager.pdf?download=1', '/')).toBe('/offers/x/one-pager.pdf');
		expect(pathInSite('/kit/offers/x/one-pager.pdf', '/kit')).toBe('/offers/x/one-pager.pdf');
		expect(pathInSite('/kit/offers/x/one-pager.pdf', '/kit/')).toBe('/offers/x/one-pager.pdf');
		expect(pathInSite('/offers/x/one-pager.pdf', '/kit')).toBeUndefined();
		expect(pathInSite('/kitchen/offers/x/one-pager.pdf', '/kit')).toBeUndefined();
		expect(pathInSite('/offers/caf%C3%A9/one-pager.pdf', '/')).toBe('/offers/café/one-pager.pdf');
		expect(pathInSite('/offers/%E0%A4%A/one-pager.pdf', '/')).toBeUndefined();
	});
});

describe('a one-pager on request', () => {
	const offer = (slug: string, draft: boolean) => ({ slug, data: { draft } }) as unknown as Kit['offers'][number];

	it('makes none for a slug no offer has, or a draft', async () => {
		expect(await request({ offers: [offer('draft-offer', true)] }, 'no-such-offer')).toBeUndefined();
		expect(await request({ offers: [offer('draft-offer', true)] }, 'draft-offer')).toBeUndefined();
	});

	it('makes none from content with errors, and names them', async () => {
		const problem = { file: 'offers/a/index.mdx', line: 3, column: 1, severity: 'error', field: 'title', message: 'is required' };
		const made = request({ offers: [offer('a', false)], problems: [problem] as Kit['problems'] }, 'a');
		await expect(made).rejects.toThrow(ContentProblem);
		await expect(made).rejects.toThrow('offers/a/index.mdx:3:1 error title is required');
	});
});
