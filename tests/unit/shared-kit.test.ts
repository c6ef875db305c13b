import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetSharedKits, sharedKit } from '../../src/loading/shared-kit.ts';
import { ROOT } from '../helpers/run.ts';

const CONTENT = join(ROOT, 'tests/fixtures/valid-kit');

describe('sharedKit', () => {
	it('loads a content folder once for the same options, until forgotten', async () => {
		const first = sharedKit(CONTENT, { defaultLocale: 'en' });
		expect(sharedKit(CONTENT, { defaultLocale: 'en' })).toBe(first);
		expect(sharedKit(CONTENT, { defaultLocale: 'zh-cn' })).not.toBe(first);
		expect((await first).offers.length).toBeGreaterThan(0);
		forgetSharedKits();
		const again = sharedKit(CONTENT, { defaultLocale: 'en' });
		expect(again).not.toBe(first);
		expect((await again).offers.map((offer) => offer.slug)).toEqual((await first).offers.map((offer) => offer.slug));
	});

	it('does not share a load that checks the one-pagers (the validate command)', () => {
		const checkOnePager = async () => [];
		expect(sharedKit(CONTENT, { checkOnePager })).not.toBe(sharedKit(CONTENT, { checkOnePager }));
	});
});
