// `npm run dev` serves each published offer's documents (and the files its bodies show or link to)
// at the paths the build copies them to (documents-step.ts), from the kit the content loaders read
// last: an offer's own files only, looked up by the site path, never by a path taken from the URL.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isPublished } from '../domain/offer-schema.ts';
import { resolveContentDir } from '../loading/content-dir.ts';
import type { SalesKitConfig } from '../loading/kit-config-schema.ts';
import { sharedKit } from '../loading/shared-kit.ts';
import { pathInSite } from './dev-one-pagers.ts';
import { offerFileCopies } from './documents-step.ts';

type Next = (error?: unknown) => void;

const DOCUMENT_PATH = /^\/offers\/([^/]+)\/documents\//;

/** A Connect middleware for Vite's dev server (`server.middlewares.use`). */
export function devDocuments({ base, config }: { base: string; config: SalesKitConfig }) {
	return (request: IncomingMessage & { originalUrl?: string }, response: ServerResponse, next: Next): void => {
		const path =
			request.method === 'GET' || request.method === 'HEAD' ? pathInSite(request.originalUrl ?? request.url ?? '/', base) : undefined;
		const slug = path?.match(DOCUMENT_PATH)?.[1];
		if (!path || !slug) {
			next();
			return;
		}
		serveDocument(slug, path.slice(1), config, request, response).then((served) => {
			if (!served) next();
		}, next);
	};
}

async function serveDocument(
	slug: string,
	sitePath: string,
	config: SalesKitConfig,
	request: IncomingMessage,
	response: ServerResponse,
): Promise<boolean> {
	const kit = await sharedKit(resolveContentDir(), { defaultLocale: config.defaultLocale });
	const offer = kit.offers.find((candidate) => candidate.slug === slug && isPublished(candidate.data));
	const file = offer && offerFileCopies(offer).find((copy) => copy.to === sitePath);
	if (!file) return false;
	const bytes = await readFile(file.from);
	response.writeHead(200, { 'Content-Length': bytes.length, 'Cache-Control': 'no-cache' });
	response.end(request.method === 'HEAD' ? undefined : bytes);
	return true;
}
