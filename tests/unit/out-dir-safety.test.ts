import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalPath, type OutDirCheck, outDirRefusal, relation, shownPath } from '../../src/integration/out-dir-safety.ts';

const project = { path: '/work/kit', what: 'the project folder .' };
const folders = [
	{ path: '/data/kits/fabrikam', what: 'the content folder /data/kits/fabrikam' },
	{ path: '/work/kit/src', what: "the project's source folder src" },
	{ path: '/work/kit/node_modules', what: "the project's folder node_modules" },
];
const check = (outDir: string): OutDirCheck => ({ outDir, shownOutDir: outDir, root: project, folders });

describe('the output folder a build refuses', () => {
	it.each([
		['/data/kits/fabrikam', 'is the content folder /data/kits/fabrikam', 'delete everything in the content folder'],
		['/data/kits', 'holds the content folder /data/kits/fabrikam', 'delete the content folder /data/kits/fabrikam with the rest'],
		['/', 'holds the project folder .', 'delete the project folder . with the rest'],
		['/data/kits/fabrikam/offers', 'lies inside the content folder', 'delete the files there, part of the content folder'],
		['/work/kit', 'is the project folder .', 'delete everything in the project folder'],
		['/work', 'holds the project folder .', 'with the rest'],
		['/work/kit/src', "is the project's source folder src", 'delete everything in'],
		['/work/kit/src/pages', "lies inside the project's source folder src", 'delete the files there'],
		['/work/kit/node_modules/.astro', "lies inside the project's folder node_modules", 'delete the files there'],
	])('%s: %s', (outDir, where, consequence) => {
		const refusal = outDirRefusal(check(outDir));
		expect(refusal?.message).toContain(`Refusing to build into ${outDir}: the output folder ${where}`);
		expect(refusal?.message).toContain(consequence);
		expect(refusal?.message).toContain('Nothing was deleted.');
		expect(refusal?.hint).toContain('--outDir dist/my-kit');
	});

	it.each([['/work/kit/dist'], ['/work/kit/dist/fabrikam'], ['/work/kit/srcs'], ['/data/kits/fabrikam-site'], ['/tmp/site']])(
		'builds into %s',
		(outDir) => {
			expect(outDirRefusal(check(outDir))).toBeUndefined();
		},
	);

	it('tells a folder from one whose name only starts the same', () => {
		expect(relation('/a/bc', '/a/b')).toBeUndefined();
		expect(relation('/a/b/c', '/a/b')).toBe('inside');
		expect(relation('/a', '/a/b')).toBe('holds');
		expect(relation('/a/b', '/a/b')).toBe('same');
	});
});

describe('paths compared as the file system sees them', () => {
	const made: string[] = [];
	afterEach(() => {
		for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it('follows links in the part that exists, and keeps the rest as written', () => {
		const dir = realpathSync(mkdtempSync(join(tmpdir(), 'out-dir-')));
		made.push(dir);
		mkdirSync(join(dir, 'content'));
		symlinkSync(join(dir, 'content'), join(dir, 'link'));
		expect(canonicalPath(join(dir, 'link'))).toBe(join(dir, 'content'));
		expect(canonicalPath(join(dir, 'link/new/site'))).toBe(join(dir, 'content/new/site'));
		expect(canonicalPath(join(dir, 'link/../other'))).toBe(join(dir, 'other'));
		const check = (outDir: string) =>
			outDirRefusal({
				outDir: canonicalPath(outDir),
				shownOutDir: outDir,
				root: project,
				folders: [{ path: canonicalPath(join(dir, 'content')), what: 'the content folder' }],
			});
		expect(check(join(dir, 'link'))?.message).toContain('the output folder is the content folder');
		expect(check(join(dir, 'link/offers'))?.message).toContain('lies inside the content folder');
	});

	it('takes letter case from the file system: on a case-insensitive disk CONTENT is content', () => {
		// A disk that ignores case: realpath answers with the name as stored.
		const stored = new Map([
			['/work/kit', '/work/kit'],
			['/work/kit/content', '/work/kit/content'],
		]);
		const realpath = (path: string) => {
			const found = stored.get(path.toLowerCase());
			if (!found) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
			return found;
		};
		expect(canonicalPath('/work/kit/CONTENT', realpath)).toBe('/work/kit/content');
		expect(canonicalPath('/work/kit/Content/Offers', realpath)).toBe('/work/kit/content/Offers');
		expect(canonicalPath('/work/kit/Dist', realpath)).toBe('/work/kit/Dist');
	});

	it('shows a path relative to the working folder when inside it, absolute elsewhere', () => {
		expect(shownPath('/work/kit/content', '/work/kit')).toBe('content');
		expect(shownPath('/work/kit', '/work/kit')).toBe('.');
		expect(shownPath('/tmp/site/', '/work/kit')).toBe('/tmp/site');
	});
});
