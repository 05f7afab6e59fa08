/** Loads a theme folder from `styles/` with its fonts from npm packages. */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../diagnostics.js';
import { packageRoot } from '../package-root.js';
import { readBaseSubset } from './base-subsets.js';
import { fontsourceFiles, fontsourceVersion, packageDir, type ReadJson } from './fontsource-files.js';
import { ThemeError } from './theme-error.js';
import { FACES, type FallbackFontToken, type FontFace, type FontToken, type Theme, type WebFontFace, type WebFontSubset } from './theme.js';
import { validateTokens } from './validate-tokens.js';
import { readWebFontParts, type WebFontParts } from './web-font-parts.js';

/** The `styles/` folder shipped with the tool. */
export const STYLES_DIR = join(packageRoot(), 'styles');
export const DEFAULT_THEME = 'classic';
/** The JSON Schema every theme's tokens.json is validated against, in the themes folder. */
export const TOKENS_SCHEMA = 'tokens.schema.json';

const require = createRequire(import.meta.url);
const EXPO_WEIGHT_NAMES: Record<number, string> = { 400: 'Regular', 700: 'Bold' };

/** Names of the themes in `stylesDir`. */
export async function listThemes(stylesDir = STYLES_DIR): Promise<string[]> {
  const entries = await readdir(stylesDir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** Read the theme `name`: its tokens, CSS and font files. */
export async function loadTheme(name: string, stylesDir = STYLES_DIR): Promise<Theme> {
  const folder = join(stylesDir, name);
  // Every theme's CSS follows the shared layout in styles/base.css.
  const tokensPath = join(folder, 'tokens.json');
  const [tokensText, schemaText, base, own] = await Promise.all([
    readThemeFile(tokensPath),
    readThemeFile(join(stylesDir, TOKENS_SCHEMA)),
    readThemeFile(join(stylesDir, 'base.css')),
    readThemeFile(join(folder, 'theme.css')),
  ]);
  const css = `${base}\n${own}`;
  const result = validateTokens(tokensText, schemaText);
  if (!result.ok) throw new ThemeError(tokensPath, result.problems);
  const { tokens } = result;
  // Why: every face of a family reads the same unicode.json; read once per theme.
  const json = memoize((path: string) => readFile(path, 'utf8').then((text) => JSON.parse(text) as unknown));
  // A family's files as the install split them, so that each glyph stands for one character (see split-shared-glyphs.ts).
  const parts = memoize(async (fontsource: string) => readWebFontParts(fontsource, await fontsourceVersion(fontsource, json)));
  const files: Files = { json, parts };
  const [fonts, fallbackFonts] = await Promise.all([
    Promise.all(FACES.map((face) => loadFace(tokens.fonts.body, face.weight, face.style, files))),
    Promise.all(tokens.fonts.fallbacks.map((font) => loadFallback(font, files))).then((families) => families.flat()),
  ]);
  return { name, tokens, css, fonts, fallbackFonts };
}

/** A file of a theme; a missing or unreadable one is the user's to fix. */
async function readThemeFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`Cannot read \`${path}\` (${(error as NodeJS.ErrnoException).code ?? String(error)}): a theme is a folder in styles/ with a tokens.json and a theme.css`);
  }
}

/** How a theme reads its packages' JSON and the split parts of a package's files, each once. */
interface Files {
  json: ReadJson;
  parts: (fontsource: string) => Promise<WebFontParts | null>;
}

async function loadFace(font: FontToken, weight: FontFace['weight'], style: FontFace['style'], files: Files): Promise<FontFace> {
  const webFace = await loadWebFace(font.family, font.fontsource, weight, style, files);
  const ttfDir = dirname(require.resolve(`${font.ttf}/package.json`));
  const faceName = `${weight}${EXPO_WEIGHT_NAMES[weight]}${style === 'italic' ? '_Italic' : ''}`;
  const ttfFile = (await readdir(join(ttfDir, faceName))).find((file) => file.endsWith('.ttf'));
  if (!ttfFile) throw new Error(`No TTF for ${font.family} ${faceName} in ${font.ttf}`);
  // Why read on first use, and kept as long as the theme: only the DOCX embeds them (~1 MB for
  // four faces), and a batch or the dev server embeds them many times.
  const path = join(ttfDir, faceName, ttfFile);
  let ttf: Uint8Array | undefined;
  let baseSubset: Uint8Array | null | undefined;
  const readTtf = () => {
    try {
      ttf ??= readFileSync(path);
    } catch (error) {
      throw new UserError(`Cannot read the font \`${path}\` (${(error as NodeJS.ErrnoException).code ?? String(error)}); reinstall with \`npm install\``);
    }
    return ttf;
  };
  return {
    ...webFace,
    get ttf() {
      return readTtf();
    },
    get baseSubset() {
      if (baseSubset === undefined) baseSubset = readBaseSubset(readTtf());
      return baseSubset;
    },
  };
}

/**
 * The upright regular face of a fallback family, and its bold face where the package has one.
 * Why upright only: these scripts have no italic; the browser slants and emboldens what is missing.
 */
async function loadFallback(font: FallbackFontToken, files: Files): Promise<WebFontFace[]> {
  const metadata = (await files.json(join(packageDir(font.fontsource), 'metadata.json'))) as { weights: number[] };
  const weights = FACES.filter((face) => face.style === 'normal' && metadata.weights.includes(face.weight)).map((face) => face.weight);
  if (!weights.includes(400)) throw new Error(`${font.fontsource} has no regular (400) face for ${font.family}`);
  return Promise.all(weights.map((weight) => loadWebFace(font.family, font.fontsource, weight, 'normal', files)));
}

/**
 * Every woff2 subset of one face of a @fontsource package, with its unicode-range; a file that
 * the install split is served by its parts instead.
 */
async function loadWebFace(family: string, fontsource: string, weight: WebFontFace['weight'], style: WebFontFace['style'], files: Files): Promise<WebFontFace> {
  const [found, parts] = await Promise.all([fontsourceFiles(fontsource, weight, style, files.json), files.parts(fontsource)]);
  const subsets = found.flatMap(({ subset, unicodeRange, path }) => {
    const split = parts?.[basename(path)];
    return split ? split.map((part) => lazySubset(subset, part.unicodeRange, part.file)) : [lazySubset(subset, unicodeRange, path)];
  });
  return { family, weight, style, subsets };
}

/**
 * A subset whose file is read the first time its data is asked for.
 * Why: the fallback families have hundreds of CJK and emoji slices; a document uses a handful.
 */
function lazySubset(subset: string, unicodeRange: string, path: string): WebFontSubset {
  let data: Uint8Array | undefined;
  return {
    subset,
    unicodeRange,
    get data() {
      data ??= readFileSync(path);
      return data;
    },
  };
}

function memoize<T>(load: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, load(key));
    return cache.get(key)!;
  };
}
