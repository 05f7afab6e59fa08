/**
 * The style table, declared once on the Document from the theme's tokens; paragraphs refer to its
 * ids. Every value a theme chooses comes from its tokens.json, as styles/base.css takes them for
 * the HTML and PDF; the few numbers here are the shared layout of base.css (named where used).
 */
import {
  BorderStyle,
  LineRuleType,
  TabStopType,
  UnderlineType,
  type IBaseParagraphStyleOptions,
  type IBorderOptions,
  type IParagraphOptions,
  type ICharacterStyleOptions,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from 'docx';
import type { ColorRole, RuleToken, ThemeTokens } from '../../theme/theme.js';
import { isRightToLeft } from '../../model/language.js';
import { runLanguage } from './language.js';
import { halfPoints, hex, twips, type PageLayout } from './page.js';
import { ruleBorder } from './rule-border.js';
import { runFonts } from './run-fonts.js';
import { DEEPEST_HEADING, STYLE } from './style-ids.js';

/** base.css: `code { font-size: 0.95em }`, and `pre` sets its code at that size too. */
const CODE_SCALE = 0.95;
/** base.css: `pre { padding: 6pt 8pt }`. */
const CODE_PADDING = { vertical: 6, horizontal: 8 };
/** base.css: `hr` and table rules. */
const HAIRLINE = 0.75;
/**
 * How far above the baseline the rule beside a section title runs, in em of the title: base.css
 * centres it on the title's line, about half an x-height up; Word draws the rule as the underline
 * of a tab, which sits about a tenth of an em below the baseline, so the tab is raised by both.
 */
const BESIDE_RULE_RAISE = 0.45;

/** Styles for `tokens` on a page of `layout`; `lang` is the language of all text. */
export function styleTable(tokens: ThemeTokens, layout: PageLayout, lang: string): IStylesOptions {
  const { size, space, name, headline, sectionTitle, entryTitle } = tokens;
  const color = (role: ColorRole) => hex(tokens.color[role]);
  // Why: every style that names a font names all four slots; a bare family name would set the
  // East Asian and complex-script slots to the body family too.
  const font = runFonts(tokens);
  // Why: CSS line-height is a multiple of the font size; Word's "auto" multiplies the font's own
  // line (1.33 em for Source Serif 4), so lines are set exactly, in points, as the HTML sets them.
  const line = (points: number, factor: number) => ({ line: twips(points * factor), lineRule: LineRuleType.EXACT });
  // Letter-spacing in em of `points`, as Word's character spacing (twips).
  const tracking = (points: number, em: number) => (em === 0 ? undefined : twips(points * em));
  const paragraphStyle = (id: string, styleName: string, style: IBaseParagraphStyleOptions): IParagraphStyleOptions =>
    ({ id, name: styleName, basedOn: 'Normal', next: 'Normal', quickFormat: true, ...style });
  const characterStyle = (id: string, styleName: string, style: Omit<ICharacterStyleOptions, 'id' | 'name'>): ICharacterStyleOptions => ({ id, name: styleName, ...style });
  const codeSize = size.body * CODE_SCALE;
  const sectionRule = sectionTitle.rule;
  const subheading: IBaseParagraphStyleOptions = {
    basedOn: 'Normal',
    next: 'Normal',
    run: { font, size: halfPoints(size.entryTitle), bold: true, color: color('text') },
    paragraph: { spacing: { before: twips(space.beforeEntry), after: 0, ...line(size.entryTitle, entryTitle.lineHeight) }, keepNext: true, keepLines: true },
  };

  return {
    default: {
      document: {
        // Why kern: the browser kerns (base.css `font-kerning: normal`); Word and LibreOffice kern only when asked.
        run: { font, size: halfPoints(size.body), color: color('text'), language: runLanguage(lang), kern: 2 },
        // Why spread: docx writes `bidirectional` (w:bidi) in the default paragraph properties, but its
        // type for them omits it. Every paragraph of a right-to-left résumé runs right to left.
        paragraph: { spacing: { before: twips(space.paragraph), after: 0, ...line(size.body, tokens.lineHeight) }, ...paragraphDirection(lang) },
      },
      title: {
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, size: halfPoints(size.name), bold: true, color: color(name.color), characterSpacing: tracking(size.name, name.letterSpacing) },
        paragraph: { spacing: { before: 0, after: twips(space.afterName), ...line(size.name, name.lineHeight) }, keepNext: true },
      },
      heading1: {
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, size: halfPoints(size.section), bold: true, color: color(sectionTitle.color), characterSpacing: tracking(size.section, sectionTitle.letterSpacing) },
        paragraph: {
          spacing: { before: twips(space.beforeSection), after: twips(space.afterSectionTitle), ...line(size.section, sectionTitle.lineHeight) },
          ...(sectionRule?.position === 'under' ? { border: { bottom: border(sectionRule) } } : {}),
          ...(sectionRule?.position === 'over' ? { border: { top: border(sectionRule) } } : {}),
          // The rule beside the title runs to the right margin, as the underline of a tab to there (see section.ts).
          ...(sectionRule?.position === 'beside' ? { tabStops: [{ type: TabStopType.RIGHT, position: layout.textWidth }] } : {}),
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
        },
      },
      ...Object.fromEntries(Array.from({ length: DEEPEST_HEADING - 1 }, (_, index) => [`heading${index + 2}`, { ...subheading, paragraph: { ...subheading.paragraph, outlineLevel: index + 1 } }])),
    },
    paragraphStyles: [
      paragraphStyle(STYLE.subtitle, 'Subtitle', {
        run: { size: halfPoints(size.headline), italics: headline.fontStyle === 'italic', color: color(headline.color) },
        paragraph: { spacing: { before: 0, after: 0, ...line(size.headline, tokens.lineHeight) }, keepNext: true },
      }),
      paragraphStyle(STYLE.contacts, 'Contacts', {
        run: { size: halfPoints(size.small), color: color('muted') },
        paragraph: { spacing: { before: twips(space.beforeContacts), after: 0, ...line(size.small, tokens.lineHeight) } },
      }),
      paragraphStyle(STYLE.entryHeader, 'Entry Header', {
        run: { size: halfPoints(size.entryTitle) },
        paragraph: { spacing: { before: twips(space.beforeEntry), after: 0, ...line(size.entryTitle, entryTitle.lineHeight) }, keepNext: true, keepLines: true },
      }),
      paragraphStyle(STYLE.listBullet, 'List Bullet', { paragraph: { spacing: { before: twips(space.bullet), after: 0 }, keepLines: true } }),
      paragraphStyle(STYLE.listNumber, 'List Number', { paragraph: { spacing: { before: twips(space.bullet), after: 0 }, keepLines: true } }),
      paragraphStyle(STYLE.listContinue, 'List Continue', { paragraph: { spacing: { before: twips(space.bullet), after: 0 } } }),
      paragraphStyle(STYLE.quote, 'Quote', {
        run: { color: color('muted') },
        // The rule at the left edge, the text after its width and gap, as base.css `blockquote`.
        paragraph: tokens.quote.rule ? { indent: { left: twips(tokens.quote.rule.width + tokens.quote.rule.gap) }, border: { left: border(tokens.quote.rule) } } : {},
      }),
      paragraphStyle(STYLE.codeBlock, 'Code Block', {
        run: { size: halfPoints(codeSize) },
        paragraph: {
          // Why borders in the ground's colour: Word shades only the text box of a paragraph; its
          // borders' spacing pads the shading out as base.css `pre` pads its box.
          spacing: { before: twips(space.paragraph + CODE_PADDING.vertical), after: twips(CODE_PADDING.vertical), ...line(codeSize, tokens.lineHeight) },
          indent: { left: twips(CODE_PADDING.horizontal), right: twips(CODE_PADDING.horizontal) },
          shading: { fill: hex(tokens.color.codeBackground) },
          border: Object.fromEntries(
            ['top', 'bottom', 'left', 'right'].map((side) => [side, { style: BorderStyle.SINGLE, size: 4, color: hex(tokens.color.codeBackground), space: side === 'top' || side === 'bottom' ? CODE_PADDING.vertical - 2 : CODE_PADDING.horizontal - 1 }]),
          ),
          keepLines: true,
        },
      }),
      // Why the edge the section titles' rule does not use: Word and LibreOffice draw one border
      // around neighbouring paragraphs whose borders match, so a rule on the same edge as the
      // title's (a hairline over or under it) would vanish into the title's.
      paragraphStyle(STYLE.rule, 'Horizontal Rule', {
        run: { size: 2 },
        paragraph: {
          spacing: { before: twips(space.beforeEntry), after: twips(space.beforeEntry), line: 20, lineRule: LineRuleType.EXACT },
          border: { [sectionRule?.position === 'over' ? 'bottom' : 'top']: border({ width: HAIRLINE, color: 'rule', gap: 0 }) },
        },
      }),
      paragraphStyle(STYLE.tableText, 'Table Text', { paragraph: { spacing: { before: 0, after: 0 } } }),
      { ...paragraphStyle(STYLE.tableHeader, 'Table Header', { run: { bold: true } }), basedOn: STYLE.tableText },
      paragraphStyle(STYLE.noteText, 'Note Text', { run: { size: halfPoints(size.small), color: color('muted') }, paragraph: { spacing: line(size.small, tokens.lineHeight) } }),
    ],
    characterStyles: [
      // Links as printed (base.css `a`, and no underline in print): the theme's link colour.
      characterStyle(STYLE.hyperlink, 'Hyperlink', { uiPriority: 99, unhideWhenUsed: true, run: { color: color(tokens.link.color), underline: { type: UnderlineType.NONE } } }),
      characterStyle(STYLE.contactLink, 'Contact Link', { basedOn: STYLE.hyperlink, run: { color: color(tokens.link.color) } }),
      characterStyle(STYLE.separator, 'Separator', { run: { color: color('rule') } }),
      characterStyle(STYLE.entryDates, 'Entry Dates', { run: { size: halfPoints(size.small), color: color('muted') } }),
      characterStyle(STYLE.entryOrganization, 'Entry Organization', { run: { color: color(entryTitle.organizationColor) } }),
      characterStyle(STYLE.entryLocation, 'Entry Location', { run: { color: color('muted') } }),
      characterStyle(STYLE.sectionRule, 'Section Rule', {
        run: sectionRule
          ? { color: color(sectionRule.color), underline: { type: UnderlineType.SINGLE, color: color(sectionRule.color) }, position: `${Math.round(size.section * BESIDE_RULE_RAISE * 2) / 2}pt` }
          : {},
      }),
      characterStyle(STYLE.inlineCode, 'Inline Code', { run: { size: halfPoints(codeSize), shading: { fill: hex(tokens.color.codeBackground) } } }),
      characterStyle(STYLE.noteReference, 'Note Reference', { run: { superScript: true } }),
    ],
  };

  function border(rule: RuleToken): IBorderOptions {
    return ruleBorder(rule, tokens);
  }
}

function paragraphDirection(lang: string): Pick<IParagraphOptions, 'bidirectional'> {
  return isRightToLeft(lang) ? { bidirectional: true } : {};
}
