// Co-sell readiness as pure functions over an offer and its contacts. The rules follow
// Partner Center's co-sell-requirements.md and commercial-marketplace-co-sell.md (2019-2021).
import { type Contact, coversCountry } from './contact-schema.ts';
import { ALL_COUNTRIES, describeCountry } from './countries.ts';
import type { Offer } from './offer-schema.ts';
import { SALES_ROLE } from './vocabulary.ts';

/** `toLocaleString('en-US')` without building a formatter for every offer. */
const US_NUMBERS = new Intl.NumberFormat('en-US');

export type ItemStatus = 'met' | 'unmet' | 'not-applicable';

/** One requirement of a status: whether the offer meets it and why. */
export interface ChecklistItem {
	/** Stable identifier, e.g. `sales-coverage`; the site translates labels by it. */
	id: string;
	/** The requirement in a few English words. */
	label: string;
	status: ItemStatus;
	/** Why the item is unmet (or not applicable), saying how to fix it. Empty when met. */
	reason: string;
	/** The frontmatter field to fix, as a dotted path. */
	field: string;
	/** For `sales-coverage`: the market codes no Partner sales contact covers. */
	uncoveredMarkets?: string[];
}

export interface Checklist {
	status: 'co-sell-ready' | 'ip-co-sell';
	/** True when no item is unmet. */
	met: boolean;
	items: ChecklistItem[];
}

/** How a readiness gap's problem message starts (load-kit.ts writes them), by checklist. */
export const GAP_PREFIXES = { coSellReady: 'co-sell ready: ', ipCoSell: 'IP co-sell: ' } as const;

/** The checklist a problem message reports a gap of, if it is a readiness gap. */
export function readinessGap(message: string): keyof typeof GAP_PREFIXES | undefined {
	return (Object.keys(GAP_PREFIXES) as (keyof typeof GAP_PREFIXES)[]).find((list) => message.startsWith(GAP_PREFIXES[list]));
}

type Rule = (offer: Offer, contacts: readonly Contact[]) => ChecklistItem;

const item = (id: string, label: string, field: string, met: boolean, reason: string): ChecklistItem => ({
	id,
	label,
	field,
	status: met ? 'met' : 'unmet',
	reason: met ? '' : reason,
});

const notApplicable = (id: string, label: string, field: string, reason: string): ChecklistItem => ({
	id,
	label,
	field,
	status: 'not-applicable',
	reason,
});

/** Markets that no Partner sales contact covers; `OOO` as a market needs an `OOO` sales contact. */
export function uncoveredMarkets(offer: Pick<Offer, 'markets'>, contacts: readonly Contact[]): string[] {
	const sales = contacts.filter((contact) => contact.role === SALES_ROLE);
	return offer.markets.filter((market) =>
		market === ALL_COUNTRIES
			? !sales.some((contact) => contact.countries.includes(ALL_COUNTRIES))
			: !sales.some((contact) => coversCountry(contact, market)),
	);
}

// Co-sell ready: the tab complete, one-pager and pitch deck, a sales contact per market, and
// MPN ID, business profile and a live listing outside the tab (co-sell-requirements.md).
const coSellReadyRules: Rule[] = [
	(offer) =>
		item('platforms', 'Microsoft platforms', 'platforms', offer.platforms.length > 0, 'no Microsoft platform named: add `platforms`'),
	(offer) =>
		item(
			'segments',
			'Customer segments',
			'segments',
			offer.segments.length > 0,
			'no customer segment named: add `segments` (SMB, Corporate, Enterprise)',
		),
	(offer) =>
		item(
			'solution-areas',
			'Solution area and sub-area',
			'solutionAreas',
			offer.solutionAreas.length > 0,
			'no solution area named: add `solutionAreas` with at least one sub-area',
		),
	(offer) =>
		item(
			'one-pager',
			'Customer one-pager',
			'onePager',
			offer.onePager !== undefined || offer.documents.onePager !== undefined,
			'no one-pager: choose a template in `onePager.template` or point `documents.onePager` at your own',
		),
	(offer) =>
		item(
			'customer-presentation',
			'Customer presentation',
			'documents.customerPresentation',
			offer.documents.customerPresentation !== undefined,
			'no customer presentation (a 5 to 10 slide pitch deck): add `documents.customerPresentation`',
		),
	(offer) =>
		item(
			'markets',
			'Markets',
			'markets',
			offer.markets.length > 0,
			'no markets: list in `markets` the countries where the offer seeks co-sell ready, or [OOO] for all',
		),
	(offer, contacts) => {
		const missing = uncoveredMarkets(offer, contacts);
		const reason = missing
			.map((code) =>
				code === ALL_COUNTRIES
					? 'markets is OOO (all countries) but no Partner sales contact has Countries/Regions OOO'
					: `no Partner sales contact covers ${describeCountry(code)}`,
			)
			.join('; ');
		return {
			...item(
				'sales-coverage',
				'Partner sales contact for every market',
				'markets',
				missing.length === 0,
				`${reason}: add one to contacts.csv`,
			),
			uncoveredMarkets: missing,
		};
	},
	(offer) =>
		item(
			'mpn-id',
			'Partner network (MPN) ID',
			'prerequisites.mpnId',
			offer.prerequisites.mpnId !== undefined,
			'no MPN ID declared: set `prerequisites.mpnId`',
		),
	(offer) =>
		item(
			'business-profile',
			'Complete business profile',
			'prerequisites.businessProfileComplete',
			offer.prerequisites.businessProfileComplete,
			'business profile not declared complete: complete it in Partner Center, then set `prerequisites.businessProfileComplete: true`',
		),
	(offer) =>
		item(
			'live',
			'Live on Azure Marketplace or AppSource',
			'prerequisites.live',
			offer.prerequisites.live,
			'offer not declared live: publish it, then set `prerequisites.live: true`',
		),
	(offer) =>
		offer.solutionType === 'Service'
			? item(
					'gold-competency',
					'Gold competency (Service offers)',
					'prerequisites.goldCompetency',
					offer.prerequisites.goldCompetency,
					'Service offers need a gold competency: set `prerequisites.goldCompetency: true` once you hold one',
				)
			: notApplicable(
					'gold-competency',
					'Gold competency (Service offers)',
					'prerequisites.goldCompetency',
					'only Service offers need a gold competency',
				),
	(offer) =>
		needsIsvConnect(offer)
			? item(
					'isv-connect',
					'ISV Connect (Dynamics 365 and Power Apps offers)',
					'prerequisites.isvConnect',
					offer.prerequisites.isvConnect,
					'Dynamics 365 and Power Apps offers need ISV Connect: set `prerequisites.isvConnect: true` once enrolled',
				)
			: notApplicable(
					'isv-connect',
					'ISV Connect (Dynamics 365 and Power Apps offers)',
					'prerequisites.isvConnect',
					'only IP offers on Dynamics 365 or Power Apps need ISV Connect',
				),
];

