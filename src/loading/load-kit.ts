// Reads a whole content folder and checks it: schemas, files, contacts and readiness.
// The validate command prints the result; the Astro content loader fails the build on it.
// The files are read synchronously: a kit is thousands of small files, and the thread-pool
// round trips of asynchronous reads (open, stat, read, close, each a promise) cost several
// times the reading itself, on the thread that parses them.
import { type Dirent, existsSync, lstatSync, readdirSync, type Stats, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type ContactRow, parseContactsCsv } from '../domain/contacts-csv.ts';
import { ALL_COUNTRIES, describeCountry } from '../domain/countries.ts';
import { classifyDocument } from '../domain/documents.ts';
import { translatedDocumentTitles } from '../domain/localized-offer.ts';
import { checkMdxBody } from '../domain/mdx-body.ts';
import { isPublished, type Offer, OfferSchema, type SchemaContext, type Translation, TranslationSchema } from '../domain/offer-schema.ts';
import { offerTemplate } from '../domain/offer-template.ts';
import { type OnePagerTemplate, templateTerms } from '../domain/one-pager-template.ts';
import { formatPath, inFile, type LocalProblem, type Problem, sortProblems } from '../domain/problem.ts';
import { GAP_PREFIXES, readiness } from '../domain/readiness.ts';
import { starterLeftovers } from '../domain/starter-leftovers.ts';
import { DEFAULT_TAXONOMY, type Taxonomy, TaxonomySchema } from '../domain/taxonomy.ts';
import { unnamedTerms } from '../domain/term-names.ts';
import { DOCUMENT_SIZE_WARNING_BYTES, DOCUMENT_SLOTS, LOCALES, type Locale } from '../domain/vocabulary.ts';
import { problemMessages, zodProblems } from '../domain/zod-problems.ts';
import { contentFolderAsNamed, missingContentFolder, SLUG_PATTERN } from './content-dir.ts';
import { checkBodyFiles, type OfferLogo, readLogo, symlinkOnPath } from './offer-files.ts';
import { readCommittedText } from './read-text.ts';
import { defaultTemplatesDir, loadTemplates } from './templates.ts';
import { parseFrontmatter, parseYamlSource, type YamlSource } from './yaml-source.ts';

/** An MDX body, checked: it holds no code, and the files it shows or links to are in the offer folder. */
export interface LoadedBody {
	text: string;
	/** Files of the offer folder the body shows or links to, relative to the folder (`documents/map.png`). */
	files: string[];
}

export interface LoadedTranslation {
	lang: Locale;
	/** Absolute path of `index.<lang>.mdx`. */
	path: string;
	data: Translation;
	body: LoadedBody;
}

export interface LoadedOffer {
	slug: string;
	/** Absolute path of the offer folder. */
	dir: string;
	/** Absolute path of `index.mdx`. */
	path: string;
	data: Offer;
	body: LoadedBody;
	translations: LoadedTranslation[];
	contacts: ContactRow[];
	/** The partner logo of `onePager.logo`, read and checked; none when the offer has none (or it has a problem). */
	logo?: OfferLogo;
}

export interface Kit {
	contentDir: string;
	taxonomy: Taxonomy;
	/** Offers whose `index.mdx` passed its schema (with or without other problems). */
	offers: LoadedOffer[];
	/** The one-pager templates of `templates/` that passed their schema. */
	templates: OnePagerTemplate[];
	/** Every problem found, sorted by file and position. */
	problems: Problem[];
}

/** Where a text comes from: a field of a YAML frontmatter, or a cell of contacts.csv. */
export type Origin = { file: string; path: (string | number)[] } | { file: string; row: number; column: number; field: string };

/** A warning before it is located: `origin` names the file and the field or CSV cell. */
export interface OnePagerFinding {
	origin: Origin;
	field: string;
	message: string;
}

/**
 * Warnings for every text an offer's one-pagers shorten (src/pdf/fit.ts makes the check, which
 * reads only the parts `Offer` of a loaded offer); `loadKit` places each at its line and column.
 */
