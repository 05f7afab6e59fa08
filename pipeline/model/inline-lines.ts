/** Splits inline content into the lines a reader sees. */
import type { PhrasingContent } from 'mdast';
import type { Inline } from './types.js';

const BR = /^<br\s*\/?>$/i;

/**
 * The lines of `nodes`: split at hard breaks, at `<br>` and at the line endings inside text
 * (a paragraph's soft breaks). Line-break nodes themselves are left out.
 */
export function inlineLines(nodes: Inline): Inline[] {
  const lines: Inline[] = [[]];
  const current = () => lines[lines.length - 1]!;
  for (const node of nodes) {
    if (isLineBreak(node)) {
      lines.push([]);
    } else if (node.type === 'text' && node.value.includes('\n')) {
      node.value.split('\n').forEach((piece, index) => {
        if (index > 0) lines.push([]);
        if (piece !== '') current().push(textPiece(node, piece));
      });
    } else {
      current().push(node);
    }
  }
  return lines.filter((line) => line.length > 0);
}

/** A hard break or an HTML `<br>`. */
export function isLineBreak(node: PhrasingContent): boolean {
  return node.type === 'break' || (node.type === 'html' && BR.test(node.value.trim()));
}

function textPiece(node: PhrasingContent & { type: 'text' }, value: string): PhrasingContent {
  return value === node.value ? node : { type: 'text', value };
}
