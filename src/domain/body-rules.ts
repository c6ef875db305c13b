// What an offer body may hold. A body is Markdown as MDX parses it, but it is content, not code:
// no import/export, no {expressions}, and only a few harmless HTML elements (see the README's
// "Security" section). The checker (mdx-body.ts) and the renderer (loading/body-html.ts) both
// read these rules, so what validate accepts is exactly what the page shows.
import { posix } from 'node:path';
import { ACCEPTED_DOCUMENT_EXTENSIONS } from './vocabulary.ts';

/** Attributes every allowed element may carry: plain text, never script or style. */
const COMMON_ATTRIBUTES = ['title', 'lang', 'dir'] as const;

/** The HTML elements a body may use, each with the attributes it may carry beyond the common ones. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
	abbr: [],
	br: [],
	details: ['open'],
	kbd: [],
	mark: [],
	small: [],
	sub: [],
	summary: [],
	sup: [],
};

/** The allowed elements as written in messages: `<abbr>, <br>, ...`. */
export const ALLOWED_ELEMENT_LIST = Object.keys(ALLOWED_ELEMENTS)
	.map((name) => `<${name}>`)
	.join(', ');

export function isAllowedAttribute(element: string, attribute: string): boolean {
	return (COMMON_ATTRIBUTES as readonly string[]).includes(attribute) || (ALLOWED_ELEMENTS[element]?.includes(attribute) ?? false);
}

/** URL schemes a link may use, in an offer body and on a one-pager: the web, mail and phone. */
export const LINK_PROTOCOLS: readonly string[] = ['https:', 'http:', 'mailto:', 'tel:'];

/** Images a body may show: raster files only (an SVG can carry script). */
export const IMAGE_EXTENSIONS: readonly string[] = ['.png', '.jpg', '.jpeg', '.gif', '.webp'];

/** Files a body may link to: the document types Partner Center accepts, and the images. */
const LINKABLE_EXTENSIONS: readonly string[] = [...new Set([...ACCEPTED_DOCUMENT_EXTENSIONS, ...IMAGE_EXTENSIONS])];

/**
 * Where a link or image of a body points:
 * - `external`: an http(s), mailto or tel URL, normalised;
 * - `fragment`: `#section` on the same page;
 * - `site`: a page of the kit, `/contacts/us/` (the base path is added when rendered);
 * - `file`: a file of the offer folder, `documents/deck.pdf`, published beside the page.
 */
export type BodyUrl =
	| { kind: 'external'; url: string }
	| { kind: 'fragment'; url: string }
	| { kind: 'site'; url: string }
	| { kind: 'file'; path: string; suffix: string };

/** Classifies the URL of a link (`image: false`) or an image; the problem says how to fix it. */
export function classifyBodyUrl(raw: string, { image }: { image: boolean }): BodyUrl | { problem: string } {
	const url = raw.trim();
	const shown = JSON.stringify(url);
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
		if (image) {
			return {
				problem: `${shown} is not in the offer folder: copy the image into documents/ and write ![text](documents/<file>) (remote images are not shown)`,
			};
		}
		let parsed: URL;
		try {
			parsed = new URL(url.startsWith('//') ? `https:${url}` : url);
		} catch {
			return { problem: `${shown} is not a valid URL: check it, e.g. https://contoso.example/product` };
		}
		if (!LINK_PROTOCOLS.includes(parsed.protocol)) {
			return {
				problem: `${shown} uses ${parsed.protocol.slice(0, -1)}: links may only be https, http, mailto or tel URLs, or paths to files of the offer folder`,
			};
		}
		return { kind: 'external', url: parsed.href };
	}
	if (url.startsWith('#')) {
		return image ? { problem: `${shown} is not an image file: write ![text](documents/<file>.png)` } : { kind: 'fragment', url };
	}
	if (url.includes('\\')) return { problem: `use forward slashes in ${shown}` };
	if (url.startsWith('/')) {
		return image
			? { problem: `${shown} is not in the offer folder: write a path relative to it, e.g. documents/diagram.png` }
			: { kind: 'site', url };
	}
	const [, pathPart = '', suffix = ''] = /^([^?#]*)(.*)$/.exec(url) ?? [];
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathPart);
	} catch {
		return { problem: `${shown} has a broken %-escape: write the file name as it is, spaces included` };
	}
	const path = posix.normalize(decoded);
	if (path === '.' || path === '..' || path.startsWith('../')) {
		return {
			problem: `${shown} points outside the offer folder: link to a file in it (documents/<file>), or to a page of the kit with a path from the site root (/contacts/)`,
		};
	}
	const extension = posix.extname(path).toLowerCase();
	const allowed = image ? IMAGE_EXTENSIONS : LINKABLE_EXTENSIONS;
	if (!allowed.includes(extension)) {
		return {
			problem: image
				? `${shown} is not a raster image: images may be ${IMAGE_EXTENSIONS.join(' ')} files of the offer folder (an SVG can carry script; save it as PNG)`
				: `${shown} is not a file type the kit publishes: link to ${LINKABLE_EXTENSIONS.join(' ')} files of the offer folder, or to a page with a path from the site root (/contacts/)`,
		};
	}
	return { kind: 'file', path, suffix: image ? '' : suffix };
}
