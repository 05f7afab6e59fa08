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

/**
 * Like `firstDifference(words(actual), words(expected))`, but a word of `actual` may also be two
 * or more words of `expected` that a hyphen joins, without it (`one-to-many` read as
 * `one-tomany`). Why: pdftotext drops the hyphen that ends a line and joins the line to the next,
 * a guess that suits hyphenation, not the hyphen of a compound that the line broke after.
 */
export function firstDifferenceDehyphenated(actual: string, expected: string): string | null {
  const got = words(actual);
  const want = hyphenatedWords(expected);
  let i = 0;
  let j = 0;
  while (i < want.length && j < got.length) {
    let joined = want[i]!.word;
    let k = i;
    while (joined !== got[j] && want[k]!.hyphenAfter && k + 1 < want.length && got[j]!.startsWith(joined)) joined += want[++k]!.word;
    if (joined !== got[j]) break;
    i = k + 1;
    j++;
  }
  if (i === want.length && j === got.length) return null;
  const around = <T>(list: T[], at: number) => list.slice(Math.max(0, at - 3), at + 4);
  return `word ${i}: got ${JSON.stringify(around(got, j))}, expected ${JSON.stringify(around(want, i).map((w) => w.word))}`;
}

/** The words of `text` as `words` splits them, each marked when a hyphen (no space) joins it to the next. */
function hyphenatedWords(text: string): Array<{ word: string; hyphenAfter: boolean }> {
  return text.split(/\s+/u).flatMap((chunk) => {
    const pieces = chunk.split(/([\-–—]+)/u);
    const result: Array<{ word: string; hyphenAfter: boolean }> = [];
    for (let index = 0; index < pieces.length; index += 2) {
      const [word] = words(pieces[index]!);
      if (word !== undefined) result.push({ word, hyphenAfter: /^[-‐]$/u.test(pieces[index + 1] ?? '') });
    }
    return result;
  });
}
