/** Regular-expression source for a list of folded words, and for the letters that words are made of. */

/** A letter of the alphabetic scripts that dates are written in (`Sep`, `сентябрь`, `مارس`, `מרץ`); a character class. */
export const LETTER = String.raw`[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}]`;

/** An alternation of `words`, longest first so `currently` wins over `current`; a space matches any run of spaces. */
export function wordPattern(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, String.raw`\s+`))
    .join('|');
}
