/** Splits mdast inline content on separators that occur in its top-level text. */
import type { PhrasingContent, Text } from 'mdast';
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
      let rest = node.value;
      let match: RegExpExecArray | null;
      while (canSplit() && (match = separator.exec(rest)) && match[0] !== '') {
        if (match.index > 0) current().push(text(rest.slice(0, match.index)));
        segments.push([]);
        rest = rest.slice(match.index + match[0].length);
      }
      if (rest) current().push(text(rest));
    }
  }
  return segments.map(trimInline).filter((segment) => toString(segment).trim() !== '' || hasNonText(segment));
}

/** Remove leading and trailing whitespace (and break nodes) from inline content. */
function trimInline(nodes: Inline): Inline {
  const result = nodes.filter((node, index) => node.type !== 'break' || (index > 0 && index < nodes.length - 1));
  const first = result[0];
  if (first?.type === 'text') result[0] = text(first.value.trimStart());
  const last = result[result.length - 1];
  if (last?.type === 'text') result[result.length - 1] = text(last.value.trimEnd());
  return result.filter((node) => node.type !== 'text' || node.value !== '');
}

/** Plain text of inline content with whitespace collapsed. */
export function plainText(nodes: Inline): string {
  return toString(nodes).replace(/\s+/g, ' ').trim();
}

function hasNonText(nodes: Inline): boolean {
  return nodes.some((node: PhrasingContent) => node.type === 'image');
}

function text(value: string): Text {
  return { type: 'text', value };
}
