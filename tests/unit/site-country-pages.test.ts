import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/domain/contact-schema.ts';
import { formatCountryContactsCsv } from '../../src/domain/contacts-csv.ts';
import { COUNTRY_CODES } from '../../src/domain/countries.ts';
import { translator } from '../../src/i18n/index.ts';
import { concatenateBytes } from '../../src/site/bytes.ts';
import { globalOfferHtml, offerSectionHtml, roleTableHtml } from '../../src/site/country-contacts-html.ts';
import { countryContactsCsv } from '../../src/site/country-csv.ts';
import { type CountrySections, countrySectionsRenderer } from '../../src/site/country-sections.ts';
import { contactsForCountry } from '../../src/site/directory.ts';
import { escapeHtml } from '../../src/site/html.ts';
import type { SiteOffer } from '../../src/site/kit.ts';
import { insertLateHtml, LATE_HTML_MARKER } from '../../src/site/late-html.ts';
import { fenceFromSearch, withoutFenced } from '../../src/site/search-skip.ts';

const contact = (name: string, role: Contact['role'], countries: string[], states: string[] = []): Contact => ({
	name,
	email: `${name.toLowerCase().replace(/\W+/g, '.')}@kit.example`,
	jobTitle: 'Seller, "EMEA" & <APAC>',
	role,
	countries,
	states,
});

const offer = (slug: string, title: string, contacts: Contact[], lang: 'en' | 'zh-cn' = 'en'): SiteOffer =>
	({
		slug,
		title,
		markets: [],
		contacts,
		translations: {},
		data: { title, summary: `${title} summary`, publisher: 'Kit Ltd.', lang, markets: [] },
	}) as unknown as SiteOffer;

const offers = [
	offer('alpha', 'Alpha', [
		contact('Gina', 'Partner marketing', ['OOO']),
		contact('Uma', 'Partner sales', ['US', 'CA'], ['US-WA', 'CA-ON']),
		contact('Fleur', 'Partner technical sales', ['FR']),
	]),
	offer('beta', 'Beta', [contact('Bo', 'Partner sales', ['OOO']), contact('Zed', 'Partner marketing', ['OOO'])]),
	offer('gamma', '伽马', [contact('王静', 'Partner sales', ['CN'])], 'zh-cn'),
	offer('delta', 'Delta', []),
];

const t = translator('en');
const context = {
	t,
	locale: 'en' as const,
	offerHref: (slug: string) => `/offers/${slug}/`,
	compareNames: (a: string, b: string) => a.localeCompare(b),
};
/** The sections as the built page shows them: the global section in place of its marker. */
const shown = ({ html, lateHtml }: CountrySections) =>
	lateHtml ? new TextDecoder().decode(insertLateHtml(new TextEncoder().encode(html), lateHtml)) : html;
const unfenced = (html: string) => withoutFenced(Buffer.from(html))?.toString() ?? html;
const plain = (html: string) =>
	html
		.replaceAll('<!--search-skip-->', '')
		.replaceAll('<!--/search-skip-->', '')
		.replace(/^<div data-pagefind-ignore="all">(.*)<\/div>$/s, '$1');

