/**
 * Reads the header of a résumé: the name (past a document title), a headline, and the contacts of
 * every block between the name and the body (paragraphs, lists, key/value tables, quotes, HTML links).
 */
import type { Heading, List, Paragraph, PhrasingContent, Table, Text } from 'mdast';
import type { Position } from 'unist';
import { classifyContact } from './classify-contact.js';
import { readLabel } from './contact-label.js';
import { isContactSection } from './contact-section.js';
import { isDocumentTitle, withoutDocumentTitle } from './document-title.js';
import { htmlBlocks, isWordlessHtml } from './html-blocks.js';
import { htmlContacts } from './html-contacts.js';
import { namesSection, personName, readsAsName } from './person-name.js';
import { isLineBreak } from './inline-lines.js';
import { plainText, splitInline } from './split-inline.js';
import type { Block, Contact, Inline } from './types.js';

const CONTACT_SEPARATOR = /\s+[·|•]\s+|\s*[｜／]\s*|\n/;
// Between links on a line of links, only these may stand: `[Site](…) - [Email](mailto:…)`.
const LINK_SEPARATOR = /^[\s·|•｜,;/–—-]*$/u;
const LINE = /\n/;
const NEWLINE: Text = { type: 'text', value: '\n' };
const MAX_CONTACT_WORDS = 6;
const MAX_HEADLINE_WORDS = 12;
// Why: a year marks an entry line (`**2019–2021, Engineer, Acme**`), never a headline.
const YEAR = /\b(?:19|20)\d\d\b/;

/** What the header holds, and where the rest of the document starts. */
export interface Header {
  /** The person's name as plain text (`Tomas Rigby` for `# Hi, I'm Tomas Rigby 👋`), or null when the Markdown gives none. */
  name: string | null;
  /** Where the name stands, or undefined when the document has none. */
  namePosition: Position | undefined;
  nameContent: Inline;
  headline: Inline | null;
  contacts: Contact[];
  /** Blocks before the name and blocks of the header that are neither contacts nor headline (kept in the summary, in order). */
  before: Block[];
  /** Index in `blocks` of the first block after the header. */
  end: number;
}

/** Where the name was found, and whether it is only a document title standing in for one. */
interface Name {
  content: Inline;
  position: Position | undefined;
  /** The heading depth of the name, or 0 for a bold line. */
  depth: number;
  before: Block[];
  next: number;
  /** The title heading when the name is still to be found (`# Lebenslauf`). */
  title: Heading | null;
}

/**
 * Read the header at the start of `blocks` (front matter already removed). `namedInFrontMatter`:
 * front matter gives the name, so `#` headings that recur are sections, not the name, and the
 * contacts at the top are read even when the Markdown names no one.
 */
export function readHeader(blocks: Block[], namedInFrontMatter = false): Header {
  const html = readOpeningHtml(blocks);
  if (html) {
    const header = readBlocks(html.blocks, namedInFrontMatter);
    const end = html.origins[header.end];
    // Why only at a block's start: a header that ends inside an HTML block would split it.
    if (end === undefined) return { ...header, end: blocks.length };
    if (header.end === 0 || html.origins[header.end - 1] !== end) return { ...header, end };
  }
  return readBlocks(blocks, namedInFrontMatter);
}

/**
 * `blocks` with each raw HTML block before the first heading that holds a heading read as Markdown
 * (`<h1 align="center">Name</h1>`), and the index in `blocks` each comes from; null when there is none.
 */
function readOpeningHtml(blocks: Block[]): { blocks: Block[]; origins: number[] } | null {
  const stop = blocks.findIndex((block) => block.type === 'heading');
  const read: Block[] = [];
  const origins: number[] = [];
  let changed = false;
  blocks.forEach((block, index) => {
    const markdown = block.type === 'html' && (stop < 0 || index < stop) ? htmlBlocks(block) : null;
    changed ||= markdown !== null;
    for (const each of markdown ?? [block]) {
      read.push(each);
      origins.push(index);
    }
  });
  return changed ? { blocks: read, origins } : null;
}

