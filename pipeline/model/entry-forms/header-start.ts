/** Whether a line can open an entry header outside a heading. */
import { readHeaderLine } from '../read-header-line.js';
import type { Inline } from '../types.js';

const MAX_TITLE_WORDS = 14;
const MAX_STYLED_TITLE_WORDS = 8;

/**
 * A line opens a header when it is short and either has its dates at one end (`2019 – 2021 · Role,
 * Org`, `Role, Org (2019 – 2021)`) or in a bold, emphasised or code span of its own, or starts with
 * a bold or emphasised name (`**Company**`, `*Role*`). Dates in the middle of a sentence do not.
 */
export function isHeaderStart(line: Inline): boolean {
  const read = readHeaderLine(line);
  if (read.words > MAX_TITLE_WORDS) return false;
  const styledStart = startsStyled(line);
  if (read.dates) return read.datesFirst || read.datesLast || read.styled || styledStart;
  return styledStart && read.words <= MAX_STYLED_TITLE_WORDS;
}

function startsStyled(line: Inline): boolean {
  const first = line.find((node) => node.type !== 'text' || node.value.trim() !== '');
  return first?.type === 'strong' || first?.type === 'emphasis' || first?.type === 'inlineCode';
}
