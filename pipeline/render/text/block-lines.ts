/** mdast blocks → lines of plain text at a given width: one handler per block type. */
import type { BlockContentMap, DefinitionContentMap, List, ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { htmlText } from '../html-text.js';
import { inlineText, type InlineOptions } from './inline-text.js';
import { columns, wrap } from './wrap.js';

/** Where blocks are laid out: the columns they may fill, and how many lists and quotes enclose them. */
interface Room {
  width: number;
  depth: number;
}

type Handler<N> = (node: N, room: Room, options: InlineOptions) => string[];
type BlockNodes = BlockContentMap & DefinitionContentMap;

const QUOTE = '> ';
const CODE_INDENT = '    ';
const CONTINUATION = '  ';
/**
 * Lists and quotes that indent further than the one around them. Why: however deep the Markdown
 * nests, lines stay short; deeper ones line up with the last, as in the HTML (styles/base.css)
 * and the DOCX.
 */
const INDENTED_LEVELS = 6;
const CONTAINERS: ReadonlySet<string> = new Set(['list', 'blockquote']);

const handlers: { [K in keyof BlockNodes]: Handler<BlockNodes[K]> } = {
  paragraph: (node, room, options) => wrap(inlineText(node.children, options), room.width),
  heading: (node, room, options) => wrap(inlineText(node.children, options), room.width),
  thematicBreak: () => ['* * *'],
  blockquote: (node, room, options) => {
    const depth = room.depth + 1;
    if (depth > INDENTED_LEVELS) return nestedLines(node.children, { ...room, depth }, options);
    return nestedLines(node.children, { width: room.width - QUOTE.length, depth }, options).map((line) => (line ? QUOTE + line : QUOTE.trimEnd()));
  },
  // Why: code keeps its own line breaks and spacing, so it is indented, never wrapped.
  code: (node) => node.value.split('\n').map((line) => (line ? CODE_INDENT + line : '')),
  list,
  table: (node, room, options) =>
    node.children.flatMap((row) => wrap(row.children.map((cell) => inlineText(cell.children, options).trim()).join(' | '), room.width, '', CONTINUATION)),
  html: (node, room) => htmlText(node.value).flatMap((line) => wrap(line, room.width)),
  // References were resolved in parse; a definition left over is written as the source has it.
  definition: (node, room, options) => wrap(`[${node.label ?? node.identifier}]:${options.urls ? ` <${node.url.replaceAll(' ', '%20')}>` : ''}`, room.width),
  footnoteDefinition: (node, room, options) => {
    const marker = `[^${node.label ?? node.identifier}]: `;
    return hang(nestedLines(node.children, { ...room, width: room.width - CONTINUATION.length }, options), marker, CONTINUATION);
  },
};

/**
 * Lines of `nodes` at `width` columns; blocks are set apart by a blank line unless `tight`
 * (the blocks of a tight list item).
 */
export function blockLines(nodes: readonly Node[], width: number, options: InlineOptions, tight = false): string[] {
  return nestedLines(nodes, { width, depth: 0 }, options, tight);
}

function nestedLines(nodes: readonly Node[], room: Room, options: InlineOptions, tight = false): string[] {
  return nodes.flatMap((node, index) => [...(index > 0 && !tight ? [''] : []), ...block(node, room, options)]);
}

/** Items as `- ` or `1. `; nested lists indent further, up to `INDENTED_LEVELS`. */
function list(node: List, room: Room, options: InlineOptions): string[] {
  const start = node.start ?? 1;
  return node.children.flatMap((item, index) => {
    const marker = node.ordered ? `${start + index}. ` : '- ';
    return [...(index > 0 && node.spread ? [''] : []), ...listItem(item, marker, room, options)];
  });
}

/**
 * The item's blocks indented under its text after `marker`, a GFM task's state as written (`[x] `)
 * first. Past `INDENTED_LEVELS`, the lists and quotes inside stay at the item's own column.
 */
function listItem(node: ListItem, marker: string, room: Room, options: InlineOptions): string[] {
  const first = typeof node.checked === 'boolean' ? `${marker}${node.checked ? '[x] ' : '[ ] '}` : marker;
  const rest = ' '.repeat(columns(first));
  const inner = { width: room.width - columns(first), depth: room.depth + 1 };
  const lines = node.children.flatMap((child, index) => {
    const gap = index > 0 && node.spread ? [''] : [];
    if (inner.depth >= INDENTED_LEVELS && CONTAINERS.has(child.type)) {
      return [...gap, ...(index === 0 ? [first.trimEnd()] : []), ...block(child, { ...room, depth: inner.depth }, options)];
    }
    const childLines = block(child, inner, options);
    return [...gap, ...(index === 0 ? hang(childLines, first, rest) : childLines.map((line) => (line ? rest + line : '')))];
  });
  return lines.length > 0 ? lines : [first.trimEnd()];
}

/** Prefix the first line with `first` and the other non-empty lines with `rest`. */
function hang(lines: string[], first: string, rest: string): string[] {
  if (lines.length === 0) return [first.trimEnd()];
  return lines.map((line, index) => (index === 0 ? first + line : line ? rest + line : ''));
}

function block(node: Node, room: Room, options: InlineOptions): string[] {
  const handler = Object.hasOwn(handlers, node.type) ? (handlers[node.type as keyof BlockNodes] as Handler<Node>) : undefined;
  // Why: the text renderer has no file to warn on; an unknown node still keeps its text.
  return handler ? handler(node, room, options) : wrap(toString(node).replace(/\s+/g, ' '), room.width);
}
