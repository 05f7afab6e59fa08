/** What an image file is by its first bytes (never its extension), and its size in pixels. */
import { imageSize } from 'image-size';
import type { ImageMediaType } from '../model/types.js';

/** A file's format and size, or why it is no image every output can hold. */
export type Sniffed =
  | { ok: true; mediaType: ImageMediaType; width: number; height: number; orientation: number }
  | { ok: false; reason: 'svg' | 'not-image' | 'unreadable' };

// Each format's signature at the start of the file.
const SIGNATURES: Array<{ mediaType: ImageMediaType; matches: (bytes: Uint8Array) => boolean }> = [
  { mediaType: 'image/png', matches: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mediaType: 'image/jpeg', matches: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]) },
  { mediaType: 'image/gif', matches: (bytes) => ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a' },
  { mediaType: 'image/webp', matches: (bytes) => ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP' },
];

/** Sniff `bytes`: a PNG, JPEG, WebP or GIF with its pixel size; an SVG or anything else is refused. */
export function sniffImage(bytes: Uint8Array): Sniffed {
  const signature = SIGNATURES.find((each) => each.matches(bytes));
  if (!signature) return { ok: false, reason: looksLikeSvg(bytes) ? 'svg' : 'not-image' };
  try {
    const { width, height, orientation } = imageSize(bytes);
    if (!width || !height) return { ok: false, reason: 'unreadable' };
    return { ok: true, mediaType: signature.mediaType, width, height, orientation: orientation ?? 1 };
  } catch {
    // Why: a truncated or corrupt file has the signature but no size that image-size can read.
    return { ok: false, reason: 'unreadable' };
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  return /<svg[\s>]/i.test(new TextDecoder().decode(bytes.subarray(0, 1024)));
}
