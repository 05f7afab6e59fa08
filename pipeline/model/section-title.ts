/** The plain title of a section heading, as a reader names the section. */
import { plainText } from './split-inline.js';
import type { Inline } from './types.js';

// Icons before the words and a colon after them are decoration: `## 💼 Expériences`, `**Work Experience:**`.
const LEADING_DECORATION = /^[^\p{L}\p{N}]+/u;
const TRAILING_COLON = /\s*[:：]\s*$/u;

/** `💼 Expériences` → `Expériences`; `Work Experience:` → `Work Experience`. */
export function sectionTitle(content: Inline): string {
  const text = plainText(content);
  const title = text.replace(LEADING_DECORATION, '').replace(TRAILING_COLON, '');
  return title === '' ? text : title;
}
