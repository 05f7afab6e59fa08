/** Finds the blocks that the conventions placed by default rather than by their form, and says why. */
import type { Block, Resume, Section } from './types.js';

/** A block kept in the output, but not where its author probably meant it to be. */
export interface UnrecognisedBlock {
  /** Source line where the block starts. */
  line: number | null;
  /** The mdast type: `paragraph`, `heading`, `list`… */
  type: string;
  /** One sentence: what the block is and why it was not read as part of the structure. */
  reason: string;
}

const KINDS: Partial<Record<Block['type'], string>> = {
  paragraph: 'A paragraph',
  list: 'A list',
  table: 'A table',
  blockquote: 'A quote',
  code: 'A code block',
  thematicBreak: 'A `---` rule',
  html: 'Raw HTML',
};

/**
 * The unrecognised blocks of `resume`, in source order: content before the `# Name` heading,
 * a section heading at another level than the first one, a heading outside any entry at a level
 * that is neither a section's nor an entry's, and blocks before the first entry of a section that
 * has entries. HTML comments are the author's invisible notes and are never listed.
 */
export function unrecognisedBlocks(resume: Resume): UnrecognisedBlock[] {
  const found: UnrecognisedBlock[] = [];
  const nameLine = resume.position?.start.line;
  for (const block of resume.summary) {
    if (nameLine !== undefined && (lineOf(block) ?? nameLine) < nameLine && !isComment(block)) {
      found.push(describe(block, `${kindOf(block)} before the \`# Name\` heading on line ${nameLine}: it is shown in the summary, under the name`));
    }
  }
  // The first section sets the level of all of them.
  const level = resume.sections[0]?.depth ?? 0;
  for (const section of resume.sections) {
    if (section.depth !== level) {
      found.push({ line: lineOf(section), type: 'heading', reason: `A level-${section.depth} heading starts the section ${nameOf(section)}, but sections here are level-${level} headings (the level of the first heading after the name)` });
    }
    found.push(...outsideEntries(section, level));
  }
  return found;
}

/** The blocks of `section` that belong to no entry and are worth a note. */
function outsideEntries(section: Section, level: number): UnrecognisedBlock[] {
  const hasEntries = section.children.some((child) => child.type === 'entry');
  const found: UnrecognisedBlock[] = [];
  for (const child of section.children) {
    if (child.type === 'entry' || isComment(child)) continue;
    if (child.type === 'heading' && child.depth !== level + 1) {
      found.push(describe(child, `${kindOf(child)} in ${nameOf(section)}: entries are level-${level + 1} headings (or bold lines with dates), so it is kept as a heading`));
    } else if (hasEntries) {
      found.push(describe(child, `${kindOf(child)} before the first entry of ${nameOf(section)}: it belongs to no entry`));
    }
  }
  return found;
}

/** How a message names a section: its title in quotes, or what the untitled one is. */
function nameOf(section: Section): string {
  return section.title === null ? 'the untitled section' : `“${section.title}”`;
}

function describe(block: Block, reason: string): UnrecognisedBlock {
  return { line: lineOf(block), type: block.type, reason };
}

function kindOf(block: Block): string {
  return block.type === 'heading' ? `A level-${block.depth} heading` : (KINDS[block.type] ?? `A ${block.type}`);
}

function isComment(block: Block): boolean {
  return block.type === 'html' && block.value.trimStart().startsWith('<!--');
}

function lineOf(node: { position?: { start: { line: number } } }): number | null {
  return node.position?.start.line ?? null;
}
