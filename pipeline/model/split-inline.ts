/** Splits mdast inline content on separators that occur in its top-level text. */
import type { PhrasingContent, Text } from 'mdast';
import type { Point } from 'unist';
import { toString } from 'mdast-util-to-string';
import type { Inline } from './types.js';

/**
 * Split `nodes` wherever `separator` matches inside a top-level text node; links, emphasis
 * and code stay whole. Segments are trimmed, empty ones dropped. With `once`, only the first
 * match splits.
 */
export function splitInline(nodes: Inline, separator: RegExp, once = false): Inline[] {
  const segments: Inline[] = [[]];
  const current = () => segments[segments.length - 1]!;
  const canSplit = () => !once || segments.length === 1;
  for (const node of nodes) {
    if (node.type === 'break' && canSplit() && separator.test('\n')) {
      segments.push([]);
    } else if (node.type !== 'text' || !canSplit()) {
      current().push(node);
    } else {
      let from = 0;
      let match: RegExpExecArray | null;
      while (canSplit() && (match = separator.exec(node.value.slice(from))) && match[0] !== '') {
        if (match.index > 0) current().push(slice(node, from, from + match.index));
        segments.push([]);
        from += match.index + match[0].length;
      }
      if (from < node.value.length) current().push(slice(node, from, node.value.length));
    }
  }
  return segments.map(trimInline).filter((segment) => toString(segment).trim() !== '' || hasNonText(segment));
}

/** Remove leading and trailing whitespace (and break nodes) from inline content. */
function trimInline(nodes: Inline): Inline {
  const result = nodes.filter((node, index) => node.type !== 'break' || (index > 0 && index < nodes.length - 1));
  const first = result[0];
  if (first?.type === 'text') result[0] = slice(first, first.value.length - first.value.trimStart().length, first.value.length);
  const last = result[result.length - 1];
  if (last?.type === 'text') result[result.length - 1] = slice(last, 0, last.value.trimEnd().length);
  return result.filter((node) => node.type !== 'text' || node.value !== '');
}

/** Plain text of inline content with whitespace collapsed; HTML tags are markup, not text. */
export function plainText(nodes: Inline): string {
  return toString(nodes, { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

function hasNonText(nodes: Inline): boolean {
  return nodes.some((node: PhrasingContent) => node.type === 'image');
}

/**
 * The characters `from` to `to` of a text node, with their place in the file when it is known
 * exactly. Why only then: escapes, entities and indented lines make the source longer than the
 * text, and offsets would drift.
 */
function slice(node: Text, from: number, to: number): Text {
  const piece: Text = { type: 'text', value: node.value.slice(from, to) };
  const start = node.position?.start;
  const exact = start?.offset !== undefined && node.position?.end.offset !== undefined && node.position.end.offset - start.offset === node.value.length;
  if (!exact) return piece;
  return { ...piece, position: { start: pointAfter(start, node.value.slice(0, from)), end: pointAfter(start, node.value.slice(0, to)) } };
}

/** The point just after `text`, which starts at `start`. */
function pointAfter(start: Point, text: string): Point {
  const lines = text.split('\n');
  const column = lines.length === 1 ? start.column + text.length : lines[lines.length - 1]!.length + 1;
  return { line: start.line + lines.length - 1, column, offset: start.offset! + text.length };
}
