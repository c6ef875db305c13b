import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { otherDocumentTitles } from '../../src/domain/localized-offer.ts';
import { offerDocuments } from '../../src/site/documents.ts';
import { offer as parseOffer, READY_OFFER } from './support.ts';

const offerDir = mkdtempSync(join(tmpdir(), 'offer-documents-'));
afterAll(() => rmSync(offerDir, { recursive: true, force: true }));

describe('the documents an offer page lists', () => {
	mkdirSync(join(offerDir, 'documents'));
	writeFileSync(join(offerDir, 'documents/pitch.pptx'), 'x'.repeat(2048));
	writeFileSync(join(offerDir, 'documents/architecture.png'), 'png');
	writeFileSync(join(offerDir, 'documents/security.pdf'), 'pdf');
	const offer = parseOffer({
		...READY_OFFER,
		documents: {
			...READY_OFFER.documents,
			other: [
				{ title: 'Demo video', url: 'https://contoso.example/demo' },
				{ title: 'Security overview', file: './documents/security.pdf' },
			],
		},
	});

	it('lists the one-pager, the co-sell slots in order, then the other documents under the titles given', () => {
		const translation = { documents: { other: [{ title: '安全概览', file: 'documents/security.pdf' }] } };
		expect(offerDocuments(offer, offerDir, otherDocumentTitles(offer, { 'zh-cn': translation }, 'zh-cn'))).toEqual([
			{ kind: 'generatedOnePager', type: 'pdf' },
			{ kind: 'customerPresentation', file: 'documents/pitch.pptx', type: 'pptx', size: 2048 },
			{ kind: 'referenceArchitecture', file: 'documents/architecture.png', type: 'png', size: 3 },
			{ kind: 'other', title: 'Demo video', url: 'https://contoso.example/demo', type: 'link' },
			{ kind: 'other', title: '安全概览', file: 'documents/security.pdf', type: 'pdf', size: 3 },
		]);
	});
});
