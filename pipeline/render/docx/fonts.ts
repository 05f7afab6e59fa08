/** The theme's font family embedded in the DOCX: its four faces as TrueType. */
import { CharacterSet, type IPropertiesOptions } from 'docx';
import { InternalError } from '../../diagnostics.js';
import type { FontStyle, FontWeight, Theme } from '../../theme/theme.js';

type EmbeddedFont = NonNullable<IPropertiesOptions['fonts']>[number];

/** The body family with its regular, bold, italic and bold italic TTF files. */
export function embeddedFonts(theme: Theme): EmbeddedFont[] {
  const face = (weight: FontWeight, style: FontStyle) => {
    const found = theme.fonts.find((font) => font.weight === weight && font.style === style);
    if (!found) throw new InternalError(`Theme ${theme.name} has no ${weight} ${style} face to embed`);
    return Buffer.from(found.ttf);
  };
  return [
    {
      name: theme.tokens.fonts.body.family,
      data: face(400, 'normal'),
      bold: face(700, 'normal'),
      italic: face(400, 'italic'),
      boldItalic: face(700, 'italic'),
      characterSet: CharacterSet.ANSI,
    },
  ];
}
