/** The entries of a résumé with their section, and the source text of each entry's header. */
import type { Entry, Resume, Section } from '../model/types.js';
import { pointAt } from './source-place.js';

/** An entry, its section, and the source of its header. */
export interface EntryInContext {
  entry: Entry;
  section: Section;
  /** Offset in the source where the header starts, or null for an entry without a position. */
  from: number | null;
  /** Offset just after the header's last line (its date line included). */
  to: number | null;
}

// Why a bound: a heading entry's date line stands on a line after the heading, outside its position.
const HEADER_LINES = 3;

/** The entries of `section`, in order. */
export function sectionEntries(section: Section): Entry[] {
  return section.children.filter((child): child is Entry => child.type === 'entry');
}

/** Every entry of `resume` in source order, with the span of source its header takes. */
export function entriesWithHeaders(resume: Resume, source: string): EntryInContext[] {
  return resume.sections.flatMap((section) =>
    section.children.flatMap((child, index): EntryInContext[] => {
      if (child.type !== 'entry') return [];
      const start = child.position?.start.offset;
      if (start === undefined) return [{ entry: child, section, from: null, to: null }];
      const next = section.children[index + 1]?.position?.start.offset;
      const firstChild = child.children[0]?.position?.start.offset;
      const limit = lineStartAfter(source, start, HEADER_LINES);
      const to = Math.max(child.position?.end.offset ?? start, Math.min(limit, next ?? limit, firstChild ?? limit));
      return [{ entry: child, section, from: start, to }];
    }),
  );
}

/** The offset where the line `lines` lines after the one holding `offset` starts (or the end of `source`). */
function lineStartAfter(source: string, offset: number, lines: number): number {
  const line = pointAt(source, offset).line;
  let at = offset;
  for (let current = line; current < line + lines; current += 1) {
    const next = source.indexOf('\n', at);
    if (next < 0) return source.length;
    at = next + 1;
  }
  return at;
}
