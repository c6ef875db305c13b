// `npm run new -- <slug> [--type <solution type>] [--template <one-pager template>] [--lang <lang>]`:
// creates an offer folder with a commented index.mdx to fill in and an empty contacts.csv.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { formatContactsCsv } from '../domain/contacts-csv.ts';
import { LocaleSchema } from '../domain/offer-schema.ts';
import { renderOfferStarter } from '../domain/offer-starter.ts';
import { templateTerms } from '../domain/one-pager-template.ts';
import { term } from '../domain/schema-kit.ts';
import { BUILT_IN_TEMPLATES, LOCALES, SOLUTION_TYPES, type SolutionType, type Term } from '../domain/vocabulary.ts';
import { problemMessages } from '../domain/zod-problems.ts';
import { offerDir, resolveContentDir, SLUG_PATTERN } from '../loading/content-dir.ts';
import { loadSalesKitConfig } from '../loading/kit-config.ts';
import { loadTaxonomy } from '../loading/load-kit.ts';
import { loadTemplates } from '../loading/templates.ts';
import { writeFileAtomic } from '../loading/write-file-atomic.ts';
import { CommandFailure, displayPath, fileErrorReason, parseCommandArgs, runCli, UsageError } from './command.ts';

const names = (terms: readonly Term[]) => terms.map((term) => term.name).join(', ');

const USAGE = `Usage: npm run new -- <slug> [--type <solution type>] [--template <one-pager template>] [--lang <lang>]

Creates content/offers/<slug>/ (in content/, or the folder named by SALES_KIT_CONTENT) with
an index.mdx to fill in, whose comments explain every field, and a contacts.csv holding the
header of Partner Center's contacts template. The offer starts as a draft: set \`draft: false\`
in index.mdx to publish it.

  <slug>         the offer's folder name and address on the site: lowercase letters,
                 digits and single hyphens, e.g. contoso-retail-insights
  --type         the solution type: ${names(SOLUTION_TYPES)} (default: IP)
  --template     a one-pager template of templates/, e.g. ${names(BUILT_IN_TEMPLATES)} (default: azure)
  --lang         the language of the text: ${LOCALES.join(' or ')} (default: the site's default language)
  --help         show this help

Exit status: 0 created, 1 the offer exists already or could not be written, 2 bad arguments.`;

async function main(args: string[]): Promise<number> {
	const { values, positionals } = parseCommandArgs(args, {
		type: { type: 'string' },
		template: { type: 'string' },
		lang: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	});
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const [slug, ...extra] = positionals;
	if (slug === undefined) throw new UsageError('name the new offer: npm run new -- <slug>');
	if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
	if (!SLUG_PATTERN.test(slug)) {
		throw new UsageError(
			`"${slug}" is not a valid slug: use lowercase letters, digits and single hyphens (no spaces, capitals or other signs), e.g. contoso-retail-insights`,
		);
	}
	// The option values go through the offer schema's own terms, so they accept what index.mdx accepts.
	const solutionType = option('--type', values.type, term(SOLUTION_TYPES, 'solution type'), 'IP') as SolutionType;
	// The kit's own templates/ (with any a partner added), as validate reads them.
	const loaded = await loadTemplates();
	const templates = loaded.templates.length > 0 ? templateTerms(loaded.templates) : BUILT_IN_TEMPLATES;
	const template = option('--template', values.template, term(templates, 'one-pager template'), 'azure');
	const lang = option('--lang', values.lang, LocaleSchema(), (await loadSalesKitConfig()).defaultLocale);

	const contentDir = resolveContentDir();
	const dir = offerDir(contentDir, slug);
	const shown = displayPath(dir);
	await mkdir(join(contentDir, 'offers'), { recursive: true }).catch((error: unknown) => {
		throw new CommandFailure(`cannot create ${displayPath(join(contentDir, 'offers'))}: ${fileErrorReason(error)}`);
	});
	// Creating the folder itself is the check: it fails if anything of that name exists.
	await mkdir(dir).catch((error: unknown) => {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
			throw new CommandFailure(`${shown} already exists: choose another slug, or edit the offer in ${shown}/index.mdx`);
		}
		throw new CommandFailure(`cannot create ${shown}: ${fileErrorReason(error)}`);
	});
	try {
		const taxonomy = await loadTaxonomy(join(contentDir, 'taxonomy.yaml'));
		await writeFileAtomic(join(dir, 'index.mdx'), renderOfferStarter({ slug, solutionType, template, lang, taxonomy, templates }));
		await writeFileAtomic(join(dir, 'contacts.csv'), formatContactsCsv([], { target: 'repository' }));
	} catch (error) {
		// Leave nothing half made: the folder is new, so it holds only what this command wrote.
		await rm(dir, { recursive: true, force: true });
		throw new CommandFailure(`cannot write the files of ${shown}: ${fileErrorReason(error)}`);
	}
	process.stdout.write(
		[
			`Created ${shown}/index.mdx and ${shown}/contacts.csv.`,
			'Next:',
			`  1. Fill in ${shown}/index.mdx: the comments explain every field.`,
			`  2. Add the contacts to contacts.csv, or import them: npm run contacts -- import ${slug} <file.csv>`,
			'  3. Check the offer: npm run validate',
			'  4. Publish it: set `draft: false` in index.mdx.',
			'',
		].join('\n'),
	);
	return 0;
}

/** An option's value resolved by a schema of the offer's fields, or its default; a bad value is a usage error. */
function option<T>(name: string, value: string | undefined, schema: z.ZodType<T, string>, fallback: T): T {
	if (value === undefined) return fallback;
	const result = schema.safeParse(value, { error: problemMessages });
	if (result.success) return result.data;
	throw new UsageError(`${name}: ${result.error.issues.map((issue) => issue.message).join('; ')}`);
}

runCli('new', USAGE, main);
