/** Reads the body of a résumé: its sections, and the entries (dated items) inside them. */
import type { Heading, Paragraph } from 'mdast';
import type { VFile } from 'vfile';
import { EntryOrder } from './entry-order.js';
import { htmlBlocks } from './html-blocks.js';
import { readEntries } from './read-entries.js';
import type { PairOrder } from './role-or-organization.js';
import { planSections } from './section-headings.js';
import { sectionTitle } from './section-title.js';
import type { Block, Section } from './types.js';

/** How to read the body. */
export interface SectionOptions {
  /** Front matter `entries`: which of role and organisation comes first when nothing else tells. */
  entries?: PairOrder | null;
}

/**
 * The summary (blocks before the first section) and the sections of `blocks`, the body after the
 * header. A body whose entries have no section heading above them is one untitled section.
 */
export function readSections(written: Block[], file: VFile, options: SectionOptions = {}): { summary: Block[]; sections: Section[] } {
  const blocks = written.map(asHeading);
  const order = new EntryOrder(options.entries ?? null);
  const plan = planSections(blocks);
  let result: { summary: Block[]; sections: Section[] };
  if (plan.starts.length === 0) {
    const children = readEntries(blocks, plan.depth, order, file);
    const first = children.findIndex((child) => child.type === 'entry');
    result =
      first < 0
        ? { summary: blocks, sections: [] }
        : {
            summary: children.slice(0, first) as Block[],
            sections: [{ type: 'section', title: null, heading: [], depth: plan.depth, children: children.slice(first), position: children[first]!.position }],
          };
  } else {
    const sections = plan.starts.map((start, index): Section => {
      const opening = blocks[start] as Heading | Paragraph;
      const content = blocks.slice(start + 1, plan.starts[index + 1] ?? blocks.length);
      const depth = opening.type === 'heading' ? opening.depth : plan.depth;
      return { type: 'section', title: sectionTitle(opening.children), heading: opening.children, depth, children: readEntries(content, plan.depth, order, file), position: opening.position };
    });
    result = { summary: blocks.slice(0, plan.starts[0]), sections };
  }
  order.settle(file);
  return result;
}

/** An HTML block that is one heading (`<h2>Experience</h2>`) read as that heading; any other block as it is. */
function asHeading(block: Block): Block {
  const read = block.type === 'html' ? htmlBlocks(block) : null;
  return read?.length === 1 ? read[0]! : block;
}
