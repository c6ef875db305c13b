// What `npm run new` writes as placeholders: fine in a draft, a mistake in a published offer.
// A published offer that still holds them gets a warning at each (an error with --strict).
import { STARTER_TEXT, type StarterVocabulary } from './offer-starter-text.ts';
import { LOCALES } from './vocabulary.ts';

/** The placeholders do not depend on the vocabulary the comments quote. */
const ANY_VOCABULARY: StarterVocabulary = {
	solutionTypes: '',
	templates: '',
	languages: '',
	platforms: '',
	segments: '',
	firstPlatform: '',
	firstSegment: '',
};

const STARTERS = LOCALES.map((locale) => STARTER_TEXT[locale](ANY_VOCABULARY));

/** The placeholder texts of the frontmatter, by field path, in every language. */
const FIELD_PLACEHOLDERS: { path: string[]; texts: Set<string> }[] = [
	{ path: ['summary'], texts: new Set(STARTERS.map((starter) => starter.placeholders.summary)) },
	{ path: ['publisher'], texts: new Set(STARTERS.map((starter) => starter.placeholders.publisher)) },
	{ path: ['onePager', 'headline'], texts: new Set(STARTERS.map((starter) => starter.placeholders.headline)) },
];

/** The lines of the starter bodies that are text to replace (not their headings). */
const BODY_PLACEHOLDERS = new Set(
	STARTERS.flatMap((starter) => starter.body.split('\n'))
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('#')),
);

export interface StarterLeftover {
	/** A frontmatter field, or the 0-based line of the body. */
	at: { path: string[] } | { bodyLine: number };
	field: string;
	message: string;
}

/** The placeholders of `npm run new` still in an offer's (or a translation's) fields and body. */
export function starterLeftovers(fields: unknown, body: string): StarterLeftover[] {
	const leftovers: StarterLeftover[] = [];
	for (const { path, texts } of FIELD_PLACEHOLDERS) {
		const value = path.reduce<unknown>(
			(node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
			fields,
		);
		if (typeof value === 'string' && texts.has(value.trim())) {
			leftovers.push({
				at: { path },
				field: path.join('.'),
				message: `still holds the starter text of \`npm run new\` (${JSON.stringify(value.trim())}): write the real ${path.at(-1)} before publishing`,
			});
		}
	}
	const bodyLines = body.split('\n').flatMap((line, index) => (BODY_PLACEHOLDERS.has(line.trim()) ? [index] : []));
	const [first] = bodyLines;
	if (first !== undefined) {
		leftovers.push({
			at: { bodyLine: first },
			field: 'body',
			message: `still holds the starter text of \`npm run new\` (${bodyLines.length === 1 ? 'this line' : `${bodyLines.length} lines, the first here`}): describe the offer before publishing`,
		});
	}
	return leftovers;
}
