/** A résumé entry: a header line with role, organisation, place and dates on a tab stop, then its blocks. */
import { Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import type { Entry } from '../../model/types.js';
import { run } from './run.js';
import type { BlockHandler, State } from './state.js';
import { STYLE } from './style-ids.js';
import { datesText, SEPARATOR } from '../punctuation.js';

/** The entry's header paragraph, then its content. */
export const entry: BlockHandler<Entry> = (node, state, scope) => [entryHeader(node, state), ...state.blocks(node.children, scope)];

/**
 * Keeps the source's reading order: dates first go before a left tab stop at the dates column;
 * dates last sit on a right tab stop at the margin. The tab stops live in the two header styles.
 */
function entryHeader(node: Entry, state: State): Paragraph {
  const title: ParagraphChild[] = [];
  // A label goes before its field, as written (`Período: 03/2021 – Atual`).
  const labelled = (field: keyof Entry['labels'], children: ParagraphChild[]) => [...(node.labels[field] ? [...state.phrasing(node.labels[field]!, {}), run(' ', {})] : []), ...children];
  const add = (separator: ParagraphChild, children: ParagraphChild[]) => title.push(...(title.length > 0 ? [separator] : []), ...children);
  const separator = () => run(SEPARATOR, { style: STYLE.separator });
  if (node.role) add(run('', {}), labelled('role', state.phrasing(node.role, { bold: true })));
  if (node.organization) add(run(node.joiner ? ` ${node.joiner} ` : ', ', {}), labelled('organization', state.phrasing(node.organization, {})));
  if (node.location) add(separator(), labelled('location', state.phrasing(node.location, { style: STYLE.entryLocation })));
  for (const note of node.notes) add(separator(), state.phrasing(note, { style: STYLE.entryLocation }));
  const dates = node.dates ? labelled('dates', [run(datesText(node.dates), { style: STYLE.entryDates })]) : [];
  const tab = () => new TextRun({ children: [new Tab()] });
  if (node.datesFirst) {
    return new Paragraph({ style: STYLE.entryHeaderDatesFirst, children: [...dates, ...(title.length > 0 ? [tab(), ...title] : [])] });
  }
  return new Paragraph({ style: STYLE.entryHeader, children: [...title, ...(dates.length > 0 ? [tab(), ...dates] : [])] });
}

