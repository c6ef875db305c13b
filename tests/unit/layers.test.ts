// Dependencies point one way: domain <- loading <- (pdf, site) <- (integration, cli, pages).
// A lower folder of src/ never imports a higher one, and neighbours on a level do not import
// each other (pdf and site; integration and cli). Every relative import of every source file
// under src/ is checked: static imports and re-exports, dynamic `import()` (type positions
// included), side-effect imports, and worker entries (`new URL('./x.ts', import.meta.url)`).
// The benchmark (bench/) measures the product and is no part of it: src/ reaches nothing
// outside src/. And a rule has one definition: one module exports each name, and one function
// says whether an offer is published.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

/** The lower layers everything above the renderers may use. */
const FOUNDATION = ['domain', 'i18n', 'loading', 'pdf', 'site'] as const;
/** The Astro side of the site: routes, their components and layouts, the content config at the root of src/. */
const ASTRO = [...FOUNDATION, 'integration', 'pages', 'components', 'layouts', 'scripts', 'styles', '(root)'] as const;

/** Each folder of src/ (the files at its root as `(root)`) and the folders it may import from, besides itself. */
const MAY_IMPORT: Record<string, readonly string[]> = {
	domain: [],
	/** The interface strings: keyed by the domain's languages. */
	i18n: ['domain'],
	loading: ['domain'],
	pdf: ['domain', 'loading'],
	site: ['domain', 'i18n', 'loading'],
	integration: FOUNDATION,
	cli: FOUNDATION,
	/** Scripts bundled for the browser: pure rules only. */
	scripts: ['domain'],
	styles: [],
	pages: ASTRO,
	components: ASTRO.filter((layer) => layer !== 'pages' && layer !== '(root)'),
	layouts: ASTRO.filter((layer) => layer !== 'pages' && layer !== '(root)'),
	'(root)': ASTRO,
};

/** The layer of a path from src/: its first folder, or `(root)` for a file directly in src/. */
function layerOf(pathFromSrc: string): string {
	const parts = pathFromSrc.split('/');
	return parts.length === 1 ? '(root)' : (parts[0] as string);
}

/** What is wrong with `importer` (a path from src/) importing `specifier`; undefined when nothing is. */
function layerViolation(importer: string, specifier: string): string | undefined {
	const target = relative(SRC, resolve(SRC, dirname(importer), specifier))
		.split(sep)
		.join('/');
	if (target.startsWith('../') || target === '..') return `reaches ${target.slice(3) || '.'} outside src/`;
	const from = layerOf(importer);
	const to = layerOf(target);
	const allowed = MAY_IMPORT[from];
	if (!allowed) return `is in src/${from}/, which belongs to no layer: add it to MAY_IMPORT in tests/unit/layers.test.ts`;
	if (from === to || allowed.includes(to)) return undefined;
	const may = allowed.length === 0 ? 'nothing of the project outside its folder' : allowed.join(', ');
	return `${from} may import only ${may}, not ${to}`;
}

/**
 * The module specifiers a source file names: `import ... from`, `export ... from`, `import '...'`,
 * `import('...')` (also as a type, `import('./x.ts').T`), and worker entries
 * `new URL('./x.ts', import.meta.url)` (a URL of another kind of file, e.g. package.json, is data).
 */
