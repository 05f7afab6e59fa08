/** Whether a résumé is written in English, judged by its little words. */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { plainText } from '../model/split-inline.js';
import type { Resume } from '../model/types.js';

// Words that English text is full of and other résumé languages do not use (`in`, `a` and `to` they do).
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'with', 'for', 'that', 'which', 'who', 'was', 'were', 'my', 'from', 'by', 'i', 'did', 'what', 'where', 'things']);
// Share of such words above which text reads as English; English prose runs at 15–30 %.
const MIN_SHARE = 0.05;

/** Whether the words of `resume` (titles, summary, entries, other blocks) read as English. */
export function readsAsEnglish(resume: Resume): boolean {
  const blocks: Nodes[] = [...resume.summary, ...resume.sections.flatMap((section) => section.children.flatMap((child): Nodes[] => (child.type === 'entry' ? child.children : [child])))];
  const headers = resume.sections.flatMap((section) => [
    section.title ?? '',
    ...section.children.flatMap((child) => (child.type === 'entry' ? [child.role, child.organization].map((part) => (part ? plainText(part) : '')) : [])),
  ]);
  const words = [...headers, ...blocks.map((block) => toString(block, { includeHtml: false }))].join(' ').toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.filter((word) => ENGLISH_WORDS.has(word)).length / words.length >= MIN_SHARE;
}
