/** Reads a date range at an offset of folded text: `May 2017-Dec 2019`, `Since 2020`, `Jan – Mar 2021`, `2020 –`. */
import { FROM_WORDS, SINCE_WORDS, TO_WORDS } from './date-words.js';
import { readDatePoint, type Moment } from './read-date-point.js';
import { LETTER, wordPattern } from './word-pattern.js';

/** One end of a range: the offsets of its text (equal for an end that is not written) and its value. */
export interface EndReading {
  from: number;
  to: number;
  /** `YYYY`, `YYYY-MM` or `present`. */
  value: string;
}

/** A date range read from folded text. */
export interface RangeReading {
  from: number;
  /** Offset just after the range's text. */
  to: number;
  start: EndReading;
  end: EndReading;
  /** False for a single date (`May 2014`), which is its own start and end. */
  isRange: boolean;
}

/** A moment with its year known. */
interface Dated {
  year: number;
  month: number | null;
}

/** Where a date's text stands, and what it means. */
interface Span<M> {
  from: number;
  to: number;
  moment: M;
}

/** A date read after a connector, with the offset just after its text. */
interface SecondReading {
  end: number;
  moment: Dated | 'present';
}

const HAS_LETTER = new RegExp(LETTER, 'u');
const SPELLED_TO_WORDS = TO_WORDS.filter((word) => HAS_LETTER.test(word));
const OTHER_TO_WORDS = TO_WORDS.filter((word) => !HAS_LETTER.test(word));

const CONNECTORS: Array<{ kind: 'dash' | 'word' | 'slash' | 'space'; pattern: RegExp }> = [
  { kind: 'dash', pattern: /\s*[-–—~〜～‐‑‒―−]{1,2}\s*/uy },
  {
    kind: 'word',
    pattern: new RegExp(String.raw`\s+(?:${wordPattern(SPELLED_TO_WORDS)})\s+|\s*(?:${wordPattern(OTHER_TO_WORDS)})\s*`, 'uy'),
  },
  // Why only between years: `2019/2020` is a span, while `2019/04` is a month.
  { kind: 'slash', pattern: /\//y },
  // Why only before a present phrase (`2019 to date`, `juni 2022 en verder`): a lone word after a bare space is
  // often prose (`in 2019 now`).
  { kind: 'space', pattern: /\s+/y },
];
// A prefix word then spaces, or none after an elided article (`dall'aprile 2019`).
const SINCE = new RegExp(String.raw`(?:${wordPattern(SINCE_WORDS)})(?:(?<=')\s*|\s+)`, 'uy');
const FROM = new RegExp(String.raw`(?:${wordPattern(FROM_WORDS)})(?:(?<=')\s*|\s+)`, 'uy');
const SHORT_YEAR = /\d{2}(?!\d)/y;
// Why: a dash with nothing after it (`2020 –`, `(2020 – )`) leaves the range open.
const NOTHING_AFTER = /^[\s)\]）】.。]*$/u;

/** The longest date range written at offset `from` of folded `text`, or null. */
export function readDateRange(text: string, from: number): RangeReading | null {
  // Why: a prefix word that also names a month is the month (`Des 2025` is the Indonesian December, not the
  // French `dès`), so it cannot open a range in the end's place (`Agu 2024 - Des 2025`) or misread a start.
  const here = readDatePoint(text, from);
  const since = here ? null : matchAt(SINCE, text, from);
  const prefix = here ? null : (since ?? matchAt(FROM, text, from));
  const startAt = from + (prefix?.length ?? 0);
  const first = prefix === null ? here : readDatePoint(text, startAt);
  if (!first || first.meaning === 'present') return null;
  const { asStart, asEnd } = first.meaning;
  const start: Span<Moment> = { from: startAt, to: first.end, moment: asStart };

  for (const { kind, pattern } of CONNECTORS) {
    const connector = matchAt(pattern, text, first.end);
    if (connector === null) continue;
    const endAt = first.end + connector.length;
    const isTightDash = kind === 'dash' && connector.trim() === connector;
    const second =
      kind === 'slash'
        ? readYearAfter(text, endAt, asStart)
        : kind === 'space'
          ? readPresentPhrase(text, endAt)
          : readSecond(text, endAt, asStart, isTightDash);
    if (second) return joined(from, start, { from: endAt, to: second.end, moment: second.moment });
    if (kind === 'dash' && NOTHING_AFTER.test(text.slice(endAt))) {
      return openEnded(from, first.end + connector.trimEnd().length, start);
    }
  }
  if (since !== null) return openEnded(from, first.end, start);
  if (prefix !== null || asStart.year === null || asEnd.year === null) return null;
  return {
    from,
    to: first.end,
    start: { from: start.from, to: start.to, value: format({ year: asStart.year, month: asStart.month }) },
    end: { from: start.from, to: start.to, value: format({ year: asEnd.year, month: asEnd.month }) },
    isRange: false,
  };
}

