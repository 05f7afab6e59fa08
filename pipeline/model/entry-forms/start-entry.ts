/** Builds an entry from the lines of its header, and keeps the lines the header did not take. */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { Position } from 'unist';
import { readEntryHeader, type HeaderReading } from '../read-entry-header.js';
import type { Block, Entry, EntryStyle, Inline } from '../types.js';

/** Where a header's lines come from: blocks whose lines are read in order. */
export interface LineSource {
  lines: Inline[];
  /** Read whole even where the header would stop (a heading's lines are all header). */
  whole: boolean;
}

/** An entry started from its header lines. */
export interface StartedEntry {
  entry: Entry;
  reading: HeaderReading;
  /** The lines read as the header, to read again when a role line under it completes it. */
  lines: Inline[];
  /** How many of the sources with lines the header reached into; the rest are not consumed. */
  sourcesUsed: number;
}

/**
 * Read an entry header from `sources` and make the entry. Lines of a used source that the header
 * did not take become a paragraph at the start of the entry's content, so no word is lost.
 */
export function startEntry(sources: LineSource[], style: EntryStyle, position: Position | undefined): StartedEntry {
  const lines = sources.flatMap((source) => source.lines);
  let keep = 0;
  for (const source of sources) {
    if (!source.whole) break;
    keep += source.lines.length;
  }
  const reading = readEntryHeader(lines, keep);
  const children: Block[] = [];
  let start = 0;
  let sourcesUsed = 0;
  for (const source of sources) {
    if (source.lines.length === 0) continue;
    if (start >= reading.used) break;
    sourcesUsed += 1;
    const rest = source.lines.slice(Math.max(0, reading.used - start));
    if (rest.length > 0) children.push(paragraphOf(rest));
    start += source.lines.length;
  }
  const entry: Entry = { type: 'entry', style, ...reading.header, children, position };
  return { entry, reading, lines: lines.slice(0, reading.used), sourcesUsed };
}

/** A paragraph of `lines`, one after another as soft line breaks. */
function paragraphOf(lines: Inline[]): Paragraph {
  return { type: 'paragraph', children: lines.flatMap((line, index): PhrasingContent[] => (index === 0 ? line : [{ type: 'text', value: '\n' }, ...line])) };
}
