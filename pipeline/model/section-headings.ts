/** Decides, from the whole document, which blocks start its sections. */
import type { Heading, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { hasRoleWord } from './job-title-words.js';
import { findDateRange } from './parse-dates.js';
import { titleKind } from './section-kinds.js';
import { headerLinesAfter } from './entry-forms/meta-lines.js';
import { inlineLines } from './inline-lines.js';
import { readEntryHeader } from './read-entry-header.js';
import type { Block } from './types.js';

/** Where the sections start, and the heading depth they are written at. */
export interface SectionPlan {
  /** Indexes in the body of the blocks that start a section. */
  starts: number[];
  /** The heading depth of sections (for bold-line titles, the depth a heading would have). */
  depth: number;
}

const MAX_TITLE_WORDS = 6;

/**
 * Sections are the headings that read as titles, not entries (no dates in or under them), at the
 * level of the first such heading or above it: a stray `# Education` among `##` sections is still
 * one. A shallower level that holds two titles or more wins over a deeper first heading. With no
 * title heading at all, bold-only lines (`**WORK EXPERIENCE**`, `**Educación:**`) are the titles.
 */
export function planSections(blocks: Block[]): SectionPlan {
  const titles = blocks.flatMap((block, index) => (block.type === 'heading' && !isDatedHeading(blocks, index) ? [{ index, depth: block.depth }] : []));
  const headingDepths = blocks.flatMap((block) => (block.type === 'heading' ? [block.depth] : []));
  if (titles.length === 0) {
    const depth = headingDepths.length > 0 ? Math.max(1, Math.min(...headingDepths) - 1) : 2;
    return { starts: blocks.flatMap((block, index) => (isBoldTitle(block) ? [index] : [])), depth };
  }
  const counts = new Map<number, number>();
  for (const title of titles) counts.set(title.depth, (counts.get(title.depth) ?? 0) + 1);
  const shallowPair = [...counts].filter(([depth, count]) => count >= 2 && depth < titles[0]!.depth).map(([depth]) => depth);
  const depth = shallowPair.length > 0 ? Math.min(...shallowPair) : titles[0]!.depth;
  return { starts: titles.filter((title) => title.depth <= depth).map((title) => title.index), depth };
}

/**
 * A heading with dates in it, or in the line under it when that line adds at most a place to the
 * heading (`*2019 – 2021 · Berlin*`) or the heading names both role and organisation: an entry,
 * not a section. A line that names two things of its own is an entry under a section heading.
 */
function isDatedHeading(blocks: Block[], index: number): boolean {
  const heading = blocks[index] as Heading;
  if (findDateRange(toString(heading))) return true;
  if (namesSectionOnly(toString(heading))) return false;
  const next = blocks[index + 1];
  // A date line right over a deeper heading is that heading's: `*2019 – 2021*` then `### Role — Org`.
  const after = blocks[index + 2];
  if (after?.type === 'heading' && after.depth > heading.depth) return false;
  const under = readEntryHeader(headerLinesAfter(next));
  // Why: lines that label both role and organisation (`**Datore di lavoro:**`, `**Posizione ricoperta:**`) are an entry of their own.
  if (!under.header.dates || (under.header.role && under.header.organization && under.names === 0)) return false;
  return under.names <= 1 || readEntryHeader(inlineLines(heading.children)).names >= 2;
}

/** A short title that names a kind of section and no job (`Education`, `Berufserfahrung`; not `Consultant`): never an entry. */
function namesSectionOnly(title: string): boolean {
  return title.trim().split(/\s+/u).length <= 3 && titleKind(title) !== null && !hasRoleWord(title);
}

/** A short paragraph wholly in bold, with no dates: `**WORK EXPERIENCE**`, `**Experiencia laboral:**`. */
function isBoldTitle(block: Block): boolean {
  if (block.type !== 'paragraph') return false;
  const meaningful = (block as Paragraph).children.filter((node) => node.type !== 'text' || (node.value.trim() !== ':' && node.value.trim() !== ''));
  if (meaningful.length !== 1 || meaningful[0]!.type !== 'strong') return false;
  const text = toString(meaningful[0]).trim();
  return /\p{L}/u.test(text) && text.split(/\s+/).length <= MAX_TITLE_WORDS && !findDateRange(text) && !/[,.]$/.test(text);
}
