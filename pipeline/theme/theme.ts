/** A theme: CSS plus the design tokens every renderer reads, and the font files it ships. */

/** A font family of a theme, provided by npm font packages. */
export interface FontToken {
  family: string;
  /** A @fontsource package: woff2 subsets for HTML and PDF. */
  fontsource: string;
  /** An @expo-google-fonts package: TTF files embedded in the DOCX. */
  ttf: string;
  fallback: string;
}

/** Where Word looks for a font for a class of characters (w:rFonts): East Asian, or complex scripts (Arabic, Hebrew, Thai, Indic). */
export type DocxFontSlot = 'eastAsia' | 'cs';

/**
 * A family for the scripts the body family lacks (CJK, Arabic, emoji…), tried in list order after it.
 * Only its woff2 subsets ship, in the HTML and PDF; the DOCX names it without embedding it.
 * Why emoji come first: the CJK families also draw a few emoji (🈚, 🉐); the emoji family should win.
 */
export interface FallbackFontToken {
  family: string;
  /** A @fontsource package; its regular and (where it has one) bold faces are loaded. */
  fontsource: string;
  /** The w:rFonts slot the DOCX names this family in; at most one family per slot. */
  docx?: DocxFontSlot;
}

/** A colour of the palette, by its name in `color`; other tokens name one for each part of the page. */
export type ColorRole = 'text' | 'muted' | 'accent' | 'rule';

/** A rule (a line) drawn along a block: its thickness and the room between it and the text, in points. */
export interface RuleToken {
  width: number;
  color: ColorRole;
  gap: number;
}

/** Where a section title's rule runs: under the title, beside it to the right margin, or over it. */
export type SectionRulePosition = 'under' | 'beside' | 'over';

/**
 * The design tokens of a theme, from its tokens.json, validated against styles/tokens.schema.json
 * (which documents each). Sizes and spacing in points, page margins in inches, letter-spacing in
 * em, line heights as multiples of the font size. Every format reads its look from here: the HTML
 * as custom properties (render/html/theme-css.ts), the DOCX as its style table.
 */
export interface ThemeTokens {
  label: string;
  fonts: { body: FontToken; fallbacks: FallbackFontToken[] };
  size: { name: number; headline: number; section: number; entryTitle: number; body: number; small: number };
  /** Line height of body text. */
  lineHeight: number;
  color: { text: string; muted: string; accent: string; rule: string; codeBackground: string };
  space: {
    afterName: number; beforeContacts: number; afterHeader: number; beforeSection: number; afterSectionTitle: number;
    beforeEntry: number; afterEntryHeader: number; paragraph: number; bullet: number; listIndent: number;
  };
  page: { marginTop: number; marginRight: number; marginBottom: number; marginLeft: number };
  /** The floors of fitting to a number of pages: body size in points, margins in inches. */
  fit: { minBodySize: number; minMargin: number };
  name: { color: ColorRole; letterSpacing: number; lineHeight: number };
  headline: { color: ColorRole; fontStyle: FontStyle };
  /** The header: name, headline and contacts; its rule runs under all three. */
  masthead: { rule: RuleToken | null };
  /** The photo beside the name: the square it fits in, the rounding of its corners and the room between it and the name, in points. */
  photo: { size: number; radius: number; gap: number };
  sectionTitle: { color: ColorRole; letterSpacing: number; lineHeight: number; rule: (RuleToken & { position: SectionRulePosition }) | null };
  entryTitle: { lineHeight: number; organizationColor: ColorRole };
  /** Links as printed (PDF, DOCX) and in the contacts. */
  link: { color: ColorRole };
  bullet: { color: ColorRole };
  quote: { rule: RuleToken | null };
}

export type FontStyle = 'normal' | 'italic';
export type FontWeight = 400 | 700;

/** One web-font subset file (woff2) with the code points it covers. */
export interface WebFontSubset {
  subset: string;
  unicodeRange: string;
  data: Uint8Array;
}

/** One face (weight × style) of a family as woff2 subsets, for the HTML and the PDF. */
export interface WebFontFace {
  family: string;
  weight: FontWeight;
  style: FontStyle;
  subsets: WebFontSubset[];
}

/** One face of the body family: woff2 subsets, and the TTF that the DOCX embeds, whole and as its base subset. */
export interface FontFace extends WebFontFace {
  ttf: Uint8Array;
  /**
   * `ttf` subset to `BASE_CHARACTERS` (theme/font-subset.ts) at install, or null when no install
   * step made it (a theme added since). Why: most résumés need no other glyph, and then the DOCX
   * embeds these as they are, with no HarfBuzz at build time.
   */
  baseSubset: Uint8Array | null;
}

export interface Theme {
  name: string;
  tokens: ThemeTokens;
  css: string;
  /** The body family's four faces. */
  fonts: FontFace[];
  /** The faces of `tokens.fonts.fallbacks`, in the same order: regular, and bold where the package has it. */
  fallbackFonts: WebFontFace[];
}

/** The four faces every theme ships: regular, italic, bold, bold italic. */
export const FACES: ReadonlyArray<{ weight: FontWeight; style: FontStyle }> = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
];
