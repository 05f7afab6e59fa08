/** The outline of `resume inspect --format text`: a tree a person reads, with source lines. */
import type { Outline, OutlineEntry } from './model/to-outline.js';

const INDENT = '  ';

/** `outline` as indented lines: the name, its contacts, each section with its entries, then what was not recognised. */
export function formatOutline(outline: Outline): string {
  const lines = [outline.name ?? '(no name)'];
  if (outline.headline) lines.push(`${INDENT}headline: ${outline.headline}`);
  if (outline.contacts.length > 0) {
    lines.push(`${INDENT}contacts: ${outline.contacts.map((contact) => `${contact.kind} ${contact.text}${at(contact.line)}`).join(' · ')}`);
  }
  for (const section of outline.sections) {
    lines.push(`${INDENT}${section.title ?? '(untitled section)'}${at(section.line)}`);
    for (const entry of section.entries) lines.push(`${INDENT.repeat(2)}${entryTitle(entry)} (${[lineText(entry.line), bullets(entry.bullets)].filter(Boolean).join(', ')})`);
  }
  if (outline.unrecognised.length > 0) {
    lines.push(`${INDENT}not recognised:`);
    for (const block of outline.unrecognised) lines.push(`${INDENT.repeat(2)}${lineText(block.line) ?? 'somewhere'}: ${block.reason}`);
  }
  return lines.join('\n');
}

/** Role · organisation · location · dates (normalised, so a misread date shows). */
function entryTitle(entry: OutlineEntry): string {
  const { start = null, end = null } = entry.dates ?? {};
  const dates = entry.dates && (end === null || end === start ? (start ?? entry.dates.text) : `${start ?? '?'} – ${end}`);
  const parts = [entry.role, entry.organization, entry.location, dates].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : '(entry with no title)';
}

function bullets(count: number): string {
  return count === 1 ? '1 bullet' : `${count} bullets`;
}

function lineText(line: number | null): string | null {
  return line === null ? null : `line ${line}`;
}

function at(line: number | null): string {
  return line === null ? '' : ` (line ${line})`;
}
