/** A text run formatted by the marks of the phrasing nodes around it. */
import { TextRun } from 'docx';
import { isRightToLeftRun, keptLeftToRight } from './direction.js';
import type { Marks } from './state.js';

/** A text run of `text` with `marks`, right to left (`w:rtl`) as its letters or its paragraph say (direction.ts). */
export function run(text: string, marks: Marks): TextRun {
  const rightToLeft = isRightToLeftRun(text, marks.rightToLeft === true);
  const shown = marks.rightToLeft === true && !rightToLeft ? keptLeftToRight(text) : text;
  return new TextRun({ text: shown, bold: marks.bold, italics: marks.italics, strike: marks.strike, style: marks.style, rightToLeft: rightToLeft || undefined });
}
