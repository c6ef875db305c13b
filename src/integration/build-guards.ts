// What a build checks in `astro:config:setup`, before Astro empties the output folder or syncs
// the content: that the output folder may be emptied (out-dir-safety.ts).

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import { AstroError } from 'astro/errors';
import { resolveContentDir } from '../loading/content-dir.ts';
import { canonicalPath, type GuardedFolder, outDirRefusal, shownPath } from './out-dir-safety.ts';

/** Folders of the project an output folder must neither be, hold, nor lie inside. */
const SOURCE_FOLDERS = ['src', 'public', 'templates', 'tests', 'node_modules', '.git', 'content'];

/** Throws when the build's output folder is one Astro must not empty. */
export function refuseDangerousOutDir(config: AstroConfig, contentDir = resolveContentDir(), cwd = process.cwd()): void {
	const root = fileURLToPath(config.root);
	const guarded = (path: string, what: string): GuardedFolder => ({ path: canonicalPath(path), what: `${what} ${shownPath(path, cwd)}` });
	const folders = [
		guarded(contentDir, 'the content folder'),
		guarded(fileURLToPath(config.srcDir), "the project's source folder"),
		guarded(fileURLToPath(config.publicDir), "the project's public folder"),
		guarded(fileURLToPath(config.cacheDir), "Astro's cache folder"),
		...SOURCE_FOLDERS.map((name) => guarded(join(root, name), "the project's folder")),
	];
	const outDir = fileURLToPath(config.outDir);
	const refusal = outDirRefusal({
		outDir: canonicalPath(outDir),
		shownOutDir: shownPath(outDir, cwd),
		root: guarded(root, 'the project folder'),
		folders,
	});
	if (refusal) throw new AstroError(refusal.message, refusal.hint);
}
