import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../src/domain/mdx-body.ts';
import { renderBodyHtml } from '../../src/loading/body-html.ts';

/** The problems of a body that starts on line 10 of its file, as `line:column field message`. */
const problemsOf = (body: string) =>
	checkMdxBody(body, 10).problems.map((problem) => `${problem.line}:${problem.column} ${problem.field} ${problem.message}`);

const links = { file: (path: string) => `/kit/offers/x/documents/${path}`, site: (path: string) => `/kit${path}` };
const html = (body: string) => renderBodyHtml(body, links).html;

describe('checkMdxBody', () => {
	it('accepts Markdown: headings, lists, tables, emphasis, code, links of the allowed kinds, images of the offer folder', () => {
		const body = [
			'## What it does',
			'',
			'- **Bold**, _italic_, `code { braces }` and ~~struck~~',
			'- [Product](https://contoso.example/p?a=1&b=2), [mail](mailto:sales@contoso.example), [call](tel:+1-555-0100)',
			'- [Contacts](/contacts/us/), [Pricing](#pricing), [deck](documents/deck.pdf)',
			'',
			'| a | b |',
			'|---|---|',
			'| 1 | 2<br/>3 |',
			'',
			'![Architecture](documents/architecture.png)',
			'',
			'<abbr title="Independent software vendor">ISV</abbr> <sup>1</sup> <kbd>Ctrl</kbd>',
			'',
			'```js',
			'import x from "y"; {not code here}',
			'```',
		].join('\n');
		const result = checkMdxBody(body, 10);
		expect(result.problems).toEqual([]);
		expect(result.files.map((file) => [file.path, file.image, file.line])).toEqual([
			['documents/deck.pdf', false, 14],
			['documents/architecture.png', true, 20],
		]);
	});

	it('reports import and export, which would run at build time, at their line', () => {
		expect(problemsOf("Intro\n\nimport fs from 'node:fs'\nexport const x = fs.writeFileSync('/tmp/x', 'y')")).toEqual([
			'12:1 body holds import/export, which would run as code: an offer body is Markdown only; remove the line (to show the words, indent it as code or put them in `backticks`)',
		]);
	});

	it('reports {expressions}, which would publish environment values or run code', () => {
		expect(problemsOf('Key: {process.env.SECRET}\n\n{fetch("https://evil.example")}')).toEqual([
			'10:6 body holds the expression {process.env.SECRET}, which would run as code: remove it, or write \\{ to show a brace',
			'12:1 body holds the expression {fetch("https://evil.example")}, which would run as code: remove it, or write \\{ to show a brace',
		]);
	});

	it('reports elements beyond the allow-list, and event, style or expression attributes', () => {
		const problems = problemsOf(
			[
				'<script>alert(1)</script>',
				'',
				'<img src="x" onError="alert(1)" />',
				'',
				'<abbr title="x" onClick="alert(1)" style="color:red">A</abbr> <sup title={evil()}>1</sup> <sub {...props}>2</sub>',
				'',
				'<iframe src="https://evil.example"></iframe> <Component /> <>fragment</>',
			].join('\n'),
		);
		expect(problems).toEqual([
			'10:1 body <script> is not allowed in an offer body: use Markdown (headings, lists, tables, links, images), or one of <abbr>, <br>, <details>, <kbd>, <mark>, <small>, <sub>, <summary>, <sup>',
			'12:1 body <img> is not allowed in an offer body: use Markdown (headings, lists, tables, links, images), or one of <abbr>, <br>, <details>, <kbd>, <mark>, <small>, <sub>, <summary>, <sup>',
			'14:1 <abbr> onClick is not an allowed attribute: elements of an offer body carry only title, lang or dir, never event handlers, style or links',
			'14:1 <abbr> style is not an allowed attribute: elements of an offer body carry only title, lang or dir, never event handlers, style or links',
			'14:63 <sup> title holds an expression, which would run as code: write a plain value, title="..."',
			'14:91 <sub> holds a {...} attribute, which would run as code: remove it',
			'16:1 body <iframe> is not allowed in an offer body: use Markdown (headings, lists, tables, links, images), or one of <abbr>, <br>, <details>, <kbd>, <mark>, <small>, <sub>, <summary>, <sup>',
			'16:46 body <Component> is not allowed in an offer body: use Markdown (headings, lists, tables, links, images), or one of <abbr>, <br>, <details>, <kbd>, <mark>, <small>, <sub>, <summary>, <sup>',
			'16:60 body <> is not allowed in an offer body: use Markdown (headings, lists, tables, links, images), or one of <abbr>, <br>, <details>, <kbd>, <mark>, <small>, <sub>, <summary>, <sup>',
		]);
	});

	it('reports links with other schemes, written directly, by reference or in any case', () => {
		const problems = problemsOf(
			[
				'[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x) [d](vbscript:x) [e][r] [f](file:///etc/passwd)',
				'',
				'[r]: javascript:alert(2)',
			].join('\n'),
		);
		expect(problems.map((problem) => problem.split(' uses ')[0])).toEqual([
			'10:1 body link "javascript:alert(1)"',
			'10:26 body link "JaVaScRiPt:alert(1)"',
			'10:51 body link "data:text/html,x"',
			'10:73 body link "vbscript:x"',
			'10:96 body link "file:///etc/passwd"',
			'12:1 body link "javascript:alert(2)"',
		]);
		expect(problems[0]).toContain('links may only be https, http, mailto or tel URLs, or paths to files of the offer folder');
	});

	it('reports links and images that leave the offer folder, remote and vector images', () => {
		expect(
			problemsOf(
				'[a](../other/index.mdx) ![b](https://tracker.example/p.png) ![c](documents/logo.svg) ![d](/etc/x.png) [e](documents/run.sh)',
			),
		).toEqual([
			'10:1 body link "../other/index.mdx" points outside the offer folder: link to a file in it (documents/<file>), or to a page of the kit with a path from the site root (/contacts/)',
			'10:25 body image "https://tracker.example/p.png" is not in the offer folder: copy the image into documents/ and write ![text](documents/<file>) (remote images are not shown)',
			'10:61 body image "documents/logo.svg" is not a raster image: images may be .png .jpg .jpeg .gif .webp files of the offer folder (an SVG can carry script; save it as PNG)',
			'10:86 body image "/etc/x.png" is not in the offer folder: write a path relative to it, e.g. documents/diagram.png',
			'10:103 body link "documents/run.sh" is not a file type the kit publishes: link to .pdf .ppt .pptx .doc .docx .xls .xlsx .jpg .png .mp4 .jpeg .gif .webp files of the offer folder, or to a page with a path from the site root (/contacts/)',
		]);
	});

	it('reports a syntax error at its position, in plain words', () => {
		expect(problemsOf('Intro\n\n<details>\nunclosed')).toEqual([
			'12:1 body is not valid MDX: Expected a closing tag for `<details>`. Close every tag you open; to show < or { as text, write \\< or \\{',
		]);
		expect(problemsOf('a\n<!-- hidden -->')).toEqual(['11:1 body holds an HTML comment <!-- -->, which MDX does not allow: remove it']);
	});

	it('reports control characters, as in a binary file, at their place', () => {
		expect(problemsOf('fine\nPK\u0003\u0004binary')).toEqual([
			'11:3 body holds the control character U+0003: an offer body is text (is this a binary file?); remove it',
		]);
	});
});

