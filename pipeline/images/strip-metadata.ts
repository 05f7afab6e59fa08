/**
 * An image without the metadata a camera or an editor wrote into it (EXIF with its GPS position and
 * camera serial, XMP, IPTC, comments, text chunks). Why: every format embeds the image whole, and a
 * résumé, a public edition above all, must not carry where the photo was taken. Only what draws the
 * picture stays: pixels and colour profile (a turned JPEG was redrawn upright before, upright-jpeg.ts).
 */
import type { ImageMediaType } from '../model/types.js';

// JPEG segments that hold metadata only: APP1 (EXIF, XMP), APP3 to APP13 (IPTC in APP13), APP15, comments.
const JPEG_METADATA = new Set([0xe1, ...Array.from({ length: 11 }, (_, index) => 0xe3 + index), 0xef, 0xfe]);
const JPEG_START_OF_SCAN = 0xda;
// PNG chunks of text, EXIF and the time of the last edit.
const PNG_METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);
const PNG_SIGNATURE_BYTES = 8;
// WebP chunks of EXIF and XMP, and their flags in the extended header (VP8X).
const WEBP_METADATA = new Set(['EXIF', 'XMP ']);
const WEBP_METADATA_FLAGS = 0x08 | 0x04;

/** `bytes` (an image of `mediaType`) without its metadata. GIFs are left as they are. */
export function stripMetadata(bytes: Uint8Array, mediaType: ImageMediaType): Uint8Array {
  switch (mediaType) {
    case 'image/jpeg':
      return stripJpeg(bytes);
    case 'image/png':
      return stripPng(bytes);
    case 'image/webp':
      return stripWebp(bytes);
    case 'image/gif':
      return bytes;
  }
}

function stripJpeg(bytes: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // a fill byte
      continue;
    }
    if (marker === JPEG_START_OF_SCAN) break;
    const end = at + 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
    if (!JPEG_METADATA.has(marker)) kept.push(bytes.subarray(at, end));
    at = end;
  }
  // From the start of scan on: the compressed pixels, as they are.
  kept.push(bytes.subarray(at));
  return concat(kept);
}

function stripPng(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [bytes.subarray(0, PNG_SIGNATURE_BYTES)];
  let at = PNG_SIGNATURE_BYTES;
  while (at + 8 <= bytes.length) {
    const end = at + 12 + view.getUint32(at);
    if (!PNG_METADATA.has(ascii(bytes, at + 4, at + 8))) kept.push(bytes.subarray(at, end));
    at = end;
  }
  return concat(kept);
}

function stripWebp(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [];
  let at = 12;
  while (at + 8 <= bytes.length) {
    const size = view.getUint32(at + 4, true);
    const end = Math.min(bytes.length, at + 8 + size + (size % 2));
    const fourCc = ascii(bytes, at, at + 4);
    if (fourCc === 'VP8X') {
      const header = bytes.slice(at, end);
      header[8] = header[8]! & ~WEBP_METADATA_FLAGS;
      kept.push(header);
    } else if (!WEBP_METADATA.has(fourCc)) kept.push(bytes.subarray(at, end));
    at = end;
  }
  const body = concat(kept);
  const riff = new Uint8Array(12 + body.length);
  riff.set(bytes.subarray(0, 12));
  new DataView(riff.buffer).setUint32(4, 4 + body.length, true);
  riff.set(body, 12);
  return riff;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}
