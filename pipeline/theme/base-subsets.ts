/** Where the install step (`npm run prepare`) keeps each theme face subset to `BASE_CHARACTERS`. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { BASE_CHARACTERS } from './font-subset.js';

/** The folder of the base subsets made at install. */
export const BASE_SUBSETS_DIR = join(packageRoot(), 'lib', 'font-subsets');

/**
 * The file of the base subset of `ttf` in `dir`, named by a hash of the face and `BASE_CHARACTERS`,
 * so that a changed face or character list never finds a stale file.
 */
export function baseSubsetPath(ttf: Uint8Array, dir = BASE_SUBSETS_DIR): string {
  return join(dir, `${createHash('sha256').update(BASE_CHARACTERS).update(ttf).digest('hex').slice(0, 32)}.ttf`);
}

/** The base subset of `ttf` made at install, or null (a theme added since, or no install step ran). */
export function readBaseSubset(ttf: Uint8Array, dir = BASE_SUBSETS_DIR): Uint8Array | null {
  try {
    return readFileSync(baseSubsetPath(ttf, dir));
  } catch {
    return null;
  }
}
