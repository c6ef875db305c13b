declare module 'virtual:sales-kit/config' {
	const config: import('./integration/config.ts').SalesKitConfig;
	export default config;
}

declare namespace App {
	interface Locals {
		/** HTML for the page's late-HTML marker, in UTF-8 parts (src/site/late-html.ts). */
		lateHtml?: readonly Uint8Array[];
	}
}
