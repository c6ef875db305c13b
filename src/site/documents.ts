// The documents an offer page lists: the generated one-pager, then each co-sell slot in
// Partner Center's order, then the other documents.
import { statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { classifyDocument } from '../domain/documents.ts';
import type { Offer } from '../domain/offer-schema.ts';
import { DOCUMENT_SLOTS, type DocumentSlot } from '../domain/vocabulary.ts';

export interface ListedDocument {
	kind: DocumentSlot | 'generatedOnePager' | 'other';
	/** The title of an "other" document, in the page's language. */
	title?: string;
	/** A committed file (path relative to the offer folder) or a link. */
	file?: string;
	url?: string;
	/** Lower-case extension without the dot (`pdf`), or `link`. */
	type: string;
	/** Size in bytes of a committed file. */
	size?: number;
}

function listed(kind: ListedDocument['kind'], reference: string, offerDir: string, title?: string): ListedDocument {
	const location = classifyDocument(reference);
	if ('problem' in location) throw new Error(`${offerDir}: ${location.problem}`); // validated before the build
	const titled = title === undefined ? {} : { title };
	if (location.kind === 'url') return { kind, ...titled, url: location.url, type: 'link' };
	return {
		kind,
		...titled,
		file: location.path,
		type: extname(location.path).slice(1).toLowerCase(),
		size: statSync(join(offerDir, location.path)).size,
	};
}

/**
 * Every document of an offer, committed files with their size; the other documents titled
 * `otherTitles` (in their order: `otherDocumentTitles` in the page's language).
 */
export function offerDocuments(offer: Offer, offerDir: string, otherTitles: readonly string[]): ListedDocument[] {
	// The generated one-pager is listed without a size: it is made by worker threads while Astro
	// renders the pages (or on request in dev), so a page showing its size would have to wait for
	// its PDF, or be edited after rendering. It weighs 20 to 65 KB; the committed files' sizes are
	// what a seller needs before a download.
	const documents: ListedDocument[] = [{ kind: 'generatedOnePager', type: 'pdf' }];
	for (const slot of DOCUMENT_SLOTS) {
		const reference = offer.documents[slot];
		if (reference) documents.push(listed(slot, reference, offerDir));
	}
	offer.documents.other.forEach((other, index) => {
		documents.push(listed('other', other.file ?? other.url ?? '', offerDir, otherTitles[index] ?? other.title));
	});
	return documents;
}

/** The committed files of an offer's documents, as paths relative to its folder. */
function committedFiles(offer: Offer): string[] {
	const references = [...DOCUMENT_SLOTS.map((slot) => offer.documents[slot]), ...offer.documents.other.map((other) => other.file)];
	return references.flatMap((reference) => {
		if (!reference) return [];
		const location = classifyDocument(reference);
		return 'kind' in location && location.kind === 'file' ? [location.path] : [];
	});
}

/** Number formats by language and decimals: made once, as every offer page formats several sizes. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, maximumFractionDigits: number): Intl.NumberFormat {
	const key = `${locale}\0${maximumFractionDigits}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, { maximumFractionDigits });
		numberFormats.set(key, format);
	}
	return format;
}

/** `1.2 MB`, `340 KB`: sizes for people. */
export function formatSize(bytes: number, locale: string): string {
	const format = (value: number, unit: string) => `${numberFormat(locale, value < 10 ? 1 : 0).format(value)} ${unit}`;
	if (bytes < 1024) return format(bytes, 'B');
	if (bytes < 1024 * 1024) return format(bytes / 1024, 'KB');
	return format(bytes / 1024 / 1024, 'MB');
}

/**
 * The files of an offer folder the site publishes (at `paths.document`): its documents, and the
 * files its bodies (`bodyFiles`, one list per MDX file) show or link to.
 */
export function publishedFiles(offer: Offer, bodyFiles: readonly (readonly string[])[]): string[] {
	return [...new Set([...committedFiles(offer), ...bodyFiles.flat()])];
}
