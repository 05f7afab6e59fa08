/**
 * Recognises date ranges and single dates in seventeen languages and normalises them (`2019-12`, `2014`,
 * `present`). The shapes and words live in `dates/`; this module decides where a date stands on its own.
 */
import { foldText } from './dates/fold-text.js';
import { readDateRange, type EndReading, type RangeReading } from './dates/read-date-range.js';
import { LETTER } from './dates/word-pattern.js';
import type { DatePoint, DateRange } from './types.js';

/** A date range found inside a longer text: the range and the offsets of its text. */
export interface FoundDateRange {
  range: DateRange;
  /** Offset in the searched text where the range's text starts. */
  start: number;
  /** Offset just after the range's text. */
  end: number;
}

// Why: a date is a word of its own; a letter, digit, currency sign or `+` next to it makes it part of a name,
// a version, an amount, a phone number or a path (`v2019`, `$2019`, `+49 30 2019 1234`, `555-2019`,
// `ISO 9001:2015`, `…/2019/05`).
const NOT_ALONE_BEFORE = new RegExp(String.raw`(?:${LETTER}|[\d$€£¥+#/_@]|\d[\s.,:/-])$`, 'u');
const NOT_ALONE_AFTER = new RegExp(String.raw`^(?:${LETTER}|[\d%$€£¥_@]|[.,](?:${LETTER}|\d))`, 'u');
const WORD_CHARACTER = new RegExp(String.raw`${LETTER}|\d`, 'u');
// Why: a single date followed by more digits is a number sequence (`(555) 2019-1234`, `2019 1234`).
const SINGLE_NOT_ALONE_AFTER = /^[\s.\-/]?\d/;
// What may surround a whole date: spaces, emoji, brackets and a final full stop (`📅 (2019 – 2021).`).
const LEADING_DECORATION = /^[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}([（【]*/u;
const TRAILING_DECORATION = /^[\s)\]）】]*[.。]?\s*$/u;
const OPENERS = /[([（【]/gu;
const CLOSERS = /[)\]）】]/gu;

/**
 * The date range inside `text` (`Berlin | Sep 2019 – Aug 2022`, `Role, Org, 2011–present`), or null. A range
 * (two ends, an open start or an open end) wins over a single date; between equals, the first one.
 * Surrounding brackets, a final full stop, an emoji or a label (`Período:`) are not part of it.
 */
export function findDateRange(text: string): FoundDateRange | null {
  const folded = foldText(text);
  let single: FoundDateRange | null = null;
  for (let at = 0; at < folded.length; at += 1) {
    if (at > 0 && WORD_CHARACTER.test(folded[at - 1]!)) continue;
    const reading = readDateRange(folded, at);
    if (!reading || !standsAlone(folded, reading)) continue;
    if (reading.isRange) return { range: toDateRange(text, reading), start: reading.from, end: reading.to };
    single ??= { range: toDateRange(text, reading), start: reading.from, end: reading.to };
    // Why: what follows inside a single date is part of it (`WS 2021/22` holds `2021/22`).
    at = reading.to - 1;
  }
  return single;
}

/**
 * Parse `text` as a date range or a single date (`May 2017-Dec 2019`, `Since 2020`, `[May] 2014.`); null when
 * it is anything more. The range may be wrapped in brackets and follow an emoji.
 */
export function parseDateRange(text: string): DateRange | null {
  const folded = foldText(text);
  const decorated = leadingDecorationLength(text);
  // Why up to and including the decoration's end: `[May] 2014` starts with a bracket that belongs to the date.
  for (let at = 0; at <= decorated; at += 1) {
    const reading = readDateRange(folded, at);
    if (reading && isOnlyDecorationAround(text, reading)) return toDateRange(text, reading);
  }
  return null;
}

function standsAlone(folded: string, reading: RangeReading): boolean {
  const before = folded.slice(Math.max(0, reading.from - 2), reading.from);
  const after = folded.slice(reading.to, reading.to + 2);
  if (NOT_ALONE_BEFORE.test(before) || NOT_ALONE_AFTER.test(after)) return false;
  return reading.isRange || !SINGLE_NOT_ALONE_AFTER.test(after);
}

function isOnlyDecorationAround(text: string, reading: RangeReading): boolean {
  const before = text.slice(0, reading.from);
  const after = text.slice(reading.to);
  return (
    leadingDecorationLength(before) === before.length &&
    TRAILING_DECORATION.test(after) &&
    (before.match(OPENERS)?.length ?? 0) === (after.match(CLOSERS)?.length ?? 0)
  );
}

function leadingDecorationLength(text: string): number {
  return LEADING_DECORATION.exec(text)?.[0].length ?? 0;
}

function toDateRange(text: string, reading: RangeReading): DateRange {
  return {
    text: text.slice(reading.from, reading.to),
    start: toDatePoint(text, reading.start),
    end: toDatePoint(text, reading.end),
  };
}

/** The point as written; an end that is not written (`Since 2020`) has empty text. */
function toDatePoint(text: string, end: EndReading): DatePoint {
  return { text: text.slice(end.from, end.to), value: end.value };
}
