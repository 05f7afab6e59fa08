/** The attributes of `<html>` that set a résumé in its language: `lang`, `dir` and whether it hyphenates. */
import type { Properties } from 'hast';
import { hyphenates, isRightToLeft } from '../../model/language.js';

/**
 * `lang`; `dir="rtl"` for a right-to-left language, which mirrors the page (base.css uses logical
 * properties only); the class `hyphenate` where the language's words break at line ends (base.css
 * `hyphens: auto`, in the browsers that have the language's dictionary: see README, Languages).
 */
export function languageAttributes(lang: string): Properties {
  return {
    lang,
    ...(isRightToLeft(lang) ? { dir: 'rtl' } : {}),
    ...(hyphenates(lang) ? { className: ['hyphenate'] } : {}),
  };
}
