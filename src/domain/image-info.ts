// The pixel size of a PNG or JPEG file, read from its header: what a partner logo must prove
// before a one-pager prints it. A file that is not what its header says is not an image, and a
// PNG whose pixel data does not inflate to its size is a broken one (the PDF could not hold it).

import { inflateSync } from 'node:zlib';

export interface ImageInfo {
	format: 'PNG' | 'JPEG';
	width: number;
	height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Bit depths each PNG colour type allows (PNG specification, section 11.2.2, IHDR). */
const PNG_DEPTHS: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

/** The format and pixel size of a PNG or JPEG image; undefined when `bytes` is neither. */
export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
	if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return pngInfo(bytes);
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegInfo(bytes);
	return undefined;
}

function pngInfo(bytes: Uint8Array): ImageInfo | undefined {
	// The first chunk must be IHDR, 13 bytes: width, height, bit depth, colour type, compression, filter, interlace.
	if (bytes.length < 33) return undefined;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (view.getUint32(8) !== 13 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
	const width = view.getUint32(16);
	const height = view.getUint32(20);
	const [depth = 0, colorType = -1, compression, filter, interlace = -1] = bytes.subarray(24, 29);
	const valid = PNG_DEPTHS[colorType]?.includes(depth) && compression === 0 && filter === 0 && interlace <= 1;
	if (!valid || width === 0 || height === 0) return undefined;
	const length = pixelDataLength(bytes, view);
	// Unless interlaced, the data is a filter byte and the pixels' bytes for each row.
	const rowBytes = Math.ceil((width * (PNG_CHANNELS[colorType] ?? 1) * depth) / 8);
	const whole = length !== undefined && (interlace === 1 || length === height * (rowBytes + 1));
	return whole ? { format: 'PNG', width, height } : undefined;
}

/** Channels of each PNG colour type: grey, RGB, palette index, grey and alpha, RGBA. */
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** The IDAT chunks' data, concatenated; undefined when a chunk runs past the end of the file. */
function compressedPixels(bytes: Uint8Array, view: DataView): Uint8Array | undefined {
	const parts: Uint8Array[] = [];
	for (let at = 8; at + 8 <= bytes.length; ) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
		if (at + 12 + length > bytes.length) return undefined;
		if (type === 'IDAT') parts.push(bytes.subarray(at + 8, at + 8 + length));
		if (type === 'IEND') break;
		at += 12 + length;
	}
	return parts.length > 0 ? Buffer.concat(parts) : undefined;
}

function pixelDataLength(bytes: Uint8Array, view: DataView): number | undefined {
	const compressed = compressedPixels(bytes, view);
	if (!compressed) return undefined;
	try {
		return inflateSync(compressed).length;
	} catch {
		return undefined;
	}
}

/** Start-of-frame markers (SOF0 to SOF15, not DHT, JPG or DAC): they hold the frame's size. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegInfo(bytes: Uint8Array): ImageInfo | undefined {
	let at = 2;
	while (at + 4 <= bytes.length) {
		if (bytes[at] !== 0xff) return undefined;
		const marker = bytes[at + 1] ?? 0;
		if (marker === 0xff) {
			at++; // fill byte
			continue;
		}
		// Markers without a length: TEM and the restart markers.
		if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
			at += 2;
			continue;
		}
		// End of image or start of scan before any frame: no size.
		if (marker === 0xd9 || marker === 0xda) return undefined;
		const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
		if (length < 2) return undefined;
		if (isStartOfFrame(marker)) {
			if (at + 10 > bytes.length) return undefined;
			const height = ((bytes[at + 5] ?? 0) << 8) | (bytes[at + 6] ?? 0);
			const width = ((bytes[at + 7] ?? 0) << 8) | (bytes[at + 8] ?? 0);
			// Grey, YCbCr or CMYK: the colour spaces a PDF gives a JPEG.
			const components = bytes[at + 9];
			const printable = components === 1 || components === 3 || components === 4;
			return width > 0 && height > 0 && printable ? { format: 'JPEG', width, height } : undefined;
		}
		at += 2 + length;
	}
	return undefined;
}
