// The Content-Security-Policy of every page, through Astro's own CSP support (`security.csp`):
// Astro writes it as a <meta http-equiv="content-security-policy"> with `script-src` and
// `style-src` holding the hashes of the scripts and styles it bundles, so no inline script it
// did not bundle (an injected <script>, an onerror= attribute) and no script from another site
// runs. Offer bodies cannot carry HTML (see src/loading); this is the second wall if some did.
//
// A kit's own `security.csp` in astro.config.mjs is merged with ours, the kit winning: a
// directive it names replaces ours of that name, and its `scriptDirective.resources` replace our
// `'self'`. Both are the kit's deliberate choice; an `'unsafe-inline'` for scripts gets a warning.

import type { AstroConfig } from 'astro';

type CspSetting = AstroConfig['security']['csp'];
type CspObject = Exclude<CspSetting, boolean>;
type CspResource = NonNullable<NonNullable<CspObject['scriptDirective']>['resources']>[number];

/**
 * Directives besides `script-src` and `style-src` (which Astro writes itself). Everything comes
 * from the site itself; nothing is embedded (`object-src`, `frame-src`), and neither a `<base>`
 * nor a form can send the reader elsewhere.
 */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"img-src 'self'",
	"connect-src 'self'",
	"frame-src 'none'",
] as const;

/** Scripts: our own files and the inline scripts Astro hashed, nothing else (Astro adds the hashes). */
export const SCRIPT_SOURCES = ["'self'"] as const;

/**
 * What the search page adds, and only it: Pagefind runs WebAssembly, which a CSP allows with
 * `'wasm-unsafe-eval'` (it allows compiling WebAssembly, not JavaScript's eval), and its
 * stylesheet draws the search icon from a `data:` SVG.
 */
export const SEARCH_PAGE_CSP = {
	scriptSources: ["'wasm-unsafe-eval'"],
	directives: ["img-src 'self' data:"],
} as const;

const directiveName = (directive: string) => directive.trim().split(/\s+/)[0] ?? '';
const resourceOf = (entry: CspResource) => (typeof entry === 'string' ? entry : entry.resource);
const kindOf = (entry: CspResource) => (typeof entry === 'string' ? 'default' : entry.kind);

/**
 * What the integration passes to `updateConfig` as `security.csp`, given the kit's own setting.
 * Astro's `updateConfig` puts an object in place of a boolean and concatenates arrays with those
 * of an object, so this holds only what the kit's own object lacks. `warnings` are for the log.
 */
export function cspUpdate(existing: CspSetting): { csp: CspObject; warnings: string[] } {
	const own: Partial<CspObject> = typeof existing === 'object' ? existing : {};
	const named = new Set((own.directives ?? []).map(directiveName));
	const ownScriptSources = (own.scriptDirective?.resources ?? []).filter((entry) => kindOf(entry) === 'default');
	const warnings = (own.scriptDirective?.resources ?? []).some((entry) => resourceOf(entry) === "'unsafe-inline'")
		? ["security.csp in astro.config.mjs allows 'unsafe-inline' scripts: a script slipped into a page would run."]
		: [];
	const csp: CspObject = {
		// Astro's default, which a boolean setting leaves unset.
		algorithm: own.algorithm ?? 'SHA-256',
		directives: CSP_DIRECTIVES.filter((directive) => !named.has(directiveName(directive))),
		...(ownScriptSources.length === 0 ? { scriptDirective: { resources: [...SCRIPT_SOURCES] } } : {}),
	};
	return { csp, warnings };
}
