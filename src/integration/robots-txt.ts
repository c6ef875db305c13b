// `/robots.txt` of a site that is not to be indexed (the default: `salesKit({ indexable: true })`
// leaves it out). Crawlers read it only at the root of a host: under a base path the pages'
// `noindex, nofollow` does the work.
import type { APIRoute } from 'astro';

export const prerender = true;

export const ROBOTS_TXT =
	'# A partner sales kit: names and email addresses of partner staff, not for search engines.\nUser-agent: *\nDisallow: /\n';

export const GET: APIRoute = () => new Response(ROBOTS_TXT, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
