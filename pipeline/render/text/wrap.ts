/** Greedy word wrapping for plain text, on spaces only. */

/** Width of `text` in columns: one per code point. */
export function columns(text: string): number {
  return [...text].length;
}

/**
 * Wrap `text` at `width` columns; `\n` ends a line (a hard break). The first line starts with
 * `first`, the others with `rest`. Why: a word is never split, so a URL in `<…>` longer than
 * the line stands alone on an overlong line instead of breaking where a reader cannot mend it.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  for (const segment of text.split('\n')) {
    let line: string | null = null;
    // Why: the width is tracked, not measured again per word, so a 1 MB paragraph stays linear.
    let lineWidth = 0;
    for (const word of segment.split(' ')) {
      if (word === '') continue;
      const wordWidth = columns(word);
      if (line !== null && lineWidth + 1 + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += 1 + wordWidth;
      } else {
        if (line !== null) lines.push(line);
        line = (lines.length === 0 ? first : rest) + word;
        lineWidth = columns(line);
      }
    }
    if (line !== null) lines.push(line);
  }
  return lines;
}
