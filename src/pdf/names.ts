// Field names the layout's cuts and problems use, kept apart from content.ts so that the worker
// threads that draw PDFs load no schema code.

import { formatPath } from '../domain/problem.ts';
import type { Origin } from '../loading/load-kit.ts';

/** The field name of an origin as problems show it: `onePager.benefits[2]`, or a CSV column. */
export function originField(origin: Origin): string {
	return 'path' in origin ? formatPath(origin.path) : origin.field;
}