export type OnePagerCheck<Offer = LoadedOffer> = (
	offer: Offer,
	templates: readonly OnePagerTemplate[],
	taxonomy: Pick<Taxonomy, 'names'>,
) => Promise<OnePagerFinding[]>;

export interface LoadKitOptions extends Omit<SchemaContext, 'taxonomy'> {
	/** Problems name files relative to this folder. Default: the working directory. */
	cwd?: string;
	/** The one-pager templates. Default: `templates/` in the working directory. */
	templatesDir?: string;
	/**
	 * Warns about fields too long for their one-pager (the validate command passes one). Its
	 * answers may come later, from another thread: the next folders are read meanwhile.
	 */
	checkOnePager?: OnePagerCheck;
	/**
	 * Reads only the offer folders of these slugs (`validate <slug>...`); the kit-wide files (the
	 * taxonomy, the templates) are read and checked as usual, since every offer's terms and
	 * one-pager depend on them.
	 */
	offers?: readonly string[];
}

/**
 * The offers whose one-pager check may be under way at once: enough for a check on another
 * thread to keep up, few enough that their parsed files (kept to place its findings) die young.
 */
const CHECKS_UNDER_WAY = 32;

/** The content folder does not exist or cannot be read: the command itself cannot run. */
export class ContentFolderError extends Error {}

const TRANSLATION_FILE = /^index\.([^.]+)\.mdx$/;

/** An MDX file as read: its frontmatter, and its body with the line it starts on. */
interface MdxSource {
	yaml: YamlSource;
	bodyText: string;
	bodyLine: number;
}

