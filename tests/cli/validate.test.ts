import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Result } from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeGrayPng } from '../helpers/pdf-tools.ts';
import { ROOT, runCommand } from '../helpers/run.ts';

const validate = (args: string[], content?: string) => runCommand('validate', args, { content });
const fixture = (name: string) => `tests/fixtures/${name}`;

describe('npm run validate', () => {
	it('passes a valid kit silently, with exit status 0', () => {
		const result = validate([], fixture('valid-kit'));
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe('✓ 0 errors, 0 warnings in 1 valid offer\n');
		expect(result.status).toBe(0);
	});

	it('reports every problem of a broken kit at once, with exit status 1', async () => {
		const result = validate([], fixture('broken-kit'));
		await expect(result.stdout).toMatchFileSnapshot('__snapshots__/broken-kit.txt');
		expect(result.stderr).toBe('✗ 36 errors, 21 warnings in 2 valid offers\n');
		expect(result.status).toBe(1);
	});

	it('prints the same problems as JSON with --json', () => {
		const text = validate([], fixture('broken-kit')).stdout.trimEnd().split('\n');
		const json = validate(['--json'], fixture('broken-kit'));
		expect(json.status).toBe(1);
		const problems = JSON.parse(json.stdout) as Record<string, unknown>[];
		expect(Object.keys(problems[0] ?? {})).toEqual(['file', 'line', 'column', 'severity', 'field', 'message']);
		expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.field} ${p.message}`)).toEqual(text);
	});

	it('reports readiness gaps as warnings: exit 0, or 1 with --strict', () => {
		const result = validate([], fixture('readiness-gaps'));
		expect(result.status).toBe(0);
		const file = 'tests/fixtures/readiness-gaps/offers/tailspin-desk/index.mdx';
		expect(result.stdout.trimEnd().split('\n')).toEqual(
			[
				'1:1 warning segments co-sell ready: no customer segment named: add `segments` (SMB, Corporate, Enterprise)',
				'1:1 warning solutionAreas co-sell ready: no solution area named: add `solutionAreas` with at least one sub-area',
				'1:1 warning onePager co-sell ready: no one-pager: choose a template in `onePager.template` or point `documents.onePager` at your own',
				'1:1 warning documents.customerPresentation co-sell ready: no customer presentation (a 5 to 10 slide pitch deck): add `documents.customerPresentation`',
				'1:1 warning documents.referenceArchitecture IP co-sell: no reference architecture diagram: add `documents.referenceArchitecture`',
				'6:1 warning platforms IP co-sell: Azure is not among `platforms`: IP co-sell is for solutions on Azure',
				'7:15 warning markets[1] co-sell ready: no Partner sales contact covers France (FR): add one to contacts.csv',
				'7:19 warning markets[2] co-sell ready: no Partner sales contact covers Germany (DE): add one to contacts.csv',
				'8:1 warning prerequisites.mpnId co-sell ready: no MPN ID declared: set `prerequisites.mpnId`',
				'8:1 warning prerequisites.businessProfileComplete co-sell ready: business profile not declared complete: complete it in Partner Center, then set `prerequisites.businessProfileComplete: true`',
				'8:1 warning prerequisites.live co-sell ready: offer not declared live: publish it, then set `prerequisites.live: true`',
				'8:1 warning prerequisites.isvConnect co-sell ready: Dynamics 365 and Power Apps offers need ISV Connect: set `prerequisites.isvConnect: true` once enrolled',
				'8:1 warning prerequisites.technicalValidation IP co-sell: no passed technical validation declared: set `prerequisites.technicalValidation: true` once Microsoft confirms it',
				'9:3 warning prerequisites.azureConsumedRevenueUsd IP co-sell: declared revenue 99,999 USD is below 100,000 USD',
			].map((line) => `${file}:${line}`),
		);
		expect(result.stderr).toBe('✓ 0 errors, 14 warnings in 1 valid offer\n');

		const strict = validate(['--strict'], fixture('readiness-gaps'));
		expect(strict.status).toBe(1);
		expect(strict.stdout).toBe(result.stdout.replaceAll(' warning ', ' error '));
	});

	it('checks offers against the taxonomy.yaml of the content folder', () => {
		const result = validate([], fixture('custom-taxonomy'));
		expect(result.status).toBe(1);
		const errors = result.stdout.split('\n').filter((line) => line.includes(' error '));
		expect(errors).toEqual([
			'tests/fixtures/custom-taxonomy/offers/adatum-sql/index.mdx:6:13 error platforms[0] unknown platform "SQL Server". Use one of "Azure" or "Azure Stack HCI".',
			'tests/fixtures/custom-taxonomy/offers/adatum-sql/index.mdx:8:5 error solutionAreas[0].area unknown solution area "Data and AI". Use one of "Edge computing".',
			'tests/fixtures/custom-taxonomy/offers/adatum-sql/index.mdx:9:16 error solutionAreas[0].subAreas[0] unknown sub-area "Analytics". Use one of "Retail stores" or "Factories".',
		]);
		// The alias "HCI" of the custom platform and the custom area pass.
		expect(result.stdout).not.toContain('adatum-scan/index.mdx:6');
	});

	it('warns at each custom term of taxonomy.yaml without a Chinese name, saying what to write', () => {
		const result = validate(['--json'], fixture('custom-taxonomy'));
		const problems = JSON.parse(result.stdout) as { file: string; severity: string; message: string }[];
		const taxonomy = problems.filter((problem) => problem.file.endsWith('taxonomy.yaml'));
		expect(taxonomy).toEqual([
			{
				file: 'tests/fixtures/custom-taxonomy/taxonomy.yaml',
				line: 12,
				column: 9,
				severity: 'warning',
				field: 'solutionAreas[0].subAreas[1]',
				message:
					'sub-area "Factories" has no zh-cn name, so Chinese pages and one-pagers print it as it is: write it as { name: Factories, zh-cn: <Chinese name> }',
			},
		]);
	});

	it('reports the problems of an invalid taxonomy.yaml', () => {
		const result = validate([], fixture('bad-taxonomy'));
		expect(result.status).toBe(1);
		expect(result.stdout.trimEnd().split('\n')).toEqual([
			'tests/fixtures/bad-taxonomy/offers:1:1 warning offers holds no offers: run `npm run new -- <slug>` to create one',
			'tests/fixtures/bad-taxonomy/taxonomy.yaml:1:1 error platforms must list at least one platform',
			'tests/fixtures/bad-taxonomy/taxonomy.yaml:4:5 error segments[1] repeats segment "smb": remove it',
			'tests/fixtures/bad-taxonomy/taxonomy.yaml:6:5 error solutionAreas[0].subAreas is required',
			'tests/fixtures/bad-taxonomy/taxonomy.yaml:7:5 error solutionAreas[0].subareas is not a known field. Did you mean "subAreas"? Known fields: name, subAreas, zh-cn.',
		]);
	});

	it('uses content/ when SALES_KIT_CONTENT is not set, and the example kit has no errors', () => {
		const result = validate([]);
		expect(result.stderr).toMatch(/^✓ 0 errors, \d+ warnings? in 4 valid offers\n$/);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^content\/offers\//);
	});

	it('exits 2 when the content folder is a file, saying so in one line', () => {
		const result = validate([], 'package.json');
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			'validate: content folder package.json is a file, not a folder: point SALES_KIT_CONTENT at the folder that holds offers/\n',
		);
	});

	it('names the content folder as SALES_KIT_CONTENT gives it, absolute or relative', () => {
		const absolute = validate([], '/nonexistent-sales-kit');
		expect(absolute.status).toBe(2);
		expect(absolute.stderr).toBe(
			'validate: content folder /nonexistent-sales-kit does not exist: create it, or point SALES_KIT_CONTENT at your content folder\n',
		);
	});

	it('exits 2 when the content folder does not exist', () => {
		const result = validate([], 'tests/fixtures/no-such-folder');
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			'validate: content folder tests/fixtures/no-such-folder does not exist: create it, or point SALES_KIT_CONTENT at your content folder\n',
		);
	});

	it('exits 2 with the usage on an unknown option, and 0 with --help', () => {
		const bad = validate(['--jsn'], fixture('valid-kit'));
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain(
			'validate: unknown option "--jsn". Did you mean "--json"? The options are --format, --json, --strict, --help',
		);
		expect(bad.stderr).toContain('Usage: npm run validate');
		const help = validate(['--help']);
		expect(help.status).toBe(0);
		expect(help.stdout).toContain('--strict         treat warnings (co-sell readiness gaps) as errors');
	});
});

describe('npm run validate on hostile content', () => {
	const kits: string[] = [];
	afterAll(() => {
		for (const dir of kits) rmSync(dir, { recursive: true, force: true });
	});
	/** A copy of the valid kit with `files` written into it; its path relative to the project, as problems show it. */
	function kit(files: Record<string, string>): string {
		const dir = mkdtempSync(join(tmpdir(), 'sales-kit-hostile-'));
		kits.push(dir);
		cpSync(join(ROOT, 'tests/fixtures/valid-kit'), dir, { recursive: true });
		for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
		return relative(ROOT, dir);
	}
	const HEADER = 'Name,Email,Job title,Role,Countries/Regions,States/Provinces';

	it('checks that each translated title of another document names a document of index.mdx', () => {
		const translation = (other: string) =>
			['---', 'title: Woodgrove 账本', 'documents:', '  other:', other, '---', '', '正文。', ''].join('\n');
		const good = kit({
			'offers/woodgrove-ledger/index.zh-cn.mdx': translation('    - { title: 演示, url: https://woodgrove.example/demo }'),
		});
		expect(validate([], good).status).toBe(0);
		const bad = kit({
			'offers/woodgrove-ledger/index.zh-cn.mdx': translation(
				[
					'    - { title: 演示, url: https://woodgrove.example/demo-zh }',
					'    - { title: 概览, file: documents/pitch.pptx, url: https://woodgrove.example/x }',
				].join('\n'),
			),
		});
		const result = validate([], bad);
		expect(result.status).toBe(1);
		expect(result.stdout.trimEnd().split('\n')).toEqual([
			`${bad}/offers/woodgrove-ledger/index.zh-cn.mdx:6:7 error documents.other[1] needs exactly one of \`file:\` or \`url:\`: the file or link of the index.mdx document whose title this translates`,
		]);
		const unknown = kit({
			'offers/woodgrove-ledger/index.zh-cn.mdx': translation('    - { title: 演示, url: https://woodgrove.example/demo-zh }'),
		});
		expect(validate([], unknown).stdout.trimEnd().split('\n')).toEqual([
			`${unknown}/offers/woodgrove-ledger/index.zh-cn.mdx:5:20 error documents.other[0].url "https://woodgrove.example/demo-zh" is not one of index.mdx's documents.other: name the document this title translates as index.mdx does (url: https://woodgrove.example/demo)`,
		]);
	});

	it('shows control characters of the content escaped, in text and in JSON', () => {
		const dir = kit({
			'offers/woodgrove-ledger/contacts.csv': `${HEADER}\nAva,ava@woodgrove.example,Seller,Partner sale\x1b[2J\u009b2J\u202e,"US, CA",\n`,
		});
		const contacts = `${dir}/offers/woodgrove-ledger/contacts.csv`;
		const text = validate([], dir);
		expect(text.stdout).toContain(`${contacts}:2:4 error Role unknown role "Partner sale\\x1b[2J\\x9b2J\\u202e".`);
		expect(text.stdout).not.toMatch(/[\u0080-\u009f\u202e]/);
		expect(text.status).toBe(1);

		const json = validate(['--json'], dir);
		expect(json.stdout).toContain('"message": "unknown role \\"Partner sale\\u001b[2J\\u009b2J\\u202e\\".');
		const role = (JSON.parse(json.stdout) as { field: string; message: string }[]).find((problem) => problem.field === 'Role');
		expect(role?.message).toContain('"Partner sale\x1b[2J\u009b2J\u202e"');
	});

	it('reports a YAML alias bomb in taxonomy.yaml at its line, without crashing', () => {
		const levels = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
		for (let level = 1; level <= 9; level++)
			levels.push(
				`a${level}: &a${level} [${Array(9)
					.fill(`*a${level - 1}`)
					.join(', ')}]`,
			);
		const dir = kit({ 'taxonomy.yaml': `${levels.join('\n')}\n` });
		const result = validate([], dir);
		expect(result.stdout).toBe(
			`${dir}/taxonomy.yaml:2:10 error yaml uses too many aliases (*name), which repeat what their anchors (&name) hold: expand them or remove the anchors (this many could exhaust memory)\n`,
		);
		expect(result.status).toBe(1);
	});
});

