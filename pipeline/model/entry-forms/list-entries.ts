/** Reads a list whose items are entries: `- Org | Degree | Place | 2018 – 2021`, `` - `2014–present` **Role**, *Org* ``. */
import type { List, ListItem, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { EntryOrder } from '../entry-order.js';
import { inlineLines } from '../inline-lines.js';
import { hasOrganizationWord } from '../job-title-words.js';
import { readHeaderLine } from '../read-header-line.js';
import type { Block, Entry } from '../types.js';
import { headerLinesAfter } from './meta-lines.js';
import { startEntry, type StartedEntry } from './start-entry.js';
import { isHeaderStart } from './header-start.js';

/** One entry per item when every item of `list` starts with a dated header; null otherwise. */
export function listEntries(list: List, order: EntryOrder): Entry[] | null {
  const items: StartedEntry[] = [];
  for (const item of list.children) {
    const started = itemEntry(item);
    if (!started) return null;
    items.push(started);
  }
  for (const { entry, reading } of items) order.record(entry, reading);
  return items.length > 0 ? items.map((item) => item.entry) : null;
}

/**
 * The entry an item holds: its first paragraph is the header (with the next paragraph when the
 * dates are there, as in a loose list), the rest its content. An organisation alone in the first
 * item of a nested list (`- Research Assistant` / `  - Northfield Institute`) completes the header.
 */
function itemEntry(item: ListItem): StartedEntry | null {
  const [first, second, ...rest] = item.children as Block[];
  if (first?.type !== 'paragraph') return null;
  const lines = inlineLines(first.children);
  if (!lines[0] || !isHeaderStart(lines[0])) return null;
  const dated = lines.some((line) => readHeaderLine(line).dates !== null);
  const nested = dated ? null : nestedHeaderItem(second);
  const more = dated ? [] : nested ? inlineLines(nested.paragraph.children) : headerLinesAfter(second);
  const started = startEntry([{ lines, whole: false }, { lines: more, whole: false }], 'list-item', item.position);
  const { entry, sourcesUsed } = started;
  if (!entry.dates || started.reading.names === 0) return null;
  if (nested && sourcesUsed > 1) entry.children.push(...(nested.others.children.length > 0 ? [nested.others] : []), ...rest);
  else entry.children.push(...(sourcesUsed > 1 ? rest : [second, ...rest].filter((block): block is Block => block !== undefined)));
  if (!entry.organization && entry.role) takeOrganizationFromNestedList(entry);
  return started;
}

/**
 * The first item of a list nested under a header item, when it is one styled line with dates that
 * can carry on the header: `- **Role**` / `  - *School | Okt 2025 - Jan 2026*`. The list without it too.
 */
function nestedHeaderItem(block: Block | undefined): { paragraph: Paragraph; others: List } | null {
  if (block?.type !== 'list') return null;
  const [item, ...others] = block.children;
  const paragraph = item?.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0] : null;
  const lines = paragraph ? inlineLines(paragraph.children) : [];
  if (!paragraph || lines.length !== 1 || !readHeaderLine(lines[0]!).dates || headerLinesAfter(paragraph).length === 0) return null;
  return { paragraph, others: { ...block, children: others } };
}

function takeOrganizationFromNestedList(entry: Entry): void {
  const nested = entry.children.find((child): child is List => child.type === 'list');
  const item = nested?.children[0];
  const paragraph = item?.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0] : null;
  if (!nested || !paragraph) return;
  const linked = paragraph.children.length === 1 && paragraph.children[0]!.type === 'link';
  if (!linked && !hasOrganizationWord(toString(paragraph))) return;
  entry.organization = paragraph.children;
  nested.children = nested.children.slice(1);
  if (nested.children.length === 0) entry.children = entry.children.filter((child) => child !== nested);
}
