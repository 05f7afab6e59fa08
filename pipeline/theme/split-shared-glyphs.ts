/** Splits a web font whose glyphs stand for more than one character into fonts whose glyphs stand for one. */
import { characterMap } from './character-map.js';
import { codePointsOf, formatUnicodeRange, parseUnicodeRange, withoutPoints } from './unicode-range.js';

/** One font file of a split face, with the characters it draws. */
export interface FontPart {
  unicodeRange: string;
  data: Uint8Array;
}

// Characters that may keep sharing a glyph: a no-break space reads as the space it looks like, a
// soft hyphen is drawn only where a line breaks at it, and reads as the hyphen it then is.
const READS_AS_ITS_TWIN = /^[\p{White_Space}\p{Cf}]$/u;

/**
 * `woff2`, whose `unicodeRange` it serves, as fonts in which each glyph stands for one character
 * (white space and format characters aside): the first part draws the most common character of
 * each glyph and every other character, each later part one more character of the glyphs that
 * several share, each with the unicode-range of its characters. Null when no glyph is shared.
 *
 * Why: Chromium writes a PDF's text layer from each glyph's character in the font (its ToUnicode
 * map), and for a glyph that two characters share it picks the lower code point. Source Serif 4
 * and Inter draw `’` (U+2019) and `ʼ` (U+02BC) with one glyph, so pdf.js and pdfminer, which read
 * that map, read every apostrophe as U+02BC. With one character per glyph, the map is the text.
 */
export async function splitSharedGlyphs(woff2: Uint8Array, unicodeRange: string): Promise<FontPart[] | null> {
  const spans = parseUnicodeRange(unicodeRange);
  const sfnt = await subset(woff2, codePointsOf(spans), 'truetype');
  const byGlyph = new Map<number, number[]>();
  for (const [point, glyph] of characterMap(sfnt)) byGlyph.set(glyph, [...(byGlyph.get(glyph) ?? []), point]);
  const later: number[][] = [];
  for (const points of byGlyph.values()) {
    const [, ...others] = points.sort(commonFirst);
    others.filter((point) => !READS_AS_ITS_TWIN.test(String.fromCodePoint(point))).forEach((point, index) => (later[index] ??= []).push(point));
  }
  if (later.length === 0) return null;
  const moved = new Set(later.flat());
  const first = withoutPoints(spans, moved);
  const parts = [{ spans: first, points: codePointsOf(first) }, ...later.map((points) => ({ spans: points.map((point) => [point, point] as const), points }))];
  return Promise.all(parts.map(async (part) => ({ unicodeRange: formatUnicodeRange(part.spans), data: await subset(woff2, part.points, 'woff2') })));
}

/** ASCII first, then Latin-1, then General Punctuation (`’` before `ʼ`), then the rest, each by code point. */
function commonFirst(a: number, b: number): number {
  const rank = (point: number) => (point < 0x80 ? 0 : point < 0x100 ? 1 : point >= 0x2000 && point <= 0x206f ? 2 : 3);
  return rank(a) - rank(b) || a - b;
}

async function subset(font: Uint8Array, points: number[], targetFormat: 'truetype' | 'woff2'): Promise<Uint8Array> {
  const { default: subsetFont } = await import('subset-font');
  return subsetFont(Buffer.from(font), String.fromCodePoint(...points), { targetFormat });
}
