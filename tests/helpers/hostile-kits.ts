// A corpus of hostile and broken kits: each is the valid fixture kit with one change an attacker
// or a careless author could make. Tests make each kit in a temporary folder, run validate and
// the build on it, and check what they say and that nothing ran.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CHINESE_CONTACTS, encodeAs } from './legacy-encoding.ts';
import { ROOT } from './run.ts';

/** The offer every case starts from, and its files. */
export const OFFER = 'offers/woodgrove-ledger';
export const MAIN = `${OFFER}/index.mdx`;

/** Where the import/export case would write, if a body could run code. */
export const PWNED_FILE = join(tmpdir(), 'sales-kit-pwned-by-content');

/** An https URL that pdf-lib once wrote into a one-pager unescaped, ending the string and adding a JavaScript action. */
export const PDF_INJECTION_URL = 'https://x.example/a)/S/JavaScript/JS(app.alert(1))/Z(';

/** A value the build's environment holds that must never reach the site. */
export const SECRET_VALUE = 'sk-live-4f1e8b2a-secret-that-must-not-leak';

/** The valid kit's index.mdx with `body` as its body (and optional frontmatter lines added). */
export function offerFile(body: string, extraFrontmatter = ''): string {
	return `---
title: Woodgrove Ledger
summary: Reconciles card payments in real time on Azure.
publisher: Woodgrove Bank Software
solutionType: IP (application)
platforms: [Azure, Office 365]
segments: [Corporate, Enterprise]
solutionAreas:
  - area: Data and AI
    subAreas: [Analytics]
markets: [US, CA]
landingPage: https://woodgrove.example/ledger
onePager:
  template: office-365
  benefits: [Real-time reconciliation]
documents:
  customerPresentation: documents/pitch.pptx
  referenceArchitecture: documents/architecture.png
  other:
    - { title: Demo, url: https://woodgrove.example/demo }
prerequisites:
  mpnId: 7654321
  businessProfileComplete: true
  live: true
  azureConsumedRevenueUsd: 100000
  technicalValidation: true
${extraFrontmatter}---

${body}
`;
}

/** The first line of the body in `offerFile`: problems in bodies are reported from here. */
export const BODY_LINE = 29;

export interface ExpectedProblem {
	/** The file, relative to the kit. */
	file: string;
	line: number;
	column?: number;
	field: string;
	/** A part of the message. */
	message: string;
}

export interface HostileCase {
	name: string;
	/** What an author or attacker did. */
	what: string;
	/** Changes to the valid kit: files to write, links to make. */
	make(kit: string): void;
	/** Every error validate must report (and the build with it). */
	errors: ExpectedProblem[];
}

const write = (kit: string, file: string, data: string | Uint8Array) => {
	mkdirSync(dirname(join(kit, file)), { recursive: true });
	writeFileSync(join(kit, file), data);
};
const body = (text: string) => (kit: string) => write(kit, MAIN, offerFile(text));

/** A Chinese body, long enough for an encoding detector to be sure of what it sees. */
const CHINESE_BODY = '## 功能\n\n伍德格罗夫账本在 Azure 上实时核对银行卡付款，帮助财务团队在月底之前发现差异，并自动生成审计报告。';

