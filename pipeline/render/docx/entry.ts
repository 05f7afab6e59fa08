/** A résumé entry: a header with role, organisation and place on one line and the dates on their own, then its blocks. */
import { LineRuleType, Paragraph, type ParagraphChild } from 'docx';
import type { Entry } from '../../model/types.js';
import { twips } from './page.js';
import { run } from './run.js';
import type { BlockHandler, State } from './state.js';
import { STYLE } from './style-ids.js';
import { datesText, SEPARATOR } from '../punctuation.js';

/** The entry's header paragraph, then its content, the first block `space.afterEntryHeader` below it (base.css `.entry-header + *`). */
export const entry: BlockHandler<Entry> = (node, state, scope) => [
  ...entryHeader(node, state, scope.before),
  ...state.blocks(node.children, { ...scope, before: twips(state.tokens.space.afterEntryHeader) }),
];

/**
 * Keeps the source's reading order, as the HTML does: dates first stand on a line above the
 * title, dates last on a line below it, each line a paragraph kept with the next. Why two
 * paragraphs: the dates line is as tall as the HTML's (small text, body line height), so the DOCX
 * takes the PDF's pages.
 * Why not a tab stop: a PDF of the page (LibreOffice's, Word's) then sets the dates apart from
 * the title in a column of their own, and pdftotext and pdfminer read that column after the
 * entry's bullets (issue 13).
 */
function entryHeader(node: Entry, state: State, before: number | undefined): Paragraph[] {
  const title: ParagraphChild[] = [];
  // A label goes before its field, as written (`Período: 03/2021 – Atual`).
  const labelled = (field: keyof Entry['labels'], children: ParagraphChild[]) => [...(node.labels[field] ? [...state.phrasing(node.labels[field]!, {}), run(' ', { rightToLeft: state.rightToLeft })] : []), ...children];
  const add = (separator: ParagraphChild, children: ParagraphChild[]) => title.push(...(title.length > 0 ? [separator] : []), ...children);
  const separator = () => run(SEPARATOR, { style: STYLE.separator, rightToLeft: state.rightToLeft });
  if (node.role) add(run('', {}), labelled('role', state.phrasing(node.role, { bold: true })));
  if (node.organization) add(run(node.joiner ? ` ${node.joiner} ` : ', ', { rightToLeft: state.rightToLeft }), labelled('organization', state.phrasing(node.organization, { style: STYLE.entryOrganization })));
  if (node.location) add(separator(), labelled('location', state.phrasing(node.location, { style: STYLE.entryLocation })));
  for (const note of node.notes) add(separator(), state.phrasing(note, { style: STYLE.entryLocation }));
  const dates = node.dates ? labelled('dates', [run(datesText(node.dates), { style: STYLE.entryDates, rightToLeft: state.rightToLeft })]) : [];
  const { size, lineHeight } = state.tokens;
  const datesLine = { line: twips(size.small * lineHeight), lineRule: LineRuleType.EXACT };
  const lines = (node.datesFirst ? [{ children: dates, dates: true }, { children: title, dates: false }] : [{ children: title, dates: false }, { children: dates, dates: true }]).filter((line) => line.children.length > 0);
  return lines.map(
    (line, index) =>
      new Paragraph({
        style: STYLE.entryHeader,
        spacing: { ...(index === 0 ? (before === undefined ? {} : { before }) : { before: 0 }), ...(line.dates ? datesLine : {}) },
        children: line.children,
      }),
  );
}
