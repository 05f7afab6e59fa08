/** mdast → résumé AST, by the Markdown conventions in DESIGN.md. Nothing is dropped. */
import type { Heading, Paragraph, PhrasingContent, Root, Yaml } from 'mdast';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { fail, hasErrors, warn } from '../diagnostics.js';
import { classifyContact } from './classify-contact.js';
import { isSafeUrl } from './defuse-unsafe-content.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { readCommaHeader, readHeadingTitle, readMetaLine } from './read-entry-header.js';
import { plainText, splitInline } from './split-inline.js';
import type { Block, Contact, Entry, Inline, Resume, Section } from './types.js';

const CONTACT_SEPARATOR = /\s+[·|•]\s+|\n/;
const MAX_CONTACT_WORDS = 6;

/** Build the résumé AST from `tree`; ambiguities become warnings on `file`. */
export function toResume(tree: Root, file: VFile): Resume {
  const frontMatterNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const frontMatter = readFrontMatter(frontMatterNode, file);
  const queue = tree.children.filter((node): node is Block => node.type !== 'yaml');
  if (!frontMatter.name && toString(queue, { includeHtml: false }).trim() === '') {
    fail(file, 'The file has no text: expected a Markdown résumé starting with `# Your Name`', frontMatterNode?.position?.end ?? { line: 1, column: 1 }, 'no-text');
  }

  // Header: the first heading when it is a `#`, then contact paragraphs, then an optional rule.
  const firstHeading = queue.findIndex((node) => node.type === 'heading');
  const hasName = firstHeading >= 0 && isHeading(queue[firstHeading], 1);
  const summary: Block[] = hasName ? queue.slice(0, firstHeading) : [];
  let index = hasName ? firstHeading + 1 : 0;
  const peek = () => queue[index];
  const nameHeading = hasName ? (queue[firstHeading] as Heading) : null;
  const nameContent: Inline = nameHeading?.children ?? [];
  const contacts: Contact[] = [];
  while (hasName && peek()?.type === 'paragraph' && looksLikeContacts(peek() as Paragraph)) {
    const paragraph = queue[index++] as Paragraph;
    // An item whose own place is not known exactly starts where its paragraph does.
    contacts.push(...splitInline(paragraph.children, CONTACT_SEPARATOR).map(classifyContact).map((contact) => ({ ...contact, position: contact.position ?? paragraph.position })));
  }
  if (hasName && peek()?.type === 'thematicBreak') index++;

  // Summary: everything before the first heading.
  while (peek() && peek()!.type !== 'heading') summary.push(queue[index++]!);

  // Sections: the level of the first heading after the name is the section level.
  const sections: Section[] = [];
  const sectionDepth = (peek() as Heading | undefined)?.depth ?? 2;
  while (peek()) {
    const heading = queue[index++] as Heading;
    const section: Section = { type: 'section', title: plainText(heading.children), heading: heading.children, depth: heading.depth, children: [], position: heading.position };
    let entry: Entry | null = null;
    while (peek() && !isHeadingAtMost(peek(), sectionDepth)) {
      const node = queue[index++]!;
      const started = startEntry(node, sectionDepth, file);
      if (started) {
        entry = started;
        section.children.push(entry);
        const meta = started.style === 'heading' ? readEmphasisLine(peek()) : null;
        if (meta) {
          entry.dates = meta.dates;
          entry.location = meta.location ?? entry.location;
          index++;
        }
      } else if (entry) entry.children.push(node);
      else section.children.push(node);
    }
    sections.push(section);
  }

  return applyFrontMatter(
    { type: 'resume', name: nameContent.length > 0 ? plainText(nameContent) : null, nameContent, headline: null, contacts, summary, sections, meta: { lang: 'en', paper: null, theme: null, keywords: [], description: null }, metaPlaces: {}, position: nameHeading?.position },
    frontMatter,
    file,
  );
}