export async function loadKit(contentDir: string, options: LoadKitOptions = {}): Promise<Kit> {
	const cwd = options.cwd ?? process.cwd();
	const display = (path: string) => relative(cwd, path).split(sep).join('/') || '.';
	const problems: Problem[] = [];
	const report = (path: string, local: readonly LocalProblem[]): void => {
		problems.push(...inFile(display(path), local));
	};

	const info = statOrUndefined(contentDir);
	const named = contentFolderAsNamed(contentDir, display(contentDir));
	if (!info) throw new ContentFolderError(missingContentFolder(named));
	if (!info.isDirectory()) {
		throw new ContentFolderError(
			`content folder ${named} is a file, not a folder: point SALES_KIT_CONTENT at the folder that holds offers/`,
		);
	}

	const taxonomyPath = join(contentDir, 'taxonomy.yaml');
	const taxonomy = await loadTaxonomy(taxonomyPath, report, display(taxonomyPath));
	const loadedTemplates = await loadTemplates(options.templatesDir ?? defaultTemplatesDir(), cwd);
	problems.push(...loadedTemplates.problems);
	const { templates } = loadedTemplates;
	// `onePager.template` names one of the templates found; without any, the built-in names.
	const context: SchemaContext = { ...options, taxonomy, ...(templates.length > 0 ? { templates: templateTerms(templates) } : {}) };
	const offerSchema = OfferSchema(context);
	const translationSchema = TranslationSchema();

	const offersDir = join(contentDir, 'offers');
	const offersLinked = isSymlink(offersDir);
	if (offersLinked) {
		report(offersDir, [
			problemAt(
				1,
				'offers',
				'error',
				'is a symbolic link: keep the offers folder itself in the content folder (a link could publish files from outside it)',
			),
		]);
	}
	const entries = existsSync(offersDir) && !offersLinked ? (listFolder(offersDir) ?? []) : [];
	if (entries.length === 0 && !problems.some((problem) => problem.file === display(offersDir))) {
		report(offersDir, [problemAt(1, 'offers', 'warning', 'holds no offers: run `npm run new -- <slug>` to create one')]);
	}

	// One offer folder at a time: the parsed files of a folder (kept to locate its problems) are
	// garbage once its one-pager check has answered, rather than every folder's kept to the end.
	const offers: LoadedOffer[] = [];
	const checking: Promise<void>[] = [];
	const folders = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
	const chosen = options.offers && new Set(options.offers);
	for (const entry of chosen ? folders.filter((folder) => chosen.has(folder.name)) : folders) {
		const dir = join(offersDir, entry.name);
		if (entry.isSymbolicLink()) {
			report(dir, [
				problemAt(
					1,
					'offers',
					'error',
					'is a symbolic link: move or copy the offer folder itself into offers/ (a link could publish files from outside the content folder)',
				),
			]);
			continue;
		}
		if (!entry.isDirectory()) {
			report(dir, [problemAt(1, 'offers', 'warning', 'is not an offer folder: offers live in offers/<slug>/index.mdx')]);
			continue;
		}
		const loaded = loadOffer(entry.name, dir);
		if (!loaded) continue;
		offers.push(loaded.offer);
		if (!options.checkOnePager) continue;
		const check = reportOnePagerFit(loaded.offer, options.checkOnePager, loaded.sources);
		// Awaited below, in order: a failure must not count as unhandled before its turn.
		check.catch(() => {});
		checking.push(check);
		if (checking.length >= CHECKS_UNDER_WAY) await checking.shift();
	}
	for (const check of checking) await check;

	return { contentDir, taxonomy, offers, templates, problems: sortProblems(problems) };

	/** An offer folder read and checked, with its MDX files as read (to place the one-pager check's findings). */
	function loadOffer(slug: string, dir: string): { offer: LoadedOffer; sources: ReadonlyMap<string, MdxSource> } | undefined {
		const mainPath = join(dir, 'index.mdx');
		/** Each MDX file read: its parsed frontmatter (to locate warnings) and its body. */
		const sources = new Map<string, MdxSource>();
		const entries = listFolder(dir);
		if (!entries) return undefined;
		const files = entries.map((entry) => entry.name);
		for (const link of entries.filter((entry) => entry.isSymbolicLink() && /^(index\..*mdx|contacts\.csv)$/.test(entry.name))) {
			report(join(dir, link.name), [
				problemAt(
					1,
					'file',
					'error',
					'is a symbolic link: replace it with the file itself (a link could publish a file from outside the offer folder)',
				),
			]);
		}
		if (!SLUG_PATTERN.test(slug)) {
			report(dir, [
				problemAt(
					1,
					'slug',
					'error',
					`"${slug}" is not a valid offer folder name: use lowercase letters, digits and single hyphens, e.g. contoso-retail-insights`,
				),
			]);
		}
		const translationFiles = files.filter((file) => TRANSLATION_FILE.test(file));
		if (!files.includes('index.mdx')) {
			if (translationFiles.length > 0) {
				for (const file of translationFiles) {
					report(join(dir, file), [
						problemAt(
							1,
							'file',
							'error',
							'is a translation without its main file: add index.mdx to this folder, or remove the translation',
						),
					]);
				}
			} else {
				report(dir, [
					problemAt(1, 'index.mdx', 'error', 'is missing: every offer folder needs an index.mdx (run `npm run new -- <slug>`)'),
				]);
			}
			return undefined;
		}

		const main = readMdx(mainPath, sources);
		let data: Offer | undefined;
		if (main) {
			const parsed = offerSchema.safeParse(main.yaml.data ?? {}, { error: problemMessages });
			if (parsed.success) data = parsed.data;
			else report(mainPath, zodProblems(parsed.error, main.yaml.locate));
			checkDocumentFiles(dir, mainPath, main.yaml);
		}

		const contactsPath = join(dir, 'contacts.csv');
		let contacts: ContactRow[] = [];
		if (files.includes('contacts.csv')) {
			const text = readText(contactsPath);
			if (text !== undefined) {
				const result = parseContactsCsv(text, { mode: 'strict' });
				report(contactsPath, result.problems);
				contacts = result.contacts;
			}
		} else {
			report(contactsPath, [
				problemAt(
					1,
					'file',
					'warning',
					'is missing: add the offer contacts (header: Name,Email,Job title,Role,Countries/Regions,States/Provinces)',
				),
			]);
		}

		const translations: LoadedTranslation[] = [];
		for (const file of translationFiles) {
			const translation = loadTranslation(join(dir, file), file, data?.lang, sources);
			if (translation) translations.push(translation);
		}

		if (!main || !data) return undefined;
		for (const translation of translations) reportDocumentTitles(data, translation, sources);
		const logo = data.onePager?.logo === undefined ? undefined : loadLogo(dir, mainPath, main.yaml, data);
		reportReadiness(
			mainPath,
			main.yaml,
			data,
			contacts.map((row) => row.contact),
		);
		if (isPublished(data)) reportStarterLeftovers(sources);
		const offer: LoadedOffer = { slug, dir, path: mainPath, data, body: main.body, translations, contacts, ...(logo ? { logo } : {}) };
		return { offer, sources };
	}

	/** Warnings for fields too long for the offer's one-pager, at the field (or CSV cell). */
	async function reportOnePagerFit(offer: LoadedOffer, check: OnePagerCheck, sources: ReadonlyMap<string, MdxSource>) {
		for (const finding of await check(offer, templates, taxonomy)) {
			const { origin } = finding;
			const position =
				'path' in origin
					? (sources.get(origin.file)?.yaml.locate(origin.path) ?? { line: 1, column: 1 })
					: { line: origin.row, column: origin.column };
			report(origin.file, [{ ...position, severity: 'warning', field: finding.field, message: finding.message }]);
		}
	}

	function loadTranslation(
		path: string,
		file: string,
		mainLang: Locale | undefined,
		sources: Map<string, MdxSource>,
	): LoadedTranslation | undefined {
		const suffix = TRANSLATION_FILE.exec(file)?.[1]?.toLowerCase() ?? '';
		const lang = LOCALES.find((locale) => locale === suffix);
		if (!lang) {
			report(path, [
				problemAt(
					1,
					'file',
					'error',
					`"${suffix}" is not a supported language: name translations index.${LOCALES.join('.mdx or index.')}.mdx`,
				),
			]);
			return undefined;
		}
		if (mainLang === lang) {
			report(path, [problemAt(1, 'lang', 'error', `index.mdx is already written in ${lang}: a translation must be in another language`)]);
		}
		const source = readMdx(path, sources);
		if (!source) return undefined;
		const declared = (source.yaml.data as { lang?: unknown } | null)?.lang;
		if (typeof declared === 'string' && declared.toLowerCase() !== lang) {
			report(path, [
				{
					...source.yaml.locate(['lang']),
					severity: 'error',
					field: 'lang',
					message: `says ${declared} but the file name says ${lang}: make them agree`,
				},
			]);
		}
		const parsed = translationSchema.safeParse(source.yaml.data ?? {}, { error: problemMessages });
		if (!parsed.success) {
			report(path, zodProblems(parsed.error, source.yaml.locate));
			return undefined;
		}
		return { lang, path, data: parsed.data, body: source.body };
	}

	/** A translation's titles of other documents must each name a document of index.mdx. */
	function reportDocumentTitles(offer: Offer, translation: LoadedTranslation, sources: ReadonlyMap<string, MdxSource>) {
		const yaml = sources.get(translation.path)?.yaml;
		const problems = translatedDocumentTitles(offer, translation.data).problems.map(
			(problem): LocalProblem => ({
				...(yaml?.locate(problem.path) ?? { line: 1, column: 1 }),
				severity: 'error',
				field: formatPath(problem.path),
				message: problem.message,
			}),
		);
		report(translation.path, problems);
	}

	/** Warnings at each placeholder of `npm run new` left in a published offer's files. */
	function reportStarterLeftovers(sources: ReadonlyMap<string, MdxSource>) {
		for (const [path, source] of sources) {
			const leftovers = starterLeftovers(source.yaml.data, source.bodyText).map((leftover) => ({
				...('path' in leftover.at ? source.yaml.locate(leftover.at.path) : { line: source.bodyLine + leftover.at.bodyLine, column: 1 }),
				severity: 'warning' as const,
				field: leftover.field,
				message: leftover.message,
			}));
			report(path, leftovers);
		}
	}

	/** An MDX file: its frontmatter parsed, its body checked (and the files it points at). */
	function readMdx(path: string, sources: Map<string, MdxSource>): { yaml: YamlSource; body: LoadedBody } | undefined {
		const text = readText(path);
		if (text === undefined) return undefined;
		const parsed = parseFrontmatter(text);
		if ('problem' in parsed) {
			report(path, [parsed.problem]);
			return undefined;
		}
		report(path, parsed.yaml.problems);
		sources.set(path, { yaml: parsed.yaml, bodyText: parsed.body, bodyLine: parsed.bodyLine });
		const body = checkMdxBody(parsed.body, parsed.bodyLine);
		report(path, body.problems);
		const fileProblems = checkBodyFiles(join(path, '..'), body.files);
		report(path, fileProblems);
		if (parsed.yaml.data === undefined) return undefined;
		return { yaml: parsed.yaml, body: { text: parsed.body, files: [...new Set(body.files.map((file) => file.path))] } };
	}

	/** A committed text file as UTF-8 text; undefined (and a problem) when it cannot be read as such. */
	function readText(path: string): string | undefined {
		const result = readCommittedText(path, display(path));
		if (!result.ok) {
			report(path, [result.problem]);
			return undefined;
		}
		return result.text;
	}

	/** The entries of a folder; undefined (and a problem) when it cannot be read. */
	function listFolder(dir: string): Dirent[] | undefined {
		try {
			return readdirSync(dir, { withFileTypes: true });
		} catch (error) {
			report(dir, [
				problemAt(
					1,
					'folder',
					'error',
					`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): check its permissions`,
				),
			]);
			return undefined;
		}
	}

	/** Document files must exist inside the offer folder; checked on the raw fields, so they are reported even when other fields are wrong. */
	function checkDocumentFiles(dir: string, mainPath: string, yaml: YamlSource) {
		const documents = yaml.data && typeof yaml.data === 'object' ? (yaml.data as Record<string, unknown>).documents : undefined;
		if (!documents || typeof documents !== 'object') return;
		const record = documents as Record<string, unknown>;
		const references: { path: PropertyKey[]; value: unknown }[] = DOCUMENT_SLOTS.map((slot) => ({
			path: ['documents', slot],
			value: record[slot],
		}));
		if (Array.isArray(record.other)) {
			record.other.forEach((other, index) => {
				if (other && typeof other === 'object')
					references.push({ path: ['documents', 'other', index, 'file'], value: (other as Record<string, unknown>).file });
			});
		}
		for (const reference of references) {
			if (typeof reference.value !== 'string') continue;
			const location = classifyDocument(reference.value);
			if (!('kind' in location) || location.kind !== 'file') continue;
			const problem = checkFile(dir, location.path, reference.value);
			if (problem) {
				report(mainPath, [
					{ ...yaml.locate(reference.path), severity: problem.severity, field: formatPath(reference.path), message: problem.message },
				]);
			}
		}
	}

	/** The offer's logo for the one-pager of its template; undefined (and an error at `onePager.logo`) when it cannot be printed. */
	function loadLogo(dir: string, mainPath: string, yaml: YamlSource, offer: Offer): OfferLogo | undefined {
		const path = offer.onePager?.logo;
		const template = offerTemplate(offer, templates);
		if (path === undefined || !template) return undefined;
		const written = (yaml.data as { onePager?: { logo?: unknown } } | undefined)?.onePager?.logo;
		const result = readLogo(dir, path, typeof written === 'string' ? written : path, template.logo);
		if ('logo' in result) return result.logo;
		report(mainPath, [{ ...yaml.locate(['onePager', 'logo']), severity: 'error', field: 'onePager.logo', message: result.problem }]);
		return undefined;
	}

	function reportReadiness(mainPath: string, yaml: YamlSource, offer: Offer, contacts: Parameters<typeof readiness>[1]) {
		const { coSellReady, ipCoSell } = readiness(offer, contacts);
		const warnings: LocalProblem[] = [];
		const warn = (field: string, message: string) => {
			const path = field.split('.').filter(Boolean);
			warnings.push({ ...yaml.locate(path), severity: 'warning', field: field || 'offer', message });
		};
		for (const item of coSellReady.items) {
			if (item.status !== 'unmet') continue;
			if (item.id === 'sales-coverage' && item.uncoveredMarkets) {
				for (const code of item.uncoveredMarkets) {
					const index = offer.markets.indexOf(code);
					warnings.push({
						...yaml.locate(['markets', index]),
						severity: 'warning',
						field: `markets[${index}]`,
						message:
							code === ALL_COUNTRIES
								? `${GAP_PREFIXES.coSellReady}markets is OOO (all countries) but no Partner sales contact has Countries/Regions OOO: add one to contacts.csv`
								: `${GAP_PREFIXES.coSellReady}no Partner sales contact covers ${describeCountry(code)}: add one to contacts.csv`,
					});
				}
			} else {
				warn(item.field, `${GAP_PREFIXES.coSellReady}${item.reason}`);
			}
		}
		// IP co-sell gaps matter only for IP offers; others cannot earn the status.
		if (offer.solutionType === 'IP') {
			for (const item of ipCoSell.items) {
				if (item.status === 'unmet' && item.id !== 'co-sell-ready') warn(item.field, `${GAP_PREFIXES.ipCoSell}${item.reason}`);
			}
		}
		report(mainPath, warnings);
	}
}

