/**
 * The install step's font work: each theme face subset to `BASE_CHARACTERS`, for the DOCX to
 * embed as is, and the web font files of every family split so that each glyph stands for one
 * character, for the HTML and the PDF.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { makeDirectory } from './make-directory.js';
import { baseSubsetPath, BASE_SUBSETS_DIR } from './theme/base-subsets.js';
import { BASE_CHARACTERS, subsetFace } from './theme/font-subset.js';
import { fontsourceFiles, fontsourceVersion, type ReadJson } from './theme/fontsource-files.js';
import { splitSharedGlyphs } from './theme/split-shared-glyphs.js';
import type { FontStyle, FontWeight, Theme } from './theme/theme.js';
import { webFontPartName, webFontPartsPath, type WebFontParts } from './theme/web-font-parts.js';
import { writeAtomic } from './write-atomic.js';

type Faces = Map<string, Array<{ weight: FontWeight; style: FontStyle }>>;

/** Write the base subset of every face and the split web fonts of `themes` into `dir` (default: where `loadTheme` reads them). */
export async function writeBaseSubsets(themes: Theme[], dir = BASE_SUBSETS_DIR): Promise<void> {
  await makeDirectory(dir);
  // Atomic: an install cut short must not leave a truncated face for later builds to embed.
  for (const { ttf } of themes.flatMap((theme) => theme.fonts)) await writeAtomic(baseSubsetPath(ttf, dir), await subsetFace(ttf, BASE_CHARACTERS));
  for (const [fontsource, faces] of webFaces(themes)) await writeWebFontParts(fontsource, faces, dir);
}

/** The faces each @fontsource package serves in `themes`, body and fallback families alike. */
function webFaces(themes: Theme[]): Faces {
  const faces: Faces = new Map();
  for (const theme of themes) {
    const packages = new Map([theme.tokens.fonts.body, ...theme.tokens.fonts.fallbacks].map((font) => [font.family, font.fontsource]));
    for (const { family, weight, style } of [...theme.fonts, ...theme.fallbackFonts]) {
      const list = faces.get(packages.get(family)!) ?? [];
      if (!list.some((face) => face.weight === weight && face.style === style)) list.push({ weight, style });
      faces.set(packages.get(family)!, list);
    }
  }
  return faces;
}

/** Split each woff2 file of `faces` of `fontsource` whose glyphs several characters share, and write the parts with their index. */
async function writeWebFontParts(fontsource: string, faces: Array<{ weight: FontWeight; style: FontStyle }>, dir: string): Promise<void> {
  const json: ReadJson = async (path) => JSON.parse(await readFile(path, 'utf8')) as unknown;
  const index: WebFontParts = {};
  for (const { weight, style } of faces) {
    for (const { unicodeRange, path } of await fontsourceFiles(fontsource, weight, style, json)) {
      const parts = await splitSharedGlyphs(await readFile(path), unicodeRange);
      if (!parts) continue;
      index[basename(path)] = [];
      for (const part of parts) {
        const file = webFontPartName(part.data);
        await writeAtomic(join(dir, file), part.data);
        index[basename(path)]!.push({ unicodeRange: part.unicodeRange, file });
      }
    }
  }
  // The index last: a build finds it only once every part it names is in place.
  await writeAtomic(webFontPartsPath(fontsource, await fontsourceVersion(fontsource, json), dir), `${JSON.stringify(index, null, 2)}\n`);
}
