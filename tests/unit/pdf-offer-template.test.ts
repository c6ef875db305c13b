// One definition of the template an offer's one-pager uses: the build draws with it and
// `npm run validate` warns with it, so validate warns exactly when the build's PDF is cut, with
// or without `onePager` in the offer.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offerTemplate } from '../../src/domain/offer-template.ts';
import { BUILT_IN_TEMPLATES } from '../../src/domain/vocabulary.ts';
import { lastChangeLookup } from '../../src/loading/last-change.ts';
import { loadKit } from '../../src/loading/load-kit.ts';
import { onePagerFitCheck } from '../../src/pdf/fit.ts';
import { generateOnePagers } from '../../src/pdf/generate.ts';
import { CONTACTS_HEADER } from '../helpers/one-pager.ts';
import { temporaryFolders } from '../helpers/temp-folders.ts';

const LONG_KIT = 'tests/fixtures/long-one-pager';
const OFFER = 'offers/tailwind-traders-long';

describe('offerTemplate', () => {
	const templates = BUILT_IN_TEMPLATES;
	it.each([
		[{ onePager: { template: 'windows', benefits: [] }, platforms: ['Azure'] }, 'windows'],
		[{ onePager: { template: 'Office-365', benefits: [] }, platforms: [] }, 'microsoft-365'],
		[{ platforms: ['Dynamics 365', 'Azure'] }, 'dynamics-365'],
		[{ platforms: ['Power Platform', 'Windows'] }, 'windows'],
		[{ platforms: ['Office 365'] }, 'microsoft-365'],
		[{ platforms: ['Surface'] }, 'azure'],
		[{ platforms: [] }, 'azure'],
	])('gives %j the %s template', (offer, name) => {
		expect(offerTemplate(offer, templates)?.name).toBe(name);
	});

	it('names no template when the kit has none', () => {
		expect(offerTemplate({ platforms: ['Azure'] }, [])).toBeUndefined();
	});
});

describe('validate and the build agree on an offer without onePager', () => {
	const tempFolder = temporaryFolders();

	/** A copy of the long one-pager kit whose offer has no `onePager` block, changed by `edit`. */
	function kitWithoutOnePager(edit: (offerDir: string) => void = () => {}): string {
		const dir = tempFolder('offer-template-');
		cpSync(LONG_KIT, dir, { recursive: true });
		const file = join(dir, OFFER, 'index.mdx');
		const source = readFileSync(file, 'utf8');
		const without = source.replace(/^onePager:\n(?:[ \t]+.*\n)+/m, '');
		expect(without).not.toContain('onePager');
		writeFileSync(file, without);
		edit(join(dir, OFFER));
		return dir;
	}

	/** validate's one-pager warnings (as the command loads the kit) and the cuts of the build's PDFs. */
	async function warningsAndCuts(contentDir: string): Promise<{ warnings: string[]; cuts: number }> {
		const fitCheck = onePagerFitCheck({ pageSize: 'A4', lastChange: await lastChangeLookup(contentDir) });
		const warnings: string[] = [];
		await loadKit(contentDir, {
			checkOnePager: async (offer, templates, taxonomy) => {
				const findings = await fitCheck(offer, templates, taxonomy);
				warnings.push(...findings.map((finding) => finding.message));
				return findings;
			},
		});
		const outDir = tempFolder('offer-template-out-');
		const built = await generateOnePagers({ contentDir, outDir, pageSize: 'A4', workers: 0 });
		return { warnings, cuts: built.files.reduce((sum, file) => sum + file.cuts, 0) };
	}

	it('warns with the first platform’s template when that one-pager is cut', async () => {
		const { warnings, cuts } = await warningsAndCuts(kitWithoutOnePager());
		expect(cuts).toBeGreaterThan(0);
		expect(warnings.length).toBeGreaterThan(0);
		for (const warning of warnings) expect(warning).toContain('the azure one-pager');
	});

	it('names the template of another first platform', async () => {
		const dir = kitWithoutOnePager((offerDir) => {
			const file = join(offerDir, 'index.mdx');
			writeFileSync(file, readFileSync(file, 'utf8').replace('platforms: [Azure]', 'platforms: [Power Platform, Dynamics 365]'));
		});
		const { warnings, cuts } = await warningsAndCuts(dir);
		expect(cuts).toBeGreaterThan(0);
		expect(warnings.length).toBeGreaterThan(0);
		for (const warning of warnings) expect(warning).toContain('the dynamics-365 one-pager');
	});

	it('warns about nothing when nothing is cut', async () => {
		const dir = kitWithoutOnePager((offerDir) => {
			rmSync(join(offerDir, 'index.zh-cn.mdx'));
			writeFileSync(
				join(offerDir, 'contacts.csv'),
				`${CONTACTS_HEADER}\nAva Reyes,ava@tailwind.example,Account executive,Partner sales,US,\n`,
			);
		});
		expect(await warningsAndCuts(dir)).toEqual({ warnings: [], cuts: 0 });
	});
});
