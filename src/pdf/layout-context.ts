// What every part of a page's layout reads: the content in one language, the template, the
// page's size and spacing, the line limits of this attempt, and the texts of the labels.

import type { LabelKey, LineLimits, OnePagerTemplate } from '../domain/one-pager-template.ts';
import type { SolutionType } from '../domain/vocabulary.ts';
import type { OnePagerContent } from './content.ts';
import type { Spacing } from './layout-page.ts';
import type { PageText } from './layout-text.ts';

export interface PageContext {
	readonly content: OnePagerContent;
	readonly template: OnePagerTemplate;
	readonly text: PageText;
	readonly width: number;
	readonly height: number;
	readonly limits: LineLimits;
	readonly space: Spacing;
	readonly labels: Record<LabelKey, string>;
	readonly colors: OnePagerTemplate['colors'];
	/** The width between the margins. */
	readonly contentWidth: number;
	/** Between the items of a list: `, ` or `、`. */
	readonly separator: string;
}

const SOLUTION_TYPE_LABELS: Record<SolutionType, LabelKey> = {
	Device: 'device',
	IP: 'ip',
	Service: 'service',
	'Managed Service': 'managedService',
};

/** The solution type as the labels of a language name it. */
export function solutionTypeLabel(labels: Record<LabelKey, string>, type: string): string {
	const key = SOLUTION_TYPE_LABELS[type as SolutionType] as LabelKey | undefined;
	return key ? labels[key] : type;
}
