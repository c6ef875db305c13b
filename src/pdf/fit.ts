// `npm run validate` warns about every field too long for its one-pager: the very layout that
// draws the PDFs is run for each language, and every text it shortened becomes a warning at
// the field's position.

import { isPublished } from '../domain/offer-schema.ts';
import { offerTemplate } from '../domain/offer-template.ts';
import { type OfferPageAddress, ONE_PAGER_LOCALES } from '../domain/one-pager-url.ts';
import type { PageSize } from '../domain/page-size.ts';
import type { OnePagerCheck, OnePagerFinding } from '../loading/load-kit.ts';
import { type OfferSource, onePagerContent } from './content.ts';
import { type FontSet, loadFonts } from './fonts.ts';
import { layoutOnePager } from './layout.ts';
import { QR_SIDE } from './layout-qr.ts';
import { qrModulesAtMost } from './qr-code.ts';
import { TextCache } from './text-cache.ts';

/** The smallest QR module that phones read reliably from paper, in millimetres. */
const MIN_QR_MODULE_MM = 0.35;
/** The side of one module of the QR code of `url` as the one-pager prints it, in millimetres (at least). */
function qrModuleMillimetres(url: string): number {
	return ((QR_SIDE / qrModulesAtMost(url)) * 25.4) / 72;
}

export interface FitCheckOptions {
	pageSize: PageSize;
	/** The offer's last change (it is printed in the footer). */
	lastChange: (slug: string, dir: string) => Promise<Date>;
	/** The address of an offer's page on the published kit, as the build has it: the QR code may open it. */
	offerPage?: OfferPageAddress;
	fonts?: FontSet;
}

/** A check for `loadKit`: warnings for every text the one-pagers of an offer shorten. */
export function onePagerFitCheck(options: FitCheckOptions): OnePagerCheck<OfferSource> {
	return async (offer, templates, taxonomy) => {
		const template = offerTemplate(offer.data, templates);
		if (!template || !isPublished(offer.data)) return [];
		const fonts = options.fonts ?? loadFonts();
		const lastChange = await options.lastChange(offer.slug, offer.dir);
		const findings = new Map<string, OnePagerFinding & { shown: number }>();
		// The two languages share most texts (the contacts always, the offer's own text unless translated).
		const texts = new TextCache(fonts);
		for (const locale of ONE_PAGER_LOCALES) {
			const content = onePagerContent(offer, locale, lastChange, template.name, taxonomy, options.offerPage?.(offer.slug, locale));
			const layout = layoutOnePager(content, template, options.pageSize, fonts, texts);
			for (const cut of layout.cuts) {
				if (!cut.origin) continue;
				const key = `${cut.origin.file}\0${cut.field}\0${'row' in cut.origin ? cut.origin.row : ''}`;
				const known = findings.get(key);
				if (known && known.shown <= cut.shownChars) continue;
				const about = cut.shownChars >= 20 ? Math.floor(cut.shownChars / 5) * 5 : cut.shownChars;
				findings.set(key, {
					origin: cut.origin,
					field: cut.field,
					shown: cut.shownChars,
					message: `is too long for the ${template.name} one-pager: it is cut after "${cut.before}". Shorten it to about ${about} characters`,
				});
			}
			for (const missing of layout.missingGlyphs) {
				if (!missing.origin) continue;
				const key = `${missing.origin.file}\0${missing.field}\0${'row' in missing.origin ? missing.origin.row : ''}\0glyphs`;
				findings.set(key, {
					origin: missing.origin,
					field: missing.field,
					shown: 0,
					message: `has characters the one-pager fonts cannot draw (${[...missing.chars].map((char) => `"${char}"`).join(' ')}): they print as empty boxes. Remove them or write them another way`,
				});
			}
			const qr = content.qrCode;
			const origin = content.landingPage?.origin;
			if (qr?.target === 'landingPage' && origin) {
				const module = qrModuleMillimetres(qr.url);
				if (module < MIN_QR_MODULE_MM) {
					findings.set(`${origin.file}\0qr`, {
						origin,
						field: 'landingPage',
						shown: 0,
						message: `is ${qr.url.length} characters long: its QR code on the one-pager has modules of ${module.toFixed(2)} mm, too fine for many phones to scan from paper. Use a shorter address (a short link that redirects, for instance): up to about 150 characters scan well`,
					});
				}
			}
			if (layout.hiddenContacts) {
				const key = `${layout.hiddenContacts.file}\0contacts`;
				const rows = layout.hiddenContacts.rows;
				const known = findings.get(key);
				if (!known || known.shown > -rows) {
					findings.set(key, {
						origin: { file: layout.hiddenContacts.file, row: 1, column: 1, field: 'contacts' },
						field: 'contacts',
						shown: -rows,
						message: `has more Partner sales contacts than the ${template.name} one-pager has room for: ${rows} row${rows === 1 ? ' is' : 's are'} left out, and the page refers readers to the sales kit`,
					});
				}
			}
		}
		return [...findings.values()].map(({ origin, field, message }) => ({ origin, field, message }));
	};
}
