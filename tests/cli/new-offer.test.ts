import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCommand } from '../helpers/run.ts';

const HEADER = 'Name,Email,Job title,Role,Countries/Regions,States/Provinces';

const workspaces: string[] = [];
afterAll(() => {
	for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder with a copy of a fixture kit in kit/; the commands run there with SALES_KIT_CONTENT=kit. */
function workspace(fixture = 'valid-kit'): string {
	const dir = mkdtempSync(join(tmpdir(), 'sales-kit-new-'));
	workspaces.push(dir);
	cpSync(join(ROOT, 'tests/fixtures', fixture), join(dir, 'kit'), { recursive: true });
	return dir;
}

const newOffer = (dir: string, args: string[], content = 'kit') => runCommand('new-offer', args, { content, cwd: dir });
// validate reads the project's templates/, so it runs from the project, as users run it.
const validate = (dir: string) => runCommand('validate', [], { content: join(dir, 'kit') });
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/** Every file under `dir` with its bytes. */
function files(dir: string): Record<string, string> {
	const paths = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(dir, path)).isFile());
	return Object.fromEntries(paths.sort().map((path) => [path, readFileSync(join(dir, path)).toString('base64')]));
}

/** The problems validate reports for one offer, without its co-sell readiness warnings. */
function errorsOf(dir: string, slug: string): string[] {
	const result = validate(dir);
	return result.stdout.split('\n').filter((line) => line.includes(`/offers/${slug}/`) && !line.includes(' warning '));
}

