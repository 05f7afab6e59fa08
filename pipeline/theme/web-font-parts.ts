/**
 * Where the install step (`npm run prepare`) keeps the web font files of the themes' body
 * families split by `splitSharedGlyphs`, so that a build reads them as they are.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_SUBSETS_DIR } from './base-subsets.js';

/** The parts one web font file of a package is split into, each a file beside the index. */
export type WebFontParts = Record<string, Array<{ unicodeRange: string; file: string }>>;

// Why in the name of the index: a changed split never finds the files of an older one.
const SPLIT = 'one character per glyph, white space and format characters aside; v1';

/**
 * The index of the split files of the @fontsource package `fontsource` at `version`, named by a
 * hash of both and of the split, so that an upgraded package never finds stale parts.
 */
export function webFontPartsPath(fontsource: string, version: string, dir = BASE_SUBSETS_DIR): string {
  return join(dir, `web-${createHash('sha256').update(`${SPLIT}\n${fontsource}@${version}`).digest('hex').slice(0, 32)}.json`);
}

/** The file name for a part with content `data`, named by its hash. */
export function webFontPartName(data: Uint8Array): string {
  return `web-${createHash('sha256').update(data).digest('hex').slice(0, 32)}.woff2`;
}

/**
 * The split parts of each file of `fontsource` at `version` that the install made, by file name
 * (`inter-latin-400-normal.woff2`), with each part's path; null when the install made none (a
 * theme or package version added since, or no install step ran): then the files serve as they are.
 */
export function readWebFontParts(fontsource: string, version: string, dir = BASE_SUBSETS_DIR): WebFontParts | null {
  try {
    const parts = JSON.parse(readFileSync(webFontPartsPath(fontsource, version, dir), 'utf8')) as WebFontParts;
    return Object.fromEntries(Object.entries(parts).map(([name, list]) => [name, list.map((part) => ({ ...part, file: join(dir, part.file) }))]));
  } catch {
    return null;
  }
}