function checkFile(dir: string, relativePath: string, written: string): { severity: 'error' | 'warning'; message: string } | undefined {
	const path = join(dir, relativePath);
	if (symlinkOnPath(dir, relativePath)) {
		return {
			severity: 'error',
			message: `"${written}" is or goes through a symbolic link: copy the file itself into the offer folder (a link could publish a file from outside it)`,
		};
	}
	const info = statOrUndefined(path);
	if (!info)
		return {
			severity: 'error',
			message: `"${written}" does not exist: add the file to the offer folder or fix the path (paths are relative to the offer folder)`,
		};
	if (!info.isFile()) return { severity: 'error', message: `"${written}" is not a file` };
	if (info.size > DOCUMENT_SIZE_WARNING_BYTES) {
		return {
			severity: 'warning',
			message: `"${written}" is ${(info.size / 1024 / 1024).toFixed(1)} MB: keep documents under 25 MB so sellers can download and mail them`,
		};
	}
	return undefined;
}

function isSymlink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}

/** The file's stats, or undefined when it cannot be read (missing, no permission...). */
function statOrUndefined(path: string): Stats | undefined {
	try {
		return statSync(path);
	} catch {
		return undefined;
	}
}

function problemAt(line: number, field: string, severity: 'error' | 'warning', message: string): LocalProblem {
	return { line, column: 1, severity, field, message };
}

