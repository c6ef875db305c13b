// The markup of an offer's contacts on a country page. An offer with contacts of its own in the
// country gets a section: its heading, then one table per role (a row per contact, grouped by
// state or province in the US, Canada and Australia). An offer reached only through global
// (OOO) contacts gets a compact entry in the page's global section: such entries repeat on
// every country page, so they carry the contract's fields (name, job title, role, mailto link)
// and little else. Written as strings so that each is rendered once and reused on every
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

/** The offer's title, linked to its page, marked with its language where that differs from the page's. */
function titleLink(text: SectionText): string {
	return `<a${attributes({ href: text.href })}>${escapeHtml(text.title)}</a>`;
}

function titleLang(text: SectionText): string | undefined {
	return text.textLocale === text.locale ? undefined : LANGUAGE_TAGS[text.textLocale];
}

/** An offer's section on a country page: its linked title and a table per role. */
export function offerSectionHtml({ offer, roles }: Pick<OfferContacts, 'roles'> & { offer: { slug: string } }, text: SectionText): string {
	const id = `offer-${offer.slug}`;
	let html = `<section${attributes({ class: 'panel offer-group', 'aria-labelledby': id })}>`;
	html += `<h2${attributes({ id, lang: titleLang(text) })}>${titleLink(text)}</h2>`;
	for (const group of roles) {
		html += `<div class="role-group"><h3>${escapeHtml(termLabel(text.t, 'role', group.role))}</h3>${roleTableHtml(group, text.t)}</div>`;
	}
	return `${html}</section>`;
}

/**
 * An offer whose contacts here are all global, as an entry of the page's global section: its
 * linked title, then each role with its people (the name links to their email) and job titles.
 */
export function globalOfferHtml({ roles }: Pick<OfferContacts, 'roles'>, text: SectionText): string {
	let html = `<div class="global-offer"><h3${attributes({ lang: titleLang(text) })}>${titleLink(text)}</h3><dl>`;
	for (const group of roles) {
		html += `<div><dt>${escapeHtml(termLabel(text.t, 'role', group.role))}</dt>`;
		for (const { contact } of group.contacts) {
			html += `<dd><a${attributes({ href: `mailto:${contact.email}` })}>${escapeHtml(contact.name)}</a> · ${escapeHtml(contact.jobTitle)}</dd>`;
		}
		html += '</div>';
	}
	return `${html}</dl></div>`;
}