/**
 * Dynamics 365 Customer Engagement, Power Apps and Finance and Operations offers need ISV Connect
 * (co-sell-requirements.md). [decision] An IP offer needs it when it names the Dynamics 365
 * platform or the "Power Platform apps" sub-area; Power BI or Power Automate alone do not.
 */
function needsIsvConnect(offer: Offer): boolean {
	return (
		offer.solutionType === 'IP' &&
		(offer.platforms.includes('Dynamics 365') || offer.solutionAreas.some((area) => area.subAreas.includes('Power Platform apps')))
	);
}

/** The Azure IP co-sell revenue threshold: 100,000 USD over the trailing 12 months. */
export const IP_CO_SELL_REVENUE_USD = 100_000;

// Azure IP co-sell: co-sell ready plus an IP solution on Azure, revenue, a technical
// validation and a reference architecture diagram (co-sell-requirements.md).
const ipCoSellRules: Rule[] = [
	(offer) =>
		item(
			'ip-solution',
			'IP solution',
			'solutionType',
			offer.solutionType === 'IP',
			`solution type is ${offer.solutionType}: IP co-sell is for IP (application) offers`,
		),
	(offer) =>
		item(
			'on-azure',
			'Runs on Azure',
			'platforms',
			offer.platforms.includes('Azure'),
			'Azure is not among `platforms`: IP co-sell is for solutions on Azure',
		),
	(offer) => {
		const revenue = offer.prerequisites.azureConsumedRevenueUsd;
		return item(
			'azure-revenue',
			'100,000 USD Azure consumed revenue (trailing 12 months)',
			'prerequisites.azureConsumedRevenueUsd',
			revenue !== undefined && revenue >= IP_CO_SELL_REVENUE_USD,
			revenue === undefined
				? 'no Azure consumed revenue declared: set `prerequisites.azureConsumedRevenueUsd`'
				: `declared revenue ${US_NUMBERS.format(revenue)} USD is below 100,000 USD`,
		);
	},
	(offer) =>
		item(
			'technical-validation',
			'Technical validation passed',
			'prerequisites.technicalValidation',
			offer.prerequisites.technicalValidation,
			'no passed technical validation declared: set `prerequisites.technicalValidation: true` once Microsoft confirms it',
		),
	(offer) =>
		item(
			'reference-architecture',
			'Reference architecture diagram',
			'documents.referenceArchitecture',
			offer.documents.referenceArchitecture !== undefined,
			'no reference architecture diagram: add `documents.referenceArchitecture`',
		),
];

export function coSellReadyChecklist(offer: Offer, contacts: readonly Contact[]): Checklist {
	const items = coSellReadyRules.map((rule) => rule(offer, contacts));
	return { status: 'co-sell-ready', met: items.every((i) => i.status !== 'unmet'), items };
}

/** IP co-sell's checklist; its first item is co-sell ready itself. */
export function ipCoSellChecklist(offer: Offer, contacts: readonly Contact[]): Checklist {
	const ready = coSellReadyChecklist(offer, contacts);
	const items = [
		item('co-sell-ready', 'Co-sell ready', '', ready.met, 'the offer is not co-sell ready yet: see that checklist'),
		...ipCoSellRules.map((rule) => rule(offer, contacts)),
	];
	return { status: 'ip-co-sell', met: items.every((i) => i.status !== 'unmet'), items };
}

/** Both checklists of an offer. */
export function readiness(offer: Offer, contacts: readonly Contact[]) {
	return { coSellReady: coSellReadyChecklist(offer, contacts), ipCoSell: ipCoSellChecklist(offer, contacts) };
}

/** How far an offer has come: Azure IP co-sell (which needs co-sell ready), co-sell ready, or neither. */
export type ReadinessLevel = 'ip' | 'ready' | 'not-ready';

export function readinessLevel(result: { coSellReady: Pick<Checklist, 'met'>; ipCoSell: Pick<Checklist, 'met'> }): ReadinessLevel {
	return result.ipCoSell.met ? 'ip' : result.coSellReady.met ? 'ready' : 'not-ready';
}
