import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/domain/contact-schema.ts';
import {
	type ChecklistItem,
	coSellReadyChecklist,
	IP_CO_SELL_REVENUE_USD,
	ipCoSellChecklist,
	readiness,
	uncoveredMarkets,
} from '../../src/domain/readiness.ts';
import { contact, offer, READY_OFFER } from './support.ts';

/** A Partner sales contact for US and CA: with READY_OFFER, every item is met. */
const READY_CONTACTS = [contact({ countries: 'US, CA' })];

const ISV_NEEDED = 'Dynamics 365 and Power Apps offers need ISV Connect: set `prerequisites.isvConnect: true` once enrolled';
const ISV_NOT_NEEDED = 'only IP offers on Dynamics 365 or Power Apps need ISV Connect';

type Change = Record<string, unknown>;
const withPrerequisites = (prerequisites: Change): Change => ({ prerequisites: { ...READY_OFFER.prerequisites, ...prerequisites } });
const withDocuments = (documents: Change): Change => ({ documents: { ...READY_OFFER.documents, ...documents } });
const without = (field: keyof typeof READY_OFFER): Change => ({ [field]: undefined });
const readyOffer = (change: Change) => offer({ ...READY_OFFER, ...change });

const itemOf = (items: readonly ChecklistItem[], id: string) => {
	const found = items.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`no item ${id}`);
	return found;
};

