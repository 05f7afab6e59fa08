/** @font-face rules with the theme's woff2 subsets inlined as data: URLs. */
import type { FontFace } from '../../theme/theme.js';

/**
 * CSS for `fonts`, keeping only the subsets whose unicode-range covers a character of `text`.
 * Why: the HTML stays small (a Latin résumé carries four subsets, not twenty-four) and needs
 * no request, so the PDF page can block every URL that is not `data:`.
 */
export function fontFaceCss(fonts: FontFace[], text: string): string {
  const codePoints = new Set([...text].map((char) => char.codePointAt(0)!));
  const rules: string[] = [];
  for (const face of fonts) {
    for (const subset of face.subsets) {
      if (!covers(subset.unicodeRange, codePoints)) continue;
      const url = `data:font/woff2;base64,${Buffer.from(subset.data).toString('base64')}`;
      rules.push(
        `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};font-display:block;` +
          `src:url(${url}) format('woff2');unicode-range:${subset.unicodeRange}}`,
      );
    }
  }
  return rules.join('\n');
}

/** True when the CSS unicode-range `range` (`U+0000-00FF,U+0131`) holds one of `codePoints`. */
function covers(range: string, codePoints: Set<number>): boolean {
  const spans = range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
  });
  for (const point of codePoints) {
    if (spans.some(([from, to]) => point >= from && point <= to)) return true;
  }
  return false;
}
