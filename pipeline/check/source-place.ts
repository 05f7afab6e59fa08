/** Places in the Markdown source: an offset as a line and column, and where a text stands. */
import type { Point, Position } from 'unist';

/** The line and column (both from 1) of `offset` in `source`. */
export function pointAt(source: string, offset: number): Point {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1, offset };
}

/** Where `text` first stands in `source` between offsets `from` and `to`, or null. */
export function findSpan(source: string, text: string, from: number, to: number): Position | null {
  if (text === '') return null;
  const at = source.slice(from, to).indexOf(text);
  return at < 0 ? null : { start: pointAt(source, from + at), end: pointAt(source, from + at + text.length) };
}
