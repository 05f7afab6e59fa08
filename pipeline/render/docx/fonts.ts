/** The theme's font family embedded in the DOCX: its four faces as TrueType, subset to the text. */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InternalError } from '../../diagnostics.js';
import { packageRoot } from '../../package-root.js';
import { writeAtomic } from '../../write-atomic.js';
import { type FontStyle, type FontWeight, type Theme } from '../../theme/theme.js';

// Printable ASCII, Latin-1, general punctuation and the list glyphs: kept whatever the text, so
// small edits in Word still find their glyphs.
export const BASE_CHARACTERS = String.fromCodePoint(
  ...range(0x20, 0x7e), ...range(0xa0, 0xff), ...range(0x2010, 0x2027), ...range(0x2030, 0x203a), 0x20ac, 0x2122, 0x25a0,
);
const BASE_SET = new Set(BASE_CHARACTERS);

/** Where `npm install` (the `prepare` script) leaves each theme face already subset to `BASE_CHARACTERS`. */
export const BASE_SUBSETS_DIR = join(packageRoot(), 'lib', 'font-subsets');

// Why: a theme's faces live as long as the process; a batch or the dev server embeds them many times.
const baseSubsets = new WeakMap<Uint8Array, Promise<Uint8Array | null>>();

/** The four faces of the body family, as the DOCX embeds them. */
export interface EmbeddedFaces {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

/**
 * The body family's regular, bold, italic and bold italic faces, each subset to the characters of
 * `text`. Why subsets: whole faces are 0.2–0.3 MB each; subsets make the file five times smaller
 * (Word itself offers "embed only the characters used"). Why the base subsets: most résumés use
 * no character beyond `BASE_CHARACTERS`, and then the subsets made at install serve, with no HarfBuzz
 * (~0.1 s and ~25 MB to start) at build time.
 */
export async function embeddedFaces(theme: Theme, text: string): Promise<EmbeddedFaces> {
  // Line breaks and other controls are layout, not glyphs.
  const extra = [...new Set(text)].filter((character) => !BASE_SET.has(character) && !/\p{Cc}/u.test(character)).join('');
  const face = async (weight: FontWeight, style: FontStyle) => {
    const found = theme.fonts.find((font) => font.weight === weight && font.style === style);
    if (!found) throw new InternalError(`Theme ${theme.name} has no ${weight} ${style} face to embed`);
    return (extra ? null : await readBaseSubset(found.ttf)) ?? subset(found.ttf, `${BASE_CHARACTERS}${extra}`);
  };
  const [regular, bold, italic, boldItalic] = await Promise.all([face(400, 'normal'), face(700, 'normal'), face(400, 'italic'), face(700, 'italic')]);
  return { regular, bold, italic, boldItalic };
}

/** Write the base subset of every face of `themes` into `BASE_SUBSETS_DIR` (run by `npm install`). */
export async function writeBaseSubsets(themes: Theme[]): Promise<void> {
  await mkdir(BASE_SUBSETS_DIR, { recursive: true });
  // Atomic: an install cut short must not leave a truncated face for later builds to embed.
  for (const { ttf } of themes.flatMap((theme) => theme.fonts)) await writeAtomic(baseSubsetPath(ttf), await subset(ttf, BASE_CHARACTERS));
}

async function subset(ttf: Uint8Array, characters: string): Promise<Uint8Array> {
  const { default: subsetFont } = await import('subset-font');
  return subsetFont(Buffer.from(ttf), characters, { targetFormat: 'truetype' });
}

/** The base subset of `ttf` made at install, or null (a theme added since, or no install step ran). */
function readBaseSubset(ttf: Uint8Array): Promise<Uint8Array | null> {
  let subset = baseSubsets.get(ttf);
  if (!subset) {
    subset = readFile(baseSubsetPath(ttf)).catch(() => null);
    baseSubsets.set(ttf, subset);
  }
  return subset;
}

/** Named by a hash of the face and `BASE_CHARACTERS`, so a changed face or character list never finds a stale file. */
function baseSubsetPath(ttf: Uint8Array): string {
  return join(BASE_SUBSETS_DIR, `${createHash('sha256').update(BASE_CHARACTERS).update(ttf).digest('hex').slice(0, 32)}.ttf`);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
