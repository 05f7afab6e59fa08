/**
 * Reads the image a Markdown image or front matter `photo` names, relative to the résumé's folder:
 * never outside it (symlinks included), never over 5 MB or 40 megapixels, and only a PNG, JPEG, WebP or GIF, read
 * without its metadata (strip-metadata.ts), a turned JPEG redrawn upright (upright-jpeg.ts).
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ImageFile } from '../model/types.js';
import { sniffImage } from './sniff-image.js';
import { stripMetadata } from './strip-metadata.js';
import { uprightJpeg } from './upright-jpeg.js';

/** The most bytes an image may have. Why: a résumé photo needs far less, and every format embeds it whole. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/**
 * The most pixels an image may have. Why: a small file may hold a huge picture (a 20000 × 20000 PNG
 * of a single colour is under 1 MB) that takes every format seconds and gigabytes to draw.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** The file read, or a sentence saying why it was refused and how to fix it. */
export type ReadImage = { ok: true; file: ImageFile } | { ok: false; reason: string; ruleId: string };

/** Read `path` (as written, relative to `folder`, the real path of the résumé's folder). */
export async function readImage(path: string, folder: string): Promise<ReadImage> {
  const target = await findFile(path, folder);
  if (!target.ok) return target;
  const info = await stat(target.path);
  if (!info.isFile()) return refuse(`\`${path}\` is a folder, not an image file`, 'image-missing');
  if (info.size > MAX_IMAGE_BYTES) {
    return refuse(`The image \`${path}\` is ${megabytes(info.size)} MB, over the 5 MB allowed: save a smaller copy (a photo 800 pixels across is plenty)`, 'image-size');
  }
  const bytes = new Uint8Array(await readFile(target.path));
  const sniffed = sniffImage(bytes);
  if (sniffed.ok) {
    const { mediaType, width, height, orientation } = sniffed;
    if (width * height > MAX_IMAGE_PIXELS) {
      return refuse(`The image \`${path}\` is ${width} × ${height} pixels, over the 40 megapixels allowed: save a smaller copy (a photo 800 pixels across is plenty)`, 'image-size');
    }
    if (mediaType === 'image/jpeg' && orientation !== 1) {
      const upright = uprightJpeg(bytes, orientation);
      return { ok: true, file: { path, mediaType, bytes: stripMetadata(upright.bytes, mediaType), width: upright.width, height: upright.height } };
    }
    return { ok: true, file: { path, mediaType, bytes: stripMetadata(bytes, mediaType), width, height } };
  }
  if (sniffed.reason === 'svg') return refuse(`\`${path}\` is an SVG drawing, which cannot be embedded: export it as a PNG`, 'image-type');
  if (sniffed.reason === 'unreadable') return refuse(`The image \`${path}\` is damaged or cut short: save it again as a PNG, JPEG or WebP`, 'image-type');
  return refuse(`\`${path}\` is not a PNG, JPEG, WebP or GIF image (its content says so, whatever its name): save the picture in one of these formats`, 'image-type');
}

/** The real path of `path` inside `folder`, or why there is none. */
async function findFile(path: string, folder: string): Promise<{ ok: true; path: string } | { ok: false; reason: string; ruleId: string }> {
  const outside = refuse(`The image \`${path}\` is outside the résumé's folder: put it next to the Markdown file (or in a folder under it) and link it as a relative path such as \`photo.jpg\``, 'image-path');
  // Why both: `my%20photo.jpg` is how Markdown writes a space; a file may also be named as written.
  const candidates = [...new Set([path, decoded(path)])].map((each) => resolve(folder, each));
  for (const candidate of candidates) {
    if (!isInside(candidate, folder)) return outside;
    let real: string;
    try {
      real = await realpath(candidate);
    } catch {
      continue;
    }
    // Why the real path: a symlink inside the folder may point anywhere.
    return isInside(real, folder) ? { ok: true, path: real } : outside;
  }
  return refuse(`No image file \`${path}\`: expected it at that path relative to the Markdown file`, 'image-missing');
}

function isInside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest !== '' && !rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest);
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function megabytes(size: number): string {
  return (size / 1024 / 1024).toFixed(1);
}

function refuse(reason: string, ruleId: string): { ok: false; reason: string; ruleId: string } {
  return { ok: false, reason, ruleId };
}
