/** The theme's font family embedded in the DOCX: its four faces as TrueType, subset to the text. */
import { InternalError } from '../../diagnostics.js';
import { BASE_CHARACTERS, subsetFace } from '../../theme/font-subset.js';
import { type FontStyle, type FontWeight, type Theme } from '../../theme/theme.js';

const BASE_SET = new Set(BASE_CHARACTERS);

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
 * (Word itself offers "embed only the characters used"). Why the base subsets the theme carries:
 * most résumés use no character beyond `BASE_CHARACTERS`, and then the subsets made at install
 * serve, with no HarfBuzz (~0.1 s and ~25 MB to start) at build time.
 */
export async function embeddedFaces(theme: Theme, text: string): Promise<EmbeddedFaces> {
  // Line breaks and other controls are layout, not glyphs.
  const extra = [...new Set(text)].filter((character) => !BASE_SET.has(character) && !/\p{Cc}/u.test(character)).join('');
  const face = async (weight: FontWeight, style: FontStyle) => {
    const found = theme.fonts.find((font) => font.weight === weight && font.style === style);
    if (!found) throw new InternalError(`Theme ${theme.name} has no ${weight} ${style} face to embed`);
    return (extra ? null : found.baseSubset) ?? subsetFace(found.ttf, `${BASE_CHARACTERS}${extra}`);
  };
  const [regular, bold, italic, boldItalic] = await Promise.all([face(400, 'normal'), face(700, 'normal'), face(400, 'italic'), face(700, 'italic')]);
  return { regular, bold, italic, boldItalic };
}
