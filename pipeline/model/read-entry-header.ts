/** Reads role, organisation, location and dates from the lines of an entry header. */
import { readHeaderLine, ROLE_FIRST_JOINERS, WEAK_JOINERS, type HeaderLine, type Part } from './read-header-line.js';
import { isStateCode, namesRegion, readsAsPlace } from './reads-as-place.js';
import { pairOrder, roleEvidence, type PairOrder } from './role-or-organization.js';
import type { DateRange, EntryLabels, Inline } from './types.js';

export interface EntryHeader {
  role: Inline | null;
  organization: Inline | null;
  location: Inline | null;
  dates: DateRange | null;
  datesFirst: boolean;
  joiner: string | null;
  labels: EntryLabels;
  notes: Inline[];
}

/** A header read from lines, with what the caller needs to settle it with the rest of the document. */
export interface HeaderReading {
  header: EntryHeader;
  /** How many of the lines the header took; the rest are the entry's text. */
  used: number;
  /** How many named parts (role, organisation) were found. */
  names: number;
  /** The order the words decided for role and organisation, or null. */
  decided: PairOrder | null;
  /** Role and organisation in source order when only their order tells them apart. */
  undecided: [Inline, Inline] | null;
  /** The organisation stood alone on the first line and the role came later: a company over its roles. */
  companyFirst: boolean;
}

// A later line longer than this, or a sentence, is the entry's text, not its header.
const MAX_HEADER_WORDS = 14;
const MAX_PLACE_WORDS = 4;

/**
 * Read an entry header written over `lines`: a title line (`Role — Org, City (2019 – 2021)`), then
 * optional lines with dates, place, the role or the organisation, in any order. The first `keep`
 * lines are all read; the header stops at the first later line that is running text or another
 * entry's dates. Role and organisation are told apart by their words; when the words do not tell,
 * the role comes first until the document's order settles it (`undecided`).
 */
export function readEntryHeader(lines: Inline[], keep = 0): HeaderReading {
  const readings = lines.map(readHeaderLine);
  const names: Array<{ content: Inline; line: number }> = [];
  const slots: { role?: Inline; organization?: Inline } = {};
  let location: Inline | null = null;
  let dates: DateRange | null = null;
  let datesFirst = false;
  let used = 0;
  // Why: no word is dropped; a label goes before its field, an aside after the place.
  const labels: EntryLabels = {};
  const notes: Inline[] = [];
  for (const [index, line] of readings.entries()) {
    const filled = names.length + (slots.role ? 1 : 0) + (slots.organization ? 1 : 0);
    if (index > 0 && index >= keep && (isProse(line) || (line.dates && dates) || (filled >= 2 && dates && (location || line.words > MAX_PLACE_WORDS)))) break;
    used = index + 1;
    notes.push(...line.parts.filter((part) => part.aside).map((part) => part.content));
    if (line.label && line.labelContent) labels[line.label] ??= line.labelContent;
    else if (line.labelContent && !line.dates) {
      // A label of no field (`**Votazione:** 110/110`): the line is a note, as written.
      notes.push([...line.labelContent, { type: 'text', value: ' ' }, ...line.value]);
      continue;
    } else if (line.labelContent) notes.push(line.labelContent);
    const value = line.parts.filter((part) => !part.aside).map((part) => part.content);
    if (line.label === 'dates' || (line.dates && !dates)) {
      datesFirst = line.dates !== null && filled === 0 && line.datesFirst && !line.labelled;
      dates = line.dates ?? dates;
    }
    // Why: `**Thời gian:** 08/2023 – 05/2021 · Đà Nẵng` names a place after the dates.
    if (line.label === 'dates') {
      if (value.length > 0 && location) notes.push(joinParts(value));
      else if (value.length > 0) location = joinParts(value);
      continue;
    }
    // A labelled place is kept as written (`📍 Porto Alegre/RS (remoto)`), unless an aside goes to the notes (`Berlin (3 years)`).
    if (line.label === 'location') location = location ?? (line.parts.some((part) => part.aside) ? joinParts(value) : line.value);
    else if (line.label === 'organization' && value.length > 1 && !location) {
      // `**Datore di lavoro:** Appennino Robotics S.r.l., Bologna`: the organisation, then its place.
      slots.organization = value[0]!;
      location = joinParts(value.slice(1));
    } else if (line.label && value.length > 0) slots[line.label] = joinParts(value);
    if (line.label) continue;
    // `**Atlas Ledger**` / `Casablanca, Morocco` / `*Junior Backend Developer*`: a plain later line that is a place.
    const runsOn = index > 0 && /,\s*$/u.test(readings[index - 1]!.text);
    if (index > 0 && !runsOn && !line.dates && !line.styled && !location && names.length > 0 && endsInRegion(line.text)) {
      location = joinParts(value);
      continue;
    }
    const parts = line.parts.filter((part) => !part.aside && !part.parenthetical);
    const place = placeAtEnd(parts);
    const named = parts.slice(0, parts.length - place.length);
    // `Org, Finland. 2020 — now. Role.`, `[Org](…), _Bologna (IT)_ - Role`: a place between the names.
    const between = place.length === 0 && named.length >= 3 && !location ? named.findIndex((part, at) => at > 0 && readsAsPlace(part.text)) : -1;
    if (between > 0) location = named.splice(between, 1)[0]!.content;
    // `Role @ School of Physics,` / `Wrenford University, United Kingdom`: a name runs on over the line break.
    const last = names[names.length - 1];
    if (last && last.line === index - 1 && named[0] && /,\s*$/u.test(readings[index - 1]!.text)) {
      last.content = joinParts([last.content, named.shift()!.content]);
    }
    const need = Math.max(0, 2 - filled);
    const take = need === 2 && named.length >= 2 && partnerLater(readings, index) ? 1 : Math.min(need, named.length);
    names.push(...named.slice(0, take).map((part) => ({ content: part.content, line: index })));
    const rest = [...named.slice(take), ...place, ...line.parts.filter((part) => part.parenthetical && !part.aside)];
    // Why notes: a part that fills no field is still the author's words.
    if (rest.length > 0 && !location) location = joinParts(rest.map((part) => part.content));
    else notes.push(...rest.map((part) => part.content));
  }
  const reading = { used, names: names.length, decided: null, undecided: null, companyFirst: false };
  const header: EntryHeader = { role: slots.role ?? null, organization: slots.organization ?? null, location, dates, datesFirst, joiner: null, labels, notes };
  const [first, second] = names;
  if (first && second) {
    const between = first.line === second.line ? readings[first.line]!.joiner : null;
    // `Engineer at Acme`: the word says which is which.
    const decided = between && [...ROLE_FIRST_JOINERS, ...WEAK_JOINERS].includes(between.toLowerCase()) ? 'role-first' : pairOrder(first.content, second.content);
    const roleFirst = (decided ?? 'role-first') === 'role-first';
    // The word between them (`Engineer at Acme`) reads right only in the order it was written.
    const joiner = roleFirst ? between : null;
    return {
      ...reading,
      header: { ...header, role: roleFirst ? first.content : second.content, organization: roleFirst ? second.content : first.content, joiner },
      decided,
      undecided: decided ? null : [first.content, second.content],
      companyFirst: !roleFirst && first.line === 0 && second.line > 0,
    };
  }
  if (first) {
    const isOrganization = slots.role !== undefined || (slots.organization === undefined && roleEvidence(first.content) < 0);
    return { ...reading, header: isOrganization ? { ...header, organization: first.content } : { ...header, role: first.content }, companyFirst: isOrganization && !slots.role };
  }
  return { ...reading, header };
}

