// A one-pager from its content: layout, then PDF. What the build step, its workers, the
// benchmark and the tests call.

import type { OnePagerTemplate } from '../domain/one-pager-template.ts';
import type { PageSize } from '../domain/page-size.ts';
import { LANGUAGE_TAGS } from '../domain/vocabulary.ts';
import type { OnePagerContent } from './content.ts';
import { type FontSet, loadFonts } from './fonts.ts';
import { layoutOnePager, type PageLayout } from './layout.ts';
import { type PdfMetadata, renderPdf } from './render.ts';

export interface OnePagerJob {
	content: OnePagerContent;
	template: OnePagerTemplate;
	pageSize: PageSize;
}

export interface RenderedOnePager {
	bytes: Uint8Array;
	layout: PageLayout;
}

export const PDF_CREATOR = 'Offer sales kit';
export const PDF_PRODUCER = 'Offer sales kit with pdf-lib and fontkit';

export function onePagerMetadata(content: OnePagerContent, template: OnePagerTemplate): PdfMetadata {
	return {
		title: content.title.text,
		author: content.publisher.text,
		subject: (content.summary ?? content.headline).text,
		keywords: content.keywords,
		language: LANGUAGE_TAGS[content.textLocale],
		creator: `${PDF_CREATOR} (${template.name} one-pager template)`,
		producer: PDF_PRODUCER,
		date: new Date(content.lastChange),
	};
}

/** Lays out and renders one one-pager; fonts are parsed once per process and reused. */
export async function renderOnePager(job: OnePagerJob, fonts: FontSet = loadFonts()): Promise<RenderedOnePager> {
	const layout = layoutOnePager(job.content, job.template, job.pageSize, fonts);
	const bytes = await renderPdf(layout, onePagerMetadata(job.content, job.template), fonts);
	return { bytes, layout };
}
