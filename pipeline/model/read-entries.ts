/** Reads the entries of one section, in every form a résumé writes them; other blocks stay in order. */
import type { Blockquote, Heading, List, Paragraph } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { warn } from '../diagnostics.js';
import { isHeaderStart } from './entry-forms/header-start.js';
import { listEntries } from './entry-forms/list-entries.js';
import { headerLinesAfter } from './entry-forms/meta-lines.js';
import { periodTableEntries } from './entry-forms/period-table-entries.js';
import { startEntry, type LineSource, type StartedEntry } from './entry-forms/start-entry.js';
import { tableEntries } from './entry-forms/table-entries.js';
import type { EntryOrder } from './entry-order.js';
import { inlineLines } from './inline-lines.js';
import { readEntryHeader } from './read-entry-header.js';
import { readHeaderLine } from './read-header-line.js';
import { findDateRange } from './parse-dates.js';
import { readsAsPlace } from './reads-as-place.js';
import { inlineText, sliceInline } from './slice-inline.js';
import type { Block, Entry, Inline } from './types.js';

/** The entry being read, and how its header was written. */
interface Current {
  entry: Entry;
  lines: Inline[];
  /** The depth of its heading, or null when a paragraph, item or row started it. */
  depth: number | null;
  names: number;
}

/** A company named over several role lines: each role line is an entry at that company. */
interface Company {
  organization: Inline;
  location: Inline | null;
}

/**
 * The entries and blocks of a section whose heading depth is `sectionDepth`. An entry runs until
 * the next entry or a block that starts none; a heading under an entry that starts none stays
 * inside it. Role and organisation whose words do not tell them apart wait in `order`.
 */
export function readEntries(blocks: Block[], sectionDepth: number, order: EntryOrder, file: VFile): Array<Entry | Block> {
  const out: Array<Entry | Block> = [];
  let current: Current | null = null;
  let company: Company | null = null;
  let index = 0;
  const add = (node: Block) => (current ? current.entry.children.push(node) : out.push(node));
  const begin = (started: StartedEntry, depth: number | null) => {
    const { entry, reading } = started;
    order.record(entry, reading);
    if (reading.companyFirst && entry.organization) company = { organization: entry.organization, location: entry.location };
    else if (company && reading.names === 1 && entry.role && !entry.organization) {
      entry.organization = company.organization;
      entry.location = entry.location ?? company.location;
    } else company = null;
    out.push(entry);
    current = { entry, lines: started.lines, depth, names: reading.names };
  };

  while (index < blocks.length) {
    const node = blocks[index]!;
    const next = blocks[index + 1];
    if (node.type === 'heading' && node.depth > sectionDepth) {
      const role = roleUnderCompany(node, next, current, order);
      if (role) {
        index += role.consumed;
        continue;
      }
      if (current && current.depth !== null && node.depth > current.depth && carriesOn(current.entry, node)) {
        index += 1;
        continue;
      }
      const own = readEntryHeader(inlineLines(node.children));
      if (next?.type === 'list' && own.names === 1 && own.header.organization && !own.header.dates) {
        const started = startEntry([{ lines: inlineLines(node.children), whole: true }], 'heading', node.position);
        const rest = takeRoleItem(started.entry, next);
        if (rest?.dates) {
          begin(started, node.depth);
          if (rest.list.children.length > 0) add(rest.list);
          index += 2;
          continue;
        }
      }
      const over = companyOverRole(node, next, blocks[index + 2]);
      if (over) {
        begin(over.started, over.depth);
        index += over.started.sourcesUsed;
        continue;
      }
      const started = headingEntry(node, next, [], blocks[index + 2]);
      // Without dates, only a heading one level below the section is an entry, as it always was.
      const named = node.depth === sectionDepth + 1 && started.reading.names >= 2;
      if (started.entry.dates || named || (company && started.reading.names === 1)) {
        begin(started, node.depth);
        index += started.sourcesUsed;
        continue;
      }
    } else if (node.type === 'paragraph') {
      const lines = inlineLines(node.children);
      // A date line over a heading: `*2019 – Present*` then `### Role — Org`.
      if (next?.type === 'heading' && next.depth > sectionDepth && isDatesOnly(lines)) {
        const started = headingEntry(next, blocks[index + 2], lines);
        begin(started, next.depth);
        index += 1 + started.sourcesUsed;
        continue;
      }
      const each = lineEntries(lines);
      if (each) {
        each.forEach((line) => begin(line, null));
        index += 1;
        continue;
      }
      const started = paragraphEntry(node, lines, next, file);
      if (started) {
        begin(started, null);
        index += started.sourcesUsed;
        continue;
      }
    } else if (node.type === 'blockquote') {
      const started = quotedEntry(node, file);
      if (started) {
        begin(started, null);
        index += 1;
        continue;
      }
    } else if (node.type === 'list' && current && current.entry.organization && !current.entry.role && current.lines.length > 0) {
      const rest = takeRoleItem(current.entry, node);
      if (rest) {
        if (rest.list.children.length > 0) add(rest.list);
        index += 1;
        continue;
      }
    } else if (node.type === 'list' && (!current || current.entry.style === 'list-item')) {
      const entries = listEntries(node, order);
      if (entries) {
        out.push(...entries);
        current = { entry: entries[entries.length - 1]!, lines: [], depth: null, names: 2 };
        company = null;
        index += 1;
        continue;
      }
    } else if (node.type === 'table' && !current) {
      const read = tableEntries(node, order) ?? periodTableEntries(node, order);
      if (read) {
        if (read.header) out.push(read.header);
        out.push(...read.entries);
        index += 1;
        continue;
      }
    }
    add(node);
    index += 1;
  }
  return out;
}

