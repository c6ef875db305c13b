// Small zod building blocks shared by the offer, translation, contact and taxonomy schemas,
// so each rule (vocabulary lookup, country codes, unknown fields) is written once.
import { z } from 'astro/zod';
import { CO_SELL_COUNTRIES } from './co-sell-tables.ts';
import { ALL_COUNTRIES, findCountry, findState, STATE_CODES } from './countries.ts';
import { countryName } from './country-names.ts';
import { didYouMean, listChoices } from './suggest.ts';
import { resolveTerm, spellings, type Term } from './vocabulary.ts';

/** Required, trimmed, non-empty text. */
export const text = () => z.string().trim().min(1, 'must not be empty');

/**
 * An object that rejects unknown fields, one message per field with a "did you mean".
 * zod reports all unknown keys of an object as one issue; the messages are joined with
 * newlines in key order so `zodProblems` can give each key its own line and position.
 */
export function fields<Shape extends z.ZodRawShape>(shape: Shape, hintFor?: (key: string) => string | undefined) {
	const known = Object.keys(shape);
	return z.strictObject(shape, {
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? issue.keys
						.map((key) => hintFor?.(key) ?? `is not a known field.${didYouMean(key, known)} Known fields: ${known.join(', ')}.`)
						.join('\n')
				: undefined,
	});
}

/** A vocabulary term: resolved to its canonical name, or an error with a suggestion. */
export function term(terms: readonly Term[], what: string) {
	return z.string().transform((value, ctx) => {
		if (value.trim() === '') {
			ctx.addIssue({ code: 'custom', message: `is required: use one of ${listChoices(terms.map((t) => t.name))}` });
			return z.NEVER;
		}
		const name = resolveTerm(terms, value);
		if (name) return name;
		ctx.addIssue({
			code: 'custom',
			message: `unknown ${what} "${value}".${didYouMean(value, spellings(terms))} Use one of ${listChoices(terms.map((t) => t.name))}.`,
		});
		return z.NEVER;
	});
}

/**
 * Options for refinements that run even when parts of the value already failed, so that every
 * problem is reported at once. They run only when the value has the right shape (a list, or a
 * group of fields); items that failed arrive as zod's abort markers, so refinements check the
 * type of what they read.
 */
export const EVEN_WITH_ISSUES = {
	list: { when: (payload: { value: unknown }) => Array.isArray(payload.value) },
	fields: {
		when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
	},
} as const;

/** Adds an issue for each repeated item (case-insensitive), pointing at the repetition. */
export function rejectDuplicates(
	items: readonly unknown[],
	ctx: z.RefinementCtx,
	what: string,
	keyOf: (item: unknown) => unknown = (item) => item,
) {
	const seen = new Set<string>();
	items.forEach((item, index) => {
		const name = keyOf(item);
		if (typeof name !== 'string') return;
		const key = name.toLowerCase();
		if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message: `repeats ${what} "${name}": remove it` });
		seen.add(key);
	});
}

/**
 * A list with an upper bound and no repeated items. zod's own `.max()` stops before it checks
 * the items, so the bound is checked here, after them.
 */
export function list<Item extends z.ZodType>(
	item: Item,
	{ max, tooMany, unique, keyOf }: { max?: number; tooMany?: string; unique?: string; keyOf?: (item: unknown) => unknown },
) {
	return z.array(item).superRefine((items, ctx) => {
		if (max !== undefined && items.length > max) {
			ctx.addIssue({ code: 'custom', message: tooMany ?? `lists ${items.length} items: at most ${max} allowed` });
		}
		if (unique) rejectDuplicates(items, ctx, unique, keyOf);
	}, EVEN_WITH_ISSUES.list);
}

/**
 * Names users write instead of a code ("UK", "Canada", Partner Center's "Korea (South)" or the
 * site's "South Korea"), mapped to the code to suggest.
 */
function suggestCountryCode(value: string): string {
	const wanted = value.trim().toLowerCase();
	if (wanted === 'uk') return ` Did you mean ${describeSuggestion('GB')}?`;
	const byName = CO_SELL_COUNTRIES.find(
		(country) => country.name.toLowerCase() === wanted || countryName(country.code, 'en').toLowerCase() === wanted,
	);
	return byName ? ` Did you mean ${describeSuggestion(byName.code)}?` : '';
}

/** `"KR" (South Korea)`. */
const describeSuggestion = (code: string) => `"${code}" (${countryName(code, 'en')})`;

/** One code of the co-sell country table, `OOO` included; any case, returned upper-case. */
export function countryCode() {
	return z.string().transform((value, ctx) => {
		const code = value.trim().toUpperCase();
		if (findCountry(code)) return code;
		ctx.addIssue({
			code: 'custom',
			message: `unknown country code "${value}".${suggestCountryCode(value)} Use OOO for all countries or a two-letter code from the co-sell country table.`,
		});
		return z.NEVER;
	});
}

/** One code of the co-sell state table (`US-WA`, `CA-ON`, `AU-NSW`); any case, returned upper-case. */
export function stateCode() {
	return z.string().transform((value, ctx) => {
		const code = value.trim().toUpperCase();
		if (findState(code)) return code;
		const hint = /^[A-Z]{2,3}$/.test(code) ? bareCodeHint(code) : '';
		ctx.addIssue({
			code: 'custom',
			message: `unknown state or province code "${value}".${hint} Use a code from the co-sell state table (US, Canada and Australia).`,
		});
		return z.NEVER;
	});
}

/** What a bare code in States/Provinces may have meant: a spilled country, or a state without its prefix. */
function bareCodeHint(code: string): string {
	const states = STATE_CODES.filter((state) => state.endsWith(`-${code}`));
	const hints = [
		findCountry(code) ? `if it is a country, quote the Countries/Regions cell when it lists several ("US, ${code}")` : '',
		states.length > 0 ? `if it is a state or province, write its country prefix: ${listChoices(states)}` : '',
	].filter(Boolean);
	return hints.length > 0 ? ` ${hints.join('; ').replace(/^i/, 'I')}.` : '';
}

/** A list of country codes where `OOO` (all countries) must stand alone, without repeats. */
export function countryList() {
	return list(countryCode(), { unique: 'country' }).superRefine((codes, ctx) => {
		if (codes.includes(ALL_COUNTRIES) && codes.length > 1) {
			ctx.addIssue({
				code: 'custom',
				message: 'mixes OOO (all countries) with country codes: keep only OOO, or list the countries',
			});
		}
	}, EVEN_WITH_ISSUES.list);
}

/** An absolute https URL. [decision] http and relative URLs are rejected. */
export function httpsUrl() {
	return z.string().transform((value, ctx) => {
		const url = parseHttpsUrl(value);
		if (url) return url;
		ctx.addIssue({ code: 'custom', message: `must be an absolute https URL (https://...), found "${value}"` });
		return z.NEVER;
	});
}

export function parseHttpsUrl(value: string): string | undefined {
	const trimmed = value.trim();
	if (!/^https:\/\//i.test(trimmed)) return undefined;
	try {
		return new URL(trimmed).href === '' ? undefined : trimmed;
	} catch {
		return undefined;
	}
}
