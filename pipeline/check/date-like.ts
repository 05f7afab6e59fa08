/** Tells whether a piece of an entry header reads as a date: the words of dates and a number, nothing else. */
import { FROM_WORDS, monthOfSeason, monthOfWord, PRESENT_WORDS, SINCE_WORDS, TO_WORDS, YEAR_PART_WORDS } from '../model/dates/date-words.js';
import { foldText } from '../model/dates/fold-text.js';

// Words a date is written with, one by one (`to date` gives `to` and `date`).
const DATE_WORDS = new Set([...PRESENT_WORDS, ...SINCE_WORDS, ...FROM_WORDS, ...TO_WORDS, ...YEAR_PART_WORDS].flatMap((phrase) => phrase.split(/\s+/u)));
// A year, or a mistyped one with more digits (`20201`), standing apart from letters and digits.
const YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d{2,}(?![\p{L}\p{N}])/u;
// A year cut to two digits after an apostrophe (`Summer '19`).
const SHORT_YEAR = /(?:^|\s)'\d{2}(?!\p{N})/u;
// Numbers joined by a slash, dot or dash (`13/2019`, `2019.13`).
const NUMERIC = /(?<![\p{L}\p{N}])\d{1,4}[/.-]\d{1,4}(?![\p{L}\p{N}])/u;

/**
 * Whether `text` reads as a date: every word in it is a month, a season or a word ranges are written
 * with (`since`, `to`, `present`), and it holds a year, a short year, numbers such as `13/2019`, or a
 * month with a number (`Jun 20201`). `Expo 2020` and `(2 years)` do not.
 */
export function looksLikeDate(text: string): boolean {
  const folded = foldText(text);
  if (!/\p{N}/u.test(folded)) return false;
  const words = folded.match(/\p{L}+/gu) ?? [];
  const monthWords = words.filter((word) => monthOfWord(word) !== null || monthOfSeason(word) !== null);
  if (!words.every((word) => monthWords.includes(word) || DATE_WORDS.has(word))) return false;
  return monthWords.length > 0 || YEAR.test(folded) || SHORT_YEAR.test(folded) || NUMERIC.test(folded);
}
