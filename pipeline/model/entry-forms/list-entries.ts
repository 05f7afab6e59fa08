/** Reads a list whose items are entries: `- Org | Degree | Place | 2018 – 2021`, `` - `2014–present` **Role**, *Org* ``. */
import type { List, ListItem, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { EntryOrder } from '../entry-order.js';
import { inlineLines } from '../inline-lines.js';
import { hasOrganizationWord } from '../job-title-words.js';
import { readHeaderLine } from '../read-header-line.js';
import { pairOrder } from '../role-or-organization.js';
import type { Block, Entry } from '../types.js';
import { headerLinesAfter } from './meta-lines.js';
import { startEntry, type StartedEntry } from './start-entry.js';
import { isHeaderStart } from './header-start.js';

const MAX_TITLE_WORDS = 8;

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
  if (!entry.organization || !entry.role) takePartnerFromNestedList(entry);
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

/**
 * The other name of an entry that names one thing, from a list nested under it: its first item
 * when that is linked or names an organisation (`- Research Assistant` / `  - Northfield Institute`),
 * or its only item when that reads as a title (`- **RS School (2023)**` / `  - JavaScript Front-end`).
 */
function takePartnerFromNestedList(entry: Entry): void {
  const nested = entry.children.find((child): child is List => child.type === 'list');
  const item = nested?.children[0];
  const paragraph = item?.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0] : null;
  const named = entry.role ?? entry.organization;
  if (!nested || !paragraph || !named || inlineLines(paragraph.children).length !== 1) return;
  const text = toString(paragraph);
  const linked = paragraph.children.length === 1 && paragraph.children[0]!.type === 'link';
  const organization = linked || hasOrganizationWord(text);
  if (entry.role && !organization && !(nested.children.length === 1 && readsAsTitle(text))) return;
  if (entry.organization && (nested.children.length !== 1 || !readsAsTitle(text))) return;
  // Why the entry's own line is the organisation when nothing tells: the dated line names the place, the item what was done there.
  const roleFirst = entry.role !== null && (organization || pairOrder(named, paragraph.children) === 'role-first');
  entry.role = roleFirst ? named : paragraph.children;
  entry.organization = roleFirst ? paragraph.children : named;
  nested.children = nested.children.slice(1);
  if (nested.children.length === 0) entry.children = entry.children.filter((child) => child !== nested);
}

/** A short line in title case, not a sentence: `Introduction to Computer Science`, `Accounting, Junior Specialist`. */
function readsAsTitle(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  const long = words.filter((word) => word.length > 3);
  return words.length > 0 && words.length <= MAX_TITLE_WORDS && !/[.!?;:]$/u.test(text.trim()) && long.every((word) => /^\P{Ll}/u.test(word));
}