describe('coSellReadyChecklist', () => {
	it('meets every item for a complete offer, in a stable order', () => {
		const checklist = coSellReadyChecklist(readyOffer({}), READY_CONTACTS);
		expect(checklist.status).toBe('co-sell-ready');
		expect(checklist.met).toBe(true);
		expect(checklist.items.map((item) => [item.id, item.status, item.field, item.reason])).toEqual([
			['platforms', 'met', 'platforms', ''],
			['segments', 'met', 'segments', ''],
			['solution-areas', 'met', 'solutionAreas', ''],
			['one-pager', 'met', 'onePager', ''],
			['customer-presentation', 'met', 'documents.customerPresentation', ''],
			['markets', 'met', 'markets', ''],
			['sales-coverage', 'met', 'markets', ''],
			['mpn-id', 'met', 'prerequisites.mpnId', ''],
			['business-profile', 'met', 'prerequisites.businessProfileComplete', ''],
			['live', 'met', 'prerequisites.live', ''],
			['gold-competency', 'not-applicable', 'prerequisites.goldCompetency', 'only Service offers need a gold competency'],
			['isv-connect', 'not-applicable', 'prerequisites.isvConnect', ISV_NOT_NEEDED],
		]);
	});

	// One row per item and state: [item, change to the ready offer, contacts, status, reason].
	it.each<[string, Change, Contact[], ChecklistItem['status'], string]>([
		['platforms', { platforms: [] }, READY_CONTACTS, 'unmet', 'no Microsoft platform named: add `platforms`'],
		['segments', without('segments'), READY_CONTACTS, 'unmet', 'no customer segment named: add `segments` (SMB, Corporate, Enterprise)'],
		[
			'solution-areas',
			without('solutionAreas'),
			READY_CONTACTS,
			'unmet',
			'no solution area named: add `solutionAreas` with at least one sub-area',
		],
		[
			'one-pager',
			without('onePager'),
			READY_CONTACTS,
			'unmet',
			'no one-pager: choose a template in `onePager.template` or point `documents.onePager` at your own',
		],
		['one-pager', { onePager: undefined, ...withDocuments({ onePager: 'documents/one-pager.pdf' }) }, READY_CONTACTS, 'met', ''],
		[
			'customer-presentation',
			withDocuments({ customerPresentation: undefined }),
			READY_CONTACTS,
			'unmet',
			'no customer presentation (a 5 to 10 slide pitch deck): add `documents.customerPresentation`',
		],
		['customer-presentation', withDocuments({ customerPresentation: 'https://contoso.example/pitch.pptx' }), READY_CONTACTS, 'met', ''],
		[
			'markets',
			{ markets: [] },
			[],
			'unmet',
			'no markets: list in `markets` the countries where the offer seeks co-sell ready, or [OOO] for all',
		],
		['markets', { markets: ['OOO'] }, [], 'met', ''],
		['mpn-id', withPrerequisites({ mpnId: undefined }), READY_CONTACTS, 'unmet', 'no MPN ID declared: set `prerequisites.mpnId`'],
		['mpn-id', withPrerequisites({ mpnId: 7654321 }), READY_CONTACTS, 'met', ''],
		[
			'business-profile',
			withPrerequisites({ businessProfileComplete: false }),
			READY_CONTACTS,
			'unmet',
			'business profile not declared complete: complete it in Partner Center, then set `prerequisites.businessProfileComplete: true`',
		],
		[
			'live',
			withPrerequisites({ live: false }),
			READY_CONTACTS,
			'unmet',
			'offer not declared live: publish it, then set `prerequisites.live: true`',
		],
		[
			'gold-competency',
			{ solutionType: 'Service' },
			READY_CONTACTS,
			'unmet',
			'Service offers need a gold competency: set `prerequisites.goldCompetency: true` once you hold one',
		],
		['gold-competency', { solutionType: 'Service', ...withPrerequisites({ goldCompetency: true }) }, READY_CONTACTS, 'met', ''],
		[
			'gold-competency',
			{ solutionType: 'Managed Service' },
			READY_CONTACTS,
			'not-applicable',
			'only Service offers need a gold competency',
		],
		['gold-competency', { solutionType: 'Device' }, READY_CONTACTS, 'not-applicable', 'only Service offers need a gold competency'],
		['isv-connect', { platforms: ['Azure', 'Dynamics 365'] }, READY_CONTACTS, 'unmet', ISV_NEEDED],
		['isv-connect', { platforms: ['Power Platform'] }, READY_CONTACTS, 'not-applicable', ISV_NOT_NEEDED],
		[
			'isv-connect',
			{ solutionAreas: [{ area: 'Business Applications', subAreas: ['Power Platform apps'] }] },
			READY_CONTACTS,
			'unmet',
			ISV_NEEDED,
		],
		[
			'isv-connect',
			{ solutionAreas: [{ area: 'Business Applications', subAreas: ['Sales'] }], platforms: ['Azure', 'Power Platform'] },
			READY_CONTACTS,
			'not-applicable',
			ISV_NOT_NEEDED,
		],
		['isv-connect', { platforms: ['Dynamics 365'], ...withPrerequisites({ isvConnect: true }) }, READY_CONTACTS, 'met', ''],
		[
			'isv-connect',
			{ solutionType: 'Service', platforms: ['Dynamics 365'], ...withPrerequisites({ goldCompetency: true }) },
			READY_CONTACTS,
			'not-applicable',
			ISV_NOT_NEEDED,
		],
	])('%s: %j gives %s', (id, change, contacts, status, reason) => {
		const item = itemOf(coSellReadyChecklist(readyOffer(change), contacts).items, id);
		expect({ status: item.status, reason: item.reason }).toEqual({ status, reason });
	});

	it('is not met when one item is unmet, and met when items are only not applicable', () => {
		expect(coSellReadyChecklist(readyOffer({ platforms: [] }), READY_CONTACTS).met).toBe(false);
		const service = readyOffer({ solutionType: 'Service', ...withPrerequisites({ goldCompetency: true }) });
		expect(coSellReadyChecklist(service, READY_CONTACTS).met).toBe(true);
	});
});

