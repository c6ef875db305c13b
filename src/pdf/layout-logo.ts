// The partner logo at the right of the header band, on a white plate so that any logo reads
// on the template's colour, scaled into the template's logo box with its aspect ratio kept.

import { logoPrintedSize } from '../domain/logo-size.ts';
import type { PageContext } from './layout-context.ts';
import { type Block, MARGIN, newBlock } from './layout-page.ts';

/** White space around the logo on its plate. */
const PLATE_PADDING = 5;
const WHITE = [1, 1, 1] as const;

/** The logo on its plate, placed in the header band; an empty block (width 0) when the offer has no logo. */
export function headerLogo(page: PageContext): Block & { width: number } {
	const logo = page.content.logo;
	if (!logo) return { ...newBlock(), width: 0 };
	const printed = logoPrintedSize(page.template.logo, logo);
	const width = printed.width + 2 * PLATE_PADDING;
	const height = printed.height + 2 * PLATE_PADDING;
	const x = page.width - MARGIN - width;
	const y = (page.space.band - height) / 2;
	const block = newBlock();
	block.ops.push({ op: 'rect', x, y, width, height, color: WHITE });
	block.ops.push({
		op: 'image',
		x: x + PLATE_PADDING,
		y: y + PLATE_PADDING,
		width: printed.width,
		height: printed.height,
		image: { format: logo.format, bytes: logo.bytes },
	});
	return { ...block, width };
}
