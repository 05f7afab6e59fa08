/** Plain text of résumé content for JSON Resume fields: inline content, blocks, list items. */
import type { ListItem, Nodes, Paragraph, TableRow } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { splitInline } from '../../model/split-inline.js';
import type { Block, Inline } from '../../model/types.js';
import { blockLines } from '../text/block-lines.js';
import { inlineText, type InlineOptions } from '../text/inline-text.js';

const PLAIN: InlineOptions = { urls: false };
// Why: "Sometimes I write: [medium]" reads as a name and what it is; the tree holds the text, so split it there.
const LABEL_SEPARATOR = /:\s+/;

/** What a run of blocks holds: the text of its non-list blocks and one line per top-level bullet. */
export interface ContentText {
  summary: string | undefined;
  bullets: string[];
}

/** One item of a list-like section: its whole text, and name and detail when it reads `name: detail`. */
export interface LabelledItem {
  text: string;
  label: string | undefined;
  detail: string | undefined;
  /** The first absolute link inside it. */
  url: string | undefined;
}

/** Plain text of inline content, whitespace collapsed; undefined for none. */
export function plain(content: Inline | null): string | undefined {
  return content ? collapse(inlineText(content, PLAIN)) || undefined : undefined;
}

/** Plain text of blocks: blocks apart by a blank line, list items as `- ` lines, nothing wrapped. */
export function blocksText(blocks: readonly Node[]): string | undefined {
  return blockLines(blocks, Number.POSITIVE_INFINITY, PLAIN).join('\n').trim() || undefined;
}

/** The summary (non-list blocks) and bullets (top-level list items) of `blocks`. */
export function contentText(blocks: readonly Block[]): ContentText {
  return {
    summary: blocksText(blocks.filter((block) => block.type !== 'list')),
    bullets: blocks.flatMap((block) => (block.type === 'list' ? block.children.map(itemText) : [])),
  };
}

/**
 * One line for a list item. Why: JSON Resume highlights are flat strings, so nested bullets are
 * appended to their parent after `: `, joined with `; `, rather than posing as highlights of their own.
 */
function itemText(item: ListItem): string {
  const own = collapse(blockLines(item.children.filter((child) => child.type !== 'list'), Number.POSITIVE_INFINITY, PLAIN, true).join(' '));
  const marked = typeof item.checked === 'boolean' ? `${item.checked ? '[x]' : '[ ]'} ${own}` : own;
  const nested = item.children.flatMap((child) => (child.type === 'list' ? child.children.map(itemText) : [])).join('; ');
  if (!nested) return marked;
  if (!marked) return nested;
  return `${marked}${marked.endsWith(':') ? '' : ':'} ${nested}`;
}

/**
 * Each top-level bullet of `blocks`, each row of a table (its first cell the label, the others the
 * detail), each block inside a quote, and each other block, as an item.
 */
export function labelledItems(blocks: readonly Block[]): LabelledItem[] {
  return blocks.flatMap((block): LabelledItem[] => {
    if (block.type === 'list') return block.children.map((item) => labelled(item));
    if (block.type === 'blockquote') return labelledItems(block.children);
    if (block.type === 'table') return block.children.slice(1).map(rowItem);
    const item: ListItem = { type: 'listItem', spread: false, children: [block as ListItem['children'][number]] };
    return [{ ...labelled(item), text: blocksText([block]) ?? '' }];
  });
}

/** The first link of `nodes` whose target is an absolute URL. */
export function firstLink(nodes: readonly Nodes[]): string | undefined {
  return links(nodes)[0];
}

/** Every link target in `nodes` that is an absolute URL, in source order. */
export function links(nodes: readonly Nodes[]): string[] {
  const found: string[] = [];
  for (const node of nodes) {
    visit(node, 'link', (link) => {
      if (URL.canParse(link.url)) found.push(link.url);
    });
  }
  return found;
}

/** The item's text, split into label and detail at the first `: ` of its first paragraph. */
function labelled(item: ListItem): LabelledItem {
  const text = itemText(item);
  const url = firstLink(item.children);
  const [first, ...rest] = item.children;
  const parts = first?.type === 'paragraph' ? splitInline(first.children, LABEL_SEPARATOR, true) : [];
  if (parts.length !== 2 || first?.type !== 'paragraph') return { text, label: undefined, detail: undefined, url };
  const detail: Paragraph = { ...first, children: parts[1]! };
  return { text, label: plain(parts[0]!), detail: itemText({ ...item, checked: null, children: [detail, ...rest] }) || undefined, url };
}

/** A table row as an item: `| Languages | Go, Rust |` is label `Languages`, detail `Go, Rust`. */
function rowItem(row: TableRow): LabelledItem {
  const cells = row.children.map((cell) => plain(cell.children) ?? '');
  const [label, ...rest] = cells;
  const detail = rest.filter(Boolean).join(', ');
  return { text: cells.filter(Boolean).join(', '), label: label || undefined, detail: detail || undefined, url: firstLink([row]) };
}

/** The words of a list written in one line (`Go, Rust; SQL · Bash`). */
export function keywordsOf(detail: string | undefined): string[] | undefined {
  return detail?.split(/\s*[,;]\s*|\s+[·|•]\s+/).filter(Boolean);
}

/** The header cells of each table among `blocks`, as written: the names of its columns. */
export function tableColumns(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => (block.type === 'table' ? (block.children[0]?.children ?? []).map((cell) => plain(cell.children) ?? '').filter(Boolean) : []));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