function importSpecifiers(source: string): string[] {
	const patterns = [
		/^\s*(?:import|export)\b[^;]*?\bfrom\s*(['"])([^'"\n]+)\1/gm,
		/^\s*import\s*(['"])([^'"\n]+)\1/gm,
		/\bimport\s*\(\s*(['"])([^'"\n]+)\1/g,
		/\bnew\s+URL\s*\(\s*(['"])([^'"\n]+\.(?:ts|mts|js|mjs))\1\s*,\s*import\.meta\.url\s*\)/g,
	];
	return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[2] as string));
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|mts|js|mjs|astro)$/.test(entry.name) ? [path] : [];
	});
}

/** Every relative import under src/, as `{ file, specifier }` with `file` a path from src/. */
function relativeImports(): { file: string; specifier: string }[] {
	return sourceFiles(SRC).flatMap((path) => {
		const file = relative(SRC, path).split(sep).join('/');
		return importSpecifiers(readFileSync(path, 'utf8'))
			.filter((specifier) => specifier.startsWith('.'))
			.map((specifier) => ({ file, specifier }));
	});
}

describe('dependencies point one way', () => {
	it('reads import specifiers of every form', () => {
		const source = [
			"import a from '../x.ts';",
			'export { b } from "./y.ts";',
			"import type {\n\tC,\n\tD,\n} from '../domain/c.ts';",
			"const e = await import('../../bench/z.ts');",
			"import './side.css';",
			"\tconst config: import('./loading/kit-config-schema.ts').SalesKitConfig;",
			"const WORKER = new URL('./worker.ts', import.meta.url);",
			"const manifest = new URL('../../package.json', import.meta.url);",
			"import { readFile } from 'node:fs';",
		].join('\n');
		expect(importSpecifiers(source).sort()).toEqual(
			[
				'../x.ts',
				'./y.ts',
				'../domain/c.ts',
				'../../bench/z.ts',
				'./side.css',
				'./loading/kit-config-schema.ts',
				'./worker.ts',
				'node:fs',
			].sort(),
		);
	});

	it('names what each import breaks', () => {
		expect(layerViolation('loading/load-kit.ts', '../domain/offer-schema.ts')).toBeUndefined();
		expect(layerViolation('loading/load-kit.ts', './templates.ts')).toBeUndefined();
		expect(layerViolation('pages/[...locale]/index.astro', '../../site/kit.ts')).toBeUndefined();
		expect(layerViolation('domain/offer-schema.ts', '../loading/load-kit.ts')).toBe(
			'domain may import only nothing of the project outside its folder, not loading',
		);
		expect(layerViolation('loading/load-kit.ts', '../pdf/fit.ts')).toBe('loading may import only domain, not pdf');
		expect(layerViolation('site/offer-actions.ts', '../pdf/paths.ts')).toBe('site may import only domain, i18n, loading, not pdf');
		expect(layerViolation('integration/index.ts', '../cli/validate-check.ts')).toMatch(/^integration may import only .*, not cli$/);
		expect(layerViolation('cli/new-offer.ts', '../integration/index.ts')).toMatch(/^cli may import only .*, not integration$/);
		expect(layerViolation('integration/index.ts', '../pages/404.astro')).toMatch(/not pages$/);
		expect(layerViolation('components/OfferCard.astro', '../pages/404.astro')).toMatch(/not pages$/);
		expect(layerViolation('scripts/search.ts', '../loading/load-kit.ts')).toBe('scripts may import only domain, not loading');
		expect(layerViolation('cli/run.ts', '../../bench/cli.ts')).toBe('reaches bench/cli.ts outside src/');
		expect(layerViolation('extra/x.ts', '../domain/vocabulary.ts')).toMatch(/^is in src\/extra\/, which belongs to no layer/);
	});

	it('holds for every relative import of every file under src/', () => {
		const imports = relativeImports();
		// Guards against a parser that finds nothing: the project has hundreds of relative imports.
		expect(new Set(imports.map(({ file }) => file)).size).toBeGreaterThan(100);
		expect(imports.length).toBeGreaterThan(500);
		const violations = imports.flatMap(({ file, specifier }) => {
			const violation = layerViolation(file, specifier);
			return violation ? [`src/${file} imports ${specifier}: ${violation}`] : [];
		});
		expect(violations).toEqual([]);
	});

	it('keeps the benchmark out of src/', () => {
		expect(sourceFiles(SRC).filter((file) => file.includes(`${sep}bench${sep}`))).toEqual([]);
	});
});

describe('one definition each', () => {
	/** Names every Astro route exports. */
	const ROUTE_EXPORTS = new Set(['GET', 'getStaticPaths', 'prerender']);

	it('exports each name from one module only', () => {
		const exporters = new Map<string, string[]>();
		for (const path of sourceFiles(SRC)) {
			const file = relative(SRC, path).split(sep).join('/');
			const source = readFileSync(path, 'utf8');
			for (const match of source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([\w$]+)/gm)) {
				const name = match[1] as string;
				if (!ROUTE_EXPORTS.has(name)) exporters.set(name, [...(exporters.get(name) ?? []), file]);
			}
		}
		expect(exporters.size).toBeGreaterThan(300);
		const twice = [...exporters].filter(([, files]) => files.length > 1).map(([name, files]) => `${name}: ${files.join(', ')}`);
		expect(twice).toEqual([]);
	});

	it('decides whether an offer is published in one place (isPublished)', () => {
		const readers = sourceFiles(SRC)
			// An offer's `draft` flag, read as `data.draft` or `offer.draft` (not the starter's comment on it).
			.filter((path) => /\b(?:data|offer)\??\.draft\b/.test(readFileSync(path, 'utf8')))
			.map((path) => relative(SRC, path).split(sep).join('/'));
		expect(readers).toEqual(['domain/offer-schema.ts']);
	});
});
