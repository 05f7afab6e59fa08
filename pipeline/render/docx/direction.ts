/** Which runs of a DOCX are set right to left (`w:rtl`). */

// Letters of the scripts written right to left: Arabic (with Persian and Urdu), Hebrew, Syriac, Thaana, N'Ko and the rest.
const RIGHT_TO_LEFT_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
const LETTER = /\p{L}/u;

/**
 * Whether a run of `text` in a paragraph that runs right to left (`paragraphRightToLeft`) or not is
 * right to left: when it holds a letter of a right-to-left script, or no letter at all in a
 * right-to-left paragraph (a separator, a date). Why by the text, not the document's language: an
 * e-mail, a URL or a product name in an Arabic résumé is a left-to-right run, set in the Latin font
 * and never reordered; and a separator between two of them, as a right-to-left run, keeps them
 * apart (Word orders the neutral characters of a `w:rtl` run right to left, ECMA-376 §17.3.2.30).
 */
export function isRightToLeftRun(text: string, paragraphRightToLeft: boolean): boolean {
  return RIGHT_TO_LEFT_LETTER.test(text) || (paragraphRightToLeft && !LETTER.test(text));
}

/** Invisible strong characters: the right-to-left mark and the left-to-right mark. */
const RIGHT_TO_LEFT_MARK = '\u200f';
const LEFT_TO_RIGHT_MARK = '\u200e';

/**
 * `separator` (` · `) set for a right-to-left paragraph, before an item whose text is `next`: a
 * right-to-left mark on each side of its mark, and a left-to-right mark at its end when `next` starts
 * with a number. Why: between two left-to-right items (an e-mail, a phone number) the separator is
 * neutral, and LibreOffice lays the three out as one left-to-right run, the items in reverse order;
 * the right-to-left marks keep the items apart, in the order written. A phone number after them would
 * then read its digit groups right to left (Unicode's bidi rule W7); the left-to-right mark keeps them
 * in order. Why inside the spaces: a parser that splits at spaces reads every item but such a number
 * whole, and a number with an invisible mark before it.
 */
export function anchoredSeparator(separator: string, next: string): string {
  const marked = separator.replace(/[^\s\u00a0]+/u, (mark) => `${RIGHT_TO_LEFT_MARK}${mark}${RIGHT_TO_LEFT_MARK}`);
  return /^[\s\u00a0]*[+(\d]/u.test(next) ? `${marked}${LEFT_TO_RIGHT_MARK}` : marked;
}

/**
 * A left-to-right run of a right-to-left paragraph, with a left-to-right mark after it when it ends in
 * neutral characters (`C++`, `Node.js,`). Why: those characters would otherwise take the paragraph's
 * direction at its end and show before the word (`++C`).
 */
export function keptLeftToRight(text: string): string {
  return /\p{L}[^\p{L}\p{N}\s]+$/u.test(text) ? `${text}${LEFT_TO_RIGHT_MARK}` : text;
}
