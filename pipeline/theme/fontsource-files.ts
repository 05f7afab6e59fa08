/** The woff2 files of one face of a @fontsource package, with the characters each serves. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontStyle, FontWeight } from './theme.js';

const require = createRequire(import.meta.url);

/** Reads and parses a JSON file (a cache may stand behind it). */
export type ReadJson = (path: string) => Promise<unknown>;

/** One woff2 file of a face: its subset name (`latin`), the unicode-range it serves and its path. */
export interface FontsourceFile {
  subset: string;
  unicodeRange: string;
  path: string;
}

/** The folder of the installed package `name`. */
export function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** The version of the installed package `fontsource`. */
export async function fontsourceVersion(fontsource: string, json: ReadJson): Promise<string> {
  return ((await json(join(packageDir(fontsource), 'package.json'))) as { version: string }).version;
}

/** Every woff2 file of the `weight` `style` face of `fontsource`, in the package's order. */
export async function fontsourceFiles(fontsource: string, weight: FontWeight, style: FontStyle, json: ReadJson): Promise<FontsourceFile[]> {
  const dir = packageDir(fontsource);
  const ranges = (await json(join(dir, 'unicode.json'))) as Record<string, string>;
  const id = fontsource.split('/').pop()!;
  // Why: the numbered slices of CJK and emoji families are keyed `[12]` but their files are `…-12-400-normal.woff2`.
  return Object.entries(ranges).map(([subset, unicodeRange]) => ({ subset, unicodeRange, path: join(dir, 'files', `${id}-${subset.replace(/^\[(\d+)\]$/, '$1')}-${weight}-${style}.woff2`) }));
}
