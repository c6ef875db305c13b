// `npm run validate -- <slug or path>...`: which offer folders the arguments name. A pull request's
// changed files can be passed as they are: a file of an offer folder names that offer, and a
// kit-wide file (taxonomy.yaml, a one-pager template) asks for the whole kit, as every offer
// depends on it.
import { readdirSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { closestMatch } from '../domain/suggest.ts';
import { SLUG_PATTERN } from '../loading/content-dir.ts';

/** The offers to check, by slug; `undefined` for the whole kit. */
export type Selection = { offers: string[] } | { offers: undefined; reason: string };

export interface SelectionFolders {
	contentDir: string;
	templatesDir: string;
	/** The absolute path an argument names (relative paths are the caller's own). */
	resolvePath: (argument: string) => string;
	/** A folder as messages show it. */
	display: (path: string) => string;
}

/** The arguments not naming an offer, each with what is wrong: every one at once. */
export class SelectionError extends Error {}

export function selectOffers(args: readonly string[], folders: SelectionFolders): Selection {
	const { contentDir, templatesDir, resolvePath, display } = folders;
	const offersDir = `${contentDir}${sep}offers`;
	const slugs = offerFolders(offersDir);
	const chosen = new Set<string>();
	const mistakes: string[] = [];
	let wholeKit: string | undefined;
	for (const argument of args) {
		if (slugs.includes(argument)) {
			chosen.add(argument);
			continue;
		}
		const path = resolvePath(argument);
		const inOffers = inside(offersDir, path);
		const slug = inOffers?.split(sep)[0];
		if (slug !== undefined && slug !== '') {
			if (slugs.includes(slug)) chosen.add(slug);
			else mistakes.push(unknownOffer(slug, argument, slugs, display(offersDir)));
		} else if (inOffers === '' || path === contentDir) {
			wholeKit ??= `${argument} is the whole content folder`;
		} else if (inside(contentDir, path) === 'taxonomy.yaml' || inside(templatesDir, path) !== undefined) {
			wholeKit ??= `${argument} is read by every offer`;
		} else if (!/[/\\]/.test(argument) && !/\.\w+$/.test(argument)) {
			mistakes.push(unknownOffer(argument, argument, slugs, display(offersDir)));
		} else {
			mistakes.push(
				`"${argument}" is not in an offer folder: name an offer by its slug, or a path inside ${display(offersDir)}/<slug>/ (or taxonomy.yaml or a template, for the whole kit)`,
			);
		}
	}
	if (mistakes.length > 0) throw new SelectionError(mistakes.join('\n'));
	return wholeKit ? { offers: undefined, reason: wholeKit } : { offers: [...chosen] };
}

function unknownOffer(slug: string, argument: string, slugs: readonly string[], offersShown: string): string {
	const match = closestMatch(slug, slugs);
	const hint = match ? ` Did you mean "${match}"?` : SLUG_PATTERN.test(slug) ? ` To create it: npm run new -- ${slug}` : '';
	const written = argument === slug ? '' : ` (named by "${argument}")`;
	return `there is no offer "${slug}"${written} in ${offersShown}.${hint}`;
}

/** The path of `path` inside `folder` ('' for the folder itself), or undefined when it lies outside. */
function inside(folder: string, path: string): string | undefined {
	const rest = relative(folder, path);
	if (rest === '') return '';
	if (rest === '..' || rest.startsWith(`..${sep}`) || isAbsolute(rest)) return undefined;
	return rest;
}

function offerFolders(offersDir: string): string[] {
	try {
		return readdirSync(offersDir, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
			.map((entry) => entry.name);
	} catch {
		return []; // the check itself says what is wrong with the folder
	}
}
