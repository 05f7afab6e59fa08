/** An entry's header as one line of plain text, in the reading order every format gives it. */
import type { Entry, Inline } from '../../model/types.js';
import { datesText } from '../punctuation.js';
import { inlineText, type InlineOptions } from './inline-text.js';

/**
 * Role and organisation (joined by the source's `at`, else a comma), place, notes and dates, each
 * after its label; the dates first when the source wrote them first.
 */
export function entryHeaderText(entry: Entry, options: InlineOptions): string {
  const textOf = (content: Inline) => inlineText(content, options).trim();
  // A label goes before its field, as written (`Período: 03/2021 – Atual`).
  const labelled = (field: keyof Entry['labels'], value: string) => (entry.labels[field] ? `${textOf(entry.labels[field]!)} ${value}` : value);
  const dates = entry.dates ? [labelled('dates', datesText(entry.dates))] : [];
  const names = [entry.role && labelled('role', textOf(entry.role)), entry.organization && labelled('organization', textOf(entry.organization))].filter((part): part is string => Boolean(part));
  const title = [names.join(entry.joiner ? ` ${entry.joiner} ` : ', '), ...(entry.location ? [labelled('location', textOf(entry.location))] : []), ...entry.notes.map(textOf)];
  return (entry.datesFirst ? [...dates, ...title] : [...title, ...dates]).filter((part) => part !== '').join(', ');
}
