/** Recognises date ranges in every spelling DESIGN.md lists and normalises them. */
import type { DatePoint, DateRange } from './types.js';

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const NOW_WORDS = new Set(['present', 'current', 'now', 'today']);

// One date: `May 2017`, `Sept. 2017`, `September 2017`, `03/2018`, `2019-04`, `2014`, or a now-word.
const DATE =
  String.raw`(?:[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}/\d{4}|\d{4}-(?:0[1-9]|1[0-2])(?!\d)|\d{4}|present|current|now|today)`;
const RANGE = new RegExp(String.raw`^(${DATE})(?:\s*(?:[-–—]|to|until)\s*(${DATE}))?$`, 'i');
const RANGE_INSIDE = new RegExp(String.raw`(?<![\p{L}\d])(?:${DATE})(?:\s*(?:[-–—]|to|until)\s*(?:${DATE}))?(?![\p{L}\d])`, 'giu');

/** A date range found inside a longer text: the range and the offsets of its text. */
export interface FoundDateRange {
  range: DateRange;
  /** Offset in the searched text where the range's text starts. */
  start: number;
  /** Offset just after the range's text. */
  end: number;
}

/** The first date range inside `text` (`Berlin | Sep 2019 – Aug 2022`), or null. */
export function findDateRange(text: string): FoundDateRange | null {
  for (const match of text.matchAll(RANGE_INSIDE)) {
    const range = parseDateRange(match[0]);
    if (range) return { range, start: match.index!, end: match.index! + match[0].length };
  }
  return null;
}

/** Parse `text` as a date range; null when it is not one. */
export function parseDateRange(text: string): DateRange | null {
  const trimmed = text.trim();
  const match = RANGE.exec(trimmed);
  if (!match) return null;
  const start = parseDate(match[1]!);
  if (!start) return null;
  if (match[2] === undefined) return { text: trimmed, start, end: start };
  const end = parseDate(match[2]);
  if (!end) return null;
  return { text: trimmed, start, end };
}

function parseDate(text: string): DatePoint | null {
  const lower = text.toLowerCase();
  if (NOW_WORDS.has(lower)) return { text, value: 'present' };
  let m = /^([a-z]+)\.?\s+(\d{4})$/.exec(lower);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? { text, value: `${m[2]}-${month}` } : null;
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(lower);
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? { text, value: `${m[2]}-${String(month).padStart(2, '0')}` } : null;
  }
  if (/^\d{4}(-\d{2})?$/.test(lower)) return { text, value: lower };
  return null;
}

/** `may` → `05`; a month is any prefix of its English name of three letters or more (`Sept`). */
function monthNumber(word: string): string | null {
  const index = word.length >= 3 ? MONTHS.findIndex((month) => month.startsWith(word)) : -1;
  return index < 0 ? null : String(index + 1).padStart(2, '0');
}
