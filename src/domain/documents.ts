import { posix } from 'node:path';
import { parseHttpsUrl } from './schema-kit.ts';
import { ACCEPTED_DOCUMENT_EXTENSIONS } from './vocabulary.ts';

/** Where a document lives: a file committed in the offer folder, or a link. */
export type DocumentLocation = { kind: 'file'; path: string } | { kind: 'url'; url: string };

/**
 * Classifies a document reference from the frontmatter: an https URL, or a path relative to
 * the offer folder that stays inside it and has an accepted type (commercial-marketplace-co-sell.md).
 * Returns the problem as a message when the reference is unusable.
 */
export function classifyDocument(reference: string): DocumentLocation | { problem: string } {
	const value = reference.trim();
	if (!isDrivePath(value) && hasScheme(value)) {
		const url = parseHttpsUrl(value);
		return url ? { kind: 'url', url } : { problem: `must be an https URL or a path inside the offer folder, found "${value}"` };
	}
	const file = offerFilePath(value, 'documents/pitch.pptx');
	if ('problem' in file) return file;
	const extension = posix.extname(file.path).toLowerCase();
	if (!(ACCEPTED_DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) {
		return {
			problem: `"${value}" has a file type Partner Center does not accept: use ${ACCEPTED_DOCUMENT_EXTENSIONS.join(' ')}`,
		};
	}
	return { kind: 'file', path: file.path };
}

/** File types a one-pager can print a logo from. */
const LOGO_EXTENSIONS = ['.png', '.jpg', '.jpeg'] as const;

/** A partner logo (`onePager.logo`): a PNG or JPEG file inside the offer folder, or the problem with it. */
export function classifyLogo(reference: string): { path: string } | { problem: string } {
	const value = reference.trim();
	if (!isDrivePath(value) && hasScheme(value)) {
		return {
			problem: `must be a PNG or JPEG file in the offer folder, e.g. documents/logo.png, found "${value}": the one-pager prints the logo from the file, not from a link`,
		};
	}
	const file = offerFilePath(value, 'documents/logo.png');
	if ('problem' in file) return file;
	if (!(LOGO_EXTENSIONS as readonly string[]).includes(posix.extname(file.path).toLowerCase())) {
		return { problem: `"${value}" is not a PNG or JPEG file: save the logo as PNG (or JPEG) in the offer folder, e.g. documents/logo.png` };
	}
	return file;
}

const isDrivePath = (value: string) => /^[a-z]:[\\/]/i.test(value);
const hasScheme = (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value);

/** A path relative to the offer folder that stays inside it, normalised; or the problem with it. */
function offerFilePath(value: string, example: string): { path: string } | { problem: string } {
	const absolute = { problem: `"${value}" is absolute: write a path relative to the offer folder, e.g. ${example}` };
	if (isDrivePath(value)) return absolute;
	if (value.includes('\\')) return { problem: `use forward slashes in "${value}"` };
	if (value.startsWith('/')) return absolute;
	const path = posix.normalize(value);
	if (path === '..' || path.startsWith('../')) {
		return { problem: `"${value}" points outside the offer folder: keep documents inside it, e.g. ${example}` };
	}
	return { path };
}
