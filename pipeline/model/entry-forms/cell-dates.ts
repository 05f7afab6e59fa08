/** Reads the dates in a table's period cell. */
import type { TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findDateRange, parseDateRange } from '../parse-dates.js';
import type { DateRange } from '../types.js';

/**
 * The dates of `cell`: a range (`mar 2021 in corso`), a date inside other words, or two single
 * dates side by side (`giu 2018 feb 2021`, `2013 2016`). Why the last only here: in a period
 * column nothing else stands between two dates, while in running text `2019 1234` is a number.
 */
export function cellDates(cell: TableCell | undefined): DateRange | null {
  const text = cell ? toString(cell).trim() : '';
  return parseDateRange(text) ?? sideBySide(text) ?? findDateRange(text)?.range ?? null;
}

/** Two single dates split by a space, the first no later than the second. */
function sideBySide(text: string): DateRange | null {
  for (const space of text.matchAll(/\s+/gu)) {
    const first = parseDateRange(text.slice(0, space.index));
    const second = parseDateRange(text.slice(space.index! + space[0].length));
    if (!first?.start || !second?.end || !isSingle(first) || !isSingle(second) || first.start.value > second.end.value) continue;
    return { text, start: first.start, end: second.end };
  }
  return null;
}

function isSingle(range: DateRange): boolean {
  return range.start !== null && range.start.text === range.end?.text;
}