function readBlocks(blocks: Block[], namedInFrontMatter: boolean): Header {
  const titles = blocks.filter((block) => block.type === 'heading' && block.depth === 1).length;
  // Why: `# Experience` … `# Education` under a front-matter name must stay sections; swallowing
  // the first as a name would drop its words from every output.
  const found = namedInFrontMatter && titles > 1 ? null : findName(blocks);
  if (!found && !namedInFrontMatter) {
    // The name may stand in a first section (`## Contacts` with `Name: …`): it is read, and left in place.
    const item = findNameItem(blocks.slice(0, nthHeading(blocks, 0, 2)));
    return { name: item && plainText(item), namePosition: item?.[0]?.position, nameContent: item ?? [], headline: null, contacts: [], before: [], end: 0 };
  }
  // Front matter names the person: the contacts at the top are still read, up to the first heading.
  const name = found ?? { content: [], position: undefined, depth: 0, before: [], next: 0, title: null };
  const before = [...name.before];
  const contacts: Contact[] = [];
  let headline: Inline | null = null;
  let index = name.next;

  // An item such as `名前：山田 花子` names the person when the first heading was a document title;
  // it also stays among the contacts as written, so its label is not lost.
  const take = (item: Inline, place: Position | undefined) => {
    const { hint, value } = readLabel(item);
    if (hint === 'name' && name.title) {
      before.splice(name.before.length, 0, name.title);
      Object.assign(name, { content: value, position: place, title: null });
    }
    const contact = classifyContact(item);
    // An item whose own place is not known exactly starts where its block does.
    contacts.push({ ...contact, position: contact.position ?? place });
  };

  const small = blocks[index];
  if (small?.type === 'heading' && !name.title && name.depth > 0 && small.depth > name.depth && isHeadlineHeading(blocks, index)) {
    headline = small.children;
    index += 1;
  }
  for (let first = headline === null; index < blocks.length; index += 1, first = false) {
    const block = blocks[index]!;
    if (block.type === 'thematicBreak') {
      index += 1;
      break;
    }
    if (block.type === 'html' && isWordlessHtml(block)) {
      before.push(block);
      continue;
    }
    if (block.type === 'paragraph') {
      const read = readParagraph(block, first);
      if (read.headline) headline = read.headline;
      read.items.forEach((item) => take(item, block.position));
      if (read.rest) {
        if (read.items.length === 0 && !read.headline && (isBoldOnly(block) || wordCount(block.children) > MAX_HEADLINE_WORDS)) break;
        before.push(read.rest);
      }
      continue;
    }
    const items = blockContacts(block);
    if (!items) break;
    items.forEach((item) => take(item, block.position));
  }
  if (name.title) {
    // The name may stand in the first section (`## Persönliche Daten` with a `Name` row): it is read, and left in place.
    const item = findNameItem(blocks.slice(index, nthHeading(blocks, index, 2)));
    if (item) {
      before.splice(name.before.length, 0, name.title);
      Object.assign(name, { content: item, position: item[0]?.position, title: null });
    }
  }
  // `# Lebenslauf – Jonas Hartwig`: the heading is shown as written, the name is the person's.
  // A document title still waiting for a name (`# Curriculum Vitae`) is shown, but names no one.
  const plain = name.content.length > 0 && !name.title ? personName(withoutDocumentTitle(nameText(name.content))) : null;
  return { name: plain, namePosition: name.position, nameContent: name.content, headline, contacts, before, end: index };
}

/**
 * The name: the first `#` heading unless it is a document title or a section's title, a bold first
 * line that reads as a name, or a smaller first heading that reads as a name with contacts under it.
 */
