/** mdast blocks → lines of plain text at a given width: one handler per block type. */
import type { BlockContentMap, DefinitionContentMap, List, ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { htmlText } from '../html-text.js';
import { inlineText, type InlineOptions } from './inline-text.js';
import { columns, wrap } from './wrap.js';

type Handler<N> = (node: N, width: number, options: InlineOptions) => string[];
type BlockNodes = BlockContentMap & DefinitionContentMap;

const QUOTE = '> ';
const CODE_INDENT = '    ';
const CONTINUATION = '  ';

const handlers: { [K in keyof BlockNodes]: Handler<BlockNodes[K]> } = {
  paragraph: (node, width, options) => wrap(inlineText(node.children, options), width),
  heading: (node, width, options) => wrap(inlineText(node.children, options), width),
  thematicBreak: () => ['* * *'],
  blockquote: (node, width, options) =>
    blockLines(node.children, width - QUOTE.length, options).map((line) => (line ? QUOTE + line : QUOTE.trimEnd())),
  // Why: code keeps its own line breaks and spacing, so it is indented, never wrapped.
  code: (node) => node.value.split('\n').map((line) => (line ? CODE_INDENT + line : '')),
  list,
  table: (node, width, options) =>
    node.children.flatMap((row) => wrap(row.children.map((cell) => inlineText(cell.children, options).trim()).join(' | '), width, '', CONTINUATION)),
  html: (node, width) => htmlText(node.value).flatMap((line) => wrap(line, width)),
  // References were resolved in parse; a definition left over is written as the source has it.
  definition: (node, width, options) => wrap(`[${node.label ?? node.identifier}]:${options.urls ? ` <${node.url.replaceAll(' ', '%20')}>` : ''}`, width),
  footnoteDefinition: (node, width, options) => {
    const marker = `[^${node.label ?? node.identifier}]: `;
    return hang(blockLines(node.children, width - CONTINUATION.length, options), marker, CONTINUATION);
  },
};

/**
 * Lines of `nodes` at `width` columns; blocks are set apart by a blank line unless `tight`
 * (the blocks of a tight list item).
 */
export function blockLines(nodes: readonly Node[], width: number, options: InlineOptions, tight = false): string[] {
  return nodes.flatMap((node, index) => [...(index > 0 && !tight ? [''] : []), ...block(node, width, options)]);
}

/** Items as `- ` or `1. ` with their blocks indented under the text; nested lists indent further. */
function list(node: List, width: number, options: InlineOptions): string[] {
  const start = node.start ?? 1;
  return node.children.flatMap((item, index) => {
    const marker = node.ordered ? `${start + index}. ` : '- ';
    const lines = listItem(item, width - columns(marker), options);
    return [...(index > 0 && node.spread ? [''] : []), ...hang(lines, marker, ' '.repeat(columns(marker)))];
  });
}

/** The item's blocks, a GFM task's state as written (`[x] `) before its text. */
function listItem(node: ListItem, width: number, options: InlineOptions): string[] {
  const lines = blockLines(node.children, width - (typeof node.checked === 'boolean' ? 4 : 0), options, !node.spread);
  if (typeof node.checked !== 'boolean') return lines;
  return hang(lines, node.checked ? '[x] ' : '[ ] ', '    ');
}

/** Prefix the first line with `first` and the other non-empty lines with `rest`. */
function hang(lines: string[], first: string, rest: string): string[] {
  if (lines.length === 0) return [first.trimEnd()];
  return lines.map((line, index) => (index === 0 ? first + line : line ? rest + line : ''));
}

function block(node: Node, width: number, options: InlineOptions): string[] {
  const handler = Object.hasOwn(handlers, node.type) ? (handlers[node.type as keyof BlockNodes] as Handler<Node>) : undefined;
  // Why: the text renderer has no file to warn on; an unknown node still keeps its text.
  return handler ? handler(node, width, options) : wrap(toString(node).replace(/\s+/g, ' '), width);
}
