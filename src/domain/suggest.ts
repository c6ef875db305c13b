import { closest, distance } from 'fastest-levenshtein';

/**
 * The known value closest to what the user wrote, if it is close enough to be a likely typo
 * (at most a third of the word's letters differ, case ignored).
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
	if (candidates.length === 0) return undefined;
	const needle = input.trim().toLowerCase();
	const lowered = candidates.map((candidate) => candidate.toLowerCase());
	const best = closest(needle, lowered);
	const allowed = Math.max(2, Math.ceil(Math.max(needle.length, best.length) / 3));
	if (distance(needle, best) > allowed) return undefined;
	return candidates[lowered.indexOf(best)];
}

/** ` Did you mean "Azure"?` when a close candidate exists, else an empty string. */
export function didYouMean(input: string, candidates: readonly string[]): string {
	const match = closestMatch(input, candidates);
	return match ? ` Did you mean "${match}"?` : '';
}

/** `"a", "b" or "c"`: a list of choices for a message. */
export function listChoices(choices: readonly string[], conjunction = 'or'): string {
	const quoted = choices.map((choice) => `"${choice}"`);
	if (quoted.length <= 1) return quoted.join('');
	return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}
