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
