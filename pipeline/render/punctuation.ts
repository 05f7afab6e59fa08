/** The separators every format writes the same way, so the HTML, PDF, DOCX and text agree. */
import type { DatePoint, DateRange } from '../model/types.js';

/** Between contact items and before an entry's location. */
export const SEPARATOR = ' · ';
/** Between the two ends of a date range. */
const RANGE_DASH = ' – ';

/** The ends of `range` to show: one point when both are the same (`2014`), else start and end. */
function dateEnds(range: DateRange): DatePoint[] {
  const { start, end } = range;
  if (start && end && start.text !== end.text) return [start, end];
  const point = start ?? end;
  return point ? [point] : [];
}

/** A piece of a date range as shown: one of its ends, or the text around them. */
export interface DatePiece {
  text: string;
  /** The end this piece shows, or null for the words around the ends. */
  point: DatePoint | null;
}

// A connector that is only a dash (`-`, `–`, `~`, `〜`): shown as the one RANGE_DASH of every format.
const DASH = /^\s*[-–—~〜～]+\s*$/u;

/**
 * `range` as written, in pieces: each end, a dash between them as RANGE_DASH, and every other
 * word kept (`Since 2020`, `seit 03/2022`, `2019年5月 – 至今`). Why: a theme may restyle the
 * dash, never drop a word. When an end is not found in the text, the ends alone.
 */
export function datePieces(range: DateRange): DatePiece[] {
  const ends = dateEnds(range).filter((point) => point.text !== '');
  const pieces: DatePiece[] = [];
  let from = 0;
  for (const point of ends) {
    const at = range.text.indexOf(point.text, from);
    if (at < 0) return ends.flatMap((end, index) => [...(index > 0 ? [{ text: RANGE_DASH, point: null }] : []), { text: end.text, point: end }]);
    const between = range.text.slice(from, at);
    if (between !== '') pieces.push({ text: pieces.length > 0 && DASH.test(between) ? RANGE_DASH : between, point: null });
    pieces.push({ text: point.text, point });
    from = at + point.text.length;
  }
  const rest = range.text.slice(from);
  if (rest !== '' || pieces.length === 0) pieces.push({ text: rest, point: null });
  return pieces;
}

/** `May 2017 – Dec 2019`, `2014`, `Since 2020`: the pieces of `range` as one text. */
export function datesText(range: DateRange): string {
  return datePieces(range).map((piece) => piece.text).join('');
}
