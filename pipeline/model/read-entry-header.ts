/** Reads role, organisation, location and dates from an entry header's inline content. */
import { parseDateRange } from './parse-dates.js';
import { plainText, splitInline } from './split-inline.js';
import type { DateRange, Inline } from './types.js';

export interface EntryHeader {
  role: Inline | null;
  organization: Inline | null;
  location: Inline | null;
  dates: DateRange | null;
  datesFirst: boolean;
}

// `Staff Engineer — Acme`, `Staff Engineer | Acme`, `Staff Engineer @ Acme`, `Staff Engineer at Acme`.
const TITLE_SEPARATOR = /\s+(?:[—–|@·]|-{1,2}|at)\s+/;
const COMMA = /,\s*/;
const META_SEPARATOR = /\s+[·|•]\s+|,\s*|\n/;

/**
 * Read a header written as comma-separated parts with the dates first or last:
 * `May 2017-Dec 2019, Principal Member of Technical Staff, Oracle`.
 */
export function readCommaHeader(content: Inline): EntryHeader {
  return fromParts(splitInline(content, COMMA));
}

/** Read a sub-heading entry title: `Staff Engineer — Acme` or `Staff Engineer, Acme`. */
export function readHeadingTitle(content: Inline): EntryHeader {
  const [role, rest] = splitInline(content, TITLE_SEPARATOR, true);
  if (role && rest) return fromParts([role, ...splitInline(rest, COMMA)]);
  return fromParts(splitInline(content, COMMA));
}

/** Read an emphasised meta line under a heading entry: `Jan 2021 – Present · Stockholm`. Null when it holds no date. */
export function readMetaLine(content: Inline): { dates: DateRange; location: Inline | null } | null {
  const parts = splitInline(content, META_SEPARATOR);
  const index = parts.findIndex((part) => parseDateRange(plainText(part)) !== null);
  if (index < 0) return null;
  const rest = parts.filter((_, i) => i !== index);
  return { dates: parseDateRange(plainText(parts[index]!))!, location: rest.length > 0 ? joinParts(rest) : null };
}


function fromParts(parts: Inline[]): EntryHeader {
  let dates: DateRange | null = null;
  let datesFirst = false;
  const first = parts[0] && parseDateRange(plainText(parts[0]));
  const last = parts.length > 1 ? parseDateRange(plainText(parts[parts.length - 1]!)) : null;
  if (first) {
    dates = first;
    datesFirst = true;
    parts = parts.slice(1);
  } else if (last) {
    dates = last;
    parts = parts.slice(0, -1);
  }
  return {
    role: parts[0] ?? null,
    organization: parts[1] ?? null,
    location: parts.length > 2 ? joinParts(parts.slice(2)) : null,
    dates,
    datesFirst,
  };
}

function joinParts(parts: Inline[]): Inline {
  return parts.flatMap((part, index) => (index === 0 ? part : [{ type: 'text' as const, value: ', ' }, ...part]));
}
