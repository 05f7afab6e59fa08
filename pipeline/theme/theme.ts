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

/** Sizes in points, spacing in points, page margins in inches. */
export interface ThemeTokens {
  label: string;
  fonts: { body: FontToken };
  size: { name: number; headline: number; section: number; entryTitle: number; body: number; small: number };
  lineHeight: number;
  color: { text: string; muted: string; accent: string; rule: string };
  space: {
    afterName: number; afterHeader: number; beforeSection: number; afterSectionTitle: number;
    beforeEntry: number; paragraph: number; bullet: number; listIndent: number; datesColumn: number;
  };
  page: { marginTop: number; marginRight: number; marginBottom: number; marginLeft: number };
}

export type FontStyle = 'normal' | 'italic';
export type FontWeight = 400 | 700;

/** One web-font subset file (woff2) with the code points it covers. */
export interface WebFontSubset {
  subset: string;
  unicodeRange: string;
  data: Uint8Array;
}

/** One face (weight × style) of a family, as woff2 subsets and as a whole TTF. */
export interface FontFace {
  family: string;
  weight: FontWeight;
  style: FontStyle;
  subsets: WebFontSubset[];
  ttf: Uint8Array;
}

export interface Theme {
  name: string;
  tokens: ThemeTokens;
  css: string;
  fonts: FontFace[];
}

/** The four faces every theme ships: regular, italic, bold, bold italic. */
export const FACES: ReadonlyArray<{ weight: FontWeight; style: FontStyle }> = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
];
