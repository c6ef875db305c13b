// The pixel size of a PNG or JPEG file, read from its header: what a partner logo must prove
// before a one-pager prints it. A file that is not what its header says is not an image.

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
	return valid && width > 0 && height > 0 ? { format: 'PNG', width, height } : undefined;
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
			if (at + 9 > bytes.length) return undefined;
			const height = ((bytes[at + 5] ?? 0) << 8) | (bytes[at + 6] ?? 0);
			const width = ((bytes[at + 7] ?? 0) << 8) | (bytes[at + 8] ?? 0);
			return width > 0 && height > 0 ? { format: 'JPEG', width, height } : undefined;
		}
		at += 2 + length;
	}
	return undefined;
}
