import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/random.ts';
import { BODY_BYTES } from '../../bench/synthetic-body.ts';
import { CONTACT_COUNT } from '../../bench/synthetic-contacts.ts';
import { syntheticOffers, writeSyntheticKit } from '../../bench/synthetic-kit.ts';
import { parseContactsCsv } from '../../src/domain/contacts-csv.ts';
import { SOLUTION_TYPES } from '../../src/domain/vocabulary.ts';
import { loadKit } from '../../src/loading/load-kit.ts';
import { parseFrontmatter } from '../../src/loading/yaml-source.ts';
import { temporaryFolders } from '../helpers/temp-folders.ts';

const tempFolder = temporaryFolders();

function text(content: string | Uint8Array | undefined): string {
	if (content === undefined) throw new Error('missing file');
	return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
}

describe('seeded randomness', () => {
	it('gives the same numbers for the same seed, and others for another', () => {
		const draws = (seed: number) => Array.from({ length: 20 }, () => seededRandom(seed).fork('x').next());
		expect(draws(1)).toEqual(draws(1));
		const a = seededRandom(1);
		const b = seededRandom(2);
		expect(Array.from({ length: 5 }, () => a.next())).not.toEqual(Array.from({ length: 5 }, () => b.next()));
	});

	it('keeps its helpers within their bounds', () => {
		const random = seededRandom(7);
		for (let i = 0; i < 1000; i++) {
			const value = random.int(3, 5);
			expect(value).toBeGreaterThanOrEqual(3);
			expect(value).toBeLessThanOrEqual(5);
		}
		expect(random.sample([1, 2, 3, 4], 2)).toHaveLength(2);
		expect(random.shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
	});
});

describe('synthetic kit', () => {
	const offers = [...syntheticOffers(60)];

	it('is deterministic: the same number of offers gives the same files', () => {
		const again = [...syntheticOffers(60)];
		expect(again.map((offer) => offer.slug)).toEqual(offers.map((offer) => offer.slug));
		for (const [index, offer] of offers.entries()) expect(again[index]?.files).toEqual(offer.files);
	});

	it('keeps each offer when more offers are asked for', () => {
		const more = [...syntheticOffers(80)];
		for (const [index, offer] of offers.entries()) expect(more[index]?.files).toEqual(offer.files);
	});

	it('gives another kit for another seed', () => {
		const other = [...syntheticOffers(10, 1)];
		expect(other.map((offer) => offer.files.get('index.mdx'))).not.toEqual(
			offers.slice(0, 10).map((offer) => offer.files.get('index.mdx')),
		);
	});

	it('writes unique slugs', () => {
		expect(new Set(offers.map((offer) => offer.slug)).size).toBe(offers.length);
	});

	it('covers every solution type, template and language case', () => {
		const fields = offers.map((offer) => {
			const parsed = parseFrontmatter(text(offer.files.get('index.mdx')));
			if ('problem' in parsed) throw new Error(parsed.problem.message);
			return parsed.yaml.data as { solutionType: string; lang: string; onePager: { template: string } };
		});
		expect(new Set(fields.map((data) => data.solutionType))).toEqual(new Set(SOLUTION_TYPES.map((type) => type.name)));
		expect(new Set(fields.map((data) => data.onePager.template))).toEqual(
			new Set(['azure', 'dynamics-365', 'microsoft-365', 'office-365', 'windows']),
		);
		expect(offers.some((offer) => offer.chinese && offer.translation === undefined)).toBe(true);
		expect(offers.some((offer) => offer.files.has('index.zh-cn.mdx'))).toBe(true);
		expect(offers.some((offer) => offer.files.has('index.en.mdx'))).toBe(true);
	});

	it('writes bodies of 1 to 3 KB with headings, tables and lists', () => {
		for (const offer of offers) {
			for (const [file, content] of offer.files) {
				if (!file.endsWith('.mdx')) continue;
				const parsed = parseFrontmatter(text(content));
				if ('problem' in parsed) throw new Error(parsed.problem.message);
				const bytes = Buffer.byteLength(parsed.body);
				expect(bytes, `${offer.slug}/${file}`).toBeGreaterThanOrEqual(BODY_BYTES.min);
				expect(bytes, `${offer.slug}/${file}`).toBeLessThanOrEqual(BODY_BYTES.max);
				expect(parsed.body).toMatch(/^## /m);
			}
		}
		const bodies = offers.map((offer) => text(offer.files.get('index.mdx')));
		expect(bodies.some((body) => /^\|---/m.test(body))).toBe(true);
		expect(bodies.some((body) => /^- /m.test(body))).toBe(true);
		expect(bodies.some((body) => /[\u4e00-\u9fff]/.test(body))).toBe(true);
	});

	it('writes 3 to 30 contacts across many countries, with OOO and states', () => {
		const countries = new Set<string>();
		const states = new Set<string>();
		for (const offer of offers) {
			const { contacts, problems } = parseContactsCsv(text(offer.files.get('contacts.csv')), { mode: 'strict' });
			expect(problems, offer.slug).toEqual([]);
			expect(contacts.length).toBeGreaterThanOrEqual(CONTACT_COUNT.min);
			expect(contacts.length).toBeLessThanOrEqual(CONTACT_COUNT.max);
			expect(contacts.length).toBe(offer.contactCount);
			for (const { contact } of contacts) {
				for (const code of contact.countries) countries.add(code);
				for (const code of contact.states) states.add(code.slice(0, 2));
			}
		}
		expect(countries.has('OOO')).toBe(true);
		expect(countries.size).toBeGreaterThan(30);
		expect(states).toEqual(new Set(['US', 'CA', 'AU']));
	});

	it('passes validation: no errors, only readiness and one-pager warnings', async () => {
		const folder = tempFolder('synthetic-kit-');
		const summary = await writeSyntheticKit(folder, 60);
		expect(summary.offers).toBe(60);
		expect(readdirSync(join(folder, 'offers'))).toHaveLength(60);
		const kit = await loadKit(folder, { cwd: folder });
		expect(kit.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(kit.offers).toHaveLength(60);
	});
});
