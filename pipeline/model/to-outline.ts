/** The plain-text view of a résumé that `resume inspect` prints (DESIGN.md's shape, plus source lines). */
import { plainText } from './split-inline.js';
import type { Block, Contact, ContactKind, Entry, Inline, Meta, Resume } from './types.js';
import { unrecognisedBlocks, type UnrecognisedBlock } from './unrecognised-blocks.js';

/** A contact as plain text, with its source line. */
export interface OutlineContact {
  kind: ContactKind;
  text: string;
  href: string | null;
  line: number | null;
}

/** An entry's header as plain text, with its source line and bullet count. */
export interface OutlineEntry {
  role: string | null;
  organization: string | null;
  location: string | null;
  dates: { text: string; start: string | null; end: string | null } | null;
  line: number | null;
  /** List items directly in the entry (not those of nested lists). */
  bullets: number;
}

/** A section's title and entries, with its source line. */
export interface OutlineSection {
  /** Null for the untitled section of a page whose entries have no section heading. */
  title: string | null;
  line: number | null;
  entries: OutlineEntry[];
  /** Blocks of the section outside any entry. */
  blocks: number;
}

/** What `resume inspect` prints: markup stripped, absent values null, source lines where known. */
export interface Outline {
  name: string | null;
  headline: string | null;
  contacts: OutlineContact[];
  /** Contacts written in the body (a contact section, a sentence), where they stand. */
  bodyContacts: OutlineContact[];
  sections: OutlineSection[];
  unrecognised: UnrecognisedBlock[];
  meta: Meta;
}

const text = (content: Inline | null) => (content ? plainText(content) : null);
const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? null;

/** Plain-text outline of `resume`. */
export function toOutline(resume: Resume): Outline {
  return {
    name: resume.name,
    headline: text(resume.headline),
    contacts: resume.contacts.map(toOutlineContact),
    bodyContacts: resume.bodyContacts.map(toOutlineContact),
    sections: resume.sections.map((section) => ({
      title: section.title,
      line: lineOf(section),
      entries: section.children.filter((child): child is Entry => child.type === 'entry').map(toOutlineEntry),
      blocks: section.children.filter((child): child is Block => child.type !== 'entry').length,
    })),
    unrecognised: unrecognisedBlocks(resume),
    meta: resume.meta,
  };
}

function toOutlineContact(contact: Contact): OutlineContact {
  return { kind: contact.kind, text: contact.text, href: contact.href, line: lineOf(contact) };
}

function toOutlineEntry(entry: Entry): OutlineEntry {
  return {
    role: text(entry.role),
    organization: text(entry.organization),
    location: text(entry.location),
    dates: entry.dates && {
      text: entry.dates.text,
      start: entry.dates.start?.value ?? null,
      end: entry.dates.end?.value ?? null,
    },
    line: lineOf(entry),
    bullets: entry.children.reduce((count, child) => count + (child.type === 'list' ? child.children.length : 0), 0),
  };
}
