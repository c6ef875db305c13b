// The MDX body of a synthetic offer: 1 to 3 KB of headings, paragraphs, lists and tables, in
// English or Chinese, assembled from the offer's theme like a partner's long description.

import type { SolutionType } from '../src/domain/vocabulary.ts';
import type { Random } from './random.ts';
import { COMPANY_STEMS } from './synthetic-names.ts';
import type { Bilingual, Theme } from './synthetic-themes.ts';

export type BodyLanguage = 'en' | 'zh';

/** The body's size in UTF-8 bytes lies in this range. */
export const BODY_BYTES = { min: 1024, max: 3072 } as const;

export interface BodyInput {
	random: Random;
	theme: Theme;
	language: BodyLanguage;
	/** The product name as the body names it. */
	title: string;
	solutionType: SolutionType;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

const HEADINGS = {
	problem: b('The problem', '要解决的问题'),
	how: b('How it works', '工作原理'),
	results: b('Results', '客户成效'),
	story: b('Customer story', '客户案例'),
	targets: b('Who to target', '目标客户'),
	pricing: b('Pricing', '价格'),
	engage: b('How to engage', '合作方式'),
	specs: b('Specifications', '规格'),
	timeline: b('Timeline', '实施周期'),
	security: b('Security and compliance', '安全与合规'),
};

function b(en: string, zh: string): Bilingual {
	return { en, zh };
}

/** Sections after the opening one, in the order they may appear. */
type Section = (input: BodyInput) => string;

const say = (text: Bilingual, language: BodyLanguage) => text[language];

const problem: Section = ({ theme, language, title, random }) => {
	const weeks = random.int(2, 12);
	const pitch =
		language === 'en'
			? `${title} ${theme.product.en.toLowerCase().includes('migration') ? 'moves' : 'gives'} customers a working result in ${weeks} weeks, on the Microsoft cloud they already trust.`
			: `${title}可在 ${weeks} 周内为客户交付可用成果，运行在客户已经信任的微软云上。`;
	return `## ${say(HEADINGS.problem, language)}\n\n${say(theme.problem, language)}${language === 'en' ? ' ' : ''}${pitch}\n`;
};

const how: Section = ({ theme, language }) => {
	const steps = theme.steps.map(([lead, text]) => `- **${say(lead, language)}**${language === 'en' ? ': ' : '：'}${say(text, language)}`);
	return `## ${say(HEADINGS.how, language)}\n\n${steps.join('\n')}\n`;
};

const results: Section = ({ theme, language, random }) => {
	const header =
		language === 'en'
			? '| Metric | Typical result after six months | Best to date |\n|---|---|---|'
			: '| 指标 | 六个月后的典型结果 | 目前最佳结果 |\n|---|---|---|';
	const rows = theme.results.map(([metric, typical]) => {
		const best = language === 'en' ? `${random.int(15, 45)}% better` : `提升 ${random.int(15, 45)}%`;
		return `| ${say(metric, language)} | ${say(typical, language)} | ${best} |`;
	});
	return `## ${say(HEADINGS.results, language)}\n\n${header}\n${rows.join('\n')}\n`;
};

const story: Section = ({ language, title, random }) => {
	const customer = random.pick(COMPANY_STEMS);
	const sites = random.int(3, 400);
	const months = random.int(2, 14);
	const gain = random.int(12, 48);
	return language === 'en'
		? `## ${HEADINGS.story.en}\n\n${customer} rolled out ${title} to ${sites} sites in ${months} months. Within the first year it reported a ${gain}% improvement in the metric it cared about most, and it now runs the solution without outside help.\n`
		: `## ${HEADINGS.story.zh}\n\n${customer} 在 ${months} 个月内将${title}推广到 ${sites} 个站点。第一年内，其最关注的指标提升了 ${gain}%，目前已能独立运营该方案。\n`;
};

const targets: Section = ({ theme, language }) => {
	const extra = language === 'en' ? 'Customers renewing an enterprise agreement this year' : '今年续签企业协议的客户';
	const lines = [...theme.targets.map((target) => say(target, language)), extra].map((line) => `- ${line}`);
	return `## ${say(HEADINGS.targets, language)}\n\n${lines.join('\n')}\n`;
};

const pricing: Section = ({ language, solutionType, random }) => {
	const price = random.int(2, 90) * 100;
	if (solutionType === 'Service' || solutionType === 'Managed Service') {
		const header = language === 'en' ? '| Tier | For | Price from |\n|---|---|---|' : '| 套餐 | 适用 | 参考价格 |\n|---|---|---|';
		const tiers =
			language === 'en'
				? [
						`| Essentials | single-country teams | ${price} USD a month |`,
						`| Professional | multi-region operations | ${price * 3} USD a month |`,
						'| Enterprise | global organisations | quoted per customer |',
					]
				: [
						`| 标准版 | 单一国家团队 | 每月 ${price} 美元起 |`,
						`| 专业版 | 多区域运营 | 每月 ${price * 3} 美元起 |`,
						'| 企业版 | 全球化组织 | 按需报价 |',
					];
		return `## ${say(HEADINGS.pricing, language)}\n\n${header}\n${tiers.join('\n')}\n`;
	}
	return language === 'en'
		? `## ${HEADINGS.pricing.en}\n\nFrom ${price} USD per month, as a one- or three-year private offer in the marketplace. The purchase counts toward the customer's Azure consumption commitment where one exists.\n`
		: `## ${HEADINGS.pricing.zh}\n\n每月 ${price} 美元起，可通过应用商店以一年期或三年期私有报价购买；如客户签有 Azure 消费承诺，购买金额可计入该承诺。\n`;
};

const engage: Section = ({ language, random }) => {
	const hours = random.int(1, 4);
	const lines =
		language === 'en'
			? [
					`A free ${hours}-hour assessment with the customer's IT team`,
					'A fixed-price pilot with agreed success criteria',
					'A joint account plan with the Microsoft account team',
				]
			: [`与客户 IT 团队进行 ${hours} 小时的免费评估`, '按约定成功标准开展固定价格试点', '与微软客户团队共同制定客户计划'];
	return `## ${say(HEADINGS.engage, language)}\n\n${lines.map((line, index) => `${index + 1}. ${line}`).join('\n')}\n`;
};

const specs: Section = ({ language, random }) => {
	const rows =
		language === 'en'
			? [
					`| Display | ${random.int(8, 14)}-inch, ${random.int(5, 12) * 100} nits |`,
					`| Memory | ${random.pick([8, 16, 32])} GB RAM |`,
					`| Battery | ${random.int(8, 14)} hours, hot-swappable |`,
					'| Durability | IP65, MIL-STD-810H |',
				]
			: [
					`| 屏幕 | ${random.int(8, 14)} 英寸，${random.int(5, 12) * 100} 尼特 |`,
					`| 内存 | ${random.pick([8, 16, 32])} GB |`,
					`| 电池 | ${random.int(8, 14)} 小时，可热插拔 |`,
					'| 耐用性 | IP65，MIL-STD-810H |',
				];
	const header = language === 'en' ? '| Feature | Value |\n|---|---|' : '| 项目 | 参数 |\n|---|---|';
	return `## ${say(HEADINGS.specs, language)}\n\n${header}\n${rows.join('\n')}\n`;
};

const timeline: Section = ({ language, random }) => {
	const weeks = [random.int(2, 3), random.int(2, 6), random.int(2, 4)];
	const rows =
		language === 'en'
			? [`| Assessment | ${weeks[0]} weeks |`, `| Build and migrate | ${weeks[1]} weeks |`, `| Training and handover | ${weeks[2]} weeks |`]
			: [`| 评估 | ${weeks[0]} 周 |`, `| 构建与迁移 | ${weeks[1]} 周 |`, `| 培训与交接 | ${weeks[2]} 周 |`];
	const header = language === 'en' ? '| Phase | Duration |\n|---|---|' : '| 阶段 | 周期 |\n|---|---|';
	return `## ${say(HEADINGS.timeline, language)}\n\n${header}\n${rows.join('\n')}\n`;
};

const security: Section = ({ language }) =>
	language === 'en'
		? `## ${HEADINGS.security.en}\n\nCustomer data stays in the customer's own tenant and region. Access is controlled with Microsoft Entra ID, every change is logged, and the solution is reviewed against ISO 27001 and SOC 2 controls every year.\n`
		: `## ${HEADINGS.security.zh}\n\n客户数据始终保留在客户自己的租户和区域内。访问由 Microsoft Entra ID 控制，每次变更均有日志，方案每年对照 ISO 27001 与 SOC 2 控制项进行审查。\n`;

const OPTIONAL_SECTIONS: readonly Section[] = [how, results, story, targets, pricing, engage, timeline, security];

/** An offer's body: the problem first, then sections in a shuffled order until it weighs 1 to 3 KB. */
export function syntheticBody(input: BodyInput): string {
	const { random } = input;
	const target = random.int(BODY_BYTES.min, BODY_BYTES.max);
	const candidates = [...(input.solutionType === 'Device' ? [specs] : []), ...OPTIONAL_SECTIONS];
	let body = `\n${problem(input)}`;
	for (const section of random.shuffle(candidates)) {
		if (bytes(body) >= target) break;
		const next = `\n${section(input)}`;
		if (bytes(body) + bytes(next) > BODY_BYTES.max) continue;
		body += next;
	}
	return body;
}
