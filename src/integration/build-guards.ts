// What a build checks in `astro:config:setup`, before Astro empties the output folder or syncs
// the content: that the output folder may be emptied (out-dir-safety.ts), and that no other
// build of the project is running (build-lock.ts).
//
// `astro dev` takes no lock: it keeps its data store in `.astro/`, not in the cache folder. The
// one-pagers it makes go into the build's one-pager cache, whose entries are written atomically
// and keyed by everything they print, so a build beside it at most prunes them or finds them
// ready. `astro sync` (and `astro check`, which syncs) does write the cache folder's data store,
// so it takes the lock while it syncs.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import { AstroError } from 'astro/errors';
import { resolveContentDir } from '../loading/content-dir.ts';
import { salesKitCacheDir } from '../loading/kit-config-schema.ts';
import { processStart } from '../loading/processes.ts';
import { acquireLock, type HeldLock, type LockOwner, LockTaken } from './build-lock.ts';
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
	if (refusal) throw userError(refusal.message, refusal.hint);
}

/**
 * Takes the project's build lock (in Astro's cache folder) for this process, until `release()`
 * or its exit; throws, naming the running build, when another holds it.
 */
export function lockBuild(config: AstroConfig, command: string, contentDir = resolveContentDir()): HeldLock {
	const folder = fileURLToPath(salesKitCacheDir(config.cacheDir));
	mkdirSync(folder, { recursive: true });
	const owner: LockOwner = {
		pid: process.pid,
		processStart: processStart(process.pid),
		startedAt: new Date().toISOString(),
		command: `astro ${command}`,
		contentDir,
		...(command === 'build' ? { outDir: fileURLToPath(config.outDir) } : {}),
	};
	let lock: HeldLock;
	try {
		lock = acquireLock(join(folder, 'build.lock'), owner);
	} catch (error) {
		if (error instanceof LockTaken) throw lockTakenError(error);
		throw error;
	}
	const release = () => {
		process.off('exit', release);
		lock.release();
	};
	process.on('exit', release);
	return { file: lock.file, release };
}

function lockTakenError({ file, owner }: LockTaken): AstroError {
	const who = owner
		? `another build of this project is running (pid ${owner.pid}, \`${owner.command}\` since ${owner.startedAt}, content folder ${shownPath(owner.contentDir)}${owner.outDir ? `, output folder ${shownPath(owner.outDir)}` : ''})`
		: 'another build of this project is starting';
	return userError(
		`Not building: ${who}. Builds of one project share Astro's cache folder, and two at once would mix their kits. Nothing was changed.`,
		`Wait for it to finish, then build again; or build from another copy of the project (its own node_modules). If no build is running, delete ${shownPath(file)}.`,
	);
}

/** An error the user caused and can fix: its message and hint say it all, so Astro prints no stack trace. */
function userError(message: string, hint: string): AstroError {
	const error = new AstroError(message, hint);
	error.stack = '';
	return error;
}