/**
 * A heading entry: the heading's lines, then the lines under it when they carry on the header, from
 * up to two blocks (`### 2022 - 2024`, `**Role**`, `> Faculdade Guaíba` / `> 📍 Porto Alegre/RS`).
 */
function headingEntry(heading: Heading, next: Block | undefined, before: Inline[], after?: Block): StartedEntry {
  const above = [...before, ...inlineLines(heading.children)];
  const under = headerLinesAfter(next, readEntryHeader(above).names);
  // Why only after lines: the blocks the header reaches into are counted one source each.
  const further = under.length > 0 ? headerLinesAfter(after, readEntryHeader([...above, ...under]).names) : [];
  const sources: LineSource[] = [
    { lines: before, whole: true },
    { lines: inlineLines(heading.children), whole: true },
    { lines: under, whole: false },
    { lines: further, whole: false },
  ];
  const started = startEntry(sources, 'heading', heading.position);
  // The caller counts blocks from the heading, not from the date line before it.
  return { ...started, sourcesUsed: started.sourcesUsed - (before.length > 0 ? 1 : 0) };
}

/**
 * A paragraph entry: a short first line with dates at one end or a bold or emphasised name
 * (`**2019 – 2021, Role, Org**`, `Role, Org (2019 – 2021)`, `***Company, City***` over a role and
 * dates), with the next paragraph when it holds what the first lacks. A bold line that names
 * things but has no dates stays a paragraph, with a warning.
 */
function paragraphEntry(paragraph: Paragraph, written: Inline[], next: Block | undefined, file: VFile): StartedEntry | null {
  const lines = splitHeaderSentence(written);
  if (!lines[0] || !isHeaderStart(lines[0])) return null;
  const own = readEntryHeader(lines);
  const more = !own.header.dates || partnerOnly(next) ? headerLinesAfter(next, own.names) : [];
  const started = startEntry([{ lines, whole: false }, { lines: more, whole: false }], lines.length > 0 && readHeaderLine(lines[0]).styled ? 'bold-line' : 'paragraph', paragraph.position);
  if (started.entry.dates && (started.reading.names >= 1 || started.entry.role || started.entry.organization)) return started;
  if (own.names >= 2 && lines.length === 1 && readHeaderLine(lines[0]).styled) {
    warn(file, 'This bold line looks like an entry header but has no date range first or last, so it is kept as a paragraph; write it as `**May 2017-Dec 2019, Role, Organisation**` to make it an entry', paragraph, 'entry-without-dates');
  }
  return null;
}

/**
 * One entry per line of a paragraph whose every line is a dated header naming something, as line
 * breaks list them: `**Магистр, …**, Камский университет, 2013–2015` / `**Бакалавр, …**, …, 2009–2013`.
 */
function lineEntries(lines: Inline[]): StartedEntry[] | null {
  if (lines.length < 2) return null;
  const entries = lines.map((line) => {
    if (!isHeaderStart(line) || !readHeaderLine(line).dates) return null;
    const started = startEntry([{ lines: [line], whole: true }], readHeaderLine(line).styled ? 'bold-line' : 'paragraph', spanOf(line));
    return started.reading.names >= 1 ? started : null;
  });
  return entries.every((entry) => entry !== null) ? (entries as StartedEntry[]) : null;
}

function spanOf(line: Inline): Position | undefined {
  const start = line[0]?.position?.start;
  const end = line.at(-1)?.position?.end;
  return start && end ? { start, end } : undefined;
}

/**
 * The lines of a paragraph whose first sentence is an entry header and the rest prose, with that
 * sentence as a line of its own: `**Ferrowind** — Staff SRE, Dublin (since March 2022). I look after…`.
 */
function splitHeaderSentence(lines: Inline[]): Inline[] {
  const [first, ...rest] = lines;
  if (!first || first[0]?.type !== 'strong') return lines;
  const text = inlineText(first);
  const end = /[.!?](?=\s+\p{Lu})/u.exec(text);
  if (!end || !findDateRange(text.slice(0, end.index))) return lines;
  const head = sliceInline(first, 0, end.index + 1);
  const tail = sliceInline(first, end.index + 1, text.length);
  const lead = inlineText(tail).length - inlineText(tail).trimStart().length;
  return [head, sliceInline(tail, lead, inlineText(tail).length), ...rest];
}

/**
 * A quote that opens with a bold entry header, `>**Software Engineer**, Cedarbrook Systems, 01/2021 - present`:
 * the quote is the entry, the rest of it the entry's text.
 */
