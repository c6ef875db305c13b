// The catalog's filters: the state lives in the URL query (?q=retail&market=FR&sort=changed) so a
// filtered view can be shared. Without JavaScript the form stays hidden and every offer is listed.

/** The filters that are a choice from a list, in the order of the form. */
export const SELECT_KEYS = ['type', 'platform', 'segment', 'area', 'market', 'readiness'] as const;
export type SelectKey = (typeof SELECT_KEYS)[number];

export const SORT_ORDERS = ['name', 'changed'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Readiness filter values: co-sell ready (which Azure IP co-sell offers are too), or Azure IP co-sell. */
export const READINESS_FILTERS = ['ready', 'ip'] as const;

export interface Filters extends Partial<Record<SelectKey, string>> {
	/** Words that must all appear in the title, publisher or summary, in either language. */
	q?: string;
	/** `changed` (newest first); the name order when left out. */
	sort?: SortOrder;
}

/** What a card says about its offer, from its data attributes. */
export interface CardFacets {
	type: string;
	platforms: string[];
	segments: string[];
	areas: string[];
	markets: string[];
	/** `ip`, `ready` or `not-ready` (readinessLevel in src/domain/readiness.ts). */
	readiness: string;
	/** The title, publisher and summary in every language of the offer. */
	text: string;
	/** The title as the card shows it. */
	title: string;
	/** The last change, as an ISO date and time. */
	lastChange: string;
}

/** Text as the text filter compares it: accents, width and case set aside ("Café" finds "cafe", "ＡＢ" finds "ab"). */
export function foldText(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function readFilters(search: string): Filters {
	const query = new URLSearchParams(search);
	const filters: Filters = {};
	const text = query.get('q')?.trim();
	if (text) filters.q = text;
	for (const key of SELECT_KEYS) {
		const value = query.get(key)?.trim();
		// Country codes in any case: /?market=fr is France.
		if (value) filters[key] = key === 'market' ? value.toUpperCase() : value;
	}
	const sort = query.get('sort');
	if (sort === 'changed') filters.sort = sort;
	return filters;
}

/** The query string for the filters, `''` when none is set. Other parameters are kept. */
export function writeFilters(filters: Filters, search = ''): string {
	const query = new URLSearchParams(search);
	const set = (key: string, value: string | undefined) => (value ? query.set(key, value) : query.delete(key));
	set('q', filters.q?.trim());
	for (const key of SELECT_KEYS) set(key, filters[key]);
	set('sort', filters.sort === 'name' ? undefined : filters.sort);
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
	if (filters.readiness && !meetsReadiness(card.readiness, filters.readiness)) return false;
	if (filters.q) {
		const text = foldText(card.text);
		if (
			!foldText(filters.q)
				.split(/\s+/)
				.every((word) => text.includes(word))
		)
			return false;
	}
	return true;
}

/** Azure IP co-sell needs co-sell ready, so an IP co-sell offer is co-sell ready too. */
function meetsReadiness(level: string, wanted: string): boolean {
	if (wanted === 'ip') return level === 'ip';
	if (wanted === 'ready') return level === 'ip' || level === 'ready';
	return false;
}

/**
 * The cards in the chosen order: by title in the reader's alphabet (`compareTitles`), or by last
 * change, newest first (then by title). The sort is stable, so equal cards keep their order.
 */
export function sortCards<Card extends { facets: Pick<CardFacets, 'title' | 'lastChange'> }>(
	cards: readonly Card[],
	order: SortOrder | undefined,
	compareTitles: (a: string, b: string) => number,
): Card[] {
	const byTitle = (a: Card, b: Card) => compareTitles(a.facets.title, b.facets.title);
	return [...cards].sort(
		order === 'changed'
			? (a, b) => (a.facets.lastChange < b.facets.lastChange ? 1 : a.facets.lastChange > b.facets.lastChange ? -1 : byTitle(a, b))
			: byTitle,
	);
}

/** The sentences of the result count, from the page's interface text. */
export interface StatusTexts {
	/** "Showing {shown} of {total} offers" */
	showing: string;
	/** "{shown} of {total} offers seek {market}" */
	market: string;
}

/**
 * The result count: how many offers seek the market when it is the only filter ("0 of 5 offers
 * seek France"), else how many are shown. `marketName` is the market as the form names it.
 */
export function statusText(texts: StatusTexts, shown: number, total: number, filters: Filters, marketName?: string): string {
	const active = [...SELECT_KEYS, 'q' as const].filter((key) => filters[key]);
	const template = active.length === 1 && active[0] === 'market' ? texts.market : texts.showing;
	return template
		.replace('{shown}', String(shown))
		.replace('{total}', String(total))
		.replace('{market}', marketName ?? filters.market ?? '');
}

function facetsOf(card: HTMLElement): CardFacets {
	const list = (name: string) => JSON.parse(card.dataset[name] ?? '[]') as string[];
	return {
		type: card.dataset.type ?? '',
		platforms: list('platforms'),
		segments: list('segments'),
		areas: list('areas'),
		markets: list('markets'),
		readiness: card.dataset.readiness ?? '',
		text: card.dataset.text ?? '',
		title: card.dataset.title ?? '',
		lastChange: card.dataset.lastChange ?? '',
	};
}

/** Wires the filter form of the catalog page. */
export function startCatalogFilters(root: Document = document) {
	const form = root.querySelector<HTMLFormElement>('[data-catalog-filters]');
	const status = root.querySelector<HTMLElement>('[data-catalog-status]');
	const list = root.querySelector<HTMLElement>('[data-catalog-cards]');
	const empty = root.querySelector<HTMLElement>('[data-catalog-empty]');
	if (!form || !status || !list) return;
	const cards = [...list.querySelectorAll<HTMLElement>('[data-type]')].map((card) => ({
		item: card.closest('li') ?? card,
		facets: facetsOf(card),
	}));
	const field = (name: string) => form.elements.namedItem(name);
	const selects = SELECT_KEYS.map(field).filter((el): el is HTMLSelectElement => el instanceof HTMLSelectElement);
	const textInput = field('q') instanceof HTMLInputElement ? (field('q') as HTMLInputElement) : undefined;
	const sortSelect = field('sort') instanceof HTMLSelectElement ? (field('sort') as HTMLSelectElement) : undefined;
	const texts: StatusTexts = { showing: status.dataset.showing ?? '{shown}/{total}', market: status.dataset.market ?? '{shown}/{total}' };
	const compareTitles = new Intl.Collator(root.documentElement.lang || undefined).compare;
	const more = form.querySelector<HTMLDetailsElement>('[data-catalog-more]');
	const moreLabel = more?.querySelector<HTMLElement>('summary');

	const current = (): Filters => {
		const filters: Filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
		if (textInput?.value.trim()) filters.q = textInput.value.trim();
		if (sortSelect?.value === 'changed') filters.sort = 'changed';
		return filters;
	};
	const apply = (filters: Filters) => {
		let shown = 0;
		for (const card of sortCards(cards, filters.sort, compareTitles)) {
			const visible = matches(card.facets, filters);
			card.item.hidden = !visible;
			if (visible) shown++;
			list.append(card.item);
		}
		const market = selects.find((select) => select.name === 'market');
		const marketName = market?.selectedOptions[0]?.textContent ?? undefined;
		status.textContent = statusText(texts, shown, cards.length, filters, marketName);
		if (empty) empty.hidden = shown > 0;
		if (moreLabel) {
			const set = SELECT_KEYS.filter((key) => filters[key]).length;
			moreLabel.textContent =
				set > 0 ? (moreLabel.dataset.labelActive ?? '').replace('{count}', String(set)) : (moreLabel.dataset.label ?? '');
		}
	};
	const update = () => {
		const filters = current();
		history.replaceState(null, '', `${location.pathname}${writeFilters(filters, location.search)}${location.hash}`);
		apply(filters);
	};

	const initial = readFilters(location.search);
	for (const select of selects) {
		const wanted = initial[select.name as SelectKey];
		// A shared link may name a value this kit does not list: keep it, so that the count says
		// honestly that no offer matches instead of showing them all.
		if (wanted && ![...select.options].some((option) => option.value === wanted)) select.add(new Option(wanted, wanted));
		select.value = wanted ?? '';
	}
	if (textInput) textInput.value = initial.q ?? '';
	if (sortSelect) sortSelect.value = initial.sort ?? 'name';
	// Folded on a phone, where they would fill the first screen, unless the link sets one of them.
	if (more) more.open = !matchMedia('(max-width: 52rem)').matches || SELECT_KEYS.some((key) => initial[key]);
	form.hidden = false;
	apply(current());

	form.addEventListener('change', update);
	form.addEventListener('input', update);
	// Enter in the text field applies the filter as typing does; the page is not reloaded.
	form.addEventListener('submit', (event) => event.preventDefault());
	form.addEventListener('reset', () => {
		// After the browser has reset the fields.
		setTimeout(update);
	});
}