describe('renderBodyHtml', () => {
	it('renders Markdown as HTML, with heading ids and the files of the offer folder at their published URLs', () => {
		const rendered = renderBodyHtml(
			'## How it works\n\nSee [the deck](documents/deck%20v2.pdf#page=2), [contacts](/contacts/us/) and ![map](./documents/map.png).\n\n| a |\n|---|\n| 1 |',
			links,
		);
		expect(rendered.headings).toEqual([{ depth: 2, slug: 'how-it-works', text: 'How it works' }]);
		expect(rendered.html).toBe(
			'<h2 id="how-it-works">How it works</h2>\n<p>See <a href="/kit/offers/x/documents/documents/deck v2.pdf#page=2">the deck</a>, <a href="/kit/contacts/us/">contacts</a> and <img src="/kit/offers/x/documents/documents/map.png" alt="map" loading="lazy" decoding="async">.</p>\n<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>',
		);
	});

	it('keeps allowed elements with their allowed attributes only', () => {
		expect(html('<abbr title="Independent software vendor" onClick="x()">ISV</abbr> and<br/>more')).toBe(
			'<p><abbr title="Independent software vendor">ISV</abbr> and<br>more</p>',
		);
		expect(html('<details open>\n<summary>More</summary>\n\nHidden *text*\n</details>')).toBe(
			'<details open><summary>More</summary><p>Hidden <em>text</em></p></details>',
		);
	});

	it('drops whatever validate refuses: code, other elements, unsafe links, foreign images', () => {
		const rendered = html(
			'import fs from \'node:fs\'\n\nA {process.env.SECRET} B <script>alert(1)</script> [x](javascript:alert(1)) ![y](https://t.example/p.png) <img src="x" onError={alert(1)} />',
		);
		expect(rendered).toBe('\n<p>A  B  <a>x</a>  </p>');
	});

	it('escapes text that looks like HTML', () => {
		expect(html('Fish \\<b\\> & chips "quoted" \\{braces\\}')).toBe('<p>Fish &#x3C;b> &#x26; chips "quoted" {braces}</p>');
	});
});
