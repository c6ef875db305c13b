import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, resolveTerm, SOLUTION_TYPES, spellings, type Term } from '../../src/domain/vocabulary.ts';

const PLATFORMS: Term[] = [{ name: 'Azure' }, { name: 'Microsoft 365', aliases: ['Office 365', 'O365'] }];

describe('resolveTerm', () => {
	// [terms, input, canonical name]
	it.each<[string, readonly Term[], string, string | undefined]>([
		['a name', PLATFORMS, 'Azure', 'Azure'],
		['a name in another case', PLATFORMS, 'AZURE', 'Azure'],
		['a name with spaces around it', PLATFORMS, '  Azure\t', 'Azure'],
		['an alias', PLATFORMS, 'Office 365', 'Microsoft 365'],
		['an alias in another case', PLATFORMS, 'o365', 'Microsoft 365'],
		['an unknown word', PLATFORMS, 'Azur', undefined],
		['inner spaces count', PLATFORMS, 'Microsoft  365', undefined],
		['the 2020 label "IP (application)"', SOLUTION_TYPES, 'IP (application)', 'IP'],
		['the 2020 label "Device (hardware)"', SOLUTION_TYPES, 'device (hardware)', 'Device'],
		['no plural forms', SOLUTION_TYPES, 'Services', undefined],
		['the renamed template "office-365"', BUILT_IN_TEMPLATES, 'office-365', 'microsoft-365'],
	])('%s', (_rule, terms, input, expected) => {
		expect(resolveTerm(terms, input)).toBe(expected);
	});
});

describe('spellings', () => {
	it('lists names and aliases in order', () => {
		expect(spellings(PLATFORMS)).toEqual(['Azure', 'Microsoft 365', 'Office 365', 'O365']);
		expect(spellings(SOLUTION_TYPES)).toEqual(['Device', 'Device (hardware)', 'IP', 'IP (application)', 'Service', 'Managed Service']);
	});
});
