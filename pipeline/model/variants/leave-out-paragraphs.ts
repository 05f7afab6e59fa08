/**
 * Leaves out of the résumé AST what marked top-level paragraphs became: a contact (a tag after a
 * contact item takes that item), an entry (a tag on an entry's first line takes the entry), a block,
 * the headline, or the header lines of an entry.
 */
import type { VFile } from 'vfile';
import { warn } from '../../diagnostics.js';
import type { Block, Contact, Entry, Resume, Section } from '../types.js';
import type { ParagraphMark } from './select-variant.js';

/** `resume` without what `marks` leave out; a mark that matches nothing is a warning on `file`. */
export function leaveOutParagraphs(resume: Resume, marks: readonly ParagraphMark[], file: VFile): Resume {
  let result = resume;
  for (const mark of marks) {
    const next = leaveOut(result, mark);
    if (next) result = next;
    else warn(file, 'Cannot tell what this variant tag leaves out: put it at the end of a heading, a bullet, an entry’s first line or a contact item, or on a line of its own above a block', mark.place, 'variant-tag');
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
  if (contacts.length > 0) {
    const gone = new Set(mark.tag === null ? contacts : [contactAt(contacts, mark.tag)]);
    return { ...resume, contacts: resume.contacts.filter((contact) => !gone.has(contact)) };
  }
  const starts = (node: Entry | Block) => node.position?.start.offset === mark.start;
  const sections = resume.sections.map((section) => ({ ...section, children: withoutStarting(section.children, starts) }));
  const summary = resume.summary.filter((block) => !starts(block));
  if (summary.length !== resume.summary.length || sections.some((section, index) => section.children !== resume.sections[index]!.children)) {
    return { ...resume, summary, sections };
  }
  if (resume.headline?.some(inside)) return { ...resume, headline: null };
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

/** The contact a tag at `offset` follows on its line (else the first after it). */
function contactAt(contacts: Contact[], offset: number): Contact {
  const before = contacts.filter((contact) => (contact.position?.end.offset ?? Infinity) <= offset);
  return before.at(-1) ?? contacts[0]!;
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
