import { resolve } from 'node:path';

/** The environment variable that points every command at another content folder. */
export const CONTENT_ENV = 'SALES_KIT_CONTENT';

/** The content folder: `$SALES_KIT_CONTENT` or `content/`, resolved against the working directory. */
export function resolveContentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
	const configured = env[CONTENT_ENV]?.trim();
	return resolve(cwd, configured ? configured : 'content');
}

/** The folder of one offer inside a content folder. */
export function offerDir(contentDir: string, slug: string): string {
	return resolve(contentDir, 'offers', slug);
}

/** Folder names that are valid offer slugs: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The content folder as the user named it: the value of SALES_KIT_CONTENT as written when it
 * names this folder (`/srv/kits/x` stays absolute, `../kits/x` relative), else `shown`.
 */
export function contentFolderAsNamed(contentDir: string, shown: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
	const configured = env[CONTENT_ENV]?.trim();
	return configured && resolve(cwd, configured) === contentDir ? configured : shown;
}

/** What every command says when the content folder is missing. */
export function missingContentFolder(shownPath: string): string {
	return `content folder ${shownPath} does not exist: create it, or point ${CONTENT_ENV} at your content folder`;
}
