import { CO_SELL_COUNTRIES, CO_SELL_STATES, type CoSellCountry, type CoSellState } from './co-sell-tables.ts';
import { countryName } from './country-names.ts';

/** `OOO` in Countries/Regions or markets means every country (Partner Center's "Global contacts"). */
export const ALL_COUNTRIES = 'OOO';

const countriesByCode = new Map(CO_SELL_COUNTRIES.map((country) => [country.code, country]));
const statesByCode = new Map(CO_SELL_STATES.map((state) => [state.code, state]));

/** Two-letter codes of the co-sell table, without `OOO`, in the table's order. */
export const COUNTRY_CODES: readonly string[] = CO_SELL_COUNTRIES.filter((c) => c.code !== ALL_COUNTRIES).map((c) => c.code);
export const STATE_CODES: readonly string[] = CO_SELL_STATES.map((state) => state.code);

export function findCountry(code: string): CoSellCountry | undefined {
	return countriesByCode.get(code.toUpperCase());
}

export function findState(code: string): CoSellState | undefined {
	return statesByCode.get(code.toUpperCase());
}

/** Countries that have states or provinces in the co-sell table: US, CA and AU. */
export const COUNTRIES_WITH_STATES: readonly string[] = [...new Set(CO_SELL_STATES.map((s) => s.country))];

/** `South Korea (KR)`: a code with its English name as pages and one-pagers print it, for messages. */
export function describeCountry(code: string): string {
	const country = findCountry(code);
	return country ? `${countryName(country.code, 'en')} (${country.code})` : code;
}

/**
 * Splits a list cell such as "US, CA" or "us,ca" into upper-case codes.
 * Empty items (a trailing comma) are dropped.
 */
export function splitCodes(cell: string): string[] {
	return cell
		.split(',')
		.map((code) => code.trim().toUpperCase())
		.filter((code) => code !== '');
}

/** The canonical spelling of a code list: "US, CA". */
export function joinCodes(codes: readonly string[]): string {
	return codes.join(', ');
}
