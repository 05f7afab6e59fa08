/** The separators every format writes the same way, so the HTML, PDF, DOCX and text agree. */
import type { DatePoint, DateRange } from '../model/types.js';

/** Between contact items and before an entry's location. */
export const SEPARATOR = ' · ';
/** Between the two ends of a date range. */
export const RANGE_DASH = ' – ';

/** The ends of `range` to show: one point when both are the same (`2014`), else start and end. */
export function dateEnds(range: DateRange): DatePoint[] {
  const { start, end } = range;
  if (start && end && start.text !== end.text) return [start, end];
  const point = start ?? end;
  return point ? [point] : [];
}

/** `May 2017 – Dec 2019`, or `2014` when both ends are the same. */
export function datesText(range: DateRange): string {
  const ends = dateEnds(range);
  return ends.length > 0 ? ends.map((point) => point.text).join(RANGE_DASH) : range.text;
}
