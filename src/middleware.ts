// Puts the late HTML a page hands over (see src/site/late-html.ts) into the rendered page.
import { defineMiddleware } from 'astro:middleware';
import { insertLateHtml } from './site/late-html.ts';

export const onRequest = defineMiddleware(async ({ locals }, next) => {
	const response = await next();
	const { lateHtml } = locals;
	if (!lateHtml) return response;
	const body = insertLateHtml(new Uint8Array(await response.arrayBuffer()), lateHtml);
	const headers = new Headers(response.headers);
	headers.set('Content-Length', String(body.byteLength));
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
});