export const HOSTILE_CASES: HostileCase[] = [
	{
		name: 'esm',
		what: 'import/export in the body, writing a file at build time',
		make: body(`Intro\n\nimport fs from 'node:fs'\nexport const pwned = fs.writeFileSync(${JSON.stringify(PWNED_FILE)}, 'pwned')`),
		errors: [{ file: MAIN, line: BODY_LINE + 2, column: 1, field: 'body', message: 'holds import/export, which would run as code' }],
	},
	{
		name: 'expression',
		what: 'an expression publishing an environment value',
		make: body('The key is {process.env.SALES_KIT_TEST_SECRET} and {globalThis.process.env}'),
		errors: [
			{ file: MAIN, line: BODY_LINE, column: 12, field: 'body', message: 'holds the expression {process.env.SALES_KIT_TEST_SECRET}' },
			{ file: MAIN, line: BODY_LINE, column: 52, field: 'body', message: 'holds the expression {globalThis.process.env}' },
		],
	},
	{
		name: 'script',
		what: 'a script element and an event handler',
		make: body('<script>{`alert(1)`}</script>\n\nText <abbr title="x" onMouseOver="alert(2)">ISV</abbr>'),
		errors: [
			{ file: MAIN, line: BODY_LINE, column: 1, field: 'body', message: '<script> is not allowed in an offer body' },
			{ file: MAIN, line: BODY_LINE + 2, column: 6, field: '<abbr> onMouseOver', message: 'is not an allowed attribute' },
		],
	},
	{
		name: 'javascript-link',
		what: 'javascript: links, direct and by reference',
		make: body('[Click](javascript:alert(1)) and [again][evil]\n\n[evil]: JAVASCRIPT:alert(2)'),
		errors: [
			{
				file: MAIN,
				line: BODY_LINE,
				column: 1,
				field: 'body link',
				message: 'uses javascript: links may only be https, http, mailto or tel',
			},
			{ file: MAIN, line: BODY_LINE + 2, column: 1, field: 'body link', message: 'uses javascript:' },
		],
	},
	{
		name: 'unclosed-div',
		what: 'an unclosed <div>',
		make: body('Intro\n\n<div>\nText'),
		errors: [
			{ file: MAIN, line: BODY_LINE + 2, column: 1, field: 'body', message: 'is not valid MDX: Expected a closing tag for `<div>`' },
		],
	},
	{
		name: 'svg-image',
		what: 'an SVG with a script shown in the body',
		make: (kit) => {
			write(kit, `${OFFER}/documents/a.svg`, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
			write(kit, MAIN, offerFile('![x](./documents/a.svg)'));
		},
		errors: [{ file: MAIN, line: BODY_LINE, column: 1, field: 'body image', message: 'is not a raster image' }],
	},
	{
		name: 'disguised-image',
		what: 'an SVG renamed .png, and an image outside the offer folder',
		make: (kit) => {
			write(kit, `${OFFER}/documents/chart.png`, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
			write(kit, MAIN, offerFile('![chart](documents/chart.png)\n\n![passwd](../../../../etc/passwd.png)'));
		},
		errors: [
			{ file: MAIN, line: BODY_LINE, column: 1, field: 'body image', message: 'is not a PNG, JPEG, GIF or WebP image' },
			{ file: MAIN, line: BODY_LINE + 2, column: 1, field: 'body image', message: 'points outside the offer folder' },
		],
	},
	{
		name: 'symlinked-offer',
		what: 'an offer folder that is a symbolic link',
		make: (kit) => {
			const elsewhere = mkdtempSync(join(tmpdir(), 'sales-kit-elsewhere-'));
			cpSync(join(kit, OFFER), join(elsewhere, 'linked-offer'), { recursive: true });
			symlinkSync(join(elsewhere, 'linked-offer'), join(kit, 'offers/linked-offer'));
		},
		errors: [{ file: 'offers/linked-offer', line: 1, field: 'offers', message: 'is a symbolic link' }],
	},
	{
		name: 'symlinked-offers-folder',
		what: 'an offers folder that is a symbolic link, and a linked taxonomy.yaml',
		make: (kit) => {
			const elsewhere = mkdtempSync(join(tmpdir(), 'sales-kit-elsewhere-'));
			cpSync(join(kit, 'offers'), join(elsewhere, 'offers'), { recursive: true });
			rmSync(join(kit, 'offers'), { recursive: true });
			symlinkSync(join(elsewhere, 'offers'), join(kit, 'offers'));
			writeFileSync(join(elsewhere, 'taxonomy.yaml'), 'segments: [SMB, Corporate, Enterprise]\n');
			symlinkSync(join(elsewhere, 'taxonomy.yaml'), join(kit, 'taxonomy.yaml'));
		},
		errors: [
			{ file: 'offers', line: 1, field: 'offers', message: 'is a symbolic link' },
			{ file: 'taxonomy.yaml', line: 1, field: 'file', message: 'is a symbolic link' },
		],
	},
	{
		name: 'symlinked-document',
		what: 'a document that links to a file outside the content folder',
		make: (kit) => {
			rmSync(join(kit, OFFER, 'documents/pitch.pptx'));
			symlinkSync('/etc/passwd', join(kit, OFFER, 'documents/pitch.pptx'));
		},
		errors: [{ file: MAIN, line: 17, field: 'documents.customerPresentation', message: 'is or goes through a symbolic link' }],
	},
	{
		name: 'symlinked-contacts',
		what: 'a contacts.csv that links to a file outside the content folder',
		make: (kit) => {
			rmSync(join(kit, OFFER, 'contacts.csv'));
			symlinkSync('/etc/passwd', join(kit, OFFER, 'contacts.csv'));
		},
		errors: [{ file: `${OFFER}/contacts.csv`, line: 1, field: 'file', message: 'is a symbolic link' }],
	},
	{
		name: 'gb18030',
		what: 'an index.mdx and a contacts.csv saved in GB18030, as Chinese Windows editors and Excel do',
		make: (kit) => {
			write(kit, MAIN, encodeAs(offerFile(CHINESE_BODY), 'GB18030'));
			write(kit, `${OFFER}/contacts.csv`, encodeAs(CHINESE_CONTACTS, 'GB18030'));
		},
		errors: [
			{ file: MAIN, line: BODY_LINE, column: 4, field: 'file', message: 'is not UTF-8 text: it looks like GB18030' },
			{ file: `${OFFER}/contacts.csv`, line: 2, column: 1, field: 'file', message: 'is not UTF-8 text: it looks like GB18030' },
		],
	},
	{
		name: 'binary-body',
		what: 'a binary file pasted as the body',
		make: (kit) => write(kit, MAIN, Buffer.concat([Buffer.from(offerFile('')), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])])),
		errors: [{ file: MAIN, line: 1, field: 'file', message: 'is not a text file' }],
	},
	{
		name: 'control-characters',
		what: 'control characters in the body',
		make: body('Fine\nPK\u0003\u0004 not text'),
		errors: [{ file: MAIN, line: BODY_LINE + 1, column: 3, field: 'body', message: 'holds the control character U+0003' }],
	},
	{
		name: 'unreadable-file',
		what: 'a folder where index.mdx should be',
		make: (kit) => {
			rmSync(join(kit, MAIN));
			mkdirSync(join(kit, MAIN));
		},
		errors: [{ file: MAIN, line: 1, field: 'file', message: 'cannot be read (EISDIR)' }],
	},
	{
		name: 'hostile-translation',
		what: 'code in a translation body',
		make: (kit) => write(kit, `${OFFER}/index.zh-cn.mdx`, '---\ntitle: 伍德格罗夫账本\n---\n\n{process.env.SALES_KIT_TEST_SECRET}\n'),
		errors: [{ file: `${OFFER}/index.zh-cn.mdx`, line: 5, column: 1, field: 'body', message: 'holds the expression' }],
	},
	{
		name: 'alias-bomb',
		what: 'a YAML alias bomb in the frontmatter',
		make: (kit) =>
			write(
				kit,
				MAIN,
				offerFile(
					'Body',
					'bomb:\n  a: &a [x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n  e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n  f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n',
				),
			),
		errors: [{ file: MAIN, line: 29, field: 'yaml', message: 'too many aliases' }],
	},
	{
		name: 'prototype-keys',
		what: 'frontmatter keys that would pollute prototypes',
		make: (kit) => write(kit, MAIN, offerFile('Body', '__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n')),
		errors: [{ file: MAIN, line: 27, field: '__proto__', message: '' }],
	},
];

