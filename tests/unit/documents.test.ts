import { describe, expect, it } from 'vitest';
import { classifyDocument, classifyLogo, type DocumentLocation } from '../../src/domain/documents.ts';

const ACCEPTED_TYPES = '.pdf .ppt .pptx .doc .docx .xls .xlsx .jpg .png .mp4';
const ABSOLUTE = (value: string) => `"${value}" is absolute: write a path relative to the offer folder, e.g. documents/pitch.pptx`;

describe('classifyDocument', () => {
	// [reference as written, where it points]
	it.each<[string, DocumentLocation]>([
		['documents/pitch.pptx', { kind: 'file', path: 'documents/pitch.pptx' }],
		['pitch.pptx', { kind: 'file', path: 'pitch.pptx' }],
		['./documents/pitch.pptx', { kind: 'file', path: 'documents/pitch.pptx' }],
		['documents//sub/../pitch.pptx', { kind: 'file', path: 'documents/pitch.pptx' }],
		['  documents/pitch.pptx  ', { kind: 'file', path: 'documents/pitch.pptx' }],
		['documents/CASE-STUDY.PDF', { kind: 'file', path: 'documents/CASE-STUDY.PDF' }],
		...['.pdf', '.ppt', '.pptx', '.doc', '.docx', '.xls', '.xlsx', '.jpg', '.png', '.mp4'].map((extension): [string, DocumentLocation] => [
			`documents/file${extension}`,
			{ kind: 'file', path: `documents/file${extension}` },
		]),
		['https://contoso.example/pitch.pptx', { kind: 'url', url: 'https://contoso.example/pitch.pptx' }],
		['https://contoso.example/video', { kind: 'url', url: 'https://contoso.example/video' }],
		['HTTPS://contoso.example/a.pdf', { kind: 'url', url: 'HTTPS://contoso.example/a.pdf' }],
	])('%j is %j', (reference, location) => {
		expect(classifyDocument(reference)).toEqual(location);
	});

	// [reference as written, the problem]
	it.each<[string, string]>([
		[
			'http://contoso.example/pitch.pptx',
			'must be an https URL or a path inside the offer folder, found "http://contoso.example/pitch.pptx"',
		],
		[
			'ftp://contoso.example/pitch.pptx',
			'must be an https URL or a path inside the offer folder, found "ftp://contoso.example/pitch.pptx"',
		],
		['mailto:sales@contoso.example', 'must be an https URL or a path inside the offer folder, found "mailto:sales@contoso.example"'],
		['https://', 'must be an https URL or a path inside the offer folder, found "https://"'],
		// a Windows drive letter is an absolute path, not a URL scheme, with either slash
		['C:/offers/pitch.pptx', ABSOLUTE('C:/offers/pitch.pptx')],
		['C:\\offers\\pitch.pptx', ABSOLUTE('C:\\offers\\pitch.pptx')],
		['  d:/pitch.pdf ', ABSOLUTE('d:/pitch.pdf')],
		['documents\\pitch.pptx', 'use forward slashes in "documents\\pitch.pptx"'],
		['\\\\server\\share\\pitch.pptx', 'use forward slashes in "\\\\server\\share\\pitch.pptx"'],
		['/documents/pitch.pptx', ABSOLUTE('/documents/pitch.pptx')],
		['..', '".." points outside the offer folder: keep documents inside it, e.g. documents/pitch.pptx'],
		['../pitch.pptx', '"../pitch.pptx" points outside the offer folder: keep documents inside it, e.g. documents/pitch.pptx'],
		[
			'documents/../../pitch.pptx',
			'"documents/../../pitch.pptx" points outside the offer folder: keep documents inside it, e.g. documents/pitch.pptx',
		],
		['./../pitch.pptx', '"./../pitch.pptx" points outside the offer folder: keep documents inside it, e.g. documents/pitch.pptx'],
		['documents/pitch.key', `"documents/pitch.key" has a file type Partner Center does not accept: use ${ACCEPTED_TYPES}`],
		['documents/diagram.svg', `"documents/diagram.svg" has a file type Partner Center does not accept: use ${ACCEPTED_TYPES}`],
		['documents/pitch', `"documents/pitch" has a file type Partner Center does not accept: use ${ACCEPTED_TYPES}`],
		['documents/', `"documents/" has a file type Partner Center does not accept: use ${ACCEPTED_TYPES}`],
		['documents/.pdf', `"documents/.pdf" has a file type Partner Center does not accept: use ${ACCEPTED_TYPES}`],
		['', `"" has a file type Partner Center does not accept: use ${ACCEPTED_TYPES}`],
	])('%j: %s', (reference, problem) => {
		expect(classifyDocument(reference)).toEqual({ problem });
	});
});

describe('classifyLogo', () => {
	it.each([
		['documents/logo.png', 'documents/logo.png'],
		['./documents/Logo.PNG', 'documents/Logo.PNG'],
		['logo.jpg', 'logo.jpg'],
		[' documents/logo.jpeg ', 'documents/logo.jpeg'],
	])('takes %j, a PNG or JPEG file in the offer folder', (reference, path) => {
		expect(classifyLogo(reference)).toEqual({ path });
	});

	const NOT_PNG_OR_JPEG = (value: string) =>
		`"${value}" is not a PNG or JPEG file: save the logo as PNG (or JPEG) in the offer folder, e.g. documents/logo.png`;
	it.each([
		['documents/logo.svg', NOT_PNG_OR_JPEG('documents/logo.svg')],
		['documents/logo.gif', NOT_PNG_OR_JPEG('documents/logo.gif')],
		['documents/logo.webp', NOT_PNG_OR_JPEG('documents/logo.webp')],
		['documents/logo', NOT_PNG_OR_JPEG('documents/logo')],
		['documents/logo.png.exe', NOT_PNG_OR_JPEG('documents/logo.png.exe')],
		[
			'https://contoso.example/logo.png',
			'must be a PNG or JPEG file in the offer folder, e.g. documents/logo.png, found "https://contoso.example/logo.png": the one-pager prints the logo from the file, not from a link',
		],
		['../logo.png', '"../logo.png" points outside the offer folder: keep documents inside it, e.g. documents/logo.png'],
		['/logo.png', '"/logo.png" is absolute: write a path relative to the offer folder, e.g. documents/logo.png'],
	])('refuses %j', (reference, problem) => {
		expect(classifyLogo(reference)).toEqual({ problem });
	});
});