describe('sales coverage', () => {
	const sales = (countries: string) => contact({ countries, email: `sales-${countries.replace(/\W/g, '')}@contoso.example` });
	const marketing = (countries: string) => contact({ countries, role: 'Partner marketing', email: 'marketing@contoso.example' });

	// [case, markets, contacts, uncovered markets, reason]
	it.each<[string, string[], Contact[], string[], string]>([
		['one contact covering every market', ['US', 'CA'], [sales('US, CA')], [], ''],
		['one contact per market', ['US', 'CA'], [sales('US'), sales('CA')], [], ''],
		['an OOO sales contact covering countries', ['US', 'FR'], [sales('OOO')], [], ''],
		['an OOO sales contact for OOO markets', ['OOO'], [sales('OOO')], [], ''],
		['no markets: nothing to cover', [], [], [], ''],
		[
			'a market without contact',
			['US', 'CA'],
			[sales('US')],
			['CA'],
			'no Partner sales contact covers Canada (CA): add one to contacts.csv',
		],
		[
			'no contacts at all',
			['US', 'CA'],
			[],
			['US', 'CA'],
			'no Partner sales contact covers United States (US); no Partner sales contact covers Canada (CA): add one to contacts.csv',
		],
		[
			'a contact of another role does not count',
			['US'],
			[marketing('US'), contact({ role: 'Partner technical sales' }), contact({ role: 'Partner customer success manager' })],
			['US'],
			'no Partner sales contact covers United States (US): add one to contacts.csv',
		],
		[
			'an OOO contact of another role does not count',
			['US'],
			[marketing('OOO')],
			['US'],
			'no Partner sales contact covers United States (US): add one to contacts.csv',
		],
		[
			'OOO markets need an OOO sales contact, not contacts for countries',
			['OOO'],
			[sales('US, CA, GB')],
			['OOO'],
			'markets is OOO (all countries) but no Partner sales contact has Countries/Regions OOO: add one to contacts.csv',
		],
		[
			'OOO markets and an OOO contact of another role',
			['OOO'],
			[marketing('OOO')],
			['OOO'],
			'markets is OOO (all countries) but no Partner sales contact has Countries/Regions OOO: add one to contacts.csv',
		],
		[
			'a state does not matter: the country does',
			['CA'],
			[sales('US'), contact({ countries: 'US', states: 'US-WA', email: 'wa@contoso.example' })],
			['CA'],
			'no Partner sales contact covers Canada (CA): add one to contacts.csv',
		],
	])('%s', (_case, markets, contacts, uncovered, reason) => {
		const offered = readyOffer({ markets });
		expect(uncoveredMarkets(offered, contacts)).toEqual(uncovered);
		const item = itemOf(coSellReadyChecklist(offered, contacts).items, 'sales-coverage');
		expect(item).toEqual({
			id: 'sales-coverage',
			label: 'Partner sales contact for every market',
			field: 'markets',
			status: uncovered.length === 0 ? 'met' : 'unmet',
			reason,
			uncoveredMarkets: uncovered,
		});
	});
});

