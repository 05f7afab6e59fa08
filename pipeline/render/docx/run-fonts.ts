/** The w:rFonts of the theme: the body family for Latin text, the fallbacks named for East Asian and complex scripts. */
import type { IFontAttributesProperties } from 'docx';
import type { DocxFontSlot, ThemeTokens } from '../../theme/theme.js';

/**
 * Fonts for each class of characters Word tells apart: ascii and hAnsi take the body family,
 * eastAsia and cs the fallback family the tokens assign to that slot (else the body family).
 * Why only named: the fallbacks are multi-megabyte CJK fonts that ship as woff2 subsets, not TTF,
 * so Word and LibreOffice use them when installed and substitute a font of the machine otherwise.
 */
export function runFonts(tokens: ThemeTokens): IFontAttributesProperties {
  const body = tokens.fonts.body.family;
  const slot = (name: DocxFontSlot) => tokens.fonts.fallbacks.find((font) => font.docx === name)?.family ?? body;
  return { ascii: body, hAnsi: body, eastAsia: slot('eastAsia'), cs: slot('cs') };
}