function findName(blocks: Block[]): Name | null {
  const first = blocks.findIndex((node) => node.type === 'heading');
  const heading = blocks[first];
  if (heading?.type === 'heading' && heading.depth === 1 && !isDocumentTitle(plainText(heading.children)) && isSectionTitle(heading)) return null;
  if (heading?.type === 'heading' && heading.depth === 1) {
    const asName = (title: Heading | null): Name => ({ content: heading.children, position: heading.position, depth: 1, before: blocks.slice(0, first), next: first + 1, title });
    if (!isDocumentTitle(plainText(heading.children))) return asName(null);
    const next = blocks[first + 1];
    // Why first: `## Persönliche Daten` reads like a name, but a `Name` row under it says whose page it is.
    const content = !findNameItem(blocks.slice(first + 1, nthHeading(blocks, first + 1, 2))) && next && nameLine(next);
    if (!content) return asName(heading);
    return { content, position: next.position, depth: next.type === 'heading' ? next.depth : 1, before: blocks.slice(0, first + 1), next: first + 2, title: null };
  }
  const opening = blocks.findIndex((node) => !isComment(node));
  const line = opening >= 0 && (first < 0 || opening < first) ? blocks[opening]! : null;
  const content = line?.type === 'paragraph' ? nameLine(line) : null;
  if (line && content) return { content, position: line.position, depth: 0, before: blocks.slice(0, opening), next: opening + 1, title: null };
  // `## Sanne Verhoeven` over `sanne@example.com · Zwolle`, or over the whole outline: a name written one level down.
  if (heading?.type !== 'heading' || !nameLine(heading) || !(hasContactsUnder(blocks, first) || topsOutline(blocks, first))) return null;
  return { content: heading.children, position: heading.position, depth: heading.depth, before: blocks.slice(0, first), next: first + 1, title: null };
}

/** Whether a heading's words name a kind of section (`Education`, `Experience as Junior Developer`): never a name. */
function isSectionTitle(heading: Heading): boolean {
  return namesSection(nameText(heading.children));
}

/** Whether the heading at `index` is the only one at its depth or above from there on: the top of the outline below it. */
function topsOutline(blocks: Block[], index: number): boolean {
  const { depth } = blocks[index] as Heading;
  return blocks.slice(index + 1).every((block) => block.type !== 'heading' || block.depth > depth);
}

/** Whether the blocks under the heading at `index`, up to the next heading, hold a sure contact. */
function hasContactsUnder(blocks: Block[], index: number): boolean {
  const under = blocks.slice(index + 1, nthHeading(blocks, index + 1, 1));
  return under.some((block) => (block.type === 'paragraph' ? readParagraph(block, false).items : blockContacts(block) ?? []).some(isSureContact));
}

/** The content of a heading or bold-only line that reads as a person's name. */
function nameLine(block: Block): Inline | null {
  if (block.type === 'heading') return readsAsName(nameText(block.children)) ? block.children : null;
  if (block.type !== 'paragraph' || !isBoldOnly(block)) return null;
  const strong = block.children.find((node) => node.type === 'strong');
  return strong && readsAsName(plainText(strong.children)) ? strong.children : null;
}

/** The words of a name, without the alt text of an image beside it. */
export function nameText(content: Inline): string {
  return plainText(content.filter((node) => node.type !== 'image'));
}

/**
 * A heading right under the name is a headline when contacts, or nothing but headings, follow it:
 * a heading as deep or shallower, or deeper ones when it is no section's title and tops the rest of
 * the outline (`# Name`, `## Junior Developer`, then `### Experience` …).
 */
function isHeadlineHeading(blocks: Block[], index: number): boolean {
  const heading = blocks[index] as Heading;
  const next = blocks[index + 1];
  if (wordCount(heading.children) > MAX_HEADLINE_WORDS || YEAR.test(plainText(heading.children)) || isSectionTitle(heading) || isContactSection(plainText(heading.children))) return false;
  if (!next || next.type === 'thematicBreak') return true;
  if (next.type === 'heading') return next.depth <= heading.depth || topsOutline(blocks, index);
  const items = next.type === 'paragraph' ? readParagraph(next, false).items : blockContacts(next);
  return items !== null && items.some(isSureContact);
}

/** A paragraph's contact items, its headline line, and what is left of it. */
interface ReadParagraph {
  items: Inline[];
  headline: Inline | null;
  rest: Paragraph | null;
}