/** A place by its last part: a country, a way of working, or a US state after a city (`Casablanca, Morocco`). */
function endsInRegion(text: string): boolean {
  const parts = text.split(/\s*,\s*/u).filter(Boolean);
  const last = parts.at(-1) ?? '';
  return namesRegion(last) || (parts.length >= 2 && isStateCode(last));
}

/** A later line names exactly one thing, set apart by its style: the role or organisation the title line lacks. */
function partnerLater(readings: HeaderLine[], index: number): boolean {
  // Why: a second dated line starts another entry, so nothing from it on completes this header.
  const dated = readings.slice(0, index + 1).some((line) => line.dates);
  const later = readings.slice(index + 1);
  const end = dated ? later.findIndex((line) => line.dates) : -1;
  return later.slice(0, end < 0 ? later.length : end).some((line) => {
    const parts = line.parts.filter((part: Part) => !part.aside && !part.parenthetical);
    const named = parts.slice(0, parts.length - placeAtEnd(parts).length);
    return !line.labelled && named.length === 1 && ((line.styled && !line.dates) || named[0]!.styled);
  });
}

/**
 * The parts at the end of a line that name a place on their own evidence: a country or way of
 * working (`United Kingdom`, `Remote`), or a place with its state or country (`Newark, NJ`,
 * `Pittsburgh PA`), the
 * place words not those of an organisation. Empty when the line does not end in one.
 */
function placeAtEnd(parts: Part[]): Part[] {
  const last = parts.at(-1);
  if (!last) return [];
  // Why only a state takes the part before it: `Acme, Germany` names the company, `Newark, NJ` the city.
  if (parts.length >= 2 && isStateCode(last.text)) return parts.slice(-2);
  return readsAsPlace(last.text) ? [last] : [];
}

/** A line of running text: long, or a sentence. */
function isProse(line: HeaderLine): boolean {
  return line.words > MAX_HEADER_WORDS || (line.dates === null && line.words >= 3 && /[.!?。]\s*$/u.test(line.parts.at(-1)?.text ?? ''));
}

/** Parts joined with commas. */
function joinParts(parts: Inline[]): Inline {
  return parts.flatMap((part, index) => (index === 0 ? part : [{ type: 'text' as const, value: ', ' }, ...part]));
}
