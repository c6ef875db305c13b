import { create } from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { imageInfo } from '../../src/domain/image-info.ts';
import { logoPixelsNeeded, logoPrintedSize, pixelsToPrint } from '../../src/domain/logo-size.ts';
import { DEFAULT_LOGO_BOX, type OnePagerTemplate } from '../../src/domain/one-pager-template.ts';
import { DEFAULT_TAXONOMY } from '../../src/domain/taxonomy.ts';
import { loadTemplates } from '../../src/loading/templates.ts';
import { onePagerContent } from '../../src/pdf/content.ts';
import { onePagerFitCheck } from '../../src/pdf/fit.ts';
import { loadFonts } from '../../src/pdf/fonts.ts';
import { layoutOnePager } from '../../src/pdf/layout.ts';
import { QUIET_ZONE, qrModules, qrModulesAtMost, qrRuns } from '../../src/pdf/qr-code.ts';
import { BASE_CONTACTS, BASE_FRONTMATTER, testOffer } from '../helpers/one-pager.ts';
import { encodeGrayPng } from '../helpers/pdf-tools.ts';

const fonts = loadFonts();
const DATE = new Date('2026-03-12T10:00:00Z');
let azure: OnePagerTemplate;
beforeAll(async () => {
	const found = (await loadTemplates()).templates.find((template) => template.name === 'azure');
	if (!found) throw new Error('no azure template');
	azure = found;
});

describe('QR code runs', () => {
	it('covers exactly the dark modules of the matrix, each row as runs, inside a quiet zone of four modules', () => {
		const text = 'https://contoso.example/retail-insights';
		const { size, data } = create(text, { errorCorrectionLevel: 'M' }).modules;
		const { modules, runs } = qrRuns(text);
		expect(modules).toBe(size + 2 * QUIET_ZONE);
		const drawn = new Uint8Array(size * size);
		for (const run of runs) {
			expect(run.row).toBeGreaterThanOrEqual(QUIET_ZONE);
			expect(run.column).toBeGreaterThanOrEqual(QUIET_ZONE);
			expect(run.column + run.length).toBeLessThanOrEqual(modules - QUIET_ZONE);
			for (let column = run.column; column < run.column + run.length; column++)
				drawn[(run.row - QUIET_ZONE) * size + column - QUIET_ZONE] = 1;
		}
		expect([...drawn]).toEqual([...data]);
		// Runs, not modules: far fewer rectangles than dark modules.
		expect(runs.length).toBeLessThan(data.filter((module) => module === 1).length * 0.6);
	});
});

describe('image headers', () => {
	it('reads the pixel size of a PNG', () => {
		expect(imageInfo(encodeGrayPng({ width: 300, height: 90, pixels: new Uint8Array(300 * 90) }))).toEqual({
			format: 'PNG',
			width: 300,
			height: 90,
		});
	});

	it('reads the pixel size of a JPEG from its start-of-frame segment, after other segments', () => {
		const jpeg = Uint8Array.from([
			...[0xff, 0xd8], // SOI
			...[0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46], // APP0, 4 bytes of data
			...[0xff, 0xc2, 0x00, 0x0b, 0x08, 0x00, 0x5a, 0x01, 0x2c, 0x01, 0x01, 0x11, 0x00], // SOF2: 90 high, 300 wide
		]);
		expect(imageInfo(jpeg)).toEqual({ format: 'JPEG', width: 300, height: 90 });
	});

	it('refuses what only looks like an image: text, a PNG signature without its header, a JPEG without a frame', () => {
		expect(imageInfo(new TextEncoder().encode('not an image at all, whatever its name'))).toBeUndefined();
		expect(imageInfo(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBeUndefined();
		expect(imageInfo(Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]))).toBeUndefined();
		// A PNG header with an impossible bit depth for its colour type.
		const png = encodeGrayPng({ width: 2, height: 2, pixels: new Uint8Array(4) });
		png[24] = 3;
		expect(imageInfo(png)).toBeUndefined();
		// A PNG whose pixel data is broken or too short for its size: the PDF could not hold it.
		const real = encodeGrayPng({ width: 40, height: 20, pixels: new Uint8Array(800).map((_, index) => index % 251) });
		expect(imageInfo(real)).toEqual({ format: 'PNG', width: 40, height: 20 });
		const broken = Uint8Array.from(real);
		broken.fill(0xff, 45, 60);
		expect(imageInfo(broken)).toBeUndefined();
		const taller = Uint8Array.from(real);
		taller[23] = 21; // the header says 21 rows, the data holds 20
		expect(imageInfo(taller)).toBeUndefined();
	});
});

