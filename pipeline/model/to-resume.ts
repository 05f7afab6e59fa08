/** mdast → résumé AST, by the Markdown conventions in DESIGN.md. Nothing is dropped. */
import type { Root, Yaml } from 'mdast';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { fail, hasErrors, warn } from '../diagnostics.js';
import { classifyContact } from './classify-contact.js';
import { isSafeUrl } from './defuse-unsafe-content.js';
import { bodyContacts as readBodyContacts } from './body-contacts.js';
import { frontMatterEmail } from './front-matter-email.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { withoutDocumentTitle } from './document-title.js';
import { headerPhoto } from './header-photo.js';
import { personName, readsAsName } from './person-name.js';
import { readHeader } from './read-header.js';
import { readSections } from './read-sections.js';
import type { Block, Contact, Inline, Resume } from './types.js';

/** Build the résumé AST from `tree`; ambiguities become warnings on `file`. */
export function toResume(tree: Root, file: VFile): Resume {
  const frontMatterNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const frontMatter = readFrontMatter(frontMatterNode, file);
  const queue = tree.children.filter((node): node is Block => node.type !== 'yaml');
  if (!frontMatter.name && toString(queue, { includeHtml: false }).trim() === '') {
    fail(file, 'The file has no text: expected a Markdown résumé starting with `# Your Name`', frontMatterNode?.position?.end ?? { line: 1, column: 1 }, 'no-text');
  }

  const header = readHeader(queue, Boolean(frontMatter.name ?? frontMatterName(frontMatter)));
  const body = readSections(queue.slice(header.end), file, { entries: frontMatter.entries ?? null });
  const { namePosition, headline, contacts } = header;
  // Why not when front matter names a photo: then the Markdown's images stay where they are written.
  const { photo, nameContent, before } = frontMatter.photo === undefined ? headerPhoto(header.nameContent, header.before) : { photo: null, nameContent: header.nameContent, before: header.before };
  const summary = [...before, ...body.summary];

  return applyFrontMatter(
    { type: 'resume', name: header.name, nameContent, headline, photo, contacts, bodyContacts: [], summary, sections: body.sections, meta: { lang: 'en', paper: null, pages: null, theme: null, keywords: [], description: null }, metaPlaces: {}, position: namePosition },
    frontMatter,
    file,
    frontMatterNode,
  );
}

/**
 * The name that `author` gives when it reads as one, or else a `title` that reads as a person's
 * name, after a document title (`title: Thijs Brouwer`, `title: CV Camille Roussel`, not
 * `title: Curriculum Vitae`). Why weaker than `name`: both are written for a site or Pandoc, so the
 * Markdown's own name wins without a warning.
 */
function frontMatterName(data: FrontMatter): string | undefined {
  if (data.author && readsAsName(personName(data.author))) return data.author;
  const title = data.title && withoutDocumentTitle(data.title);
  return title && readsAsName(title) ? personName(title) : undefined;
}

/** Front matter fills or overrides the header and sets the document options. */
function applyFrontMatter(resume: Resume, data: FrontMatter, file: VFile, node: Yaml | undefined): Resume {
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
  if (data.location) contacts.push({ type: 'contact', kind: 'location', text: data.location, href: null, label: null, network: null, content: text(data.location), position: at(data.places.location) });
  for (const link of data.links ?? []) {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(link.url) || !isSafeUrl(link.url)) {
      warn(file, `Front matter link \`${link.url}\` skipped: expected an absolute http, https or mailto URL`, link.place, 'unsafe-url');
      continue;
    }
    add([{ type: 'link', url: link.url, children: text(link.text ?? link.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')) }], link.place);
  }

  const bodyContacts = readBodyContacts(resume.summary, resume.sections, contacts);
  // Why: a template's own field (`header-info:`, `author: <me@x.org>`) is where the page shows the e-mail.
  const other = [...contacts, ...bodyContacts].some((contact) => contact.kind === 'email') ? null : frontMatterEmail(node);
  if (other) add([{ type: 'link', url: `mailto:${other.address}`, children: text(other.address) }], other.place);

  if (data.name && resume.name && data.name !== resume.name) {
    warn(file, `Front matter \`name: ${data.name}\` replaces the heading \`${resume.name}\` in every output; remove one of them`, resume.position, 'name-override');
  }
  const fallback = resume.name ? undefined : frontMatterName(data);
  const name = data.name ?? resume.name ?? fallback ?? null;
  if (!name && !hasErrors(file)) warn(file, 'No name found: expected a `# Name` heading at the top or `name:` in front matter', { line: 1, column: 1 }, 'missing-name');
  return {
    ...resume,
    name,
    nameContent: data.name ? text(data.name) : fallback ? text(fallback) : resume.nameContent,
    headline: data.headline ? text(data.headline) : resume.headline,
    // The load layer reads the file; an empty alt lets each format name the person instead.
    photo: data.photo ? { type: 'image', url: data.photo, alt: '', position: at(data.places.photo) } : resume.photo,
    contacts,
    bodyContacts,
    meta: {
      lang: data.lang ?? resume.meta.lang,
      paper: data.paper ?? null,
      pages: data.pages ?? null,
      theme: data.theme ?? null,
      keywords: data.keywords ?? [],
      description: data.description ?? null,
    },
    metaPlaces: { lang: data.places.lang, paper: data.places.paper, pages: data.places.pages, theme: data.places.theme, keywords: data.places.keywords, description: data.places.description },
  };
}
