/**
 * A theme's tokens shrunk towards the floors its `fit` token declares, for fitting a résumé to a
 * number of pages. One measure, `progress`, runs from 0 (the theme as designed) to 1 (every floor
 * reached), so a search over it finds the largest look that fits.
 */
import type { ThemeTokens } from './theme.js';

/** How far spacing shrinks at the floor: to half of the theme's. */
const MIN_SPACE_SCALE = 0.5;
/** How much tighter body lines may get at the floor (a multiple of the font size), never below 1.15. */
const LINE_HEIGHT_GIVE = 0.15;
const MIN_LINE_HEIGHT = 1.15;

/** The tokens at `progress` (0 to 1) of the way from the theme's look to its floors. */
export function shrinkTokens(tokens: ThemeTokens, progress: number): ThemeTokens {
  if (progress <= 0) return tokens;
  const { size, space, page, fit, lineHeight } = tokens;
  const sizeScale = 1 - progress * (1 - Math.min(1, fit.minBodySize / size.body));
  const spaceScale = 1 - progress * (1 - MIN_SPACE_SCALE);
  const towards = (value: number, floor: number) => value - progress * Math.max(0, value - floor);
  return {
    ...tokens,
    // Why half points: Word sets font sizes in half points only; the PDF uses the same sizes, so
    // both lay out alike. The body never goes below its floor.
    size: {
      name: halfPoint(size.name * sizeScale),
      headline: halfPoint(size.headline * sizeScale),
      section: halfPoint(size.section * sizeScale),
      entryTitle: halfPoint(size.entryTitle * sizeScale),
      body: Math.max(halfPoint(size.body * sizeScale), Math.min(size.body, fit.minBodySize)),
      small: halfPoint(size.small * sizeScale),
    },
    lineHeight: round(towards(lineHeight, Math.max(MIN_LINE_HEIGHT, lineHeight - LINE_HEIGHT_GIVE))),
    // The list indent is structure, not spacing: it stays.
    space: { ...scaleAll(space, spaceScale), listIndent: space.listIndent },
    page: {
      marginTop: round(towards(page.marginTop, fit.minMargin)),
      marginRight: round(towards(page.marginRight, fit.minMargin)),
      marginBottom: round(towards(page.marginBottom, fit.minMargin)),
      marginLeft: round(towards(page.marginLeft, fit.minMargin)),
    },
  };
}

function scaleAll<T extends Record<string, number>>(values: T, scale: number): T {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, round(value * scale)])) as T;
}

function halfPoint(points: number): number {
  return Math.round(points * 2) / 2;
}

/** Three decimals: tidy numbers in the CSS and the DOCX, the same on every machine. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
