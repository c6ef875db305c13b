// A small static file server for the built site, on a free port of 127.0.0.1, as any web
// server would serve dist/: index.html for folders, 404.html for unknown paths.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.pdf': 'application/pdf',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/**
 * Serves `root` under `base` (e.g. `/kit/`), like a GitHub Pages project site. `pages` adds HTML
 * pages that are not files of `root`, by URL path (e.g. a page with something injected into it).
 */
export async function serveStatic(root: string, base = '/', pages: ReadonlyMap<string, string> = new Map()): Promise<StaticServer> {
	const server: Server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname = decodeURIComponent(url.pathname);
		const page = pages.get(pathname);
		if (page !== undefined) {
			response.writeHead(200, { 'Content-Type': TYPES['.html'], 'Content-Length': Buffer.byteLength(page) }).end(page);
			return;
		}
		if (!pathname.startsWith(base)) return notFound();
		pathname = `/${pathname.slice(base.length)}`;
		let file = normalize(join(root, pathname));
		if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) return notFound();
		let info = await stat(file).catch(() => undefined);
		if (info?.isDirectory()) {
			if (!pathname.endsWith('/')) {
				response.writeHead(301, { Location: `${url.pathname}/` }).end();
				return;
			}
			file = join(file, 'index.html');
			info = await stat(file).catch(() => undefined);
		}
		if (!info?.isFile()) return notFound();
		response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': info.size });
		createReadStream(file).pipe(response);

		function notFound() {
			response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			createReadStream(join(root, '404.html'))
				.on('error', () => response.end('Not found'))
				.pipe(response);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}
