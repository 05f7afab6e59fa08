/** Rules about the dates of entries: their order, their sense, and whether they were read at all. */
import type { Position } from 'unist';
import { plainText } from '../../model/split-inline.js';
import type { DatePoint, DateRange } from '../../model/types.js';
import { dateSpelling, isUndecided, sameSpelling } from '../date-spelling.js';
import { looksLikeDate } from '../date-like.js';
import { entriesWithHeaders, sectionEntries, type EntryInContext } from '../entry-header.js';
import type { CheckContext, Rule } from '../rule.js';
import { findSpan } from '../source-place.js';
import { compareMoments, formatYearMonth, readYearMonth } from '../year-month.js';

const endBeforeStart: Rule = {
  id: 'date-end-before-start',
  severity: 'error',
  description: 'An entry whose end date comes before its start date (`Jan 2022 – Mar 2020`).',
  fix: 'Swap the two dates or correct the wrong one: a range reads earliest first.',
  check(context, report) {
    for (const item of entriesWithHeaders(context.resume, context.source)) {
      const { dates } = item.entry;
      const start = dates?.start && readYearMonth(dates.start.value);
      const end = dates?.end && readYearMonth(dates.end.value);
      if (!dates || !start || !end || compareMoments(end, start) >= 0) continue;
      report(`The end \`${dates.end!.text}\` comes before the start \`${dates.start!.text}\`: swap the dates or correct the one that is wrong, so that the range reads earliest first`, datesPlace(context, item));
    }
  },
};

const startInFuture: Rule = {
  id: 'date-in-future',
  severity: 'warning',
  description: 'A date range that starts after today.',
  fix: 'Correct the year; an entry that has not started yet reads as a typo.',
  check(context, report) {
    for (const item of entriesWithHeaders(context.resume, context.source)) {
      const { dates } = item.entry;
      const start = dates?.start && readYearMonth(dates.start.value);
      // A single date (`May 2027`) may be an expected graduation; only a range's start is checked.
      if (!dates || !start || start === 'present' || isSingleDate(dates) || compareMoments(start, context.today) <= 0) continue;
      report(`The start \`${dates.start!.text}\` is after today (${formatYearMonth(context.today)}): correct the year, or leave the entry out until it starts`, datesPlace(context, item));
    }
  },
};

const unparsedDate: Rule = {
  id: 'date-unparsed',
  severity: 'warning',
  description: "Text in an entry header that looks like a date but was not read as one (`Summer '19`, `13/2019`, `Jun 20201`, `2019 - ???`).",
  fix: 'Write a month and a four-digit year, or a year: `Jun 2019 – Sep 2020`, `06/2019 – present`, `2019 – 2020`.',
  check(context, report) {
    for (const item of entriesWithHeaders(context.resume, context.source)) {
      const { entry } = item;
      const fields = [entry.role, entry.organization, entry.location, ...entry.notes].filter((field) => field !== null);
      const parts = fields.flatMap((field) => plainText(field).split(/\s*[,·|;]\s*/u)).filter((part) => part !== '' && looksLikeDate(part));
      const dangling = entry.dates && isSingleDate(entry.dates) ? danglingEnd(context.source, item, entry.dates.text) : null;
      if (dangling) {
        report(`\`${dangling.text}\` was read as the single date \`${entry.dates!.text}\`: the end after the dash is not a date; write it as a month and a four-digit year, or \`present\``, dangling.place);
      }
      for (const part of new Set(parts)) {
        if (dangling?.text.includes(part)) continue;
        report(`\`${part}\` in this entry's header looks like a date but was not read as one, so the entry ${entry.dates ? 'has other dates' : 'has no dates'} for a parser; write it as a month and a four-digit year (\`Jun 2019\`, \`06/2019\`) or a year`, spanOf(context, item, part));
      }
    }
  },
};

const reverseChronological: Rule = {
  id: 'date-order',
  severity: 'warning',
  description: 'Entries of a section that are not in reverse chronological order.',
  fix: 'Put the most recent entry first: recruiters and parsers take the first entry for your current or latest one.',
  check(context, report) {
    for (const section of context.resume.sections) {
      const dated = sectionEntries(section).flatMap((entry) => {
        const end = entry.dates?.end && readYearMonth(entry.dates.end.value);
        const start = entry.dates?.start && readYearMonth(entry.dates.start.value);
        return end && start ? [{ entry, end, start }] : [];
      });
      const newer = dated.slice(1).filter((current, index) => {
        const previous = dated[index]!;
        return (compareMoments(current.end, previous.end) || compareMoments(current.start, previous.start)) > 0;
      });
      if (newer.length === 0) continue;
      const title = section.title ? `\`${section.title}\`` : 'this section';
      if (dated.length > 2 && newer.length === dated.length - 1) {
        report(`The entries of ${title} run oldest first: put the most recent one first, as recruiters and parsers expect`, section.position ?? newer[0]!.entry.position);
        continue;
      }
      for (const { entry } of newer) {
        report(`This entry (\`${entry.dates!.text}\`) is more recent than the one above it: put the entries of ${title} most recent first`, entry.position);
      }
    }
  },
};

