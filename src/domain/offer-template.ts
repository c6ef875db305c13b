// Which one-pager template an offer uses: one definition for the build, which draws with it,
// and `npm run validate`, which warns about the texts it cuts.
import type { Offer } from './offer-schema.ts';
import { resolveTerm, type Term } from './vocabulary.ts';

/**
 * The template of an offer: the one its `onePager.template` names, else the one named after its
 * first platform that has one (`Dynamics 365` gets `dynamics-365`), else the first template.
 */
export function offerTemplate<T extends Term>(offer: Pick<Offer, 'onePager' | 'platforms'>, templates: readonly T[]): T | undefined {
	const named = offer.onePager?.template;
	if (named) return findTerm(templates, named);
	for (const platform of offer.platforms) {
		const match = findTerm(templates, platform.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
		if (match) return match;
	}
	return templates[0];
}

function findTerm<T extends Term>(terms: readonly T[], spelling: string): T | undefined {
	const name = resolveTerm(terms, spelling);
	return terms.find((term) => term.name === name);
}
