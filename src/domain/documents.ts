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
	if (/^[a-z]:[\\/]/i.test(value)) {
		return { problem: `"${value}" is absolute: write a path relative to the offer folder, e.g. documents/pitch.pptx` };
	}
	if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
		const url = parseHttpsUrl(value);
		return url ? { kind: 'url', url } : { problem: `must be an https URL or a path inside the offer folder, found "${value}"` };
	}
	if (value.includes('\\')) return { problem: `use forward slashes in "${value}"` };
	if (value.startsWith('/'))
		return { problem: `"${value}" is absolute: write a path relative to the offer folder, e.g. documents/pitch.pptx` };
	const path = posix.normalize(value);
	if (path === '..' || path.startsWith('../')) {
		return { problem: `"${value}" points outside the offer folder: keep documents inside it, e.g. documents/pitch.pptx` };
	}
	const extension = posix.extname(path).toLowerCase();
	if (!(ACCEPTED_DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) {
		return {
			problem: `"${value}" has a file type Partner Center does not accept: use ${ACCEPTED_DOCUMENT_EXTENSIONS.join(' ')}`,
		};
	}
	return { kind: 'file', path };
}
