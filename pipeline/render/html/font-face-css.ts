/** @font-face rules with the theme's woff2 subsets inlined as data: URLs. */
import type { WebFontFace, WebFontSubset } from '../../theme/theme.js';
import { covers, parseUnicodeRange, type Spans } from '../../theme/unicode-range.js';

// Why caches: a theme's faces live as long as the process, and a batch or the dev server renders
// many documents with them; the fallback families alone have hundreds of subsets.
const spansOfRange = new Map<string, Spans>();
// Keyed by subset alone: a subset object belongs to exactly one face (see load-theme.ts).
const ruleOfSubset = new WeakMap<WebFontSubset, string>();

/**
 * CSS for the body `fonts` and the `fallbackFonts` after them, keeping only the subsets whose
 * unicode-range covers a character of `text`; a fallback subset must cover a character that no
 * body subset claims.
 * Why: the HTML stays small (a Latin résumé carries four subsets, not hundreds of CJK slices,
 * which also claim dashes and quotes) and needs no request, so the PDF page can block every URL
 * that is not `data:`.
 */
export function fontFaceCss(fonts: readonly WebFontFace[], fallbackFonts: readonly WebFontFace[], text: string): string {
  const codePoints = [...new Set([...text].map((char) => char.codePointAt(0)!))];
  const bodyRanges = fonts.flatMap((face) => face.subsets.map((subset) => parseRange(subset.unicodeRange)));
  const uncovered = codePoints.filter((point) => !bodyRanges.some((spans) => covers(spans, point)));
  return [...rules(fonts, codePoints), ...(uncovered.length > 0 ? rules(fallbackFonts, uncovered) : [])].join('\n');
}

function rules(faces: readonly WebFontFace[], codePoints: readonly number[]): string[] {
  const result: string[] = [];
  for (const face of faces) {
    for (const subset of face.subsets) {
      const spans = parseRange(subset.unicodeRange);
      if (!codePoints.some((point) => covers(spans, point))) continue;
      result.push(rule(face, subset));
    }
  }
  return result;
}

function rule(face: WebFontFace, subset: WebFontSubset): string {
  let css = ruleOfSubset.get(subset);
  if (css === undefined) {
    const url = `data:font/woff2;base64,${Buffer.from(subset.data).toString('base64')}`;
    css =
      `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};font-display:block;` +
      `src:url(${url}) format('woff2');unicode-range:${subset.unicodeRange}}`;
    ruleOfSubset.set(subset, css);
  }
  return css;
}

/** The spans of the CSS unicode-range `range`, parsed once. */
function parseRange(range: string): Spans {
  let spans = spansOfRange.get(range);
  if (!spans) {
    spans = parseUnicodeRange(range);
    spansOfRange.set(range, spans);
  }
  return spans;
}
