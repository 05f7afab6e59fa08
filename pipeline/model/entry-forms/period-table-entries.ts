/** Reads a two-column table of entries: the period, then a cell with the whole header. */
import type { Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { EntryOrder } from '../entry-order.js';
import { inlineLines } from '../inline-lines.js';
import type { Entry } from '../types.js';
import { cellDates } from './cell-dates.js';
import { startEntry, type StartedEntry } from './start-entry.js';
import { columnOf } from './table-entries.js';

/**
 * One entry per body row of a table with two columns, `| mar 2021 in corso | [Org](…), _City_ - __Role__ |`,
 * when one column holds a date in every row (or its header says so) and every cell of the other
 * names a role and an organisation. Null when the table is not such.
 */
export function periodTableEntries(table: Table, order: EntryOrder): { header: Table | null; entries: Entry[] } | null {
  const [head, ...rows] = table.children;
  if (!head || rows.length === 0 || head.children.length !== 2) return null;
  const headerTexts = head.children.map((cell) => toString(cell).trim().toLowerCase());
  const hasHeader = headerTexts.some((text) => text !== '');
  const body = hasHeader ? rows : table.children;
  const datesColumn = [0, 1].find((index) => (!hasHeader || columnOf(headerTexts[index]!) === 'dates') && body.every((row) => cellDates(row.children[index]) !== null));
  if (datesColumn === undefined) return null;
  const started: StartedEntry[] = [];
  for (const row of body) {
    const entry = headerCell(row.children[1 - datesColumn]);
    if (!entry) return null;
    started.push(entry);
  }
  const entries = started.map(({ entry, reading }, index) => {
    const row = body[index]!;
    entry.dates = cellDates(row.children[datesColumn]);
    entry.datesFirst = datesColumn === 0;
    entry.position = row.position;
    order.record(entry, reading);
    return entry;
  });
  // The header row's words stay as a table of its own above the entries.
  return { header: hasHeader ? { ...table, children: [head] } : null, entries };
}

/** The entry a cell's header names, with role and organisation both, and no date of its own. */
function headerCell(cell: TableCell | undefined): StartedEntry | null {
  const lines = inlineLines(cell?.children ?? []);
  if (lines.length === 0) return null;
  const started = startEntry([{ lines, whole: true }], 'table-row', cell?.position);
  return started.reading.names === 2 && !started.entry.dates ? started : null;
}
