/** Résumé AST → one standalone HTML5 file: semantic markup, theme CSS and fonts inlined. */
import type { Element, ElementContent, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Contact, DatePoint, DateRange, Entry, Inline, Resume, Section } from '../../model/types.js';
import { dataUrl } from '../../images/data-url.js';
import { photoSize } from '../../images/image-layout.js';
import { documentInfo } from '../document-info.js';
import { languageWords } from '../language-words.js';
import { datePieces, SEPARATOR } from '../punctuation.js';
import type { RenderOptions } from '../options.js';
import { fontFaceCss } from './font-face-css.js';
import { languageAttributes } from './language-attributes.js';
import { themeCss } from './theme-css.js';
import { toHastFragment } from './to-hast-fragment.js';

const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";
const stringify = unified().use(rehypeStringify, { upperDoctype: true }).freeze();

/** Render `resume` as a standalone HTML document. */
export function toHtml(resume: Resume, options: RenderOptions): string {
  const info = documentInfo(resume);
  const sectionIds = uniqueSlugs(resume.sections.map((section) => section.title ?? 'entries'));
  const body = h('body', [renderHeader(resume, options), h('main', [...renderSummary(resume), ...resume.sections.map((section, index) => renderSection(section, sectionIds[index]!))])]);
  const css = [fontFaceCss(options.theme.fonts, options.theme.fallbackFonts, hastToString(body)), themeCss(options.theme, options.paper)].join('\n');
  const meta = (name: string, content: string | null) => (content ? [h('meta', { name, content })] : []);
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', languageAttributes(info.lang), [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          // Why: the page may hold untrusted Markdown; it can load nothing but inline styles and data: URLs.
          h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', info.title),
          ...meta('author', info.author),
          ...meta('description', info.description),
          ...meta('keywords', info.keywords.join(', ') || null),
          ...meta('generator', options.generator),
          h('style', css),
        ]),
        body,
      ]),
    ],
  };
  return `${stringify.stringify(tree)}\n`;
}

function renderHeader(resume: Resume, options: RenderOptions): Element {
  const photo = renderPhoto(resume, options);
  return h(photo ? 'header.masthead.has-photo' : 'header.masthead', [
    ...(photo ? [photo] : []),
    h('h1.name', inline(resume.nameContent)),
    ...(resume.headline ? [h('p.headline', inline(resume.headline))] : []),
    ...(resume.contacts.length > 0 ? [h('p.contacts', resume.contacts.flatMap(renderContact))] : []),
  ]);
}

/** The photo beside the name, sized by the theme (base.css `.photo`); its alt text, or else the name, for screen readers. */
function renderPhoto(resume: Resume, options: RenderOptions): Element | null {
  const file = resume.photo?.data?.file;
  if (!resume.photo || !file) return null;
  const { width, height } = photoSize(file, options.theme.tokens.photo.size);
  return h('img.photo', { src: dataUrl(file), alt: resume.photo.alt || resume.name || '', width, height });
}

/**
 * A contact as a link when it has a target; separators are text so every format reads alike.
 * The separator and the item after it are one unbreakable span (base.css `.contact-item`), so a
 * line breaks before a separator, never after it: no line ends with a dangling ` ·`.
 */
function renderContact(contact: Contact, index: number): ElementContent[] {
  const hasLink = contact.content.some((node) => node.type === 'link');
  const shown = inline(contact.kind === 'phone' ? unbreakable(contact.content) : contact.content);
  const content = contact.href && !hasLink ? [h('a', { href: contact.href }, shown)] : shown;
  const item = h(`span.contact.contact-${contact.kind}`, content);
  if (index === 0) return [item];
  // The space before the mark is where a line may break; the mark and the space after it go with the item.
  const mark = SEPARATOR.trimStart();
  return [text(SEPARATOR.slice(0, SEPARATOR.length - mark.length)), h('span.contact-item', [h('span.sep', { ariaHidden: 'true' }, mark), item])];
}

/** `content` with no-break spaces. Why: a phone number must not break across lines at its spaces. */
function unbreakable(content: Inline): Inline {
  return content.map((node) => (node.type === 'text' ? { ...node, value: node.value.replace(/ /g, '\u00a0') } : node));
}

function renderSummary(resume: Resume): Element[] {
  if (resume.summary.length === 0) return [];
  return [h('section.summary', { ariaLabel: languageWords(resume.meta.lang).summary }, toHastFragment(resume.summary))];
}

function renderSection(section: Section, id: string): Element {
  // Why: sections become h2 and entries h3 whatever depth the Markdown used.
  const offset = 2 - section.depth;
  // An untitled section (entries with no section heading) has no heading to render.
  const title = section.title === null ? [] : [h('h2.section-title', { id }, inline(section.heading))];
  return h('section.section', section.title === null ? {} : { ariaLabelledby: id }, [
    ...title,
    ...section.children.flatMap((child) => (child.type === 'entry' ? [renderEntry(child, offset)] : toHastFragment([child], offset))),
  ]);
}

function renderEntry(entry: Entry, offset: number): Element {
  const title: ElementContent[] = [];
  // A label goes before its field, as written (`Período: 03/2021 – Atual`).
  const labelled = (field: keyof Entry['labels'], content: ElementContent[]) => [...(entry.labels[field] ? [...inline(entry.labels[field]!), text(' ')] : []), ...content];
  const add = (separator: ElementContent, content: ElementContent[]) => title.push(...(title.length > 0 ? [separator] : []), ...content);
  if (entry.role) add(text(''), labelled('role', [h('span.role', inline(entry.role))]));
  if (entry.organization) add(text(entry.joiner ? ` ${entry.joiner} ` : ', '), labelled('organization', [h('span.organization', inline(entry.organization))]));
  if (entry.location) add(h('span.sep', SEPARATOR), labelled('location', [h('span.location', inline(entry.location))]));
  for (const note of entry.notes) add(h('span.sep', SEPARATOR), [h('span.note', inline(note))]);
  const heading = h('h3.entry-title', title);
  const dates = entry.dates ? [h('p.entry-dates', labelled('dates', renderDates(entry.dates)))] : [];
  const parts = entry.datesFirst ? [...dates, heading] : [heading, ...dates];
  return h('article.entry', [h(`div.entry-header${entry.datesFirst ? '.dates-first' : ''}`, parts), ...toHastFragment(entry.children, offset)]);
}

/** `May 2017 – Dec 2019`, `Since 2020`: each end in a `<time>` with its normalised value, the words around it as text. */
function renderDates(range: DateRange): ElementContent[] {
  return datePieces(range).map((piece) => (piece.point ? renderDate(piece.point) : text(piece.text)));
}

function renderDate(point: DatePoint): Element {
  return point.value === 'present' ? h('span.date', point.text) : h('time', { dateTime: point.value }, point.text);
}

function inline(content: Inline): ElementContent[] {
  return toHastFragment([{ type: 'paragraph', children: content }]).flatMap((node) => (node.type === 'element' ? node.children : [node]));
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** A slug per title, numbered where two titles slug alike, so every id is unique. */
function uniqueSlugs(titles: string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const base = slug(title);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

function slug(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'section';
}
