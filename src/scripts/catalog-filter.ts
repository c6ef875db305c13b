// The catalog's filters: the state lives in the URL query (?type=IP&market=FR) so a filtered
// view can be shared. Without JavaScript the form stays hidden and every offer is listed.

export const FILTER_KEYS = ['type', 'platform', 'segment', 'area', 'market'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/** What a card says about its offer, from its data attributes. */
export interface CardFacets {
	type: string;
	platforms: string[];
	segments: string[];
	areas: string[];
	markets: string[];
}

export function readFilters(search: string): Filters {
	const query = new URLSearchParams(search);
	const filters: Filters = {};
	for (const key of FILTER_KEYS) {
		const value = query.get(key)?.trim();
		if (value) filters[key] = value;
	}
	return filters;
}

/** The query string for the filters, `''` when none is set. Other parameters are kept. */
export function writeFilters(filters: Filters, search = ''): string {
	const query = new URLSearchParams(search);
	for (const key of FILTER_KEYS) {
		const value = filters[key];
		if (value) query.set(key, value);
		else query.delete(key);
	}
	const text = query.toString();
	return text ? `?${text}` : '';
}

/** Does an offer pass every set filter? An offer whose markets are OOO sells in every market. */
export function matches(card: CardFacets, filters: Filters): boolean {
	if (filters.type && card.type !== filters.type) return false;
	if (filters.platform && !card.platforms.includes(filters.platform)) return false;
	if (filters.segment && !card.segments.includes(filters.segment)) return false;
	if (filters.area && !card.areas.includes(filters.area)) return false;
	if (filters.market && !card.markets.includes(filters.market) && !card.markets.includes('OOO')) return false;
	return true;
}

function facetsOf(card: HTMLElement): CardFacets {
	const list = (name: string) => JSON.parse(card.dataset[name] ?? '[]') as string[];
	return {
		type: card.dataset.type ?? '',
		platforms: list('platforms'),
		segments: list('segments'),
		areas: list('areas'),
		markets: list('markets'),
	};
}

/** Wires the filter form of the catalog page. */
export function startCatalogFilters(root: Document = document) {
	const form = root.querySelector<HTMLFormElement>('[data-catalog-filters]');
	const status = root.querySelector<HTMLElement>('[data-catalog-status]');
	const empty = root.querySelector<HTMLElement>('[data-catalog-empty]');
	if (!form || !status) return;
	const cards = [...root.querySelectorAll<HTMLElement>('[data-type]')].map((card) => ({
		item: card.closest('li') ?? card,
		facets: facetsOf(card),
	}));
	const selects = FILTER_KEYS.map((key) => form.elements.namedItem(key)).filter(
		(el): el is HTMLSelectElement => el instanceof HTMLSelectElement,
	);

	const apply = (filters: Filters) => {
		let shown = 0;
		for (const card of cards) {
			const visible = matches(card.facets, filters);
			card.item.hidden = !visible;
			if (visible) shown++;
		}
		status.textContent = (status.dataset.template ?? '{shown}/{total}')
			.replace('{shown}', String(shown))
			.replace('{total}', String(cards.length));
		if (empty) empty.hidden = shown > 0;
	};
	const current = (): Filters => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));

	const initial = readFilters(location.search);
	for (const select of selects) {
		const wanted = initial[select.name as FilterKey];
		// A shared link may name a value this kit no longer has: ignore it.
		select.value = wanted && [...select.options].some((option) => option.value === wanted) ? wanted : '';
	}
	form.hidden = false;
	apply(current());

	form.addEventListener('change', () => {
		const filters = current();
		history.replaceState(null, '', `${location.pathname}${writeFilters(filters, location.search)}${location.hash}`);
		apply(filters);
	});
	form.addEventListener('reset', () => {
		// After the browser has reset the selects.
		setTimeout(() => {
			history.replaceState(null, '', `${location.pathname}${writeFilters({}, location.search)}${location.hash}`);
			apply({});
		});
	});
}
