/** Regular-expression source for a list of folded words. */

/** An alternation of `words`, longest first so `currently` wins over `current`; a space matches any run of spaces. */
export function wordPattern(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, String.raw`\s+`))
    .join('|');
}