const mixedSpellings: Rule = {
  id: 'date-spelling',
  severity: 'info',
  description: 'Dates written in more than one way across entries (`Dec 2019` and `December 2019`, `03/2018` and `2018-03`, `Current` and `Present`).',
  fix: 'Write every date the same way.',
  check(context, report) {
    const points = entriesWithHeaders(context.resume, context.source).flatMap((item) => {
      const { dates } = item.entry;
      return dates ? [dates.start, dates.end].filter((point): point is DatePoint => point !== null && point.text !== '').map((point) => ({ item, point })) : [];
    });
    const spelt = points.flatMap(({ item, point }) => {
      const spelling = dateSpelling(point);
      return spelling ? [{ item, point, spelling }] : [];
    });
    // The usual spelling is one that decides (`Dec 2019`, not `May 2017`), when any does.
    const decided = spelt.filter(({ spelling }) => !isUndecided(spelling));
    const usual = majority(decided.length > 0 ? decided : spelt, ({ spelling }) => spelling.join(''));
    const reported = new Set<string>();
    for (const { item, point, spelling } of spelt) {
      if (!usual || sameSpelling(spelling, usual.spelling) || reported.has(spelling.join(''))) continue;
      reported.add(spelling.join(''));
      report(`\`${point.text}\` is written differently from most dates here (\`${usual.point.text}\`): write every date the same way`, spanOf(context, item, point.text));
    }
    const present = points.filter(({ point }) => point.value === 'present').map((each) => ({ ...each, word: each.point.text.toLowerCase() }));
    const usualWord = majority(present, ({ word }) => word);
    for (const { item, point, word } of present) {
      if (!usualWord || word === usualWord.word || reported.has(word)) continue;
      reported.add(word);
      report(`\`${point.text}\` ends a range that other entries end with \`${usualWord.point.text}\`: use one word for the present`, spanOf(context, item, point.text));
    }
  },
};

/** The rules about dates. */
export const DATE_RULES: readonly Rule[] = [endBeforeStart, startInFuture, unparsedDate, reverseChronological, mixedSpellings];

/** A date on its own (`May 2014`), which is its own start and end. */
function isSingleDate(dates: DateRange): boolean {
  return dates.start !== null && dates.end !== null && dates.start.text === dates.end.text && dates.start.value === dates.end.value;
}

/** Where an entry's dates are written, else where its header starts. */
function datesPlace(context: CheckContext, item: EntryInContext): Position | undefined {
  return spanOf(context, item, item.entry.dates?.text ?? '');
}

/** Where `text` stands in the entry's header (as written, or with its curly quotes straight), else where the header starts. */
function spanOf(context: CheckContext, item: EntryInContext, text: string): Position | undefined {
  if (item.from === null || item.to === null) return item.entry.position;
  const straight = text.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"');
  return findSpan(context.source, text, item.from, item.to) ?? findSpan(context.source, straight, item.from, item.to) ?? item.entry.position;
}

/** A single date followed by a dash and something that is no date (`2019 - ???`): the range it meant to be, and where. */
function danglingEnd(source: string, item: EntryInContext, dates: string): { text: string; place: Position } | null {
  if (item.from === null || item.to === null) return null;
  const span = findSpan(source, dates, item.from, item.to);
  if (!span) return null;
  const after = /^[ \t]*[-–—][ \t]*([^\s,*_|·)\]][^,*_|·)\]\n]*)/u.exec(source.slice(span.end.offset!, item.to));
  if (!after) return null;
  const text = source.slice(span.start.offset!, span.end.offset! + after[0].trimEnd().length);
  return { text, place: findSpan(source, text, span.start.offset!, item.to)! };
}

/** The item whose key most items share (the first of them), or null when there are none. */
function majority<T>(items: T[], key: (item: T) => string): T | null {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  let best: T | null = null;
  for (const item of items) if (best === null || counts.get(key(item))! > counts.get(key(best))!) best = item;
  return best;
}
