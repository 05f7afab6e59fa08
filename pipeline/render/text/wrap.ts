/**
 * Word wrapping for plain text by display width: spaces separate words, and inside a word of wide
 * characters written without spaces (Chinese, Japanese, Thai) the Unicode line-breaking algorithm
 * (UAX #14) says where a line may end, so a CJK paragraph wraps like any other.
 */
import LineBreaker from 'linebreak';
import stringWidth from 'string-width';

// The scripts written without spaces between words: only their words are broken inside. Why not Hangul:
// Korean puts spaces between words and keeps each word whole.
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\u3000-\u303f\uff00-\uffef]/u;

/** Width of `text` in terminal columns: a CJK character takes two, a combining mark none. */
export function columns(text: string): number {
  return stringWidth(text);
}

/** A piece of a line, and whether a space stands before it. */
interface Piece {
  text: string;
  spaced: boolean;
}

/**
 * Wrap `text` at `width` columns; `\n` ends a line (a hard break). The first line starts with
 * `first`, the others with `rest`. Why only words of wide characters break inside: a URL in `<…>`
 * longer than the line must stand alone on an overlong line, never broken where a reader cannot
 * mend it.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  for (const segment of text.split('\n')) {
    let line: string | null = null;
    // Why: the width is tracked, not measured again per piece, so a 1 MB paragraph stays linear.
    let lineWidth = 0;
    for (const { text: piece, spaced } of pieces(segment)) {
      const gap = spaced ? 1 : 0;
      const pieceWidth = columns(piece);
      if (line !== null && lineWidth + gap + pieceWidth <= width) {
        line += (spaced ? ' ' : '') + piece;
        lineWidth += gap + pieceWidth;
      } else {
        if (line !== null) lines.push(line.trimEnd());
        line = (lines.length === 0 ? first : rest) + piece;
        lineWidth = columns(line);
      }
    }
    if (line !== null) lines.push(line.trimEnd());
  }
  return lines;
}

/** The pieces of a line: its words, and the break opportunities inside words of wide characters. */
function pieces(segment: string): Piece[] {
  return segment
    .split(' ')
    .filter((word) => word !== '')
    .flatMap((word) => (UNSPACED.test(word) ? breakInside(word) : [word]).map((text, index) => ({ text, spaced: index === 0 })));
}

function breakInside(word: string): string[] {
  const breaker = new LineBreaker(word);
  const parts: string[] = [];
  let from = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    if (next.position > from) parts.push(word.slice(from, next.position));
    from = next.position;
  }
  return parts;
}
