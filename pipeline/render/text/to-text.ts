/** Résumé AST → clean UTF-8 plain text for pasting into application forms. */
import type { Contact, Entry, Resume, Section } from '../../model/types.js';
import { blockLines } from './block-lines.js';
import { entryHeaderText } from './entry-header-text.js';
import { inlineText, withTarget, type InlineOptions } from './inline-text.js';
import { columns, wrap } from './wrap.js';
import { SEPARATOR } from '../punctuation.js';

/** Options of the text renderer. */
export interface TextOptions {
  /** Column at which lines wrap; default 80. A URL longer than that stands on a line of its own. */
  width?: number;
}

const URLS: InlineOptions = { urls: true };

/** Render `resume` as plain text wrapped at `options.width`, ending with one newline. */
export function toText(resume: Resume, options: TextOptions = {}): string {
  const width = options.width ?? 80;
  const header = [
    ...(resume.nameContent.length > 0 ? wrap(inlineText(resume.nameContent, URLS), width) : resume.name ? [resume.name] : []),
    ...(resume.headline ? wrap(inlineText(resume.headline, URLS), width) : []),
    ...contactLines(resume.contacts.map(contactText), width),
    // The photo's alt text, as every image's, so no word of the Markdown is lost.
    ...(resume.photo?.alt ? wrap(resume.photo.alt, width) : []),
  ];
  const chunks = [header, blockLines(resume.summary, width, URLS), ...resume.sections.flatMap((section) => sectionChunks(section, width))];
  const text = chunks
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.map((line) => line.trimEnd()).join('\n'))
    .join('\n\n');
  return `${text}\n`;
}

/**
 * Contacts joined with ` · `. Why: a line breaks between contacts, never inside one, unless a
 * contact alone is wider than the line; the break then stands for the separator.
 */
function contactLines(items: string[], width: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.at(-1);
    if (last !== undefined && columns(last) + columns(SEPARATOR) + columns(item) <= width) lines[lines.length - 1] = last + SEPARATOR + item;
    else lines.push(...wrap(item, width));
  }
  return lines;
}

/** An e-mail as its address, a URL as `text <url>` when the text does not already show it. */
function contactText(contact: Contact): string {
  const linked = contact.content.some((node) => node.type === 'link');
  if (contact.kind === 'email') return contact.href && !linked ? withTarget(contact.text, contact.href) : inlineText(contact.content, URLS);
  if (contact.kind === 'url' && contact.href && !linked) return withTarget(contact.text, contact.href);
  return inlineText(contact.content, URLS);
}

/** The title underlined with `-`, then each entry or block as a chunk of its own. */
function sectionChunks(section: Section, width: number): string[][] {
  const title = wrap(inlineText(section.heading, URLS), width);
  const rule = '-'.repeat(Math.min(width, Math.max(0, ...title.map(columns))));
  return [...(section.title === null ? [] : [[...title, rule]]), ...section.children.map((child) => (child.type === 'entry' ? entryLines(child, width) : blockLines([child], width, URLS)))];
}

/** The header line in the source's reading order, then the entry's blocks. */
function entryLines(entry: Entry, width: number): string[] {
  return [...wrap(entryHeaderText(entry, URLS), width), ...blockLines(entry.children, width, URLS)];
}