/** The date after a dash or a word: a date with a year, a present word, or after a tight dash a short year (`2019–20`). */
function readSecond(text: string, at: number, start: Moment, allowsShortYear: boolean): SecondReading | null {
  const point = readDatePoint(text, at);
  if (!point) return allowsShortYear ? readYearAfter(text, at, start) : null;
  if (point.meaning === 'present') return { end: point.end, moment: 'present' };
  const { year, month } = point.meaning.asEnd;
  return year === null ? null : { end: point.end, moment: { year, month } };
}

/** A present word of more than one word (`to date`, `по настоящее время`). */
function readPresentPhrase(text: string, at: number): SecondReading | null {
  const point = readDatePoint(text, at);
  const isPhrase = point?.meaning === 'present' && /\s/.test(text.slice(at, point.end));
  return point && isPhrase ? { end: point.end, moment: 'present' } : null;
}

/** A year after a year (`2019/2020`, `2019/20`, `2019–20`): four digits, or the last two within ten years. */
function readYearAfter(text: string, at: number, start: Moment): SecondReading | null {
  if (start.year === null || start.month !== null) return null;
  const point = readDatePoint(text, at);
  if (point) {
    if (point.meaning === 'present') return null;
    const { year, month } = point.meaning.asEnd;
    return year !== null && month === null ? { end: point.end, moment: { year, month } } : null;
  }
  const digits = matchAt(SHORT_YEAR, text, at);
  if (digits === null) return null;
  let year = start.year - (start.year % 100) + Number(digits);
  if (year <= start.year) year += 100;
  return year - start.year < 10 ? { end: at + digits.length, moment: { year, month: null } } : null;
}

/** A range with two written ends. */
function joined(from: number, start: Span<Moment>, end: Span<Dated | 'present'>): RangeReading | null {
  const startMoment = withYearFrom(start.moment, end.moment);
  if (startMoment === null) return null;
  return {
    from,
    to: end.to,
    start: { from: start.from, to: start.to, value: format(startMoment) },
    end: { from: end.from, to: end.to, value: format(end.moment) },
    isRange: true,
  };
}

/**
 * The start with its year, taken from the end when not written (`Jan – Mar 2021`), a year earlier when its
 * month comes after the end's (`Nov – Feb 2021`); null when there is no year to take.
 */
function withYearFrom(start: Moment, end: Dated | 'present'): Dated | null {
  if (start.year !== null) return { year: start.year, month: start.month };
  if (end === 'present') return null;
  const wrapsYear = start.month !== null && end.month !== null && start.month > end.month;
  return { year: end.year - (wrapsYear ? 1 : 0), month: start.month };
}

/** A range whose end is not written (`Since 2020`, `2020 –`): it runs to the present. */
function openEnded(from: number, to: number, start: Span<Moment>): RangeReading | null {
  const { year, month } = start.moment;
  if (year === null) return null;
  return {
    from,
    to,
    start: { from: start.from, to: start.to, value: format({ year, month }) },
    end: { from: to, to, value: 'present' },
    isRange: true,
  };
}

/** `2019`, `2019-04` or `present`. */
function format(moment: Dated | 'present'): string {
  if (moment === 'present') return moment;
  return moment.month === null ? String(moment.year) : `${moment.year}-${String(moment.month).padStart(2, '0')}`;
}

function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}
