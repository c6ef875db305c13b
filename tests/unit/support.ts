// Shared helpers for the unit tests: parse the way src/loading/load-kit.ts does (the
// project's error map, then `zodProblems`), so the tests pin what users see.
import type { z } from 'astro/zod';
import { expect } from 'vitest';
import { type Contact, ContactSchema } from '../../src/domain/contact-schema.ts';
import { type Offer, OfferSchema, type SchemaContext } from '../../src/domain/offer-schema.ts';
import type { LocalProblem } from '../../src/domain/problem.ts';
import { DEFAULT_TAXONOMY } from '../../src/domain/taxonomy.ts';
import { problemMessages, zodProblems } from '../../src/domain/zod-problems.ts';
import { parseYamlSource } from '../../src/loading/yaml-source.ts';

/** A problem without its position: what most rule tables compare. */
export interface FieldProblem {
	field: string;
	message: string;
}

type Parsed<T> = { ok: true; data: T; problems: [] } | { ok: false; data: undefined; problems: FieldProblem[] };

const nowhere = () => ({ line: 1, column: 1 });

/** Parses `data` with `schema` and the project's messages; problems as field + message. */
export function check<T>(schema: z.ZodType<T>, data: unknown): Parsed<T> {
	const result = schema.safeParse(data, { error: problemMessages });
	if (result.success) return { ok: true, data: result.data, problems: [] };
	return {
		ok: false,
		data: undefined,
		problems: zodProblems(result.error, nowhere).map(({ field, message }) => ({ field, message })),
	};
}

/** Parses YAML text with `schema`, as `validate` does: problems with their line and column. */
export function checkYaml(schema: z.ZodType, yaml: string): LocalProblem[] {
	const source = parseYamlSource(yaml);
	expect(source.problems).toEqual([]);
	const result = schema.safeParse(source.data ?? {}, { error: problemMessages });
	return result.success ? [] : zodProblems(result.error, source.locate);
}

/** `line:column field message`: one problem as a line of text, compact enough for tables. */
export const describeProblem = (problem: LocalProblem) => `${problem.line}:${problem.column} ${problem.field} ${problem.message}`;

export const offerSchema = (context: Partial<SchemaContext> = {}) => OfferSchema({ taxonomy: DEFAULT_TAXONOMY, ...context });

/** The smallest valid offer: only the required fields. */
export const MINIMAL_OFFER = {
	title: 'Contoso Retail Insights',
	summary: 'Shelf analytics for stores',
	publisher: 'Contoso Ltd.',
	solutionType: 'IP',
};

/** A valid offer that meets every item of co-sell ready and of IP co-sell (with `READY_CONTACTS`). */
export const READY_OFFER = {
	...MINIMAL_OFFER,
	platforms: ['Azure'],
	segments: ['Enterprise'],
	solutionAreas: [{ area: 'Data and AI', subAreas: ['Analytics'] }],
	markets: ['US', 'CA'],
	onePager: { template: 'azure' },
	documents: { customerPresentation: 'documents/pitch.pptx', referenceArchitecture: 'documents/architecture.png' },
	prerequisites: {
		mpnId: '1234567',
		businessProfileComplete: true,
		live: true,
		azureConsumedRevenueUsd: 150_000,
		technicalValidation: true,
	},
};

/** Parses an offer that must be valid, for rules that take a parsed offer. */
export function offer(data: Record<string, unknown>): Offer {
	const parsed = check(offerSchema(), data);
	expect(parsed.problems).toEqual([]);
	return parsed.data as Offer;
}

/** Parses one contact that must be valid; cells default to a Partner sales contact for US. */
export function contact(cells: Partial<Record<keyof Contact, string>> = {}): Contact {
	const parsed = check(ContactSchema(), {
		name: 'Ann Lee',
		email: 'ann@contoso.example',
		jobTitle: 'Account executive',
		role: 'Partner sales',
		countries: 'US',
		states: '',
		...cells,
	});
	expect(parsed.problems).toEqual([]);
	return parsed.data as Contact;
}
