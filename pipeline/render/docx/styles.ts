/** The style table, declared once on the Document from the theme's tokens; paragraphs refer to its ids. */
import {
  BorderStyle,
  LineRuleType,
  UnderlineType,
  type IBaseParagraphStyleOptions,
  type IBorderOptions,
  type ICharacterStyleOptions,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from 'docx';
import type { ThemeTokens } from '../../theme/theme.js';
import { halfPoints, hex, twips } from './page.js';
import { runFonts } from './run-fonts.js';
import { DEEPEST_HEADING, STYLE } from './style-ids.js';

// The grey ground of code in the theme's CSS (`code`, `pre`).
const CODE_BACKGROUND = 'EEF1F4';
// Letter-spacing of section titles in the classic theme's CSS (`0.02em`).
const SECTION_TRACKING = 0.02;

/** Styles for `tokens`; `lang` is the language of all text. */
export function styleTable(tokens: ThemeTokens, lang: string): IStylesOptions {
  const { size, color, space } = tokens;
  // Why: every style that names a font names all four slots; a bare family name would set the
  // East Asian and complex-script slots to the body family too.
  const font = runFonts(tokens);
  // Why: CSS line-height is a multiple of the font size; Word's "auto" multiplies the font's own
  // line (1.33 em for Source Serif 4), so lines are set exactly, in points, as the HTML sets them.
  const line = (points: number, factor: number) => ({ line: twips(points * factor), lineRule: LineRuleType.EXACT });
  const border = (points: number, borderColor: string, gap = 1): IBorderOptions => ({ style: BorderStyle.SINGLE, size: points * 8, color: borderColor, space: gap });
  const paragraphStyle = (id: string, name: string, style: IBaseParagraphStyleOptions): IParagraphStyleOptions =>
    ({ id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, ...style });
  const characterStyle = (id: string, name: string, style: Omit<ICharacterStyleOptions, 'id' | 'name'>): ICharacterStyleOptions => ({ id, name, ...style });
  const entryHeader = {
    run: { size: halfPoints(size.entryTitle) },
    paragraph: { spacing: { before: twips(space.beforeEntry), after: 0, ...line(size.entryTitle, 1.25) }, keepNext: true, keepLines: true },
  };
  const subheading: IBaseParagraphStyleOptions = {
    basedOn: 'Normal',
    next: 'Normal',
    run: { font, size: halfPoints(size.entryTitle), bold: true, color: hex(color.text) },
    paragraph: { spacing: { before: twips(space.beforeEntry), after: 0, ...line(size.entryTitle, 1.25) }, keepNext: true, keepLines: true },
  };

  return {
    default: {
      document: {
        run: { font, size: halfPoints(size.body), color: hex(color.text), language: { value: lang } },
        paragraph: { spacing: { before: twips(space.paragraph), after: 0, ...line(size.body, tokens.lineHeight) } },
      },
      title: {
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, size: halfPoints(size.name), bold: true, color: hex(color.accent) },
        paragraph: { spacing: { before: 0, after: twips(space.afterName), ...line(size.name, 1.1) }, keepNext: true },
      },
      heading1: {
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, size: halfPoints(size.section), bold: true, color: hex(color.accent), characterSpacing: twips(size.section * SECTION_TRACKING) },
        paragraph: {
          spacing: { before: twips(space.beforeSection), after: twips(space.afterSectionTitle), ...line(size.section, 1.2) },
          border: { bottom: border(0.75, hex(color.rule)) },
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
        },
      },
      ...Object.fromEntries(Array.from({ length: DEEPEST_HEADING - 1 }, (_, index) => [`heading${index + 2}`, { ...subheading, paragraph: { ...subheading.paragraph, outlineLevel: index + 1 } }])),
    },
    paragraphStyles: [
      paragraphStyle(STYLE.subtitle, 'Subtitle', { run: { size: halfPoints(size.headline), italics: true, color: hex(color.muted) }, paragraph: { spacing: { before: 0, after: 0, ...line(size.headline, tokens.lineHeight) }, keepNext: true } }),
      paragraphStyle(STYLE.contacts, 'Contacts', { run: { size: halfPoints(size.small), color: hex(color.muted) }, paragraph: { spacing: { before: twips(2), after: twips(space.afterHeader), ...line(size.small, tokens.lineHeight) } } }),
      paragraphStyle(STYLE.entryHeader, 'Entry Header', entryHeader),
      paragraphStyle(STYLE.listBullet, 'List Bullet', { paragraph: { spacing: { before: twips(space.bullet), after: 0 }, keepLines: true } }),
      paragraphStyle(STYLE.listNumber, 'List Number', { paragraph: { spacing: { before: twips(space.bullet), after: 0 }, keepLines: true } }),
      paragraphStyle(STYLE.listContinue, 'List Continue', { paragraph: { spacing: { before: twips(space.bullet), after: 0 } } }),
      paragraphStyle(STYLE.quote, 'Quote', { run: { color: hex(color.muted) }, paragraph: { indent: { left: twips(12) }, border: { left: border(2, hex(color.rule), 8) } } }),
      paragraphStyle(STYLE.codeBlock, 'Code Block', {
        run: { size: halfPoints(size.small) },
        paragraph: {
          spacing: { before: twips(space.paragraph + 4), after: twips(4), ...line(size.small, 1.3) },
          indent: { left: twips(8), right: twips(8) },
          shading: { fill: CODE_BACKGROUND },
          border: Object.fromEntries(['top', 'bottom', 'left', 'right'].map((side) => [side, border(0.5, CODE_BACKGROUND, side === 'top' || side === 'bottom' ? 4 : 7)])),
          keepLines: true,
        },
      }),
      paragraphStyle(STYLE.rule, 'Horizontal Rule', {
        run: { size: 2 },
        paragraph: { spacing: { before: twips(space.beforeEntry), after: twips(space.beforeEntry), line: 20, lineRule: LineRuleType.EXACT }, border: { top: border(0.75, hex(color.rule), 0) } },
      }),
      paragraphStyle(STYLE.tableText, 'Table Text', { paragraph: { spacing: { before: 0, after: 0 } } }),
      { ...paragraphStyle(STYLE.tableHeader, 'Table Header', { run: { bold: true } }), basedOn: STYLE.tableText },
      paragraphStyle(STYLE.noteText, 'Note Text', { run: { size: halfPoints(size.small), color: hex(color.muted) }, paragraph: { spacing: line(size.small, tokens.lineHeight) } }),
    ],
    characterStyles: [
      characterStyle(STYLE.hyperlink, 'Hyperlink', { uiPriority: 99, unhideWhenUsed: true, run: { underline: { type: UnderlineType.SINGLE, color: hex(color.rule) } } }),
      characterStyle(STYLE.contactLink, 'Contact Link', { basedOn: STYLE.hyperlink, run: { color: hex(color.accent), underline: { type: UnderlineType.NONE } } }),
      characterStyle(STYLE.separator, 'Separator', { run: { color: hex(color.rule) } }),
      characterStyle(STYLE.entryDates, 'Entry Dates', { run: { size: halfPoints(size.small), color: hex(color.muted) } }),
      characterStyle(STYLE.entryLocation, 'Entry Location', { run: { color: hex(color.muted) } }),
      characterStyle(STYLE.inlineCode, 'Inline Code', { run: { size: halfPoints(size.body * 0.95), shading: { fill: CODE_BACKGROUND } } }),
      characterStyle(STYLE.noteReference, 'Note Reference', { run: { superScript: true } }),
    ],
  };
}
