/** The bullet and numbered list definitions, declared once on the Document. */
import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions, type NumberingDefinition } from 'docx';
import type { ThemeTokens } from '../../theme/theme.js';
import { halfPoints, hex, twips } from './page.js';

/** Reference of the bullet list definition. */
export const BULLET = 'bullet';
const ORDERED = 'ordered';
const LEVELS = 9;

// Why: each glyph must exist in the theme's font (◦ and ▪ are missing from Source Serif 4);
// the square is drawn smaller so that it weighs about as much as a bullet.
const BULLET_GLYPHS = [
  { text: '\u2022', scale: 1 },
  { text: '\u2013', scale: 1 },
  { text: '\u25A0', scale: 0.6 },
];
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
// Room between a bullet and its text; numbers hang by the whole list indent.
const BULLET_HANG = 10;

/** The document's numbering: bullets and numbered lists counting from 1. */
export function numberingOptions(tokens: ThemeTokens): INumberingOptions {
  return { config: [bulletDefinition(tokens), orderedDefinition(tokens, 1)] };
}

/** The numbering reference of an ordered list starting at `start`; a definition of its own when not 1. */
export function orderedReference(tokens: ThemeTokens, start: number): string | NumberingDefinition {
  return start === 1 ? ORDERED : orderedDefinition(tokens, start);
}

/** Maximum list level Word supports (0-based). */
export const MAX_LEVEL = LEVELS - 1;

/**
 * Levels that indent further than the one above. Why: a deeply nested list must not push its text
 * off the page; deeper levels line up with the last of these, as in the HTML (styles/base.css)
 * and the plain text.
 */
const INDENTED_LEVELS = 6;

/** The left indent of the text of list level `level`, in twips. */
export function listIndent(tokens: ThemeTokens, level: number): number {
  return twips(tokens.space.listIndent) * (Math.min(level, INDENTED_LEVELS - 1) + 1);
}

function bulletDefinition(tokens: ThemeTokens): NumberingDefinition {
  return {
    reference: BULLET,
    levels: levels((level) => {
      const glyph = BULLET_GLYPHS[level % BULLET_GLYPHS.length]!;
      return {
        level,
        format: LevelFormat.BULLET,
        text: glyph.text,
        alignment: AlignmentType.LEFT,
        style: {
          run: { font: tokens.fonts.body.family, color: hex(tokens.color[tokens.bullet.color]), size: halfPoints(tokens.size.body * glyph.scale) },
          paragraph: { indent: { left: listIndent(tokens, level), hanging: twips(BULLET_HANG) } },
        },
      };
    }),
  };
}

function orderedDefinition(tokens: ThemeTokens, start: number): NumberingDefinition {
  return {
    reference: start === 1 ? ORDERED : `${ORDERED}-from-${start}`,
    levels: levels((level) => ({
      level,
      format: ORDERED_FORMATS[level % ORDERED_FORMATS.length]!,
      text: `%${level + 1}.`,
      start: level === 0 ? start : 1,
      alignment: AlignmentType.LEFT,
      style: {
        run: { font: tokens.fonts.body.family },
        paragraph: { indent: { left: listIndent(tokens, level), hanging: twips(tokens.space.listIndent) } },
      },
    })),
  };
}

function levels(make: (level: number) => ILevelsOptions): ILevelsOptions[] {
  return Array.from({ length: LEVELS }, (_, level) => make(level));
}
