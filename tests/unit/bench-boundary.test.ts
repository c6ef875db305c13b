// The benchmark is not part of the product: it lives in bench/ and may import from src/ (it
// measures the product), but nothing in src/ may import from bench/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BENCH = join(ROOT, 'bench');

/** Module specifiers of `import ... from '...'`, `export ... from '...'`, `import('...')` and `import '...'`. */
function importSpecifiers(source: string): string[] {
	const specifiers: string[] = [];
	for (const match of source.matchAll(/\b(?:from\s*|import\s*\(\s*|import\s+)(['"])([^'"\n]+)\1/g)) {
		if (match[2]) specifiers.push(match[2]);
	}
	return specifiers;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|mts|mjs|js|astro)$/.test(entry.name) ? [path] : [];
	});
}

describe('the benchmark stays out of the product', () => {
	it('reads import specifiers of every form', () => {
		expect(
			importSpecifiers(
				"import a from '../x.ts';\nexport { b } from \"./y.ts\";\nconst c = await import('../../bench/z.ts');\nimport './side.css';",
			),
		).toEqual(['../x.ts', './y.ts', '../../bench/z.ts', './side.css']);
	});

	it('has no file left in src/bench/ and no import from src/ into bench/', () => {
		const files = sourceFiles(join(ROOT, 'src'));
		expect(files.length).toBeGreaterThan(50);
		expect(files.filter((file) => file.includes(`${sep}src${sep}bench${sep}`))).toEqual([]);
		const offending = files.flatMap((file) =>
			importSpecifiers(readFileSync(file, 'utf8'))
				.filter((specifier) => specifier.startsWith('.'))
				.filter((specifier) => {
					const target = resolve(dirname(file), specifier);
					return target === BENCH || target.startsWith(`${BENCH}${sep}`);
				})
				.map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
		);
		expect(offending).toEqual([]);
	});
});
