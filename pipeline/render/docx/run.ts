/** A text run formatted by the marks of the phrasing nodes around it. */
import { TextRun } from 'docx';
import type { Marks } from './state.js';

/** A text run of `text` with `marks`. */
export function run(text: string, marks: Marks): TextRun {
  return new TextRun({ text, bold: marks.bold, italics: marks.italics, strike: marks.strike, style: marks.style });
}