function quotedEntry(quote: Blockquote, file: VFile): StartedEntry | null {
  const [first, next, ...rest] = quote.children as Block[];
  if (first?.type !== 'paragraph') return null;
  // Why bold first: a quoted reference (`> Doe, E. *Title*. OSDI 2021.`) also ends in a year.
  const opening = first.children.find((node) => node.type !== 'text' || node.value.trim() !== '');
  if (opening?.type !== 'strong') return null;
  const started = paragraphEntry(first, inlineLines(first.children), next, file);
  if (!started) return null;
  started.entry.children.push(...(started.sourcesUsed > 1 ? rest : [next, ...rest].filter((block): block is Block => block !== undefined)));
  return started;
}

/**
 * A heading that names only a role, under an entry that names only a company: `## Company` with its
 * dates, then `### Role` with its place. The role completes the company's entry.
 */
function roleUnderCompany(heading: Heading, next: Block | undefined, current: Current | null, order: EntryOrder): { consumed: number } | null {
  if (!current || current.depth === null || heading.depth <= current.depth || current.names !== 1) return null;
  const own = readEntryHeader(inlineLines(heading.children));
  if (own.names !== 1 || own.header.dates) return null;
  const after = headerLinesAfter(next);
  const reading = readEntryHeader([...current.lines, ...inlineLines(heading.children), ...after], current.lines.length + inlineLines(heading.children).length);
  if (reading.names !== 2) return null;
  Object.assign(current.entry, reading.header);
  order.record(current.entry, reading);
  current.names = 2;
  const usedAfter = reading.used - current.lines.length - inlineLines(heading.children).length;
  return { consumed: usedAfter > 0 && usedAfter >= after.length ? 2 : 1 };
}

/**
 * The role of an entry that names only its organisation, from the first item of the list under it
 * (`- **BBA in Information Systems**, Sep 2014 - May 2018`): an item of one line naming one thing,
 * with dates at most. Returns the list without that item, or null when the item is not such.
 */
function takeRoleItem(entry: Entry, list: List): { list: List; dates: boolean } | null {
  const [item, ...others] = list.children;
  const [paragraph, ...inside] = item?.children ?? [];
  if (paragraph?.type !== 'paragraph') return null;
  const lines = inlineLines(paragraph.children);
  if (lines.length !== 1 || (entry.dates && readHeaderLine(lines[0]!).dates)) return null;
  const line = readHeaderLine(lines[0]!);
  const reading = readEntryHeader(lines);
  const role = reading.header.role;
  if (!role || reading.names !== 1 || line.parts.length !== 1 || reading.header.notes.length > 0 || (!line.styled && !line.dates)) return null;
  entry.role = role;
  entry.dates = entry.dates ?? reading.header.dates;
  entry.children.push(...(inside as Block[]));
  return { list: { ...list, children: others }, dates: reading.header.dates !== null };
}

/**
 * A heading that names only an organisation (`### Halvorsen Digital Partners, Newark, NJ`) over a
 * heading with a role and dates (`#### Platform Engineer, Feb 2022 - Present`): one entry of both,
 * and the organisation goes on to the role headings after it.
 */
function companyOverRole(heading: Heading, next: Block | undefined, after: Block | undefined): { started: StartedEntry; depth: number } | null {
  if (next?.type !== 'heading' || next.depth <= heading.depth) return null;
  const own = readEntryHeader(inlineLines(heading.children));
  const below = readEntryHeader(inlineLines(next.children));
  if (own.header.dates || own.names !== 1 || !below.header.dates || below.names !== 1) return null;
  const sources: LineSource[] = [
    { lines: inlineLines(heading.children), whole: true },
    { lines: inlineLines(next.children), whole: true },
    { lines: headerLinesAfter(after, 2), whole: false },
  ];
  const started = startEntry(sources, 'heading', heading.position);
  return started.reading.names === 2 ? { started, depth: next.depth } : null;
}

/**
 * A heading under an entry's heading that only carries on its header: its dates
 * (`#### March 2019 – Present`) or its place (`###### Pittsburgh, PA`), when the entry lacks them.
 */
function carriesOn(entry: Entry, heading: Heading): boolean {
  const lines = inlineLines(heading.children);
  if (lines.length !== 1) return false;
  const line = readHeaderLine(lines[0]!);
  if (!entry.dates && isDatesOnly(lines)) {
    entry.dates = line.dates;
    return true;
  }
  if (!entry.location && !line.dates && !line.labelled && readsAsPlace(line.text)) {
    entry.location = lines[0]!;
    return true;
  }
  return false;
}

/** Whether the next block is a lone role or organisation in emphasis or bold: `*Senior Controls Engineer*`. */
function partnerOnly(block: Block | undefined): boolean {
  const lines = headerLinesAfter(block);
  if (lines.length !== 1) return false;
  const line = readHeaderLine(lines[0]!);
  return line.styled && !line.dates && line.parts.length === 1;
}

function isDatesOnly(lines: Inline[]): boolean {
  return lines.length === 1 && ((line) => line.dates !== null && line.parts.every((part) => part.aside || part.parenthetical))(readHeaderLine(lines[0]!));
}