describe('logo size', () => {
	const box = { maxWidth: 120, maxHeight: 36 };

	it('prints a logo as large as the box allows, its aspect ratio kept', () => {
		expect(logoPrintedSize(box, { width: 300, height: 90 })).toEqual({ width: 120, height: 36 });
		expect(logoPrintedSize(box, { width: 200, height: 200 })).toEqual({ width: 36, height: 36 });
	});

	it('asks for 144 pixels per inch at the printed size: twice its size in points', () => {
		const needed = (pixels: { width: number; height: number }) => logoPixelsNeeded(logoPrintedSize(box, pixels), pixels);
		expect(needed({ width: 240, height: 72 })).toBeUndefined();
		// Printed 120 x 31.3 points: 240 x 63 pixels needed.
		expect(needed({ width: 230, height: 60 })).toEqual({ width: 240, height: 63 });
		// A little narrower prints a little smaller: 239 x 72 pixels print at 119.5 x 36 points, 144 ppi.
		expect(needed({ width: 239, height: 72 })).toBeUndefined();
		expect(needed({ width: 50, height: 50 })).toEqual({ width: 72, height: 72 });
		expect(needed({ width: 72, height: 72 })).toBeUndefined();
	});

	it('fills the default box sharply at 240 x 72 pixels', () => {
		expect(pixelsToPrint({ width: DEFAULT_LOGO_BOX.maxWidth, height: DEFAULT_LOGO_BOX.maxHeight })).toEqual({ width: 240, height: 72 });
		expect(logoPixelsNeeded(logoPrintedSize(DEFAULT_LOGO_BOX, { width: 239, height: 71 }), { width: 239, height: 71 })).toEqual({
			width: 240,
			height: 72,
		});
	});
});

describe('QR code and logo in the layout', () => {
	const pixels = (width: number, height: number) => encodeGrayPng({ width, height, pixels: new Uint8Array(width * height) });
	const withLogo = (width: number, height: number) => {
		const offer = testOffer({ frontmatter: BASE_FRONTMATTER, contacts: BASE_CONTACTS });
		return { ...offer, logo: { format: 'PNG' as const, width, height, path: 'documents/logo.png', bytes: pixels(width, height) } };
	};

	it('draws the logo on a plate inside the header band, its aspect ratio kept, left of the publisher', () => {
		const layout = layoutOnePager(onePagerContent(withLogo(300, 90), 'en', DATE, 'azure'), azure, 'A4', fonts);
		const image = layout.ops.find((op) => op.op === 'image');
		expect(image).toMatchObject({ width: 120, height: 36 });
		if (image?.op !== 'image') throw new Error('no image');
		expect(image.x + image.width).toBeLessThanOrEqual(layout.width - 40);
		expect(image.y).toBeGreaterThan(0);
		expect(image.y + image.height).toBeLessThan(76);
		const publisher = layout.ops.find((op) => op.op === 'text' && op.text === 'Contoso Ltd.');
		expect(publisher?.x).toBeLessThan(image.x);
		expect(layout.cuts).toEqual([]);
	});

	it('leaves the contacts less room with a QR code, and says so as before when rows no longer fit', () => {
		const contacts = Array.from({ length: 40 }, (_, index) => `Person ${index},p${index}@contoso.example,Seller,Partner sales,US,`);
		const hidden = (landingPage: string | undefined) => {
			const offer = testOffer({ frontmatter: { ...BASE_FRONTMATTER, landingPage }, contacts });
			return layoutOnePager(onePagerContent(offer, 'en', DATE, 'azure'), azure, 'A4', fonts).hiddenContacts?.rows ?? 0;
		};
		const withoutCode = hidden(undefined);
		const withCode = hidden('https://contoso.example/retail');
		expect(withCode).toBeGreaterThan(withoutCode);
	});

	it('warns at the landing page when its QR code would be too fine to scan from paper', async () => {
		const check = onePagerFitCheck({ pageSize: 'A4', lastChange: async () => DATE, fonts });
		const qrWarnings = async (landingPage: string) =>
			(await check(testOffer({ frontmatter: { ...BASE_FRONTMATTER, landingPage } }), [azure], DEFAULT_TAXONOMY))
				.filter((finding) => finding.message.includes('QR code'))
				.map((finding) => `${finding.field} ${finding.message}`);
		const long = `https://contoso.example/${'retail/'.repeat(30)}`;
		expect(await qrWarnings(long)).toEqual([
			expect.stringMatching(/^landingPage is 234 characters long: its QR code on the one-pager has modules of 0\.\d\d mm, too fine/),
		]);
		expect(await qrWarnings('https://contoso.example/retail')).toEqual([]);
	});
});

describe('the QR code of a short address', () => {
	it('is version 9 or smaller up to 180 bytes, so its modules need no encoding to be checked', () => {
		expect(qrModulesAtMost('https://contoso.example/a')).toBe(53 + 2 * QUIET_ZONE);
		expect(qrModules(`https://contoso.example/${'a'.repeat(180 - 24)}`)).toBeLessThanOrEqual(53 + 2 * QUIET_ZONE);
		expect(qrModules(`https://contoso.example/${'a'.repeat(181 - 24)}`)).toBeGreaterThan(53 + 2 * QUIET_ZONE);
	});
});
