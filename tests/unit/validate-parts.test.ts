import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKitPart, type KitPart, kitParts } from '../../src/cli/validate-check.ts';
import { sortProblems } from '../../src/domain/problem.ts';
import { parseSalesKitConfig } from '../../src/loading/kit-config-schema.ts';
import { ROOT } from '../helpers/run.ts';

describe('validate on several threads', () => {
	it.each(['broken-kit', 'readiness-gaps', 'custom-taxonomy'])('finds in %s, part by part, exactly what one thread finds', async (name) => {
		const contentDir = join(ROOT, 'tests/fixtures', name);
		const settings = parseSalesKitConfig({});
		const whole = await checkKitPart(contentDir, kitParts(1)[0] as KitPart, settings);
		for (const count of [2, 3]) {
			const parts = await Promise.all(kitParts(count).map((part) => checkKitPart(contentDir, part, settings)));
			expect(sortProblems(parts.flatMap((part) => part.problems))).toEqual(whole.problems);
			expect(parts.reduce((sum, part) => sum + part.offers, 0)).toBe(whole.offers);
		}
	});
});
