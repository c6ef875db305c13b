// The search page: Pagefind's UI, loaded by `pagefind-ui.js` just before this module runs, on the
// element that names Pagefind's folder (it follows the site's base path). A bundled module rather
// than an inline script, so the Content-Security-Policy allows it.

interface PagefindUIOptions {
	element: HTMLElement;
	bundlePath: string;
	showSubResults: boolean;
	showImages: boolean;
	resetStyles: boolean;
}

declare global {
	interface Window {
		PagefindUI?: new (options: PagefindUIOptions) => { triggerSearch: (query: string) => void };
	}
}

export function startSearch(root: Document = document) {
	const element = root.querySelector<HTMLElement>('[data-pagefind-ui]');
	const PagefindUI = window.PagefindUI;
	if (!element || !PagefindUI) return;
	const ui = new PagefindUI({
		element,
		bundlePath: element.dataset.pagefindUi ?? '',
		showSubResults: true,
		showImages: false,
		resetStyles: false,
	});
	// Give Pagefind's input the visible label above it.
	const input = element.querySelector('input');
	if (input) input.id = 'search-input';
	const query = new URLSearchParams(location.search).get('q');
	if (query) ui.triggerSearch(query);
}
