/** Page size, margins and text width of the DOCX page, in twips. */
import type { Paper } from '../../model/types.js';
import type { ThemeTokens } from '../../theme/theme.js';

const TWIPS_PER_INCH = 1440;

// Why: A4 is 210 × 297 mm, which Word stores as 11906 × 16838; inches × 1440 would round it differently.
const PAGE_SIZES: Record<Paper, { width: number; height: number }> = {
  letter: { width: 12240, height: 15840 },
  a4: { width: 11906, height: 16838 },
};

/** A page in twips. */
export interface PageLayout {
  size: { width: number; height: number };
  margin: { top: number; right: number; bottom: number; left: number };
  /** Width between the left and right margins: where a right-aligned tab stop sits. */
  textWidth: number;
}

/** The page of `paper` with the theme's margins, as the PDF lays it out. */
export function pageLayout(paper: Paper, tokens: ThemeTokens): PageLayout {
  const size = PAGE_SIZES[paper];
  const inches = (value: number) => Math.round(value * TWIPS_PER_INCH);
  const { marginTop, marginRight, marginBottom, marginLeft } = tokens.page;
  const margin = { top: inches(marginTop), right: inches(marginRight), bottom: inches(marginBottom), left: inches(marginLeft) };
  return { size, margin, textWidth: size.width - margin.left - margin.right };
}

/** Points to twips (1/20 pt), the unit of spacing, indents and tab stops. */
export function twips(points: number): number {
  return Math.round(points * 20);
}

/** Points to half-points, the unit of font sizes. */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

/** `#1f3f66` → `1F3F66`, the colour form WordprocessingML expects. */
export function hex(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}
