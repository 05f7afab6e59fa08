/** Reads the body of a résumé: its sections, and the entries (dated items) inside them. */
import type { Heading, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { warn } from '../diagnostics.js';
import { readCommaHeader, readHeadingTitle, readMetaLine } from './read-entry-header.js';
import { plainText } from './split-inline.js';
import type { Block, Entry, Section } from './types.js';

/** The summary (blocks before the first section) and the sections of `blocks`, the body after the header. */
export function readSections(blocks: Block[], file: VFile): { summary: Block[]; sections: Section[] } {
  let index = 0;
  const peek = () => blocks[index];
  // Summary: everything before the first heading.
  const summary: Block[] = [];
  while (peek() && peek()!.type !== 'heading') summary.push(blocks[index++]!);

  // Sections: the level of the first heading after the name is the section level.
  const sections: Section[] = [];
  const sectionDepth = (peek() as Heading | undefined)?.depth ?? 2;
  while (peek()) {
    const heading = blocks[index++] as Heading;
    const section: Section = { type: 'section', title: plainText(heading.children), heading: heading.children, depth: heading.depth, children: [], position: heading.position };
    let entry: Entry | null = null;
    while (peek() && !isHeadingAtMost(peek(), sectionDepth)) {
      const node = blocks[index++]!;
      const started = startEntry(node, sectionDepth, file);
      if (started) {
        entry = started;
        section.children.push(entry);
        const meta = started.style === 'heading' ? readEmphasisLine(peek()) : null;
        if (meta) {
          entry.dates = meta.dates;
          entry.location = meta.location ?? entry.location;
          index++;
        }
      } else if (entry) entry.children.push(node);
      else section.children.push(node);
    }
    sections.push(section);
  }
  return { summary, sections };
}

/** A bold-line entry (`**dates, role, org**`) or a heading one level below the section. */
function startEntry(node: Block, sectionDepth: number, file: VFile): Entry | null {
  if (node.type === 'heading' && node.depth === sectionDepth + 1) {
    return { type: 'entry', style: 'heading', ...readHeadingTitle(node.children), children: [], position: node.position };
  }
  const bold = onlyChild(node, 'strong');
  if (!bold) return null;
  const header = readCommaHeader(bold.children);
  if (header.dates) return { type: 'entry', style: 'bold-line', ...header, children: [], position: node.position };
  if (header.organization) {
    warn(file, 'This bold line looks like an entry header but has no date range first or last, so it is kept as a paragraph; write it as `**May 2017-Dec 2019, Role, Organisation**` to make it an entry', node, 'entry-without-dates');
  }
  return null;
}

/** An emphasised line right under a heading entry that holds its dates and place. */
function readEmphasisLine(node: Block | undefined) {
  const emphasis = node && onlyChild(node, 'emphasis');
  return emphasis ? readMetaLine(emphasis.children) : null;
}

/** The single phrasing child of type `type` of a paragraph (surrounding whitespace allowed). */
function onlyChild<T extends PhrasingContent['type']>(node: Block, type: T): Extract<PhrasingContent, { type: T }> | null {
  if (node.type !== 'paragraph') return null;
  const meaningful = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const only = meaningful[0];
  return meaningful.length === 1 && only?.type === type ? (only as Extract<PhrasingContent, { type: T }>) : null;
}

function isHeadingAtMost(node: Block | undefined, depth: number): boolean {
  return node?.type === 'heading' && node.depth <= depth;
}
