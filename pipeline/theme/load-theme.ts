/** Loads a theme folder from `styles/` with its fonts from npm packages. */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FACES, type FontFace, type FontToken, type Theme, type ThemeTokens } from './theme.js';

/** The `styles/` folder shipped with the tool. */
export const STYLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'styles');
export const DEFAULT_THEME = 'classic';

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
  const [tokensText, css] = await Promise.all([readFile(join(folder, 'tokens.json'), 'utf8'), readFile(join(folder, 'theme.css'), 'utf8')]);
  const tokens = JSON.parse(tokensText) as ThemeTokens;
  const fonts = await Promise.all(FACES.map((face) => loadFace(tokens.fonts.body, face.weight, face.style)));
  return { name, tokens, css, fonts };
}

async function loadFace(font: FontToken, weight: FontFace['weight'], style: FontFace['style']): Promise<FontFace> {
  const fontsourceDir = dirname(require.resolve(`${font.fontsource}/package.json`));
  const ranges = JSON.parse(await readFile(join(fontsourceDir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const id = font.fontsource.split('/').pop()!;
  const subsets = await Promise.all(
    Object.entries(ranges).map(async ([subset, unicodeRange]) => ({
      subset,
      unicodeRange,
      data: await readFile(join(fontsourceDir, 'files', `${id}-${subset}-${weight}-${style}.woff2`)),
    })),
  );
  const ttfDir = dirname(require.resolve(`${font.ttf}/package.json`));
  const faceName = `${weight}${EXPO_WEIGHT_NAMES[weight]}${style === 'italic' ? '_Italic' : ''}`;
  const ttfFile = (await readdir(join(ttfDir, faceName))).find((file) => file.endsWith('.ttf'));
  if (!ttfFile) throw new Error(`No TTF for ${font.family} ${faceName} in ${font.ttf}`);
  return { family: font.family, weight, style, subsets, ttf: await readFile(join(ttfDir, faceName, ttfFile)) };
}