/**
 * The kit's taxonomy: `taxonomy.yaml` in the content folder, or the default. Problems go to
 * `report`; `shown` is the path as they show it.
 */
export async function loadTaxonomy(
	path: string,
	report: (path: string, problems: readonly LocalProblem[]) => void = () => {},
	shown = path,
): Promise<Taxonomy> {
	if (!existsSync(path)) return DEFAULT_TAXONOMY;
	if (isSymlink(path)) {
		report(path, [problemAt(1, 'file', 'error', 'is a symbolic link: replace it with the file itself')]);
		return DEFAULT_TAXONOMY;
	}
	const text = readCommittedText(path, shown);
	if (!text.ok) {
		report(path, [text.problem]);
		return DEFAULT_TAXONOMY;
	}
	const source = parseYamlSource(text.text);
	report(path, source.problems);
	if (source.data === undefined) return DEFAULT_TAXONOMY;
	const parsed = TaxonomySchema().safeParse(source.data ?? {}, { error: problemMessages });
	if (parsed.success) {
		// A term without a Chinese name still works: it prints in English on Chinese pages.
		report(
			path,
			unnamedTerms(parsed.data).map((term) => ({
				...source.locate(term.path),
				severity: 'warning',
				field: formatPath(term.path),
				message: term.message,
			})),
		);
		return parsed.data;
	}
	report(path, zodProblems(parsed.error, source.locate));
	return DEFAULT_TAXONOMY;
}
