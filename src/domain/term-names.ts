// Every term the kit prints, named in each language: the taxonomy's platforms, segments,
// solution areas and sub-areas, Partner Center's fixed solution types, contact roles and document
// kinds. The pages, the one-pagers and the PDFs' metadata take their names from here. Chinese
// names follow Microsoft's own Simplified Chinese usage: product names stay in English (Azure,
// Microsoft 365), descriptive terms are translated as Microsoft's zh-CN sites write them
// ("数据和 AI", "业务应用程序", "新式桌面", "标识和访问"). A `taxonomy.yaml` may name its own terms
// (`zh-cn:`); a term without a Chinese name prints in English, and `validate` says so.
import { formatList, labelled } from './language-format.ts';
import type { LocalNames, Taxonomy, TaxonomyKind } from './taxonomy.ts';
import { type ContactRole, type DocumentSlot, LOCALES, type Locale, type SolutionType, type Term } from './vocabulary.ts';

/** The default platforms: product names, which Microsoft's Chinese sites keep as they are. */
export const PLATFORM_NAMES_ZH: Readonly<Record<string, string>> = {
	Azure: 'Azure',
	'Dynamics 365': 'Dynamics 365',
	'Microsoft 365': 'Microsoft 365',
	'Power Platform': 'Power Platform',
	Windows: 'Windows',
	'Microsoft Teams': 'Microsoft Teams',
	'SQL Server': 'SQL Server',
	Surface: 'Surface',
};

/** The default customer segments (SMB under 500 employees, Corporate under 2,500, Enterprise above). */
export const SEGMENT_NAMES_ZH: Readonly<Record<string, string>> = {
	SMB: '中小企业',
	Corporate: '中型企业',
	Enterprise: '大型企业',
};

/** The default solution areas. */
export const SOLUTION_AREA_NAMES_ZH: Readonly<Record<string, string>> = {
	'Apps and Infrastructure': '应用和基础结构',
	'Data and AI': '数据和 AI',
	'Business Applications': '业务应用程序',
	'Modern Workplace': '新式工作区',
	Security: '安全性',
};

/** The default sub-areas, by name (a sub-area's name means the same under any area). */
export const SUB_AREA_NAMES_ZH: Readonly<Record<string, string>> = {
	'Cloud migration': '云迁移',
	'Cloud-native apps': '云原生应用',
	DevOps: 'DevOps',
	'SAP on Azure': 'Azure 上的 SAP',
	'Hybrid cloud': '混合云',
	Analytics: '分析',
	'AI and machine learning': 'AI 和机器学习',
	'Internet of Things': '物联网',
	'Data modernization': '数据现代化',
	Sales: '销售',
	'Customer service': '客户服务',
	'Finance and operations': '财务和运营',
	'Power Platform apps': 'Power Platform 应用',
	Teamwork: '团队协作',
	'Modern desktop': '新式桌面',
	'Frontline workers': '一线员工',
	Compliance: '合规性',
	'Identity and access': '标识和访问',
	'Threat protection': '威胁防护',
	'Information protection': '信息保护',
	'Cloud security': '云安全',
};

/** The taxonomy's default names by language and kind; English names are the terms themselves. */
const BUILT_IN_NAMES: Partial<Record<Locale, Record<TaxonomyKind, Readonly<Record<string, string>>>>> = {
	'zh-cn': { platform: PLATFORM_NAMES_ZH, segment: SEGMENT_NAMES_ZH, solutionArea: SOLUTION_AREA_NAMES_ZH, subArea: SUB_AREA_NAMES_ZH },
};

/** Solution types as sellers read them; Partner Center's 2020 labels say what IP and Device mean. */
export const SOLUTION_TYPE_NAMES: Readonly<Record<SolutionType, Readonly<Record<Locale, string>>>> = {
	Device: { en: 'Device', 'zh-cn': '设备' },
	IP: { en: 'IP (application)', 'zh-cn': 'IP（应用程序）' },
	Service: { en: 'Service', 'zh-cn': '服务' },
	'Managed Service': { en: 'Managed service', 'zh-cn': '托管服务' },
};

/** Partner Center's contact roles. */
export const ROLE_NAMES: Readonly<Record<ContactRole, Readonly<Record<Locale, string>>>> = {
	'Partner marketing': { en: 'Partner marketing', 'zh-cn': '合作伙伴营销' },
	'Partner sales': { en: 'Partner sales', 'zh-cn': '合作伙伴销售' },
	'Partner technical sales': { en: 'Partner technical sales', 'zh-cn': '合作伙伴技术销售' },
	'Partner customer success manager': { en: 'Partner customer success manager', 'zh-cn': '合作伙伴客户成功经理' },
};

/** The kinds of co-sell document: Partner Center's slots, and its "other documents". */
export type DocumentKind = DocumentSlot | 'other';

export const DOCUMENT_KIND_NAMES: Readonly<Record<DocumentKind, Readonly<Record<Locale, string>>>> = {
	onePager: { en: 'Customer one-pager', 'zh-cn': '客户单页介绍' },
	customerPresentation: { en: 'Customer presentation', 'zh-cn': '客户演示文稿' },
	caseStudy: { en: 'Customer case study', 'zh-cn': '客户案例' },
	customerWins: { en: 'Verifiable customer wins', 'zh-cn': '可验证的客户成功案例' },
	channelPitchDeck: { en: 'Channel pitch deck', 'zh-cn': '渠道推介幻灯片' },
	referenceArchitecture: { en: 'Reference architecture diagram', 'zh-cn': '参考架构图' },
	other: { en: 'Other', 'zh-cn': '其他' },
};