/**
 * Read `paragraph` line by line: lines of contacts give items; the first line may be the headline
 * (`first`: the paragraph follows the name); images and other lines stay, as a paragraph, in order.
 * Why line by line: `![photo](p.jpg)`, `**Developer**` and `📧 a@b.c | 📱 …` often share one paragraph.
 */
function readParagraph(paragraph: Paragraph, first: boolean): ReadParagraph {
  const lines = splitLines(paragraph.children);
  const contactLines = lines.map((line) => contactLine(line));
  const hasContacts = contactLines.some((items) => items !== null);
  let headline: Inline | null = null;
  const items: Inline[] = [];
  const rest: Inline = [];
  lines.forEach((line, index) => {
    const lineItems = contactLines[index] ?? null;
    if (first && headline === null && rest.length === 0 && items.length === 0 && isHeadlineLine(line, lineItems)) headline = unwrapBold(line);
    else if (lineItems) items.push(...lineItems);
    else if (hasContacts && !line.every(isImage) && splitInline(line, CONTACT_SEPARATOR).every(isShort)) items.push(line);
    else rest.push(...(rest.length > 0 ? [NEWLINE] : []), ...line);
  });
  if (!hasContacts && headline === null) return { items: [], headline: null, rest: paragraph };
  return { items, headline, rest: rest.length > 0 ? { type: 'paragraph', children: rest, position: paragraph.position } : null };
}

/** The contact items of a line, or null when it is not a line of contacts. */
function contactLine(line: Inline): Inline[] | null {
  const links = linksOnly(line);
  if (links) return links;
  const items = splitInline(line, CONTACT_SEPARATOR);
  if (items.length === 0 || !items.every(isShort)) return null;
  return items.length > 1 || items.some(isContactItem) ? items : null;
}

/** The links of a line that holds two or more and nothing else but separators (`[Site](…) / [Email](mailto:…)`), each an item; else null. */
function linksOnly(line: Inline): Inline[] | null {
  const isLink = (node: PhrasingContent) => node.type === 'link' || node.type === 'linkReference';
  const links = line.filter(isLink);
  const between = line.every((node) => isLink(node) || (node.type === 'text' && LINK_SEPARATOR.test(node.value)));
  return links.length > 1 && between ? links.map((link) => [link]) : null;
}