/** The valid kit with one case's changes, in a new temporary folder. */
export function makeHostileKit(hostile: HostileCase): string {
	const kit = mkdtempSync(join(tmpdir(), `sales-kit-hostile-${hostile.name}-`));
	cpSync(join(ROOT, 'tests/fixtures/valid-kit'), kit, { recursive: true });
	hostile.make(kit);
	return kit;
}

/** Content that looks odd but is valid: validate passes, and the build must succeed and show it as written. */
export const EDGE_CASES: { name: string; what: string; make(kit: string): void; shows: string[] }[] = [
	{
		name: 'pdf-injection',
		what: 'a valid https landing page written to break out of the one-pager link and add a JavaScript action',
		make: (kit) =>
			write(kit, MAIN, offerFile('Body').replace('landingPage: https://woodgrove.example/ledger', `landingPage: '${PDF_INJECTION_URL}'`)),
		shows: ['<h1 data-pagefind-meta="title">Woodgrove Ledger</h1>'],
	},
	{
		name: 'date-title',
		what: 'a title YAML 1.1 would read as a date, and text that looks like code',
		make: (kit) =>
			write(
				kit,
				MAIN,
				offerFile(
					'Prices \\{per seat\\} from 5 \\< 10 USD, `{process.env.X}` as code, and <abbr title="Independent software vendor">ISV</abbr>.\n\n![Architecture](documents/architecture.png)',
				).replace('title: Woodgrove Ledger', 'title: 2026-01-15'),
			),
		shows: [
			'<h1 data-pagefind-meta="title">2026-01-15</h1>',
			'Prices {per seat} from 5 &#x3C; 10 USD, <code>{process.env.X}</code> as code, and <abbr title="Independent software vendor">ISV</abbr>.',
			'<img src="/offers/woodgrove-ledger/documents/architecture.png" alt="Architecture" loading="lazy" decoding="async">',
		],
	},
];
