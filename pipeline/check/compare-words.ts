/**
 * Compares the words read back from a built file with the résumé's, in order: which are missing, and which
 * are read elsewhere than where the résumé has them (a date read after an entry's bullets).
 */
import { wordKey } from './reading-words.js';

/** A word of the résumé that the read-back holds at another place. */
export interface MovedWord {
  /** Its index in the résumé's words. */
  expected: number;
  /** Its index in the words read back. */
  actual: number;
}

/** How the words read back differ from the résumé's; both lists empty when every word is there, in order. */
export interface WordComparison {
  /** Indices of the résumé's words that the read-back lacks, in order. */
  missing: number[];
  /** The résumé's words that the read-back holds out of order, in the résumé's order. */
  moved: MovedWord[];
}

// Why a bound: the table of the longest common subsequence takes (n + 1) × (m + 1) cells; past this
// (two texts of ~3,000 words that share almost nothing) every word in between counts as unmatched.
const MAX_CELLS = 10_000_000;

/**
 * Compare `actual` (the words read back) with `expected` (the résumé's, in its reading order). Words are
 * matched as `wordKey` folds them, in the longest common order; a word that a line break split
 * (`github.com/jane-` and `doe`) or that two words were joined into counts as read. Words read back
 * that the résumé does not have (a page number) are no problem.
 */
export function compareWords(expected: readonly string[], actual: readonly string[]): WordComparison {
  const e = expected.map(wordKey);
  const a = actual.map(wordKey);
  const unmatchedExpected: number[] = [];
  const unmatchedActual: number[] = [];
  let previous: [number, number] = [-1, -1];
  for (const pair of [...commonOrder(e, a), [e.length, a.length] as [number, number]]) {
    const rest = forgiveBreaks(e, range(previous[0] + 1, pair[0]), a, range(previous[1] + 1, pair[1]));
    unmatchedExpected.push(...rest.expected);
    unmatchedActual.push(...rest.actual);
    previous = pair;
  }
  // A word read back elsewhere is out of order; one read nowhere is missing.
  const elsewhere = new Map<string, number[]>();
  for (const index of unmatchedActual) elsewhere.set(a[index]!, [...(elsewhere.get(a[index]!) ?? []), index]);
  const comparison: WordComparison = { missing: [], moved: [] };
  for (const index of unmatchedExpected) {
    const actualIndex = elsewhere.get(e[index]!)?.shift();
    if (actualIndex === undefined) comparison.missing.push(index);
    else comparison.moved.push({ expected: index, actual: actualIndex });
  }
  return comparison;
}

/** The pairs of indices of a longest common subsequence of `e` and `a`, in order. */
function commonOrder(e: readonly string[], a: readonly string[]): Array<[number, number]> {
  // The same words at both ends (most of a résumé, usually) are matched without the table.
  let start = 0;
  while (start < e.length && start < a.length && e[start] === a[start]) start += 1;
  let endE = e.length;
  let endA = a.length;
  while (endE > start && endA > start && e[endE - 1] === a[endA - 1]) {
    endE -= 1;
    endA -= 1;
  }
  const pairs: Array<[number, number]> = range(0, start).map((index) => [index, index]);
  const n = endE - start;
  const m = endA - start;
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= MAX_CELLS) {
    // lengths[i * (m + 1) + j]: the longest common subsequence of e[start + i…] and a[start + j…].
    const width = m + 1;
    const lengths = new Uint16Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i -= 1) {
      for (let j = m - 1; j >= 0; j -= 1) {
        lengths[i * width + j] = e[start + i] === a[start + j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (e[start + i] === a[start + j]) {
        pairs.push([start + i, start + j]);
        i += 1;
        j += 1;
      } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i += 1;
      else j += 1;
    }
  }
  for (let offset = 0; offset < e.length - endE; offset += 1) pairs.push([endE + offset, endA + offset]);
  return pairs;
}

/**
 * Of the words between two matched ones, those left once words broken differently are paired: one
 * expected word read as pieces (`github.com/jane-` `doe`), or pieces read as one. An extra word read back
 * before a match is left over, as is an expected word that no run of read words spells.
 */
function forgiveBreaks(e: readonly string[], expected: number[], a: readonly string[], actual: number[]): { expected: number[]; actual: number[] } {
  const left = { expected: [] as number[], actual: [] as number[] };
  let x = 0;
  let y = 0;
  while (x < expected.length) {
    let matched: { x: number; y: number; from: number } | null = null;
    for (let from = y; from < actual.length && !matched; from += 1) {
      const end = spelledAlike(e, expected, x, a, actual, from);
      if (end) matched = { ...end, from };
    }
    if (!matched) {
      left.expected.push(expected[x]!);
      x += 1;
      continue;
    }
    left.actual.push(...actual.slice(y, matched.from));
    x = matched.x;
    y = matched.y;
  }
  left.actual.push(...actual.slice(y));
  return left;
}

/**
 * Whether words of `e` from position `x` and of `a` from position `y` spell the same letters, joined;
 * the positions just after both runs when they do, else null.
 */
function spelledAlike(e: readonly string[], expected: number[], x: number, a: readonly string[], actual: number[], y: number): { x: number; y: number } | null {
  let left = e[expected[x]!]!;
  let right = a[actual[y]!]!;
  let i = x + 1;
  let j = y + 1;
  while (left !== right) {
    if (left.startsWith(right) && j < actual.length) right += a[actual[j++]!]!;
    else if (right.startsWith(left) && i < expected.length) left += e[expected[i++]!]!;
    else return null;
  }
  return { x: i, y: j };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);
}
