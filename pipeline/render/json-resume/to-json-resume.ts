/** Résumé AST → JSON Resume (https://jsonresume.org/schema), for the tools and themes built on it. */
import type { Block, Contact, Resume, Section } from '../../model/types.js';
import { compact, type Json } from './compact.js';
import { blocksText, links, plain, tableColumns } from './content-text.js';
import { locationOf } from './location-of.js';
import { isProfileUrl, profileOf } from './profile-of.js';
import { SECTION_MAPPINGS } from './section-items.js';
import { KINDS, sectionKind, type SectionKind } from './section-kind.js';
import { SEPARATOR } from '../punctuation.js';

const SCHEMA = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

/**
 * `resume` as JSON Resume: pretty JSON, keys in the schema's order, one trailing newline. Dates are
 * written as their normalised values; section titles are kept in `meta.sections` so no word is lost.
 */
export function toJsonResume(resume: Resume): string {
  const lists = new Map<SectionKind, Json[]>();
  for (const section of resume.sections) {
    const kind = sectionKind(section);
    lists.set(kind, [...(lists.get(kind) ?? []), ...sectionItems(section, kind)]);
  }
  const json: Json = {
    $schema: SCHEMA,
    basics: basics(resume),
    ...Object.fromEntries(KINDS.map((kind) => [kind, lists.get(kind)])),
    meta: {
      theme: resume.meta.theme ?? undefined,
      // The résumé's language (BCP 47), as the HTML, PDF and DOCX declare it.
      language: resume.meta.lang,
      // Why columns: a table's header names its columns, which its items (one per row) no longer show.
      sections: resume.sections.map((section) => ({ title: section.title ?? undefined, list: sectionKind(section), columns: tableColumns(section.children.filter((child): child is Block => child.type !== 'entry')) })),
    },
  };
  return `${JSON.stringify(compact(json) ?? {}, null, 2)}\n`;
}

/** Items of one section in source order: each entry, and each run of blocks between entries. */
function sectionItems(section: Section, kind: SectionKind): Json[] {
  const mapping = SECTION_MAPPINGS[kind];
  const items: Json[] = [];
  let run: Block[] = [];
  const flush = () => {
    if (run.length > 0) items.push(...mapping.blocks(run, section.title ?? ''));
    run = [];
  };
  for (const child of section.children) {
    if (child.type === 'entry') {
      flush();
      items.push(mapping.entry(child));
    } else run.push(child);
  }
  flush();
  return items;
}

/**
 * Name, label, contacts and summary. The first e-mail, phone and place (the header's, then the
 * body's) fill their fields; the
 * first URL that is no social profile is the home page. Contacts left over join the label.
 */
function basics(resume: Resume): Json {
  // Why the body's after the header's: a contact section or a sentence may hold the only e-mail.
  const byKind = (kind: Contact['kind']) => [...resume.contacts, ...resume.bodyContacts].filter((contact) => contact.kind === kind);
  const email = byKind('email').find((contact) => addressOf(contact) !== undefined);
  const phone = byKind('phone')[0];
  const location = byKind('location')[0];
  const urls = byKind('url').filter((contact) => contact.href !== null && URL.canParse(contact.href));
  const home = urls.find((contact) => !isProfileUrl(contact.href!)) ?? urls[0];
  const placed = new Set([email, phone, location, ...urls]);
  const label = [plain(resume.headline), ...resume.contacts.filter((contact) => !placed.has(contact)).map((contact) => contact.text)];
  return {
    name: resume.name ?? undefined,
    label: label.filter(Boolean).join(SEPARATOR),
    // Why the path as written (relative to the Markdown file): JSON Resume's image is a URL, and the bytes are in the HTML.
    image: resume.photo?.url,
    email: email && addressOf(email),
    phone: phone?.text,
    url: home?.href ?? undefined,
    summary: blocksText(resume.summary),
    location: location && locationOf(location.text),
    profiles: profiles(resume, urls.filter((contact) => contact !== home || isProfileUrl(contact.href!))),
  };
}

/**
 * URL contacts other than the home page, then links to a person's page on a known network
 * (github.com/ada) found outside entries, as in "I dabble in open source: [github]".
 */
function profiles(resume: Resume, contacts: Contact[]): Json[] {
  const outsideEntries = resume.sections.flatMap((section) => section.children.filter((child): child is Block => child.type !== 'entry'));
  const linked = links(outsideEntries).filter(isProfileUrl);
  const urls = [...new Set([...contacts.map((contact) => contact.href!), ...linked])];
  return urls.flatMap((url) => {
    const profile = profileOf(url);
    return profile ? [{ network: profile.network, username: profile.username, url: profile.url }] : [];
  });
}

/** The address of an e-mail contact, without `mailto:` or a query. */
function addressOf(contact: Contact): string | undefined {
  const href = contact.href ?? `mailto:${contact.text}`;
  const address = href.replace(/^mailto:/i, '').split('?')[0]!;
  return address.includes('@') && !/\s/.test(address) ? address : undefined;
}
