/** All the text of a résumé, for choosing which glyphs a format must carry. */
import { toString } from 'mdast-util-to-string';
import type { Resume } from '../model/types.js';

/** Every character a reader can see in `resume`, in no particular order. */
export function documentText(resume: Resume): string {
  const parts = [resume.name ?? '', toString(resume.headline ?? []), ...resume.contacts.map((contact) => contact.text), toString(resume.summary)];
  for (const section of resume.sections) {
    parts.push(toString(section.heading));
    for (const child of section.children) {
      if (child.type !== 'entry') parts.push(toString(child));
      else parts.push(toString(child.role ?? []), toString(child.organization ?? []), toString(child.location ?? []), child.dates?.text ?? '', toString(child.children));
    }
  }
  return parts.join(' ');
}
