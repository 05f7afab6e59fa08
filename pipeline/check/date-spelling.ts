/** The spelling of a written date (`Dec 2019` is `Mon YYYY`), to tell dates written the same way from others. */
import { monthOfWord } from '../model/dates/date-words.js';
import { foldText } from '../model/dates/fold-text.js';
import type { DatePoint } from '../model/types.js';

/** A month name that is both short and whole (`May`, `Mai`, `June`): agrees with any spelling of months. */
const EITHER = '~';
/** Two digits not padded with a zero (`12`, `19`): agrees with a padded number and an unpadded one. */
const EITHER_DIGITS = '#';
const MONTHS = new Set(['Mon', 'Mon.', 'Month', EITHER]);
const NUMBERS = new Set(['M', 'MM', EITHER_DIGITS]);

/**
 * The tokens of how `point` is spelt, or null when it says nothing about spelling: a year alone, a
 * present word, a season, a month without its year (`2014` sits well beside `Dec 2019`). Month names are
 * `Mon` when abbreviated (`Mon.` with a dot), `Month` when whole; numbers by their digits (`MM/YYYY`);
 * brackets around a date are not its spelling.
 */
export function dateSpelling(point: DatePoint): string[] | null {
  if (point.value === 'present' || !point.value.includes('-')) return null;
  const tokens: string[] = [];
  for (const [token] of foldText(point.text).matchAll(/\p{L}+\.?|\p{N}+|\s+|./gu)) {
    if (/^\p{L}/u.test(token)) {
      // A season or a semester (`Summer 2015`, `WS 2021`) names no month in a spelling of its own.
      const month = monthToken(token);
      if (month === null) return null;
      tokens.push(month);
    } else if (/^\p{N}/u.test(token)) tokens.push(numberToken(token));
    else if (/^\s+$/u.test(token)) tokens.push(' ');
    else if (!/[[\]()]/u.test(token)) tokens.push(token);
  }
  return tokens.includes('YYYY') ? tokens : null;
}

/** Whether two spellings agree, a token that could be either (`May`, `12`) agreeing with both. */
export function sameSpelling(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((token, index) => token === b[index] || agree(token, b[index]!, MONTHS, EITHER) || agree(token, b[index]!, NUMBERS, EITHER_DIGITS));
}

/** Whether the spelling leaves something open (`May 2017` says nothing about abbreviating months). */
export function isUndecided(spelling: readonly string[]): boolean {
  return spelling.includes(EITHER) || spelling.includes(EITHER_DIGITS);
}

function agree(a: string, b: string, kind: ReadonlySet<string>, either: string): boolean {
  return kind.has(a) && kind.has(b) && (a === either || b === either);
}

/** `YYYY` for a year, `MM` for a number padded with a zero, `M` for one digit, `#` for two that need none. */
function numberToken(digits: string): string {
  if (digits.length === 4) return 'YYYY';
  if (digits.length === 1) return 'M';
  return digits.startsWith('0') ? 'MM' : EITHER_DIGITS;
}

/** `Mon`, `Mon.`, `Month` or `~` for a month name with its dot, null for another word. */
function monthToken(token: string): string | null {
  const word = token.replace(/\.$/u, '');
  const dot = token.endsWith('.');
  const month = monthOfWord(word);
  if (month === null) return null;
  // Why: May has no short form, and four letters are `Sept` as often as `June`; a dot says which.
  if (dot) return 'Mon.';
  if ((month === 5 && word.length <= 4) || word.length === 4) return EITHER;
  return word.length <= 3 ? 'Mon' : 'Month';
}