describe('npm run validate -- --format', () => {
	const broken = () => JSON.parse(validate(['--json'], fixture('broken-kit')).stdout) as Record<string, unknown>[];

	it('github: one workflow command per problem, at its file, line and column, and the whole list in the step summary', () => {
		const summaryFile = join(mkdtempSync(join(tmpdir(), 'sales-kit-summary-')), 'summary.md');
		writeFileSync(summaryFile, 'Earlier steps wrote this.\n');
		const result = runCommand('validate', ['--format', 'github'], {
			content: fixture('broken-kit'),
			env: { GITHUB_STEP_SUMMARY: summaryFile },
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toBe('✗ 36 errors, 21 warnings in 2 valid offers\n');
		const decode = (text: string) =>
			text.replaceAll('%0A', '\n').replaceAll('%0D', '\r').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
		const annotations = result.stdout
			.trimEnd()
			.split('\n')
			.map((line) => {
				const match = /^::(error|warning) file=([^,]*),line=(\d+),col=(\d+),title=([^,:]*)::(.*)$/.exec(line);
				expect(match, line).not.toBeNull();
				const [, severity, file, lineNumber, column, field, message] = match ?? [];
				return {
					file: decode(file ?? ''),
					line: Number(lineNumber),
					column: Number(column),
					severity,
					field: decode(field ?? ''),
					message: decode(message ?? ''),
				};
			});
		// The repository is this project: paths from its root are the paths from the working folder.
		expect(annotations).toEqual(broken());
		const summary = readFileSync(summaryFile, 'utf8');
		expect(summary.startsWith('Earlier steps wrote this.\n### Sales kit validation: 36 errors, 21 warnings in 2 valid offers\n')).toBe(
			true,
		);
		expect(summary.split('\n').filter((line) => /^\| (❌|⚠️) \|/.test(line))).toHaveLength(57);
		expect(summary).toContain(
			'| ❌ | `tests/fixtures/broken-kit/offers/litware-hub/contacts.csv:2:4` | Role | unknown role "Partner sale".',
		);
	});

	it('sarif: a SARIF 2.1.0 log with a rule per kind of problem and a located result per problem', () => {
		const result = validate(['--format', 'sarif'], fixture('broken-kit'));
		expect(result.status).toBe(1);
		expect(result.stderr).toBe('');
		const log = JSON.parse(result.stdout);
		expect(log).toMatchObject({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0' });
		expect(log.runs).toHaveLength(1);
		const [run] = log.runs;
		expect(run.tool.driver).toMatchObject({ name: 'offer-sales-kit validate', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
		const ruleIds = run.tool.driver.rules.map((rule: { id: string; shortDescription: { text: string } }) => {
			expect(rule.shortDescription.text.length).toBeGreaterThan(10);
			return rule.id;
		});
		expect(new Set(ruleIds).size).toBe(ruleIds.length);
		expect(ruleIds).toEqual(expect.arrayContaining(['contacts', 'co-sell-ready', 'offer-field', 'yaml-syntax']));
		const problems = broken();
		expect(run.results).toHaveLength(problems.length);
		run.results.forEach((entry: Result, index: number) => {
			const problem = problems[index] ?? {};
			expect(ruleIds[entry.ruleIndex ?? -1]).toBe(entry.ruleId);
			expect(entry.level).toBe(problem.severity);
			expect(entry.message.text).toBe(`${problem.field} ${problem.message}`);
			expect(entry.locations?.[0]?.physicalLocation).toEqual({
				artifactLocation: { uri: String(problem.file).split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
				region: { startLine: problem.line, startColumn: problem.column },
			});
		});
	});

	it('refuses an unknown format, or two at once', () => {
		const unknown = validate(['--format', 'xml'], fixture('valid-kit'));
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain('validate: --format "xml" is not a format: use text, json, github, sarif');
		const both = validate(['--json', '--format', 'sarif'], fixture('valid-kit'));
		expect(both.status).toBe(2);
		expect(both.stderr).toContain('--json and --format sarif ask for two formats: give one');
	});
});

describe('npm run validate: the partner logo (onePager.logo)', () => {
	const dirs: string[] = [];
	afterAll(() => {
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	});
	const gray = (width: number, height: number) => encodeGrayPng({ width, height, pixels: new Uint8Array(width * height).fill(90) });

	/** The valid kit's offer once per logo, each under its own slug, with `files` written into its folder. */
	function kitWithLogos(offers: Record<string, { logo: string; files?: Record<string, Uint8Array | string> }>): string {
		const dir = mkdtempSync(join(tmpdir(), 'sales-kit-logos-'));
		dirs.push(dir);
		const source = join(ROOT, 'tests/fixtures/valid-kit/offers/woodgrove-ledger');
		for (const [slug, { logo, files = {} }] of Object.entries(offers)) {
			const folder = join(dir, 'offers', slug);
			cpSync(source, folder, { recursive: true });
			const index = join(folder, 'index.mdx');
			writeFileSync(index, readFileSync(index, 'utf8').replace('  template: office-365\n', `  template: office-365\n  logo: ${logo}\n`));
			for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
		}
		return relative(ROOT, dir);
	}

	it('passes a PNG with pixels enough, and reports every bad logo at its line, with the fix', () => {
		const dir = kitWithLogos({
			'a-good': { logo: 'documents/logo.png', files: { 'documents/logo.png': gray(240, 72) } },
			'b-missing': { logo: 'documents/logo.png' },
			'c-outside': { logo: '../a-good/documents/logo.png' },
			'd-fake': { logo: 'documents/logo.png', files: { 'documents/logo.png': 'GIF89a, or any text named .png' } },
			'e-small': { logo: 'documents/logo.png', files: { 'documents/logo.png': gray(100, 30) } },
			'f-svg': { logo: 'documents/logo.svg', files: { 'documents/logo.svg': '<svg/>' } },
			'g-link': { logo: 'https://woodgrove.example/logo.png' },
		});
		symlinkSync(join(ROOT, dir, 'offers/a-good/documents/logo.png'), join(ROOT, dir, 'offers/a-good/documents/linked.png'));
		const linked = kitWithLogos({ 'h-symlink': { logo: 'documents/linked.png' } });
		symlinkSync(join(ROOT, dir, 'offers/a-good/documents/logo.png'), join(ROOT, linked, 'offers/h-symlink/documents/linked.png'));

		const result = validate([], dir);
		const at = (slug: string) => `${dir}/offers/${slug}/index.mdx:15:3 error onePager.logo`;
		expect(result.stdout.trimEnd().split('\n')).toEqual([
			`${at('b-missing')} "documents/logo.png" does not exist: add the logo to the offer folder or fix the path (paths are relative to the offer folder, e.g. documents/logo.png)`,
			`${at('c-outside')} "../a-good/documents/logo.png" points outside the offer folder: keep documents inside it, e.g. documents/logo.png`,
			`${at('d-fake')} "documents/logo.png" is not a PNG or JPEG image, whatever its name says: save the logo as PNG (or JPEG)`,
			`${at('e-small')} "documents/logo.png" is 100 × 30 pixels: the one-pager prints it 120 × 36 points (1.67 × 0.5 inches), which needs at least 240 × 72 pixels (144 pixels per inch, twice its size in points). Export the logo at 240 × 72 pixels or larger`,
			`${at('f-svg')} "documents/logo.svg" is not a PNG or JPEG file: save the logo as PNG (or JPEG) in the offer folder, e.g. documents/logo.png`,
			`${at('g-link')} must be a PNG or JPEG file in the offer folder, e.g. documents/logo.png, found "https://woodgrove.example/logo.png": the one-pager prints the logo from the file, not from a link`,
		]);
		expect(result.status).toBe(1);

		const symlinked = validate([], linked);
		expect(symlinked.stdout).toBe(
			`${linked}/offers/h-symlink/index.mdx:15:3 error onePager.logo "documents/linked.png" is or goes through a symbolic link: copy the logo itself into the offer folder\n`,
		);
	});

	it('keeps the logo out of a translation: both one-pagers print the logo of index.mdx', () => {
		const dir = kitWithLogos({ 'a-good': { logo: 'documents/logo.png', files: { 'documents/logo.png': gray(240, 72) } } });
		writeFileSync(join(ROOT, dir, 'offers/a-good/index.zh-cn.mdx'), '---\ntitle: 账本\nonePager:\n  logo: documents/logo.png\n---\n');
		const result = validate([], dir);
		expect(result.stdout).toContain(
			'index.zh-cn.mdx:4:3 error onePager.logo cannot be translated: the one-pagers in both languages print the logo of index.mdx. Set it there',
		);
	});
});
