/** Reads a table whose rows are entries: columns of period, role, organisation and place. */
import type { Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { EntryOrder } from '../entry-order.js';
import { cellDates } from './cell-dates.js';
import { pairOrder } from '../role-or-organization.js';
import type { Entry, Inline } from '../types.js';

type Column = 'dates' | 'role' | 'organization' | 'location';

// Header words in the résumé languages, lower case.
const HEADER_WORDS: Record<Column, string[]> = {
  dates: ['period', 'dates', 'date', 'years', 'year', 'when', 'zeitraum', 'jahr', 'jahre', 'zeit', 'période', 'dates', 'année', 'periodo', 'período', 'fecha', 'fechas', 'años', 'anos', 'data', 'datas', 'periode', 'okres', '期間', '时间', '期间', '年月', '기간'],
  role: ['role', 'position', 'title', 'job', 'degree', 'qualification', 'rolle', 'tätigkeit', 'abschluss', 'funktion', 'poste', 'fonction', 'diplôme', 'cargo', 'puesto', 'título', 'titulo', 'função', 'curso', 'ruolo', 'functie', 'stanowisko', 'roll', '职位', '职务', '役職', '学位', '学部・学科', '学科', '专业', '직무', '전공'],
  organization: ['company', 'employer', 'organisation', 'organization', 'school', 'institution', 'university', 'unternehmen', 'arbeitgeber', 'firma', 'einrichtung', 'schule', 'hochschule', 'entreprise', 'employeur', 'école', 'établissement', 'empresa', 'institución', 'instituição', 'escuela', 'escola', 'universidad', 'azienda', 'bedrijf', 'werkgever', 'pracodawca', 'företag', '公司', '单位', '学校', '学校名', '会社', '会社名', '회사', '학교'],
  location: ['location', 'place', 'city', 'where', 'ort', 'standort', 'lieu', 'ville', 'lugar', 'ciudad', 'local', 'cidade', 'luogo', 'plaats', 'miejsce', 'ort', '地点', '勤務地', '위치'],
};

/**
 * One entry per body row when the columns hold dates and at least a role and an organisation,
 * named by the header row or, without one, inferred: the column whose every cell is a date, then
 * role and organisation told apart by their words, then the place. Null when the table is not such.
 */
export function tableEntries(table: Table, order: EntryOrder): { header: Table | null; entries: Entry[] } | null {
  const [head, ...rows] = table.children;
  if (!head || rows.length === 0 || head.children.length < 3) return null;
  const headerTexts = head.children.map((cell) => toString(cell).trim().toLowerCase());
  const hasHeader = headerTexts.some((text) => text !== '');
  const columns = hasHeader ? headerTexts.map(columnOf) : inferColumns(rows.map((row) => row.children));
  const datesColumn = columns.indexOf('dates');
  if (datesColumn < 0) return null;
  const nameColumns = columns.flatMap((column, index) => (column === 'role' || column === 'organization' ? [index] : []));
  if (nameColumns.length < 2 || !rows.every((row) => cellDates(row.children[datesColumn]) !== null)) return null;

  // Without a header, the words of all rows tell which name column holds roles, else the document does.
  let undecided = false;
  if (!hasHeader) {
    const [first, second] = nameColumns as [number, number];
    const votes = rows.map((row) => pairOrder(cellContent(row.children[first]), cellContent(row.children[second])));
    const balance = votes.filter((vote) => vote === 'role-first').length - votes.filter((vote) => vote === 'organization-first').length;
    undecided = balance === 0;
    columns[first] = balance >= 0 ? 'role' : 'organization';
    columns[second] = balance >= 0 ? 'organization' : 'role';
    if (!undecided) order.vote(balance > 0 ? 'role-first' : 'organization-first');
  }
  const entries = rows.map((row): Entry => {
    const cell = (column: Column) => {
      const index = columns.indexOf(column);
      const content = index >= 0 ? cellContent(row.children[index]) : [];
      return content.length > 0 ? content : null;
    };
    return {
      type: 'entry',
      style: 'table-row',
      role: cell('role'),
      organization: cell('organization'),
      location: cell('location'),
      dates: cellDates(row.children[datesColumn]),
      datesFirst: datesColumn < Math.min(...nameColumns),
      joiner: null,
      labels: {},
      notes: [],
      // Why: a column that names no field (`Contribution`) is the entry's text, not lost.
      children: row.children.flatMap((other, index) => (columns[index] || cellContent(other).length === 0 ? [] : [{ type: 'paragraph' as const, children: cellContent(other) }])),
      position: row.position,
    };
  });
  if (undecided) for (const entry of entries) order.defer(entry, [entry.role ?? [], entry.organization ?? []]);
  // The header row's words stay as a table of its own above the entries.
  return { header: hasHeader ? { ...table, children: [head] } : null, entries };
}

/** The column a header cell names (`Periodo`, `Company:`), or null. */
export function columnOf(text: string): Column | null {
  const word = text.replace(/[:：]$/, '');
  return (Object.keys(HEADER_WORDS) as Column[]).find((column) => HEADER_WORDS[column].includes(word)) ?? null;
}

/** Without a header row: the date column, then the first two other columns as role and organisation, a third as place. */
function inferColumns(rows: TableCell[][]): Array<Column | null> {
  const width = rows[0]?.length ?? 0;
  const datesColumn = Array.from({ length: width }, (_, index) => index).find((index) => rows.every((row) => cellDates(row[index]) !== null));
  if (datesColumn === undefined) return [];
  const names: Column[] = ['role', 'organization', 'location'];
  return Array.from({ length: width }, (_, index) => (index === datesColumn ? 'dates' : (names.shift() ?? null)));
}

function cellContent(cell: TableCell | undefined): Inline {
  return cell?.children ?? [];
}
