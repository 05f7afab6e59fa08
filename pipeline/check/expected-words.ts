/**
 * The résumé's words in the order every format gives them (the text renderer's: name, headline, contacts,
 * summary, then each section), each with the offset in the Markdown where it is written.
 */
import type { Nodes } from 'mdast';
import type { Point } from 'unist';
import type { Block, Resume } from '../model/types.js';
import { blockLines } from '../render/text/block-lines.js';
import { entryHeaderText } from '../render/text/entry-header-text.js';
import { inlineText, type InlineOptions } from '../render/text/inline-text.js';
import { entriesWithHeaders } from './entry-header.js';
import { readingWords } from './reading-words.js';

/** A word of the résumé, and where the Markdown has it (null when unknown, such as a default). */
export interface ExpectedWord {
  text: string;
  offset: number | null;
}

/** Front matter values that stand in for the Markdown's (the name, contacts), by where they are written. */
export interface FrontMatterPlaces {
  name?: Point | undefined;
}

// Why without targets: a page and a document show a link's text; its address is only behind it.
const TEXT_ONLY: InlineOptions = { urls: false };
// Wide enough that no line breaks: words are what is compared.
const NO_WRAP = Number.MAX_SAFE_INTEGER;

/** A run of text and the span of the Markdown it comes from. */
interface Unit {
  text: string;
  from: number | null;
  to: number | null;
}

/** The words of `resume`, whose Markdown is `source`, in reading order. */
export function expectedWords(resume: Resume, source: string, places: FrontMatterPlaces = {}): ExpectedWord[] {
  const folded = foldQuotes(source);
  return readingUnits(resume, source, places).flatMap((unit) => {
    let cursor = unit.from ?? 0;
    return readingWords(unit.text).map((text) => {
      const offset = locate(folded, foldQuotes(text), cursor, unit);
      if (offset !== null && offset >= cursor) cursor = offset + text.length;
      return { text, offset };
    });
  });
}

/** The runs of text of `resume`, in reading order. */
function readingUnits(resume: Resume, source: string, places: FrontMatterPlaces): Unit[] {
  const headers = new Map(entriesWithHeaders(resume, source).map((item) => [item.entry, item]));
  // A name from front matter has no place in the Markdown's body: its value's.
  const nameSpan = spanOf(resume.nameContent);
  const nameUnit: Unit = {
    text: resume.nameContent.length > 0 ? inlineText(resume.nameContent, TEXT_ONLY) : (resume.name ?? ''),
    ...(nameSpan.from === null ? pointSpan(source, places.name) : nameSpan),
  };
  const units: Unit[] = [
    nameUnit,
    ...(resume.headline ? [{ text: inlineText(resume.headline, TEXT_ONLY), ...spanOf(resume.headline) }] : []),
    ...resume.contacts.map((contact) => ({ text: contact.content.length > 0 ? inlineText(contact.content, TEXT_ONLY) : contact.text, ...spanOf([contact]) })),
    ...resume.summary.map(blockUnit),
  ];
  for (const section of resume.sections) {
    if (section.title !== null) units.push({ text: inlineText(section.heading, TEXT_ONLY), ...spanOf(section.heading.length > 0 ? section.heading : [section]) });
    for (const child of section.children) {
      if (child.type !== 'entry') {
        units.push(blockUnit(child));
        continue;
      }
      const header = headers.get(child);
      units.push({ text: entryHeaderText(child, TEXT_ONLY), from: header?.from ?? null, to: header?.to ?? null }, ...child.children.map(blockUnit));
    }
  }
  return units;
}

function blockUnit(block: Block): Unit {
  return { text: blockLines([withoutMarkers(block)], NO_WRAP, TEXT_ONLY).join('\n'), ...spanOf([block]) };
}

/**
 * `node` with its lists as plain bullets. Why: an item's number and a task's box are list markers, which
 * a DOCX numbers and a page draws, not words of the résumé.
 */
function withoutMarkers<T extends Nodes>(node: T): T {
  if (!('children' in node)) return node;
  const copy = { ...node, children: node.children.map((child) => withoutMarkers(child as Nodes)) };
  if (copy.type === 'list') copy.ordered = false;
  if (copy.type === 'listItem') copy.checked = null;
  return copy;
}

/** The span from the first node's start to the last one's end, where they have positions. */
function spanOf(nodes: ReadonlyArray<Nodes | { position?: Nodes['position'] }>): Pick<Unit, 'from' | 'to'> {
  const from = nodes.find((node) => node.position?.start.offset !== undefined)?.position?.start.offset ?? null;
  const to = [...nodes].reverse().find((node) => node.position?.end.offset !== undefined)?.position?.end.offset ?? null;
  return { from, to };
}

/** The span from `point` (a front matter value) to the end of its line. */
function pointSpan(source: string, point: Point | undefined): Pick<Unit, 'from' | 'to'> {
  if (!point) return { from: null, to: null };
  const lines = source.split('\n');
  if (point.line > lines.length) return { from: null, to: null };
  const lineStart = lines.slice(0, point.line - 1).reduce((offset, line) => offset + line.length + 1, 0);
  return { from: lineStart + point.column - 1, to: lineStart + lines[point.line - 1]!.length };
}

/**
 * Where `word` stands in the unit's span: from `cursor` on (words follow each other), else anywhere in the
 * span (a header's place is read before its dates, written after them), else where the span starts.
 */
function locate(folded: string, word: string, cursor: number, unit: Unit): number | null {
  if (unit.from === null) return null;
  const to = unit.to ?? folded.length;
  for (const from of [cursor, unit.from]) {
    const at = folded.indexOf(word, from);
    if (at >= 0 && at + word.length <= to) return at;
  }
  return unit.from;
}

/** Curly quotes as straight ones, one character for one, so that offsets stay those of the source. */
function foldQuotes(text: string): string {
  return text.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"');
}
