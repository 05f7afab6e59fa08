/** Word-level comparison helpers for fidelity tests: every word of a source, in order. */

/**
 * Words of `text` for comparison: quote and dash styles, bullets and separators aside.
 * Why: the pipeline makes quotes curly and ranges en-dashed, and outputs draw bullets themselves.
 */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .split(/[\s\-–—]+/u)
    .map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((word) => word !== '');
}

/**
 * `text` with all white space removed and quote styles, ligatures and compatibility forms folded,
 * for finding a word however a format broke its lines (a URL wrapped in a PDF).
 */
export function compact(text: string): string {
  return text.normalize('NFKC').replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').replace(/\s+/g, '');
}

/** The first index where `actual` and `expected` differ, with context, or null when equal. */
export function firstDifference(actual: string[], expected: string[]): string | null {
  const length = Math.max(actual.length, expected.length);
  for (let i = 0; i < length; i++) {
    if (actual[i] !== expected[i]) {
      return `word ${i}: got ${JSON.stringify(actual.slice(Math.max(0, i - 3), i + 4))}, expected ${JSON.stringify(expected.slice(Math.max(0, i - 3), i + 4))}`;
    }
  }
  return null;
}
