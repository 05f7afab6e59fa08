/** The plain-text JSON view of a résumé that `resume inspect` prints (DESIGN.md's shape). */
import { plainText } from './split-inline.js';
import type { Block, Entry, Inline, Resume } from './types.js';

const text = (content: Inline | null) => (content ? plainText(content) : null);

/** Plain-text outline of `resume`: markup stripped, absent values null. */
export function toOutline(resume: Resume) {
  return {
    name: resume.name,
    headline: text(resume.headline),
    contacts: resume.contacts.map(({ kind, text, href }) => ({ kind, text, href })),
    sections: resume.sections.map((section) => ({
      title: section.title,
      entries: section.children.filter((child): child is Entry => child.type === 'entry').map((entry) => ({
        role: text(entry.role),
        organization: text(entry.organization),
        location: text(entry.location),
        dates: entry.dates && {
          text: entry.dates.text,
          start: entry.dates.start?.value ?? null,
          end: entry.dates.end?.value ?? null,
        },
      })),
      blocks: section.children.filter((child): child is Block => child.type !== 'entry').length,
    })),
    meta: resume.meta,
  };
}
