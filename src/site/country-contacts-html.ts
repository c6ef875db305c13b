// The markup of an offer's contacts on a country page: the offer's heading, then one compact
// table per role (a row per contact, grouped by state or province in the US, Canada and
// Australia). Written as strings so that a section can be rendered once and reused on every
// country page it appears on (see country-sections.ts).

import { findState } from '../domain/countries.ts';
import type { Locale } from '../domain/vocabulary.ts';
import { LANGUAGE_TAGS, type Translate, termLabel } from '../i18n/index.ts';
import type { OfferContacts, RoleGroup } from './directory.ts';
import { attributes, escapeHtml } from './html.ts';

export interface SectionText {
	t: Translate;
	locale: Locale;
	/** The offer's title in the reader's language, and the language it is written in. */
	title: string;
	textLocale: Locale;
	/** The link to the offer's page. */
	href: string;
}

/** One role's contacts as a table. */
export function roleTableHtml(group: RoleGroup, t: Translate): string {
	const withStates = group.byState !== undefined;
	// Without states, all contacts form one group with no state column.
	const groups = group.byState ?? [{ state: undefined, contacts: group.contacts }];
	const stateName = (state: string | undefined) => (state ? `${findState(state)?.name ?? state} (${state})` : t('country.wholeCountry'));
	const columns = [...(withStates ? [t('country.states')] : []), t('contact.name'), t('contact.jobTitle'), t('contact.email')];
	let html = `<div class="table-scroll"><table class="data-table country-table${withStates ? ' country-table--states' : ''}"><thead><tr>`;
	for (const column of columns) html += `<th scope="col">${escapeHtml(column)}</th>`;
	html += '</tr></thead>';
	for (const stateGroup of groups) {
		html += '<tbody>';
		stateGroup.contacts.forEach((entry, index) => {
			const { name, jobTitle, email } = entry.contact;
			html += '<tr>';
			if (withStates && index === 0) {
				html += `<th scope="rowgroup"${attributes({ rowspan: stateGroup.contacts.length })}>${escapeHtml(stateName(stateGroup.state))}</th>`;
			}
			html += `<td>${escapeHtml(name)}${entry.global ? `<span class="muted"> · ${escapeHtml(t('country.global'))}</span>` : ''}</td>`;
			html += `<td>${escapeHtml(jobTitle)}</td><td><a${attributes({ href: `mailto:${email}` })}>${escapeHtml(email)}</a></td></tr>`;
		});
		html += '</tbody>';
	}
	return `${html}</table></div>`;
}

/**
 * An offer's section on a country page: its linked title and a table per role. `searchable:
 * false` keeps it out of the search index (`data-pagefind-ignore="all"`).
 */
export function offerSectionHtml(
	{ offer, roles }: Pick<OfferContacts, 'roles'> & { offer: { slug: string } },
	text: SectionText,
	searchable = true,
): string {
	const id = `offer-${offer.slug}`;
	const lang = text.textLocale === text.locale ? undefined : LANGUAGE_TAGS[text.textLocale];
	let html = `<section${attributes({ class: 'panel offer-group', 'aria-labelledby': id, 'data-pagefind-ignore': searchable ? undefined : 'all' })}>`;
	html += `<h2${attributes({ id, lang })}><a${attributes({ href: text.href })}>${escapeHtml(text.title)}</a></h2>`;
	for (const group of roles) {
		html += `<div class="role-group"><h3>${escapeHtml(termLabel(text.t, 'role', group.role))}</h3>${roleTableHtml(group, text.t)}</div>`;
	}
	return `${html}</section>`;
}
