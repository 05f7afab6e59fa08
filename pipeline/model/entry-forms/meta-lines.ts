/** Finds the lines under an entry's first line that may carry on its header: dates, place, role. */
import type { Paragraph } from 'mdast';
import { inlineLines } from '../inline-lines.js';
import { readHeaderLine } from '../read-header-line.js';
import type { Block, Inline } from '../types.js';
import { figureOf } from '../figure.js';

const MAX_META_WORDS = 14;

/**
 * The lines of `block` when it can carry on the header above it, which names `aboveNames` things:
 * a paragraph, or a quote of one (`> Mar 2020 – Present`). Not when its first line is an entry of
 * its own: a bold line with dates (`**2019–2021, Role, Org**`), or a line that starts with dates
 * and names two things (`2019 – 2021 · Role, Org`) under a header that does not name both.
 */
export function headerLinesAfter(block: Block | undefined, aboveNames = 0): Inline[] {
  const paragraph = block && metaParagraph(block);
  if (!paragraph) return [];
  const lines = inlineLines(paragraph.children);
  const first = lines[0] && readHeaderLine(lines[0]);
  if (!first || first.words > MAX_META_WORDS) return [];
  const named = first.parts.filter((part) => !part.aside && !part.parenthetical).length;
  if (first.dates && ((isSoleStrong(lines[0]!) && named >= 1) || (first.datesFirst && named >= 2 && aboveNames < 2))) return [];
  return lines;
}

function isSoleStrong(line: Inline): boolean {
  const meaningful = line.filter((node) => node.type !== 'text' || node.value.trim() !== '');
  return meaningful.length === 1 && meaningful[0]!.type === 'strong';
}

/**
 * The paragraph that holds a block's lines: the block itself, the paragraphs of a quote, or a
 * year alone with a full stop (`2012.`), which Markdown reads as an empty ordered list from 2012.
 */
function metaParagraph(block: Block): Paragraph | null {
  // A figure (a paragraph of images alone) is the entry's content, never part of its header.
  if (block.type === 'paragraph') return figureOf(block) ? null : block;
  if (block.type === 'list' && block.ordered && block.start && block.children.length === 1 && block.children[0]!.children.length === 0) {
    return { type: 'paragraph', children: [{ type: 'text', value: `${block.start}.` }], position: block.position };
  }
  if (block.type !== 'blockquote' || !block.children.every((child) => child.type === 'paragraph')) return null;
  // A quote of short paragraphs is one line each: `> Faculdade Guaíba` / `>` / `> 📍 Porto Alegre/RS`.
  const paragraphs = block.children as Paragraph[];
  if (paragraphs.length === 1) return paragraphs[0]!;
  return { type: 'paragraph', children: paragraphs.flatMap((paragraph, index) => (index === 0 ? paragraph.children : [{ type: 'break' as const }, ...paragraph.children])), position: block.position };
}
