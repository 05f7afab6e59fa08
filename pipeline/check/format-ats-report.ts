/** `resume check --ats`'s report as a block a person reads: what a parser finds in the built PDF and DOCX. */
import type { AtsEntry, AtsFile, AtsReport, AtsSection } from './ats-report.js';

const INDENT = '  ';
const KIND_NAMES: Record<string, string> = { work: 'work experience', volunteer: 'volunteering', certificates: 'certifications' };

/** The report of the file at `path`: each built file, then the fields a parser fills, then the sections. */
export function formatAtsReport(path: string, report: AtsReport): string {
  const lines = [`${path}: what a parser reads in the built ${report.files.map((file) => file.format.toUpperCase()).join(' and ') || 'files (none could be built)'}`];
  for (const file of report.files) lines.push(`${INDENT}${file.format.toUpperCase()}: ${fileSummary(file)}`);
  if (report.files.length > 0) {
    lines.push(
      field('name', report.files, (file) => file.name ?? '(no text)'),
      field('e-mail', report.files, (file) => file.emails.join(', ') || '(none found)'),
      field('phone', report.files, (file) => file.phones.join(', ') || '(none found)'),
      ...linkLines(report.files),
    );
  }
  lines.push(`${INDENT}sections:${report.sections.length === 0 ? ' (none)' : ''}`);
  for (const section of report.sections) {
    lines.push(`${INDENT.repeat(2)}${sectionLine(section)}`);
    for (const entry of section.entries) lines.push(`${INDENT.repeat(3)}${entryLine(entry)}`);
  }
  return lines.join('\n');
}

/** `2 pages, 48 KB, all 312 words in order`. */
function fileSummary(file: AtsFile): string {
  const size = file.bytes < 1024 * 1024 ? `${Math.max(1, Math.round(file.bytes / 1024))} KB` : `${(file.bytes / 1024 / 1024).toFixed(1)} MB`;
  const pages = file.pages === null ? [] : [`${file.pages} ${file.pages === 1 ? 'page' : 'pages'}`];
  const problems = [...(file.missing > 0 ? [`${file.missing} missing`] : []), ...(file.outOfOrder > 0 ? [`${file.outOfOrder} out of order`] : [])];
  const words = problems.length === 0 ? `all ${file.words} words in order` : `of ${file.words} words, ${problems.join(' and ')}`;
  return [...pages, size, words].join(', ');
}

/** `  name: Ines Vargas`, or each file's value when they differ. */
function field(label: string, files: readonly AtsFile[], value: (file: AtsFile) => string): string {
  const values = files.map(value);
  const shown = values.every((each) => each === values[0]) ? values[0]! : files.map((file, index) => `${values[index]} (${file.format.toUpperCase()})`).join('; ');
  return `${INDENT}${label}: ${shown}`;
}

/** Each link once, with what a file does not do with it: hold it as a link, or show its address. */
function linkLines(files: readonly AtsFile[]): string[] {
  const urls = files[0]!.links.map((link) => link.url);
  if (urls.length === 0) return [`${INDENT}links: (none)`];
  return [
    `${INDENT}links:`,
    ...urls.map((url, index) => {
      const notes = [
        ...files.filter((file) => !file.links[index]!.clickable).map((file) => `not a link in the ${file.format.toUpperCase()}`),
        ...(files.every((file) => !file.links[index]!.shown) ? ['the text does not show this address, so a parser that reads only text misses it'] : []),
      ];
      return `${INDENT.repeat(2)}${url}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
    }),
  ];
}

/** `Experience (line 7): a usual title for work experience`. */
function sectionLine(section: AtsSection): string {
  const title = section.title === null ? '(no title)' : section.title;
  const line = section.line === null ? '' : ` (line ${section.line})`;
  const kind = section.kind === null ? null : (KIND_NAMES[section.kind] ?? section.kind);
  let verdict: string;
  if (section.standard) verdict = `a usual title for ${kind}`;
  else if (section.suggestions.length > 0) verdict = `parsers may not read this as ${kind}; rename it to ${listed(section.suggestions.map((title) => `\`${title}\``))}`;
  else verdict = 'a title parsers may not know';
  return `${title}${line}: ${verdict}`;
}

/** `Staff Engineer, Acme Payments (line 9): Mar 2021 – Present (2021-03 to present)`. */
function entryLine(entry: AtsEntry): string {
  const line = entry.line === null ? '' : ` (line ${entry.line})`;
  if (!entry.dates) return `${entry.title}${line}: no dates`;
  const { start, end, text } = entry.dates;
  const normalised = start === null && end === null ? 'not read as dates' : start === end || end === null ? start : `${start ?? '?'} to ${end}`;
  return `${entry.title}${line}: ${text} (${normalised})`;
}

/** `a`, `a or b`, `a, b or c`. */
function listed(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');
}
