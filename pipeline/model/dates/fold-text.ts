/** Folds text for matching date words without moving any offset. */

/**
 * Lower-case `text`, drop accents and make fullwidth digits and curly apostrophes plain, one UTF-16 unit for
 * one unit. Why: dates are matched in the folded text and cut from the original at the same offsets.
 */
export function foldText(text: string): string {
  let folded = '';
  for (const char of text) folded += foldCharacter(char);
  return folded;
}

function foldCharacter(char: string): string {
  if (char.length !== 1) return char;
  const code = char.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  if (char === '’') return "'";
  const lower = char.toLowerCase();
  if (lower.length !== 1) return char;
  // Why: only a letter plus combining marks loses its marks; Hangul syllables also decompose, into jamo.
  const decomposed = lower.normalize('NFD');
  return decomposed.length > 1 && /^\p{M}+$/u.test(decomposed.slice(1)) ? decomposed[0]! : lower;
}
