import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { offerTemplate } from '../../src/domain/offer-template.ts';
import { DEFAULT_LABELS, LINE_LIMITS, resolveTemplate, TemplateFileSchema, templateTerms } from '../../src/domain/one-pager-template.ts';
import { BUILT_IN_TEMPLATES } from '../../src/domain/vocabulary.ts';
import { problemMessages, zodProblems } from '../../src/domain/zod-problems.ts';
import { loadTemplates } from '../../src/loading/templates.ts';
import { parseYamlSource } from '../../src/loading/yaml-source.ts';

const VALID = `title: Microsoft Azure
colors:
  primary: "#0063B1"
  accent: "#50e6ff"
  tint: "#eef6fc"
sections:
  - summary
  - [benefits, facts]
  - contacts
  - learnMore
`;

/** Problems of a template file as `line:column field message`. */
function problemsOf(yaml: string): string[] {
	const source = parseYamlSource(yaml);
	const parsed = TemplateFileSchema().safeParse(source.data, { error: problemMessages });
	if (parsed.success) return [];
	return zodProblems(parsed.error, source.locate).map((problem) => `${problem.line}:${problem.column} ${problem.field} ${problem.message}`);
}

describe('template schema', () => {
	it('accepts a small file and fills in the defaults', () => {
		const parsed = TemplateFileSchema().parse(parseYamlSource(VALID).data);
		const template = resolveTemplate('azure', parsed);
		expect(template.title).toEqual({ en: 'Microsoft Azure', 'zh-cn': 'Microsoft Azure' });
		expect(template.sections).toEqual([['summary'], ['benefits', 'facts'], ['contacts'], ['learnMore']]);
		expect(template.colors.primary).toEqual([0, 0x63 / 255, 0xb1 / 255]);
		expect(template.colors.ink).toEqual([0x1b / 255, 0x1b / 255, 0x1b / 255]);
		expect(template.labels['zh-cn'].benefits).toBe(DEFAULT_LABELS['zh-cn'].benefits);
		expect(template.maxLines.summary).toBe(LINE_LIMITS.summary.default);
		expect(template.aliases).toEqual([]);
	});

	it('takes a title per language, aliases and label overrides', () => {
		const yaml = `${VALID}aliases: [office-365]
labels:
  en: { benefits: Why it matters }
  zh-cn: { benefits: 价值 }
maxLines: { summary: 6 }
`.replace('title: Microsoft Azure', 'title: { en: Microsoft 365, zh-cn: Microsoft 365 办公 }');
		const template = resolveTemplate('microsoft-365', TemplateFileSchema().parse(parseYamlSource(yaml).data));
		expect(template.title['zh-cn']).toBe('Microsoft 365 办公');
		expect(template.labels.en.benefits).toBe('Why it matters');
		expect(template.labels['zh-cn'].benefits).toBe('价值');
		expect(template.labels.en.markets).toBe('Markets');
		expect(template.maxLines.summary).toBe(6);
		expect(offerTemplate({ onePager: { template: 'Office-365', benefits: [] }, platforms: [] }, [template])).toBe(template);
		expect(templateTerms([template])).toEqual([{ name: 'microsoft-365', aliases: ['office-365'] }]);
	});

	it.each([
		[
			'a colour that is not #rrggbb',
			VALID.replace('"#50e6ff"', 'cyan'),
			['4:3 colors.accent must be a colour written #rrggbb, e.g. "#0078d4"'],
		],
		['a missing colour', VALID.replace('  tint: "#eef6fc"\n', ''), ['2:1 colors.tint is required']],
		[
			'an unknown section, with a suggestion',
			VALID.replace('  - learnMore', '  - learnmore'),
			[
				'10:5 sections[3] unknown section "learnmore". Did you mean "learnMore"? Use "summary", "benefits", "facts", "contacts" or "learnMore".',
				'6:1 sections misses "learnMore": list every section once',
			],
		],
		['a repeated section', `${VALID}  - summary\n`, ['11:5 sections[4] repeats section "summary": list it once']],
		[
			'contacts beside another section',
			VALID.replace('  - contacts\n', '')
				.replace('[benefits, facts]', '[benefits, facts]\n  - [contacts, learnMore]')
				.replace('  - learnMore\n', ''),
			['9:6 sections[2][0] "contacts" needs the full page width: list it on a line of its own'],
		],
		[
			'three sections side by side',
			VALID.replace('[benefits, facts]', '[benefits, facts, summary]').replace('  - summary\n', ''),
			[
				'7:5 sections[0] must name one section, or two to stand side by side, e.g. [benefits, facts]',
				'6:1 sections misses "summary", "benefits" and "facts": list every section once',
			],
		],
		[
			'an unknown label',
			`${VALID}labels:\n  en:\n    benefit: Why\n`,
			[
				'13:5 labels.en.benefit is not a known field. Did you mean "benefits"? Known fields: tagline, benefits, facts, solutionType, platforms, solutionAreas, markets, allMarkets, contacts, country, name, jobTitle, email, moreContacts, noContacts, learnMore, scanLandingPage, scanOfferPage, publishedBy, lastUpdated, device, ip, service, managedService.',
			],
		],
		[
			'a line limit out of range',
			`${VALID}maxLines:\n  summary: 20\n`,
			['12:3 maxLines.summary must be at most 8: more does not fit on one page'],
		],
		[
			'an alias that is not a name',
			`${VALID}aliases: [Office 365]\n`,
			['11:11 aliases[0] must be a name of lowercase letters, digits and single hyphens, e.g. "azure"'],
		],
		[
			'an unknown field',
			`${VALID}colour: red\n`,
			['11:1 colour is not a known field. Did you mean "colors"? Known fields: aliases, title, colors, sections, maxLines, logo, labels.'],
		],
	])('reports %s where it stands', (_name, yaml, expected) => {
		expect(problemsOf(yaml)).toEqual(expected);
	});
});