/** A bold-line entry (`**dates, role, org**`) or a heading one level below the section. */
function startEntry(node: Block, sectionDepth: number, file: VFile): Entry | null {
  if (node.type === 'heading' && node.depth === sectionDepth + 1) {
    return { type: 'entry', style: 'heading', ...readHeadingTitle(node.children), children: [], position: node.position };
  }
  const bold = onlyChild(node, 'strong');
  if (!bold) return null;
  const header = readCommaHeader(bold.children);
  if (header.dates) return { type: 'entry', style: 'bold-line', ...header, children: [], position: node.position };
  if (header.organization) {
    warn(file, 'This bold line looks like an entry header but has no date range first or last, so it is kept as a paragraph; write it as `**May 2017-Dec 2019, Role, Organisation**` to make it an entry', node, 'entry-without-dates');
  }
  return null;
}

/** An emphasised line right under a heading entry that holds its dates and place. */
function readEmphasisLine(node: Block | undefined) {
  const emphasis = node && onlyChild(node, 'emphasis');
  return emphasis ? readMetaLine(emphasis.children) : null;
}

/** The single phrasing child of type `type` of a paragraph (surrounding whitespace allowed). */
function onlyChild<T extends PhrasingContent['type']>(node: Block, type: T): Extract<PhrasingContent, { type: T }> | null {
  if (node.type !== 'paragraph') return null;
  const meaningful = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const only = meaningful[0];
  return meaningful.length === 1 && only?.type === type ? (only as Extract<PhrasingContent, { type: T }>) : null;
}

/** A contact paragraph: short items, several of them or one that is an address, link or phone. */
function looksLikeContacts(paragraph: Paragraph): boolean {
  const items = splitInline(paragraph.children, CONTACT_SEPARATOR);
  if (items.some((item) => plainText(item).split(' ').length > MAX_CONTACT_WORDS)) return false;
  return items.length > 1 || items.some((item) => classifyContact(item).kind !== 'text');
}

function isHeading(node: Block | undefined, depth: number): node is Heading {
  return node?.type === 'heading' && node.depth === depth;
}

function isHeadingAtMost(node: Block | undefined, depth: number): boolean {
  return node?.type === 'heading' && node.depth <= depth;
}

/** Front matter fills or overrides the header and sets the document options. */
function applyFrontMatter(resume: Resume, data: FrontMatter, file: VFile): Resume {
  const text = (value: string): Inline => [{ type: 'text', value }];
  const contacts = [...resume.contacts];
  const known = new Set(contacts.map((contact) => contact.href ?? contact.text));
  // A contact from front matter starts where its value does.
  const at = (place: Point | undefined): Position | undefined => place && { start: place, end: place };
  const add = (content: Inline, place: Point | undefined) => {
    const contact: Contact = { ...classifyContact(content), position: at(place) };
    if (!known.has(contact.href ?? contact.text)) contacts.push(contact);
    known.add(contact.href ?? contact.text);
  };
  if (data.email) add([{ type: 'link', url: `mailto:${data.email}`, children: text(data.email) }], data.places.email);
  if (data.phone) add(text(data.phone), data.places.phone);
  if (data.location) contacts.push({ type: 'contact', kind: 'location', text: data.location, href: null, content: text(data.location), position: at(data.places.location) });
  for (const link of data.links ?? []) {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(link.url) || !isSafeUrl(link.url)) {
      warn(file, `Front matter link \`${link.url}\` skipped: expected an absolute http, https or mailto URL`, link.place, 'unsafe-url');
      continue;
    }
    add([{ type: 'link', url: link.url, children: text(link.text ?? link.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')) }], link.place);
  }

  if (data.name && resume.name && data.name !== resume.name) {
    warn(file, `Front matter \`name: ${data.name}\` replaces the heading \`${resume.name}\` in every output; remove one of them`, resume.position, 'name-override');
  }
  const name = data.name ?? resume.name;
  if (!name && !hasErrors(file)) warn(file, 'No name found: expected a `# Name` heading at the top or `name:` in front matter', { line: 1, column: 1 }, 'missing-name');
  return {
    ...resume,
    name,
    nameContent: data.name ? text(data.name) : resume.nameContent,
    headline: data.headline ? text(data.headline) : resume.headline,
    contacts,
    meta: {
      lang: data.lang ?? resume.meta.lang,
      paper: data.paper ?? null,
      theme: data.theme ?? null,
      keywords: data.keywords ?? [],
      description: data.description ?? null,
    },
    metaPlaces: { lang: data.places.lang, paper: data.places.paper, theme: data.places.theme, keywords: data.places.keywords, description: data.places.description },
  };
}
