// Builds that cannot destroy or mix: an output folder Astro must not empty is refused before
// anything is deleted, and two builds at once in one checkout never mix their kits.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { ROOT } from '../helpers/run.ts';

const VALID_KIT = join(ROOT, 'tests/fixtures/valid-kit');
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function scratch(): string {
	const dir = mkdtempSync(join(tmpdir(), 'build-safety-'));
	made.push(dir);
	return dir;
}

/** Every file under `dir` with its bytes, to compare before and after. */
function snapshot(dir: string): Map<string, string> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return new Map(
		files.map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'base64')]),
	);
}

describe('a build into a folder Astro must not empty', () => {
	const work = scratch();
	const content = join(work, 'kit');
	cpSync(VALID_KIT, content, { recursive: true });
	symlinkSync(content, join(work, 'link-to-kit'));
	const before = snapshot(content);

	it.each([
		[content, `Refusing to build into ${content}: the output folder is the content folder ${content}.`],
		[work, `Refusing to build into ${work}: the output folder holds the content folder ${content}.`],
		[join(content, 'offers'), `the output folder lies inside the content folder ${content}.`],
		[join(work, 'link-to-kit'), `Refusing to build into ${join(work, 'link-to-kit')}: the output folder is the content folder ${content}.`],
		['.', 'Refusing to build into .: the output folder is the project folder .'],
		['templates', "Refusing to build into templates: the output folder is the project's folder templates."],
		['src/pages', "Refusing to build into src/pages: the output folder lies inside the project's source folder src."],
	])('--outDir %s fails with exit 1, says why, and deletes nothing', (outDir, message) => {
		expect(before.size).toBeGreaterThan(3);
		const templatesBefore = snapshot(join(ROOT, 'templates'));
		const result = buildSite({ content, outDir });
		expect(result.status, result.output).toBe(1);
		expect(result.output).toContain(message);
		expect(result.output).toContain('Astro empties the output folder before it writes the site');
		expect(result.output).toContain('--outDir dist/my-kit');
		expect(snapshot(content)).toEqual(before);
		expect(snapshot(join(ROOT, 'templates'))).toEqual(templatesBefore);
		expect(existsSync(join(ROOT, 'src/pages/offers/[slug]/documents/[...file].ts'))).toBe(true);
	});
});
