/** Reads one date at an offset of folded text: a month, a season, a semester, a year or a present word. */
import {
  MONTH_NUMBER_WORDS,
  monthOfSeason,
  monthOfWord,
  PRESENT_WORDS,
  SHORT_MONTH_NUMBER_WORDS,
  SUMMER_SEMESTER_WORDS,
  WINTER_SEMESTER_WORDS,
  YEAR_NUMBER_WORDS,
  YEAR_PART_WORDS,
} from './date-words.js';
import { LETTER, wordPattern } from './word-pattern.js';

/** A month of a year. A null month is year precision; a null year comes from the range's other end (`Jan – Mar 2021`). */
export interface Moment {
  year: number | null;
  month: number | null;
}

/** A present word, or what a date means as the start of a range and as its end (they differ only for a semester). */
export type PointMeaning = 'present' | { asStart: Moment; asEnd: Moment };

/** One date read from folded text, with the offset just after its text. */
export interface PointReading {
  end: number;
  meaning: PointMeaning;
}

/** A way of writing one date: its pattern (sticky, on folded text) and what a match means, null when it means nothing. */
interface DateShape {
  pattern: RegExp;
  read(match: RegExpExecArray): PointMeaning | null;
}

// Why 1950–2099: a wider range turns phone numbers, amounts and counts into years.
const YEAR = String.raw`(19[5-9]\d|20\d\d)(?!\d)`;
const WORD = `${LETTER}+`;
const MONTH_WORD = wordPattern(MONTH_NUMBER_WORDS);
const SHORT_MONTH_WORD = wordPattern(SHORT_MONTH_NUMBER_WORDS);
const YEAR_WORD = wordPattern(YEAR_NUMBER_WORDS);

const SHAPES: DateShape[] = [
  // `2014`
  shape(YEAR, (match) => oneMoment(Number(match[1]), null)),
  // `2019年5月`, `2024 年 1 月`, `2021년 7월`, `2019年` (a day is dropped)
  shape(String.raw`${YEAR}\s*[年년](?:\s*(\d{1,2})\s*[月월](?:\s*\d{1,2}\s*[日일])?)?`, (match) =>
    match[2] === undefined ? oneMoment(Number(match[1]), null) : monthOf(match[1], match[2]),
  ),
  // `2019-04`, `2019-04-01`
  shape(String.raw`${YEAR}-(\d{2})(?:-(\d{2}))?(?!\d)`, (match) => (isDayOrNone(match[3]) ? monthOf(match[1], match[2]) : null)),
  // `2019/04`, `2021.07`, `2019.4`, `2019.04.01`
  shape(String.raw`${YEAR}([./])(\d{1,2})(?:\2(\d{1,2}))?(?!\d)`, (match) => (isDayOrNone(match[4]) ? monthOf(match[1], match[3]) : null)),
  // `2021. 07.` (Korean)
  shape(String.raw`${YEAR}\.\s(\d{1,2})\.`, (match) => monthOf(match[1], match[2])),
  // `03/2018`, `3.2018`, `01/02/2023`, `01.02.2023`
  shape(String.raw`(\d{1,2})([./-])(?:(\d{1,2})\2)?${YEAR}`, (match) =>
    match[3] === undefined ? monthOf(match[4], match[1]) : dayMonthOf(match[4], match[1], match[3]),
  ),
  // `May 2017`, `Jan. 2020`, `Jan/2020`, `[May] 2014`, `1. Mai 2020`, `March 15, 2020`, `enero de 2020`,
  // `Jun '19`, `Summer 2019`; alone (`Jan`, `Avril`) the year comes from the other end of the range.
  shape(
    String.raw`(?:\d{1,2}\.?\s+)?(?:\[(${WORD})\]|(${WORD}))\.?(?:(?:[/.-]|,?\s*|\s+del?\s+)(?:\d{1,2},?\s+)?(?:${YEAR}|'(\d{2})(?!\d)))?`,
    (match) => {
      const word = match[1] ?? match[2]!;
      const month = monthOfWord(word) ?? monthOfSeason(word);
      if (month === null) return null;
      if (match[3] !== undefined) return oneMoment(Number(match[3]), month);
      return oneMoment(match[4] === undefined ? null : twoDigitYear(Number(match[4])), month);
    },
  ),
  // `tháng 8/2023`, `Tháng 8 năm 2023`, `T8/2023`
  shape(
    String.raw`(?:(?:${MONTH_WORD})\s*(\d{1,2})(?:\s*[/.-]\s*|,?\s+(?:(?:${YEAR_WORD})\s+)?)|(?:${SHORT_MONTH_WORD})(\d{1,2})[/.-])${YEAR}`,
    (match) => monthOf(match[3], match[1] ?? match[2]),
  ),
  // `early 2022`, `Awal 2022`, `mid-2019`
  shape(String.raw`(?:${wordPattern(YEAR_PART_WORDS)})[\s-]+${YEAR}`, (match) => oneMoment(Number(match[1]), null)),
  // `SS 2022` (April to September), `WS 2021/22` (October to March)
  shape(
    String.raw`(?:(${wordPattern(SUMMER_SEMESTER_WORDS)})|(${wordPattern(WINTER_SEMESTER_WORDS)}))\s*${YEAR}(?:\/(?:\d{4}|\d{2})(?!\d))?`,
    (match) => {
      const year = Number(match[3]);
      return match[1] !== undefined
        ? { asStart: { year, month: 4 }, asEnd: { year, month: 9 } }
        : { asStart: { year, month: 10 }, asEnd: { year: year + 1, month: 3 } };
    },
  ),
  // `present`, `heute`, `aujourd'hui`, `настоящее время`, `至今`, `현재`
  shape(String.raw`(?:${wordPattern(PRESENT_WORDS)})(?!${LETTER})`, () => 'present'),
];

/** The longest date written at offset `start` of folded `text`, or null. */
export function readDatePoint(text: string, start: number): PointReading | null {
  let best: PointReading | null = null;
  for (const { pattern, read } of SHAPES) {
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    const meaning = match && read(match);
    const end = start + (match?.[0].length ?? 0);
    if (meaning && end > (best?.end ?? start)) best = { end, meaning };
  }
  return best;
}

function shape(source: string, read: DateShape['read']): DateShape {
  return { pattern: new RegExp(source, 'uy'), read };
}

function oneMoment(year: number | null, month: number | null): PointMeaning {
  const moment = { year, month };
  return { asStart: moment, asEnd: moment };
}

function monthOf(year: string | undefined, month: string | undefined): PointMeaning | null {
  const number = Number(month);
  return number >= 1 && number <= 12 ? oneMoment(Number(year), number) : null;
}

/**
 * The month of `a/b/year` with a day in it. Why: a number above 12 is the day; otherwise the European
 * day-first order (`01/02/2023` is 1 February), the common one in résumés outside the US.
 */
function dayMonthOf(year: string | undefined, a: string | undefined, b: string | undefined): PointMeaning | null {
  const [day, month] = Number(b) > 12 ? [b, a] : [a, b];
  return isDayOrNone(day) ? monthOf(year, month) : null;
}

/** True when `day` is absent or a day of a month; days only vouch for the shape and are then dropped. */
function isDayOrNone(day: string | undefined): boolean {
  return day === undefined || (Number(day) >= 1 && Number(day) <= 31);
}

/** `'19` → 2019, `'98` → 1998. */
function twoDigitYear(digits: number): number {
  return digits < 50 ? 2000 + digits : 1900 + digits;
}