describe('loadTemplates', () => {
	const dirs: string[] = [];
	afterAll(() => {
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	});
	const folder = (files: Record<string, string>) => {
		const dir = mkdtempSync(join(tmpdir(), 'templates-'));
		dirs.push(dir);
		for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
		return dir;
	};

	it('loads the four built-in templates without problems', async () => {
		const loaded = await loadTemplates();
		expect(loaded.problems).toEqual([]);
		expect(templateTerms(loaded.templates)).toEqual(
			BUILT_IN_TEMPLATES.map((term) => ({ name: term.name, aliases: [...(('aliases' in term && term.aliases) || [])] })),
		);
		for (const template of loaded.templates) {
			expect(template.title.en, template.name).not.toBe('');
			expect(template.sections.flat().sort(), template.name).toEqual(['benefits', 'contacts', 'facts', 'learnMore', 'summary']);
		}
	});

	it('names a template after its file, and a new file adds a template', async () => {
		const dir = folder({ 'azure.yaml': VALID, 'surface.yml': VALID.replace('Microsoft Azure', 'Surface') });
		const loaded = await loadTemplates(dir, dir);
		expect(loaded.problems).toEqual([]);
		expect(loaded.templates.map((template) => [template.name, template.title.en])).toEqual([
			['azure', 'Microsoft Azure'],
			['surface', 'Surface'],
		]);
	});

	it('reports problems with file, line and column, and leaves the bad template out', async () => {
		const dir = folder({
			'azure.yaml': VALID.replace('"#eef6fc"', '"#eef6f"'),
			'Bad Name.yaml': VALID,
			'm365.yaml': `${VALID}aliases: [office-365]\n`,
			'office.yaml': `${VALID}aliases: [office-365]\n`,
			'broken.yaml': 'title: [unclosed\n',
			'notes.txt': 'not a template',
		});
		const loaded = await loadTemplates(dir, dir);
		expect(loaded.templates.map((template) => template.name)).toEqual(['m365']);
		expect(
			loaded.problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.field} ${problem.message}`),
		).toEqual([
			'Bad Name.yaml:1:1 file "Bad Name.yaml" is not a valid template file name: use lowercase letters, digits and single hyphens, e.g. azure.yaml',
			'azure.yaml:5:3 colors.tint must be a colour written #rrggbb, e.g. "#0078d4"',
			expect.stringMatching(/^broken\.yaml:\d+:\d+ yaml /),
			'office.yaml:11:11 aliases[0] "office-365" is already the name or an alias of m365.yaml: pick another',
		]);
	});

	it('reports a missing templates folder', async () => {
		const dir = folder({});
		const loaded = await loadTemplates(join(dir, 'templates'), dir);
		expect(loaded.templates).toEqual([]);
		expect(loaded.problems.map((problem) => `${problem.file} ${problem.field} ${problem.message}`)).toEqual([
			'templates templates is missing: the one-pagers need their templates (azure.yaml, dynamics-365.yaml, ...) in this folder',
		]);
	});
});