/** Every term's printed name in one language. */
export interface TermNames {
	readonly locale: Locale;
	platform(name: string): string;
	segment(name: string): string;
	solutionArea(name: string): string;
	subArea(name: string): string;
	/** A solution type (`IP`); a name outside the vocabulary is printed as it is. */
	solutionType(type: string): string;
	role(role: string): string;
	document(kind: DocumentKind): string;
}

/** The names of the kit's terms in `locale`: the taxonomy's own names first, then the kit's, then the term itself. */
export function termNames(taxonomy: Pick<Taxonomy, 'names'>, locale: Locale): TermNames {
	const named = (kind: TaxonomyKind) => (name: string) => localName(taxonomy, kind, name, locale) ?? name;
	return {
		locale,
		platform: named('platform'),
		segment: named('segment'),
		solutionArea: named('solutionArea'),
		subArea: named('subArea'),
		solutionType: (type) => solutionTypeName(type, locale),
		role: (role) => roleName(role, locale),
		document: (kind) => DOCUMENT_KIND_NAMES[kind][locale],
	};
}

/** A solution type's name; the fixed vocabulary needs no taxonomy. */
export function solutionTypeName(type: string, locale: Locale): string {
	return Object.hasOwn(SOLUTION_TYPE_NAMES, type) ? SOLUTION_TYPE_NAMES[type as SolutionType][locale] : type;
}

/** A contact role's name. */
function roleName(role: string, locale: Locale): string {
	return Object.hasOwn(ROLE_NAMES, role) ? ROLE_NAMES[role as ContactRole][locale] : role;
}

/** "Data and AI: Analytics, AI and machine learning" or "数据和 AI：分析、AI 和机器学习". */
export function describeSolutionArea(entry: { area: string; subAreas: readonly string[] }, names: TermNames): string {
	return labelled(names.solutionArea(entry.area), formatList(entry.subAreas.map(names.subArea), names.locale), names.locale);
}

/** A taxonomy term's name in a language other than English; undefined when neither the taxonomy nor the kit has one. */
function localName(taxonomy: Pick<Taxonomy, 'names'>, kind: TaxonomyKind, name: string, locale: Locale): string | undefined {
	const own = taxonomy.names?.[kind];
	const given: LocalNames | undefined = own && Object.hasOwn(own, name) ? own[name] : undefined;
	if (given?.[locale] !== undefined) return given[locale];
	const builtIn = BUILT_IN_NAMES[locale]?.[kind];
	return builtIn && Object.hasOwn(builtIn, name) ? builtIn[name] : undefined;
}

/** Languages whose names the taxonomy must give (English names are the terms themselves). */
const NAMED_LOCALES = LOCALES.filter((locale) => BUILT_IN_NAMES[locale] !== undefined);

/** A taxonomy term that prints in English on pages of another language. */
export interface UnnamedTerm {
	kind: TaxonomyKind;
	name: string;
	locale: Locale;
	/** Where the term stands in `taxonomy.yaml`: `['solutionAreas', 0, 'subAreas', 1]`. */
	path: (string | number)[];
	/** What to write, said with the term's own name. */
	message: string;
}

/** Every term of the taxonomy that has no name in a language of the kit, in the file's order. */
export function unnamedTerms(taxonomy: Taxonomy): UnnamedTerm[] {
	const found: UnnamedTerm[] = [];
	const check = (kind: TaxonomyKind, term: Term, path: (string | number)[], fix: (placeholder: string) => string) => {
		for (const locale of NAMED_LOCALES) {
			if (localName(taxonomy, kind, term.name, locale) !== undefined) continue;
			const placeholder = `${locale}: <${LANGUAGE_NAMES[locale]} name>`;
			found.push({
				kind,
				name: term.name,
				locale,
				path,
				message: `${KIND_WORDS[kind]} "${term.name}" has no ${locale} name, so ${LANGUAGE_NAMES[locale]} pages and one-pagers print it as it is: ${fix(placeholder)}`,
			});
		}
	};
	const asMapping = (term: Term) => (placeholder: string) => {
		const aliases = term.aliases?.length ? `, aliases: [${term.aliases.map(flowScalar).join(', ')}]` : '';
		return `write it as { name: ${flowScalar(term.name)}${aliases}, ${placeholder} }`;
	};
	taxonomy.platforms.forEach((term, index) => {
		check('platform', term, ['platforms', index], asMapping(term));
	});
	taxonomy.segments.forEach((term, index) => {
		check('segment', term, ['segments', index], asMapping(term));
	});
	taxonomy.solutionAreas.forEach((area, index) => {
		check('solutionArea', area, ['solutionAreas', index], (placeholder) => `add "${placeholder}" beside its name`);
		area.subAreas.forEach((subArea, subIndex) => {
			check('subArea', { name: subArea }, ['solutionAreas', index, 'subAreas', subIndex], asMapping({ name: subArea }));
		});
	});
	return found;
}

const KIND_WORDS: Record<TaxonomyKind, string> = {
	platform: 'platform',
	segment: 'segment',
	solutionArea: 'solution area',
	subArea: 'sub-area',
};

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', 'zh-cn': 'Chinese' };

/** A name as a YAML flow scalar: quoted when it holds characters that YAML reads otherwise. */
function flowScalar(name: string): string {
	return /^[^\s,:{}[\]#&*!|>'"%@`?-][^,:{}[\]#]*$/.test(name) && !/\s$/.test(name) ? name : JSON.stringify(name);
}