describe('ipCoSellChecklist', () => {
	it('meets every item for a complete IP offer on Azure', () => {
		const checklist = ipCoSellChecklist(readyOffer({}), READY_CONTACTS);
		expect(checklist.status).toBe('ip-co-sell');
		expect(checklist.met).toBe(true);
		expect(checklist.items.map((item) => [item.id, item.status, item.field])).toEqual([
			['co-sell-ready', 'met', ''],
			['ip-solution', 'met', 'solutionType'],
			['on-azure', 'met', 'platforms'],
			['azure-revenue', 'met', 'prerequisites.azureConsumedRevenueUsd'],
			['technical-validation', 'met', 'prerequisites.technicalValidation'],
			['reference-architecture', 'met', 'documents.referenceArchitecture'],
		]);
	});

	it('pins the revenue threshold at 100,000 USD', () => {
		expect(IP_CO_SELL_REVENUE_USD).toBe(100_000);
	});

	// [item, change to the ready offer, contacts, status, reason]
	it.each<[string, Change, Contact[], ChecklistItem['status'], string]>([
		['co-sell-ready', { segments: [] }, READY_CONTACTS, 'unmet', 'the offer is not co-sell ready yet: see that checklist'],
		['co-sell-ready', {}, [], 'unmet', 'the offer is not co-sell ready yet: see that checklist'],
		['ip-solution', { solutionType: 'IP (application)' }, READY_CONTACTS, 'met', ''],
		[
			'ip-solution',
			{ solutionType: 'Device' },
			READY_CONTACTS,
			'unmet',
			'solution type is Device: IP co-sell is for IP (application) offers',
		],
		[
			'ip-solution',
			{ solutionType: 'Managed Service' },
			READY_CONTACTS,
			'unmet',
			'solution type is Managed Service: IP co-sell is for IP (application) offers',
		],
		[
			'on-azure',
			{ platforms: ['Microsoft 365'] },
			READY_CONTACTS,
			'unmet',
			'Azure is not among `platforms`: IP co-sell is for solutions on Azure',
		],
		['on-azure', { platforms: ['Windows', 'azure'] }, READY_CONTACTS, 'met', ''],
		[
			'azure-revenue',
			withPrerequisites({ azureConsumedRevenueUsd: undefined }),
			READY_CONTACTS,
			'unmet',
			'no Azure consumed revenue declared: set `prerequisites.azureConsumedRevenueUsd`',
		],
		[
			'azure-revenue',
			withPrerequisites({ azureConsumedRevenueUsd: 0 }),
			READY_CONTACTS,
			'unmet',
			'declared revenue 0 USD is below 100,000 USD',
		],
		[
			'azure-revenue',
			withPrerequisites({ azureConsumedRevenueUsd: 99_999 }),
			READY_CONTACTS,
			'unmet',
			'declared revenue 99,999 USD is below 100,000 USD',
		],
		[
			'azure-revenue',
			withPrerequisites({ azureConsumedRevenueUsd: 99_999.5 }),
			READY_CONTACTS,
			'unmet',
			'declared revenue 99,999.5 USD is below 100,000 USD',
		],
		['azure-revenue', withPrerequisites({ azureConsumedRevenueUsd: 100_000 }), READY_CONTACTS, 'met', ''],
		['azure-revenue', withPrerequisites({ azureConsumedRevenueUsd: 2_500_000 }), READY_CONTACTS, 'met', ''],
		[
			'technical-validation',
			withPrerequisites({ technicalValidation: false }),
			READY_CONTACTS,
			'unmet',
			'no passed technical validation declared: set `prerequisites.technicalValidation: true` once Microsoft confirms it',
		],
		[
			'reference-architecture',
			withDocuments({ referenceArchitecture: undefined }),
			READY_CONTACTS,
			'unmet',
			'no reference architecture diagram: add `documents.referenceArchitecture`',
		],
		[
			'reference-architecture',
			withDocuments({ referenceArchitecture: 'https://contoso.example/architecture.png' }),
			READY_CONTACTS,
			'met',
			'',
		],
	])('%s: %j gives %s', (id, change, contacts, status, reason) => {
		const checklist = ipCoSellChecklist(readyOffer(change), contacts);
		const item = itemOf(checklist.items, id);
		expect({ status: item.status, reason: item.reason }).toEqual({ status, reason });
		if (status === 'unmet') expect(checklist.met).toBe(false);
	});

	it('is not met when only the co-sell ready status is missing', () => {
		const checklist = ipCoSellChecklist(readyOffer(withPrerequisites({ live: false })), READY_CONTACTS);
		expect(checklist.items.filter((item) => item.status === 'unmet').map((item) => item.id)).toEqual(['co-sell-ready']);
		expect(checklist.met).toBe(false);
	});
});

describe('readiness', () => {
	it('returns both checklists', () => {
		const offered = readyOffer({ markets: ['OOO'] });
		const contacts = [contact({ countries: 'OOO' })];
		expect(readiness(offered, contacts)).toEqual({
			coSellReady: coSellReadyChecklist(offered, contacts),
			ipCoSell: ipCoSellChecklist(offered, contacts),
		});
		expect(readiness(offered, contacts).ipCoSell.met).toBe(true);
	});
});
