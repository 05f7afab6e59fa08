/**
 * What `resume check --ats` reports a parser finds: for each built file its size, pages, name line,
 * e-mail, phone and links as read back, and how its words compare; the sections, whether each title is
 * one parsers look for, and each entry with its dates.
 */
import type { SectionKind } from '../model/section-kinds.js';
import { titleKind } from '../model/section-kinds.js';
import { plainText } from '../model/split-inline.js';
import type { Entry, Resume } from '../model/types.js';
import { collectLinks } from './collect-links.js';
import { sectionEntries } from './entry-header.js';
import { contactAddress, emailsIn, phoneIn, showsAddress } from './parser-finds.js';
import type { ReadFormat } from './read-back.js';
import type { Reading } from './rule.js';
import { titleLanguage, unrecognisedKind, usualTitles } from './section-titles.js';

declare module 'vfile' {
  interface DataMap {
    /** What `resume check --ats` found a parser reads in the built PDF and DOCX. */
    ats: AtsReport;
  }
}

/** A link of the résumé, and how a file read back holds it. */
export interface AtsLink {
  url: string;
  /** The file holds it as a link (a PDF link annotation, a DOCX hyperlink). */
  clickable: boolean;
  /** Its text shows the address, so a parser that reads the text alone finds it too. */
  shown: boolean;
}

/** A built file, read back as a parser reads it. */
export interface AtsFile {
  format: ReadFormat;
  /** Pages of the PDF; null for a DOCX. */
  pages: number | null;
  bytes: number;
  /** How many words the résumé has, and how many of them the file lacks or holds out of order. */
  words: number;
  missing: number;
  outOfOrder: number;
  /** The first line of text, which parsers take for the name. */
  name: string | null;
  /** The e-mail addresses in the text, by their pattern. */
  emails: string[];
  /** The résumé's phone numbers that the text shows, as it writes them. */
  phones: string[];
  links: AtsLink[];
}

/** An entry as a parser reads it: its title and dates. */
export interface AtsEntry {
  title: string;
  line: number | null;
  /** The dates as written and normalised (`2019-12`, `2014`, `present`); null when the header has none. */
  dates: { text: string; start: string | null; end: string | null } | null;
}

/** A section, and whether parsers read its title. */
export interface AtsSection {
  title: string | null;
  line: number | null;
  /** What its title names (`work`, `education`, `skills`…), or null when parsers would not know. */
  kind: SectionKind | null;
  /** Whether the title is one parsers look for. */
  standard: boolean;
  /** Usual titles to rename it to, when it holds jobs or degrees under a title parsers miss. */
  suggestions: string[];
  entries: AtsEntry[];
}

/** The report of one résumé. */
export interface AtsReport {
  files: AtsFile[];
  sections: AtsSection[];
}

/** The report on `resume`, of `words` words, from its `readings` (the PDF and the DOCX that could be built). */
export function atsReport(resume: Resume, words: number, readings: readonly Reading[]): AtsReport {
  const contacts = [...resume.contacts, ...resume.bodyContacts];
  const phones = contacts.filter((contact) => contact.kind === 'phone').map(contactAddress);
  const links = [...new Set([...collectLinks(resume).map((link) => link.url), ...contacts.flatMap((contact) => (contact.kind === 'url' && contact.href ? [contact.href] : []))])].filter((url) =>
    /^https?:/iu.test(url),
  );
  const files = readings.map(({ readBack, comparison }): AtsFile => {
    const text = readBack.lines.join('\n');
    const targets = new Set(readBack.links.map(linkKey));
    return {
      format: readBack.format,
      pages: readBack.pages,
      bytes: readBack.bytes,
      words,
      missing: comparison.missing.length,
      outOfOrder: comparison.moved.length,
      name: readBack.lines.map((line) => line.trim()).find((line) => line !== '') ?? null,
      emails: emailsIn(text),
      phones: phones.flatMap((phone) => phoneIn(text, phone) ?? []),
      links: links.map((url) => ({ url, clickable: targets.has(linkKey(url)), shown: showsAddress(text, url) })),
    };
  });
  const language = titleLanguage(resume);
  const sections = resume.sections.map((section): AtsSection => {
    const entries = sectionEntries(section);
    const kind = section.title === null ? null : titleKind(section.title);
    const unread = unrecognisedKind(section.title, entries);
    // As `ats-section-title` suggests: in a language without known usual titles, only for an informal word for work.
    const suggest = unread !== null && (language !== null || kind === 'work');
    return {
      title: section.title,
      line: section.position?.start.line ?? null,
      kind: unread ?? kind,
      standard: kind !== null && unread === null,
      suggestions: suggest ? [...usualTitles(unread, language ?? 'en')] : [],
      entries: entries.map(toAtsEntry),
    };
  });
  return { files, sections };
}

function toAtsEntry(entry: Entry): AtsEntry {
  const names = [entry.role, entry.organization].filter((part) => part !== null).map(plainText);
  return {
    title: names.join(entry.joiner ? ` ${entry.joiner} ` : ', ') || (entry.location ? plainText(entry.location) : '(no title)'),
    line: entry.position?.start.line ?? null,
    dates: entry.dates && { text: entry.dates.text, start: entry.dates.start?.value ?? null, end: entry.dates.end?.value ?? null },
  };
}

/** A link target compared as a file may rewrite it (`https://iron.io` as `https://iron.io/`). */
function linkKey(url: string): string {
  return url.trim().replace(/\/$/u, '').toLowerCase();
}
