// `npm run dev` serves the one-pagers at the URLs the build writes them to (src/domain/one-pager-url.ts),
// under the site's base path: each made on request from the kit the content loaders read last
// (so an edit shows in the next PDF), by the build's engine, through the build's cache
// (src/pdf/on-request.ts). A slug with no published offer is a 404; content with errors a 500
// whose plain-text body lists them, as the dev server's log does.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { errorText } from '../domain/error-text.ts';
import { onePagerAt } from '../domain/one-pager-url.ts';
import type { Locale } from '../domain/vocabulary.ts';
import { resolveContentDir } from '../loading/content-dir.ts';
import type { SalesKitConfig } from '../loading/kit-config-schema.ts';
import { sharedKit } from '../loading/shared-kit.ts';
import { offerPageAddresses } from '../site/routing.ts';

export interface DevOnePagerOptions {
	/** Astro's `base`: `/` or a path such as `/kit`. */
	base: string;
	config: SalesKitConfig;
	/** The kit's cache folder (`salesKitCacheDir`), where the build keeps its one-pagers. */
	cacheDir: string;
	logger: AstroIntegrationLogger;
}

type Next = (error?: unknown) => void;

/** A Connect middleware for Vite's dev server (`server.middlewares.use`). */
export function devOnePagers(options: DevOnePagerOptions) {
	return (request: IncomingMessage & { originalUrl?: string }, response: ServerResponse, next: Next): void => {
		// The URL as asked for: Vite takes the base path off `url` before our middleware runs.
		const url = request.originalUrl ?? request.url ?? '/';
		const target = request.method === 'GET' || request.method === 'HEAD' ? onePagerAt(pathInSite(url, options.base) ?? '') : undefined;
		if (target) serveOnePager(target, request, response, options).catch(next);
		else next();
	};
}

async function serveOnePager(
	target: { slug: string; locale: Locale },
	request: IncomingMessage,
	response: ServerResponse,
	{ config, cacheDir, logger }: DevOnePagerOptions,
): Promise<void> {
	// Loaded on the first request: the PDF engine and its fonts are for one-pagers only.
	const { ContentProblem, onePagerOnRequest } = await import('../pdf/on-request.ts');
	const contentDir = resolveContentDir();
	try {
		const pdf = await onePagerOnRequest({
			// The options of the content loaders (src/content.config.ts): the very kit they read last.
			kit: await sharedKit(contentDir, { defaultLocale: config.defaultLocale }),
			contentDir,
			...target,
			pageSize: config.pdfPageSize,
			cacheDir: join(cacheDir, 'one-pagers'),
			offerPage: offerPageAddresses(config),
		});
		if (!pdf) return sendText(response, 404, `No one-pager here: no published offer has the slug "${target.slug}".`);
		response.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': pdf.length, 'Cache-Control': 'no-cache' });
		response.end(request.method === 'HEAD' ? undefined : pdf);
	} catch (error) {
		// The content's problems are in the log already (the loaders report them); anything else is logged here.
		if (error instanceof ContentProblem) return sendText(response, 500, error.message);
		const message = errorText(error);
		logger.error(message);
		sendText(response, 500, message);
	}
}

/** The path of a request's URL from the site's root, decoded; undefined outside the base path. */
export function pathInSite(url: string, base: string): string | undefined {
	let path: string;
	try {
		path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
	} catch {
		return undefined; // malformed escapes: not a one-pager
	}
	const prefix = base.replace(/\/+$/, '');
	if (prefix === '') return path;
	return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : undefined;
}

function sendText(response: ServerResponse, status: number, text: string): void {
	response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
	response.end(`${text}\n`);
}
