/** CSS `unicode-range` values (`U+0000-00FF,U+0131`) as spans of code points, and back. */

/** Inclusive spans of code points. */
export type Spans = ReadonlyArray<readonly [number, number]>;

/** The spans of the CSS unicode-range `range`. */
export function parseUnicodeRange(range: string): Spans {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
  });
}

/** `spans` as a CSS unicode-range, in order, adjacent spans merged. */
export function formatUnicodeRange(spans: Spans): string {
  const merged: Array<[number, number]> = [];
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  const hex = (point: number) => point.toString(16).toUpperCase().padStart(4, '0');
  return merged.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',');
}

/** Whether `spans` hold `point`. */
export function covers(spans: Spans, point: number): boolean {
  return spans.some(([from, to]) => point >= from && point <= to);
}

/** `spans` without the code points of `points`. */
export function withoutPoints(spans: Spans, points: ReadonlySet<number>): Spans {
  const sorted = [...points].sort((a, b) => a - b);
  return spans.flatMap(([from, to]) => {
    const result: Array<readonly [number, number]> = [];
    let start = from;
    for (const point of sorted) {
      if (point < start || point > to) continue;
      if (point > start) result.push([start, point - 1]);
      start = point + 1;
    }
    if (start <= to) result.push([start, to]);
    return result;
  });
}

/** Every code point of `spans`, surrogates aside (they are no characters). */
export function codePointsOf(spans: Spans): number[] {
  return spans.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, index) => from + index)).filter((point) => point < 0xd800 || point > 0xdfff);
}
