/** The words of a text as a parser compares them with the résumé's: quote styles, ligatures and case aside. */

// Why dashes too: a date range is `May 2017-Dec 2019` in one format and `May 2017 – Dec 2019` in another,
// and a PDF breaks a line after the hyphen of `one-to-many`.
const BETWEEN_WORDS = /[\s\u2010-\u2015\u2212-]+/u;
const AROUND_WORD = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
// Characters no reader sees as a word: soft hyphens, zero-width spaces, joiners and direction marks, the byte-order mark,
// and what makes a character an emoji (variation selectors, the keycap, tags), whose glyphs are no words.
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff\ufe00-\ufe0f\u20e3\u{e0020}-\u{e007f}\u{e0100}-\u{e01ef}]/gu;

/** The words of `text`, as written: split on white space and dashes, punctuation and symbols around them left off. */
export function readingWords(text: string): string[] {
  return text
    .replace(INVISIBLE, '')
    .split(BETWEEN_WORDS)
    .map((word) => word.replace(AROUND_WORD, ''))
    .filter((word) => word !== '');
}

/**
 * The form two words are compared in: compatibility forms folded (`ﬁ` is `fi`), one apostrophe and one
 * double quote, and upper case (a theme may set a title in capitals; `ß` capitalises as `SS`).
 * Why not `ʼ` (U+02BC) as an apostrophe: a recruiter who searches for `Oracle’s` does not find `Oracleʼs`.
 */
export function wordKey(word: string): string {
  return word.normalize('NFKC').replace(/[‘’‚‛′`]/gu, "'").replace(/[“”„‟″]/gu, '"').toUpperCase();
}
