/** Slices inline content at offsets of its plain text, keeping links and emphasis around what is kept. */
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Inline } from './types.js';

/**
 * The part of `nodes` whose text runs from `from` to `to` (offsets in `toString(nodes)`).
 * A container (link, emphasis) cut in the middle keeps its type around the part kept; a node
 * wholly outside the range is left out, so `**2019**, Acme` cut after the date is `, Acme`.
 */
export function sliceInline(nodes: Inline, from: number, to: number): Inline {
  const result: Inline = [];
  let offset = 0;
  for (const node of nodes) {
    const length = inlineText([node]).length;
    const start = offset;
    offset += length;
    // Why `>` on both ends: an empty node (a break) at a boundary belongs to neither side; markup
    // (`<img …>`) goes with the text it stands before.
    if (node.type === 'html' ? start < from || start >= to : start >= to || offset <= from) continue;
    if (start >= from && offset <= to) {
      result.push(node);
    } else if ('value' in node && typeof node.value === 'string' && node.type !== 'html') {
      result.push({ ...node, value: node.value.slice(Math.max(0, from - start), to - start), position: undefined } as PhrasingContent);
    } else if ('children' in node) {
      const children = sliceInline(node.children as Inline, from - start, to - start);
      if (children.length > 0) result.push({ ...node, children, position: undefined } as PhrasingContent);
    }
  }
  return result;
}

/** The text of `nodes` as offsets count it. Why without HTML: a tag is markup (`<span …>`), not words of the line. */
export function inlineText(nodes: Inline): string {
  return toString(nodes, { includeHtml: false });
}
