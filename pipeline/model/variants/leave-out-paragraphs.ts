/**
 * Leaves out of the résumé AST what marked top-level paragraphs became: a contact (a tag after a
 * contact item takes that item), an entry (a tag on an entry's first line takes the entry), a block,
 * the headline, or the header lines of an entry.
 */
import type { VFile } from 'vfile';
import type { Paragraph } from 'mdast';
import { fail } from '../../diagnostics.js';
import { isContactSection } from '../contact-section.js';
import { contactItems } from '../read-header.js';
import type { Block, Entry, Resume, Section } from '../types.js';
import { joinContactItems } from './public-contacts.js';
import type { ParagraphMark } from './select-variant.js';

/**
 * `resume` without what `marks` leave out. A mark that matches nothing is an error on `file`. Why not a
 * warning: what the tag was to leave out (a private phone number) would be published.
 */
export function leaveOutParagraphs(resume: Resume, marks: readonly ParagraphMark[], file: VFile): Resume {
  let result = resume;
  for (const mark of marks) {
    const next = leaveOut(result, mark);
    if (next) result = next;
    else fail(file, 'Cannot tell what this variant tag leaves out: put it at the end of a heading, a bullet, an entry’s first line or a contact item, or on a line of its own above a block', mark.place, 'variant-tag');
  }
  return result;
}

/** `resume` without what `mark`'s paragraph became; null when nothing came from it. */
function leaveOut(resume: Resume, mark: ParagraphMark): Resume | null {
  const inside = (node: { position?: { start: { offset?: number } } }) => {
    const offset = node.position?.start.offset;
    return offset !== undefined && offset >= mark.start && offset < mark.end;
  };
  const contacts = resume.contacts.filter(inside);
  const headline = resume.headline?.some(inside) ? resume.headline : null;
  if (mark.tag === null && (contacts.length > 0 || headline)) {
    return { ...resume, headline: headline ? null : resume.headline, contacts: resume.contacts.filter((contact) => !contacts.includes(contact)) };
  }
  if (mark.tag !== null && (contacts.length > 0 || headline)) {
    // The tag takes what ends last before it on its line: the headline, or a contact item.
    const tag = mark.tag;
    const ends = (nodes: Array<{ position?: { end: { offset?: number } } }>) => nodes.at(-1)?.position?.end.offset ?? Infinity;
    const candidates = [...(headline ? [{ end: ends(headline), leave: () => ({ ...resume, headline: null }) }] : []), ...contacts.map((contact) => ({ end: ends([contact]), leave: () => ({ ...resume, contacts: resume.contacts.filter((each) => each !== contact) }) }))];
    const taken = candidates.filter((candidate) => candidate.end <= tag).sort((a, b) => b.end - a.end)[0];
    return taken ? taken.leave() : null;
  }
  const sectionsWithout = contactSectionItem(resume.sections, mark);
  if (sectionsWithout) return { ...resume, sections: sectionsWithout };
  const starts = (node: Entry | Block) => node.position?.start.offset === mark.start;
  const sections = resume.sections.map((section) => ({ ...section, children: withoutStarting(section.children, starts) }));
  const summary = resume.summary.filter((block) => !starts(block));
  if (summary.length !== resume.summary.length || sections.some((section, index) => section.children !== resume.sections[index]!.children)) {
    return { ...resume, summary, sections };
  }
  const holder = entryHolding(resume.sections, mark.start);
  if (holder) return { ...resume, sections: resume.sections.map((section) => ({ ...section, children: section.children.filter((child) => child !== holder) })) };
  return null;
}

/** `children` without the entry or block `starts` picks, looked for in entries too; the same array when none is. */
function withoutStarting(children: Section['children'], starts: (node: Entry | Block) => boolean): Section['children'] {
  let changed = false;
  const kept = children.flatMap((child): Section['children'] => {
    if (starts(child)) {
      changed = true;
      return [];
    }
    if (child.type !== 'entry') return [child];
    const inner = child.children.filter((block) => !starts(block));
    if (inner.length === child.children.length) return [child];
    changed = true;
    return [{ ...child, children: inner }];
  });
  return changed ? kept : children;
}

/**
 * The sections without the contact item a tag ends, in a paragraph of a contact section that holds one
 * item a line or several on a line (`Phone: +1 555 0100 <!-- private -->` / `Email: d@x.org`); null
 * when the mark is no such tag.
 */
function contactSectionItem(sections: Section[], mark: ParagraphMark): Section[] | null {
  if (mark.tag === null) return null;
  const tag = mark.tag;
  for (const [index, section] of sections.entries()) {
    if (!isContactSection(section.title)) continue;
    const paragraph = section.children.find((child): child is Paragraph => child.type === 'paragraph' && child.position?.start.offset === mark.start);
    if (!paragraph) continue;
    const items = contactItems(paragraph);
    const ends = items.map((item) => item.at(-1)?.position?.end.offset ?? Infinity);
    const last = Math.max(...ends.filter((end) => end <= tag));
    if (items.length < 2 || last === -Infinity) return null;
    const kept = items.filter((_, at) => ends[at] !== last);
    const children = section.children.map((child) => (child === paragraph ? { ...paragraph, children: joinContactItems(kept, paragraph) } : child));
    return sections.map((each, at) => (at === index ? { ...section, children } : each));
  }
  return null;
}

/** The entry whose header lines take in the paragraph at `offset` (a date line under a heading entry). */
function entryHolding(sections: Section[], offset: number): Entry | null {
  const section = sections.filter((each) => (each.position?.start.offset ?? Infinity) <= offset).at(-1);
  const entries = (section?.children ?? []).filter((child): child is Entry => child.type === 'entry');
  const entry = entries.filter((each) => (each.position?.start.offset ?? Infinity) < offset).at(-1);
  if (!entry) return null;
  // Only while nothing of the entry's body comes before the paragraph: then it is one of the header's lines.
  const first = entry.children[0]?.position?.start.offset;
  return first === undefined || first > offset ? entry : null;
}