describe('npm run new', () => {
	it('creates a commented index.mdx and a contacts.csv holding the header, which validate accepts', () => {
		const dir = workspace();
		const result = newOffer(dir, ['contoso-retail-insights']);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe(
			[
				'Created kit/offers/contoso-retail-insights/index.mdx and kit/offers/contoso-retail-insights/contacts.csv.',
				'Next:',
				'  1. Fill in kit/offers/contoso-retail-insights/index.mdx: the comments explain every field.',
				'  2. Add the contacts to contacts.csv, or import them: npm run contacts -- import contoso-retail-insights <file.csv>',
				'  3. Check the offer: npm run validate',
				'  4. Publish it: set `draft: false` in index.mdx.',
				'',
			].join('\n'),
		);
		expect(result.status).toBe(0);
		expect(readdirSync(join(dir, 'kit/offers/contoso-retail-insights')).sort()).toEqual(['contacts.csv', 'index.mdx']);
		expect(read(dir, 'kit/offers/contoso-retail-insights/contacts.csv')).toBe(`${HEADER}\n`);

		const mdx = read(dir, 'kit/offers/contoso-retail-insights/index.mdx');
		expect(mdx).toMatch(/^---\n# This offer's co-sell details/);
		expect(mdx).toContain("\ntitle: Contoso Retail Insights          # required: the offer's name, as sellers know it\n");
		expect(mdx).toContain('\nlang: en ');
		expect(mdx).toContain('\ndraft: true ');
		expect(mdx).toContain('\nsolutionType: IP ');
		expect(mdx).toContain('\n  template: azure ');
		expect(mdx).toContain('\n---\n\n## What it does\n');

		// No errors; the new offer's readiness gaps are warnings.
		const check = validate(dir);
		expect(check.status).toBe(0);
		expect(check.stderr).toMatch(/^✓ 0 errors, \d+ warnings in 2 valid offers\n$/);
		expect(check.stdout).toContain('/offers/contoso-retail-insights/index.mdx:');
	});

	it.each<[string[], Record<string, string>]>([
		[['--type', 'Device'], { solutionType: 'Device' }],
		[['--type', 'IP (application)'], { solutionType: 'IP' }],
		[['--type', 'device (hardware)'], { solutionType: 'Device' }],
		[['--type', 'managed service'], { solutionType: 'Managed Service' }],
		[['--template', 'dynamics-365'], { template: 'dynamics-365' }],
		[['--template', 'office-365'], { template: 'microsoft-365' }],
		[['--template', 'Windows'], { template: 'windows' }],
		[['--lang', 'zh-cn'], { lang: 'zh-cn' }],
		[
			['--lang', 'zh-CN', '--type', 'Service', '--template', 'microsoft-365'],
			{ lang: 'zh-cn', solutionType: 'Service', template: 'microsoft-365' },
		],
	])('%j writes %j, and the offer passes validate', (args, expected) => {
		const dir = workspace();
		const result = newOffer(dir, ['fabrikam-field-service', ...args]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const mdx = read(dir, 'kit/offers/fabrikam-field-service/index.mdx');
		const { solutionType = 'IP', template = 'azure', lang = 'en' } = expected;
		expect(mdx).toContain(`\nsolutionType: ${solutionType} `);
		expect(mdx).toContain(`\n  template: ${template} `);
		expect(mdx).toContain(`\nlang: ${lang} `);
		expect(errorsOf(dir, 'fabrikam-field-service')).toEqual([]);
		expect(validate(dir).status).toBe(0);
	});

	it('writes Chinese comments, placeholders and body with --lang zh-cn', () => {
		const dir = workspace();
		expect(newOffer(dir, ['xingqiao-teams', '--lang', 'zh-cn']).status).toBe(0);
		const mdx = read(dir, 'kit/offers/xingqiao-teams/index.mdx');
		expect(mdx).toContain('\nsummary: 用一句话说明本方案为客户带来的价值。');
		expect(mdx).toContain('\npublisher: 贵公司名称                   # 必填：销售本方案的公司\n');
		expect(mdx).toContain('\n---\n\n## 功能\n');
	});

	it("quotes the kit's own taxonomy in the comments", () => {
		const dir = workspace('custom-taxonomy');
		expect(newOffer(dir, ['adatum-edge']).status).toBe(0);
		const mdx = read(dir, 'kit/offers/adatum-edge/index.mdx');
		expect(mdx).toContain('# Microsoft platforms, e.g. [Azure]: Azure, Azure Stack HCI\n');
		expect(mdx).toContain('#   - area: Edge computing\n#     subAreas: [Retail stores]\n');
		expect(errorsOf(dir, 'adatum-edge')).toEqual([]);
	});

	it('creates the offers folder of a new content folder', () => {
		const dir = workspace();
		const result = newOffer(dir, ['first-offer'], 'new-kit');
		expect(result.status).toBe(0);
		expect(read(dir, 'new-kit/offers/first-offer/contacts.csv')).toBe(`${HEADER}\n`);
	});

	it.each([
		['en', [], 6, 7, 43],
		['zh-cn', ['--lang', 'zh-cn'], 6, 7, 43],
	] as const)(
		'warns, once published, at each placeholder left in a new %s offer (an error with --strict)',
		(_lang, args, summaryLine, publisherLine, bodyLine) => {
			const dir = workspace();
			expect(newOffer(dir, ['fabrikam-desk', ...args]).status).toBe(0);
			const file = join(dir, 'kit/offers/fabrikam-desk/index.mdx');
			const starterWarnings = (strict: boolean) => {
				const result = runCommand('validate', ['--json', ...(strict ? ['--strict'] : [])], { content: join(dir, 'kit') });
				const problems = JSON.parse(result.stdout) as { file: string; line: number; severity: string; field: string; message: string }[];
				return {
					status: result.status,
					found: problems
						.filter(
							(problem) => problem.file.endsWith('fabrikam-desk/index.mdx') && problem.message.startsWith('still holds the starter text'),
						)
						.map((problem) => `${problem.line} ${problem.severity} ${problem.field}`),
				};
			};
			// A draft may hold them.
			expect(starterWarnings(false).found).toEqual([]);
			writeFileSync(file, read(dir, 'kit/offers/fabrikam-desk/index.mdx').replace(/^draft: true/m, 'draft: false'));
			expect(starterWarnings(false)).toEqual({
				status: 0,
				found: [`${summaryLine} warning summary`, `${publisherLine} warning publisher`, `${bodyLine} warning body`],
			});
			expect(starterWarnings(true).status).toBe(1);
			expect(starterWarnings(true).found).toEqual([
				`${summaryLine} error summary`,
				`${publisherLine} error publisher`,
				`${bodyLine} error body`,
			]);
		},
	);

	it('refuses to overwrite an existing offer, and exits 1', () => {
		const dir = workspace();
		const before = files(dir);
		const result = newOffer(dir, ['woodgrove-ledger']);
		expect(result.stderr).toBe(
			'new: kit/offers/woodgrove-ledger already exists: choose another slug, or edit the offer in kit/offers/woodgrove-ledger/index.mdx\n',
		);
		expect(result.stdout).toBe('');
		expect(result.status).toBe(1);
		expect(files(dir)).toEqual(before);
	});

	it('refuses a file in the place of the offer folder', () => {
		const dir = workspace();
		writeFileSync(join(dir, 'kit/offers/notes'), 'not an offer\n');
		const before = files(dir);
		const result = newOffer(dir, ['notes']);
		expect(result.stderr).toBe(
			'new: kit/offers/notes already exists: choose another slug, or edit the offer in kit/offers/notes/index.mdx\n',
		);
		expect(result.status).toBe(1);
		expect(files(dir)).toEqual(before);
	});

	it.each<[string[], string]>([
		[
			['Contoso_Retail'],
			'"Contoso_Retail" is not a valid slug: use lowercase letters, digits and single hyphens (no spaces, capitals or other signs), e.g. contoso-retail-insights',
		],
		[['contoso--retail'], '"contoso--retail" is not a valid slug: use lowercase letters, digits and single hyphens'],
		[['-contoso'], 'unknown option "-contoso". The options are --type, --template, --lang, --help'],
		[['../escape'], '"../escape" is not a valid slug'],
		[[], 'name the new offer: npm run new -- <slug>'],
		[['a', 'b'], 'unexpected argument "b"'],
		[
			['contoso', '--type', 'IPP'],
			'--type: unknown solution type "IPP". Did you mean "IP"? Use one of "Device", "IP", "Service" or "Managed Service".',
		],
		[['contoso', '--template', 'surface'], '--template: unknown one-pager template "surface".'],
		[['contoso', '--lang', 'fr'], '--lang: unknown language "fr".'],
		[['contoso', '--type'], 'option "--type" needs a value, e.g. --type <value>'],
		[['contoso', '--title', 'X'], 'unknown option "--title". The options are --type, --template, --lang, --help'],
	])('%j: exits 2 with the usage, creating nothing', (args, message) => {
		const dir = workspace();
		const before = files(dir);
		const result = newOffer(dir, args);
		expect(result.stderr.startsWith(`new: ${message}`)).toBe(true);
		expect(result.stderr).toContain(
			'\n\nUsage: npm run new -- <slug> [--type <solution type>] [--template <one-pager template>] [--lang <lang>]\n',
		);
		expect(result.stdout).toBe('');
		expect(result.status).toBe(2);
		expect(files(dir)).toEqual(before);
	});

	it('prints the usage with --help, and exits 0', () => {
		const result = newOffer(workspace(), ['--help']);
		expect(result.stdout).toContain('--type         the solution type: Device, IP, Service, Managed Service (default: IP)');
		expect(result.stdout).toContain(
			'--template     a one-pager template of templates/, e.g. azure, dynamics-365, microsoft-365, windows (default: azure)',
		);
		expect(result.status).toBe(0);
	});
});
