// The states and provinces of the co-sell state table in each language of the kit. English names
// are the table's; Chinese names are the standard ones (Xinhua's names of foreign places: 亚利桑那州,
// 不列颠哥伦比亚省, 新南威尔士州). The US territories that are also co-sell countries (AS, GU, MP, PR,
// UM, VI) are named like the countries, by ICU, so a territory reads the same on every page.
import { findState } from './countries.ts';
import { countryName } from './country-names.ts';
import { withCode } from './language-format.ts';
import type { Locale } from './vocabulary.ts';

/** Chinese names of the states, provinces and territories, by code. */
export const STATE_NAMES_ZH: Readonly<Record<string, string>> = {
	'US-AL': '亚拉巴马州',
	'US-AK': '阿拉斯加州',
	'US-AZ': '亚利桑那州',
	'US-AR': '阿肯色州',
	'US-CA': '加利福尼亚州',
	'US-CO': '科罗拉多州',
	'US-CT': '康涅狄格州',
	'US-DE': '特拉华州',
	'US-FL': '佛罗里达州',
	'US-GA': '佐治亚州',
	'US-HI': '夏威夷州',
	'US-ID': '爱达荷州',
	'US-IL': '伊利诺伊州',
	'US-IN': '印第安纳州',
	'US-IA': '艾奥瓦州',
	'US-KS': '堪萨斯州',
	'US-KY': '肯塔基州',
	'US-LA': '路易斯安那州',
	'US-ME': '缅因州',
	'US-MD': '马里兰州',
	'US-MA': '马萨诸塞州',
	'US-MI': '密歇根州',
	'US-MN': '明尼苏达州',
	'US-MS': '密西西比州',
	'US-MO': '密苏里州',
	'US-MT': '蒙大拿州',
	'US-NE': '内布拉斯加州',
	'US-NV': '内华达州',
	'US-NH': '新罕布什尔州',
	'US-NJ': '新泽西州',
	'US-NM': '新墨西哥州',
	'US-NY': '纽约州',
	'US-NC': '北卡罗来纳州',
	'US-ND': '北达科他州',
	'US-OH': '俄亥俄州',
	'US-OK': '俄克拉何马州',
	'US-OR': '俄勒冈州',
	'US-PA': '宾夕法尼亚州',
	'US-RI': '罗得岛州',
	'US-SC': '南卡罗来纳州',
	'US-SD': '南达科他州',
	'US-TN': '田纳西州',
	'US-TX': '得克萨斯州',
	'US-UT': '犹他州',
	'US-VT': '佛蒙特州',
	'US-VA': '弗吉尼亚州',
	'US-WA': '华盛顿州',
	'US-WV': '西弗吉尼亚州',
	'US-WI': '威斯康星州',
	'US-WY': '怀俄明州',
	'US-DC': '哥伦比亚特区',
	'CA-AB': '艾伯塔省',
	'CA-BC': '不列颠哥伦比亚省',
	'CA-MB': '马尼托巴省',
	'CA-NB': '新不伦瑞克省',
	'CA-NL': '纽芬兰与拉布拉多省',
	'CA-NS': '新斯科舍省',
	'CA-ON': '安大略省',
	'CA-PE': '爱德华王子岛省',
	'CA-QC': '魁北克省',
	'CA-SK': '萨斯喀彻温省',
	'CA-NT': '西北地区',
	'CA-NU': '努纳武特地区',
	'CA-YT': '育空地区',
	'AU-NSW': '新南威尔士州',
	'AU-QLD': '昆士兰州',
	'AU-SA': '南澳大利亚州',
	'AU-TAS': '塔斯马尼亚州',
	'AU-VIC': '维多利亚州',
	'AU-WA': '西澳大利亚州',
	'AU-ACT': '澳大利亚首都领地',
	'AU-NT': '北领地',
};

/** US territories that are co-sell countries too: their names are the countries' names. */
export const TERRITORIES_NAMED_AS_COUNTRIES: readonly string[] = ['US-AS', 'US-GU', 'US-MP', 'US-PR', 'US-UM', 'US-VI'];

/** Names by language beside the table's English ones. */
const LOCAL_NAMES: Partial<Record<Locale, Readonly<Record<string, string>>>> = { 'zh-cn': STATE_NAMES_ZH };

/** The name of a state code (`US-AZ`, any case) in `locale`; the code itself when it is not in the table. */
export function stateName(code: string, locale: Locale): string {
	const upper = code.toUpperCase();
	const english = findState(upper)?.name;
	if (english === undefined) return upper;
	if (TERRITORIES_NAMED_AS_COUNTRIES.includes(upper)) return countryName(upper.slice(3), locale);
	return LOCAL_NAMES[locale]?.[upper] ?? english;
}

/** "Arizona (US-AZ)" or "亚利桑那州（US-AZ）": a state as pages list it, code kept. */
export function stateWithCode(code: string, locale: Locale): string {
	return withCode(stateName(code, locale), code.toUpperCase(), locale);
}