describe('escapeHtml', () => {
	it('escapes as Astro does', () => {
		expect(escapeHtml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;');
	});
});

describe('country page sections', () => {
	it('write one table per role, with a state column in the US', () => {
		const [alpha] = contactsForCountry(offers, 'US', context.compareNames);
		const sales = alpha?.roles.find((group) => group.role === 'Partner sales');
		if (!sales) throw new Error('no sales group');
		expect(roleTableHtml(sales, t)).toBe(
			'<div class="table-scroll"><table class="data-table country-table country-table--states"><thead><tr><th scope="col">States and provinces</th><th scope="col">Name</th><th scope="col">Job title</th><th scope="col">Email</th></tr></thead>' +
				'<tbody><tr><th scope="rowgroup" rowspan="1">Washington (US-WA)</th><td>Uma</td><td>Seller, &quot;EMEA&quot; &amp; &lt;APAC&gt;</td><td><a href="mailto:uma@kit.example">uma@kit.example</a></td></tr></tbody></table></div>',
		);
	});

	it('list offers with contacts of their own first, each in a section, then the global-only offers compactly', () => {
		const sectionsOf = countrySectionsRenderer(offers, context);
		const text = (slug: string) => {
			const entry = offers.find((candidate) => candidate.slug === slug);
			return { t, locale: 'en' as const, title: entry?.data.title ?? '', textLocale: entry?.data.lang ?? 'en', href: `/offers/${slug}/` };
		};
		for (const code of COUNTRY_CODES) {
			const expected = contactsForCountry(offers, code, context.compareNames);
			// Alpha's global contact has no state, so Alpha is global-only wherever it names no country.
			const local = expected.filter(({ offer: entry }) => entry.contacts.some((person) => person.countries.includes(code)));
			const global = expected.filter((entry) => !local.includes(entry));
			const sections = sectionsOf(code);
			expect(sections.count, code).toBe(expected.length);
			const globalHtml =
				global.length === 0
					? ''
					: '<section class="panel global-contacts" aria-labelledby="global-contacts"><h2 id="global-contacts">Global contacts of other offers</h2>' +
						`<p class="section-intro">${escapeHtml(t('country.globalIntro'))}</p>` +
						global.map((entry) => globalOfferHtml(entry, text(entry.offer.slug))).join('') +
						'</section>';
			expect(plain(shown(sections)), code).toBe(
				local.map((entry) => offerSectionHtml(entry, text(entry.offer.slug))).join('') + globalHtml,
			);
		}
	});

	it('write a global-only offer as its title, then each role in Partner Center order, with names linked to their email and job titles', () => {
		const [beta] = contactsForCountry(offers, 'DE', context.compareNames).filter((entry) => entry.offer.slug === 'beta');
		if (!beta) throw new Error('no beta');
		expect(globalOfferHtml(beta, { t, locale: 'en', title: 'Beta', textLocale: 'en', href: '/offers/beta/' })).toBe(
			'<div class="global-offer"><h3><a href="/offers/beta/">Beta</a></h3><dl>' +
				'<div><dt>Partner marketing</dt><dd><a href="mailto:zed@kit.example">Zed</a> · Seller, &quot;EMEA&quot; &amp; &lt;APAC&gt;</dd></div>' +
				'<div><dt>Partner sales</dt><dd><a href="mailto:bo@kit.example">Bo</a> · Seller, &quot;EMEA&quot; &amp; &lt;APAC&gt;</dd></div></dl></div>',
		);
	});

	it('give an offer its own section where a global contact covers a state', () => {
		const stated = [offer('eta', 'Eta', [contact('Sol', 'Partner sales', ['OOO'], ['AU-NSW'])])];
		const sectionsOf = countrySectionsRenderer(stated, context);
		expect(shown(sectionsOf('AU'))).toContain('<section class="panel offer-group" aria-labelledby="offer-eta">');
		expect(shown(sectionsOf('AU'))).toContain('New South Wales (AU-NSW)');
		expect(shown(sectionsOf('NZ'))).toContain('<div class="global-offer"><h3><a href="/offers/eta/">Eta</a></h3>');
	});

	it('keep every contact out of the search index: the offers own pages list the same people', () => {
		const html = shown(countrySectionsRenderer(offers, context)('FR'));
		// Alpha has a contact in France; Beta only global contacts.
		expect(html).toMatch(
			/^<!--search-skip--><div data-pagefind-ignore="all"><section class="panel offer-group" aria-labelledby="offer-alpha">/,
		);
		expect(html).toMatch(
			/<section class="panel global-contacts" aria-labelledby="global-contacts">.*<\/section><\/div><!--\/search-skip-->$/,
		);
		expect(html.indexOf('offer-alpha')).toBeLessThan(html.indexOf('global-contacts'));
		expect(unfenced(html)).toBe('');
		expect(shown(countrySectionsRenderer(offers, context)('NZ'))).toContain(
			'<div class="global-offer"><h3><a href="/offers/beta/">Beta</a></h3>',
		);
		expect(countrySectionsRenderer([], context)('FR').html).toBe('');
	});

	it('hand the global section over encoded, for the marker it leaves in the page', () => {
		const { html, lateHtml } = countrySectionsRenderer(offers, context)('FR');
		expect(html.split(LATE_HTML_MARKER)).toHaveLength(2);
		expect(new TextDecoder().decode(concatenateBytes(lateHtml ?? []))).toMatch(/^<section class="panel global-contacts" .*<\/section>$/);
		// Without Alpha and Beta, no offer has global contacts: Gamma has one of its own in China.
		expect(countrySectionsRenderer(offers.slice(2), context)('CN')).toEqual({
			count: 1,
			html: expect.not.stringContaining(LATE_HTML_MARKER),
		});
	});

	it('mark a title written in another language', () => {
		expect(shown(countrySectionsRenderer(offers, context)('CN'))).toContain('<h2 id="offer-gamma" lang="zh-CN">');
		const chinese = [offer('theta', '西塔', [contact('Ivy', 'Partner sales', ['OOO'])], 'zh-cn')];
		expect(shown(countrySectionsRenderer(chinese, context)('FR'))).toContain('<h3 lang="zh-CN"><a href="/offers/theta/">西塔</a></h3>');
	});
});

describe('withoutFenced', () => {
	it('cuts every fenced part, and leaves a page without fences alone', () => {
		const page = `<main>a${fenceFromSearch('<p>x</p>')}b${fenceFromSearch('<p>y</p>')}c</main>`;
		expect(unfenced(page)).toBe('<main>abc</main>');
		expect(withoutFenced(Buffer.from('<main>abc</main>'))).toBeUndefined();
	});
});

describe('country contacts.csv', () => {
	it('lists the same rows as formatting each country at once', () => {
		const downloads = countryContactsCsv(offers, 'en');
		expect(downloads.codes).toEqual(COUNTRY_CODES);
		for (const code of downloads.codes) {
			const rows = contactsForCountry(offers, code).flatMap(({ offer: entry, roles }) =>
				roles.flatMap((group) => group.contacts.map(({ contact: person }) => ({ offer: entry.data.title, contact: person }))),
			);
			expect(new TextDecoder().decode(downloads.file(code)), code).toBe(formatCountryContactsCsv(rows));
		}
	});

	it('offers a download only where someone covers the country when no contact is global', () => {
		const local = countryContactsCsv(offers.slice(2), 'en');
		expect(local.codes).toEqual(['CN']);
	});
});

describe('late HTML', () => {
	const page = new TextEncoder().encode(`<main>é${LATE_HTML_MARKER}ü</main>`);
	it('goes where the page left its marker, its parts in order', () => {
		const html = new TextEncoder().encode('<p>联系人</p>');
		expect(new TextDecoder().decode(insertLateHtml(page, [html, html]))).toBe('<main>é<p>联系人</p><p>联系人</p>ü</main>');
	});

	it('fails loudly on a page without a marker', () => {
		expect(() => insertLateHtml(new TextEncoder().encode('<main></main>'), [page])).toThrow(/no <!--late-html--> marker/);
	});
});