/** A short line of words that are not contacts (`**Tech Lead | Maintainer**`, `Productmanager`). */
function isHeadlineLine(line: Inline, items: Inline[] | null): boolean {
  const text = plainText(line);
  if (text === '' || line.some((node) => node.type === 'html') || YEAR.test(text) || wordCount(line) > MAX_HEADLINE_WORDS || line.every(isImage)) return false;
  if (isBoldOnly({ type: 'paragraph', children: line })) return true;
  // Why: a sentence (`Wrote the first program.`) opens the summary; a headline is a title, not prose.
  if (/[.!?。！？…]["'”’)]?$/u.test(text)) return false;
  return (items ?? [line]).every((item) => classifyContact(item).kind === 'text' && readLabel(item).label === null);
}

/** The contact items of a block written the way a header writes them: lines, lists, key/value tables; empty when none. */
export function contactItems(block: Block): Inline[] {
  return (block.type === 'paragraph' ? readParagraph(block, false).items : blockContacts(block)) ?? [];
}

/** The contact items of a list, key/value table, quote or HTML block that holds only contacts; else null. */
function blockContacts(block: Block): Inline[] | null {
  if (block.type === 'list') return listContacts(block);
  if (block.type === 'table') return tableContacts(block);
  if (block.type === 'html') return htmlContacts(block);
  if (block.type === 'paragraph') {
    const lines = splitLines(block.children).map((line) => contactLine(line));
    return lines.every((items) => items !== null) ? lines.flat() as Inline[] : null;
  }
  if (block.type !== 'blockquote') return null;
  const all = block.children.map(blockContacts);
  return all.length > 0 && all.every((items) => items !== null) ? all.flat() as Inline[] : null;
}

/** `- Email: <a@b.c>`, `- GitHub: [x](…)`: every item labelled or a contact, one at least a real one. */
function listContacts(list: List): Inline[] | null {
  const items: Inline[] = [];
  for (const item of list.children) {
    const only = item.children[0];
    if (item.children.length !== 1 || only?.type !== 'paragraph') return null;
    const parts = splitInline(only.children, CONTACT_SEPARATOR);
    if (!parts.every((part) => isShort(part) && (isContactItem(part) || readLabel(part).label !== null))) return null;
    items.push(...parts);
  }
  return items.some(isSureContact) ? items : null;
}

/** `| E-Mail | a@b.c |`: a two-column table of labels and values; each row is one item, `Label: value`. */
function tableContacts(table: Table): Inline[] | null {
  const rows = table.children.filter((row) => row.children.some((cell) => plainText(cell.children) !== ''));
  const items: Inline[] = [];
  for (const row of rows) {
    const [label, value, ...more] = row.children;
    if (!label || !value || more.length > 0 || wordCount(label.children) > 3 || plainText(value.children) === '') return null;
    items.push([{ type: 'text', value: `${plainText(label.children)}: `, position: label.position }, ...value.children]);
  }
  return items.length > 0 && items.some(isSureContact) ? items : null;
}

/** A `Name:` item in `blocks`: a list item, a line, or a table row; its value, copied. */
function findNameItem(blocks: Block[]): Inline | null {
  for (const block of blocks) {
    const lines: Inline[] =
      block.type === 'paragraph' ? splitInline(block.children, LINE)
      : block.type === 'list' ? block.children.flatMap((item) => (item.children[0]?.type === 'paragraph' ? splitInline(item.children[0].children, LINE) : []))
      : block.type === 'table' ? block.children.map((row) => row.children.length === 2 ? [{ type: 'text', value: `${plainText(row.children[0]!.children)}: ` }, ...row.children[1]!.children] : [])
      : [];
    for (const line of lines) {
      const { hint, value } = readLabel(line);
      if (hint === 'name' && readsAsName(plainText(value))) return value;
    }
  }
  return null;
}

/** Whether an item is an e-mail, URL, phone or place, or is labelled or marked as one (`📍 Austin`, `Anschrift: Berlin`). */
function isContactItem(item: Inline): boolean {
  return classifyContact(item).kind !== 'text' || readLabel(item).hint !== null;
}

/** Whether an item is surely a contact: an e-mail, URL or phone, or labelled or marked as a contact. Why: `Python, Go` reads like a place. */
function isSureContact(item: Inline): boolean {
  const kind = classifyContact(item).kind;
  return kind === 'email' || kind === 'url' || kind === 'phone' || readLabel(item).hint !== null;
}

/** The lines of inline content, broken at line endings, hard breaks and `<br>`. Why `<br>`: `Pune, India<br>` ends a line as a break does. */
function splitLines(content: Inline): Inline[] {
  // Why not inlineLines: splitInline keeps each piece's exact source position, which contacts report.
  return splitInline(content.map((node) => (isLineBreak(node) ? { type: 'break', position: node.position } : node)), LINE);
}

function isShort(item: Inline): boolean {
  return wordCount(readLabel(item).value) <= MAX_CONTACT_WORDS;
}

function isBoldOnly(paragraph: Paragraph): boolean {
  const visible = paragraph.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  return visible.length === 1 && visible[0]!.type === 'strong';
}

function unwrapBold(line: Inline): Inline {
  return line.length === 1 && line[0]!.type === 'strong' ? line[0].children : line;
}

function isImage(node: PhrasingContent): boolean {
  return node.type === 'image' || (node.type === 'text' && node.value.trim() === '');
}

function wordCount(content: Inline): number {
  const text = plainText(content);
  return text === '' ? 0 : text.split(' ').length;
}

function isComment(block: Block): boolean {
  return block.type === 'html' && block.value.trimStart().startsWith('<!--');
}

/** Index of the `n`th heading at or after `from`, or the end. */
function nthHeading(blocks: Block[], from: number, n: number): number {
  let seen = 0;
  for (let index = from; index < blocks.length; index += 1) {
    if (blocks[index]!.type === 'heading' && (seen += 1) === n) return index;
  }
  return blocks.length;
}
