/** Subsetting a TrueType face to the characters a document uses, and the characters every subset keeps. */

/**
 * Printable ASCII, Latin-1, general punctuation and the list glyphs: kept whatever the text, so
 * small edits in Word still find their glyphs.
 */
export const BASE_CHARACTERS = String.fromCodePoint(
  ...range(0x20, 0x7e), ...range(0xa0, 0xff), ...range(0x2010, 0x2027), ...range(0x2030, 0x203a), 0x20ac, 0x2122, 0x25a0,
);

/** `ttf` with only the glyphs of `characters`, as TrueType. */
export async function subsetFace(ttf: Uint8Array, characters: string): Promise<Uint8Array> {
  const { default: subsetFont } = await import('subset-font');
  return subsetFont(Buffer.from(ttf), characters, { targetFormat: 'truetype' });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
