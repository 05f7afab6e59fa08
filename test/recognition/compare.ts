/** Compares what the pipeline recognised in a résumé with what a careful reader extracts (issue 12's measures). */
import type { Outline, OutlineEntry } from '../../pipeline/model/to-outline.js';

/** One dated item a recruiter would list, as written in `NN-slug.expected.json`. */
export interface ExpectedEntry {
  /** The section title, or null when the résumé has no section heading above its entries. */
  section: string | null;
  role: string | null;
  organization: string | null;
  location: string | null;
  start: string | null;
  end: string | null;
}

/** A fixture's ground truth (format in test/fixtures/real-world/README.md). */
export interface Expected {
  convention: string;
  name: string | null;
  email: string | null;
  sections: string[];
  entries: ExpectedEntry[];
}

/** The part of `resume inspect`'s outline that is scored. */
export type Recognised = Pick<Outline, 'name' | 'contacts' | 'sections'> & Partial<Pick<Outline, 'bodyContacts'>>;

/** The measures issue 12 names, in the order they are printed. */
export const MEASURES = ['name', 'email', 'sections', 'entries', 'role', 'organization', 'location', 'start', 'end'] as const;
export type Measure = (typeof MEASURES)[number];

/** How many were right out of how many were scored. */
export interface Tally {
  right: number;
  total: number;
}

export type Tallies = Record<Measure, Tally>;

/** One fixture's tallies and a short note for each miss. */
export interface FixtureScore {
  tallies: Tallies;
  misses: string[];
}

const FIELDS = ['role', 'organization', 'location', 'start', 'end'] as const;

/** Tallies with nothing counted yet. */
export function emptyTallies(): Tallies {
  return Object.fromEntries(MEASURES.map((measure) => [measure, { right: 0, total: 0 }])) as Tallies;
}

/** Sum of several fixtures' tallies. */
export function addTallies(all: Tallies[]): Tallies {
  const sum = emptyTallies();
  for (const tallies of all) {
    for (const measure of MEASURES) {
      sum[measure].right += tallies[measure].right;
      sum[measure].total += tallies[measure].total;
    }
  }
  return sum;
}

/**
 * Text as compared: compatibility-normalised, case-folded, punctuation and symbols (emoji and their variation selectors too) dropped,
 * whitespace collapsed. Null and empty text both become ''.
 */
export function normalize(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Cf}\uFE0E\uFE0F]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of `text` for overlap; Han and kana characters count one by one (no spaces between words). */
function tokens(text: string): Set<string> {
  const spaced = normalize(text).replace(/([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/gu, ' $1 ');
  return new Set(spaced.split(' ').filter(Boolean));
}

/** Jaccard overlap of the expected role and organisation with everything the recognised header holds. */
function overlap(expected: ExpectedEntry, entry: OutlineEntry): number {
  const want = tokens(`${expected.role ?? ''} ${expected.organization ?? ''}`);
  const got = tokens(`${entry.role ?? ''} ${entry.organization ?? ''} ${entry.location ?? ''}`);
  let shared = 0;
  for (const token of want) if (got.has(token)) shared += 1;
  const union = want.size + got.size - shared;
  return union === 0 ? 0 : shared / union;
}

function recognisedField(entry: OutlineEntry, field: (typeof FIELDS)[number]): string | null {
  if (field === 'start') return entry.dates?.start ?? null;
  if (field === 'end') return entry.dates?.end ?? null;
  return entry[field];
}

const quote = (text: string | null) => (text === null ? 'null' : JSON.stringify(text));
const label = (entry: ExpectedEntry) => quote([entry.role, entry.organization].filter(Boolean).join(' @ '));

/**
 * Pair expected entries with recognised ones: candidates are the entries of the section with the same
 * (normalised) title, or of every section when the expected section is null; the pairs with the best
 * role/organisation overlap are taken first, and each recognised entry is used once.
 */
function matchEntries(expected: ExpectedEntry[], recognised: Recognised): Map<number, OutlineEntry> {
  const pairs: Array<{ want: number; got: OutlineEntry; score: number; order: number }> = [];
  let order = 0;
  for (const section of recognised.sections) {
    for (const entry of section.entries) {
      expected.forEach((want, index) => {
        if (want.section !== null && normalize(want.section) !== normalize(section.title)) return;
        const score = overlap(want, entry);
        if (score > 0) pairs.push({ want: index, got: entry, score, order });
      });
      order += 1;
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.order - b.order || a.want - b.want);
  const matched = new Map<number, OutlineEntry>();
  const used = new Set<OutlineEntry>();
  for (const pair of pairs) {
    if (matched.has(pair.want) || used.has(pair.got)) continue;
    matched.set(pair.want, pair.got);
    used.add(pair.got);
  }
  return matched;
}

/** Score one recognised résumé against its expected reading. */
export function compare(recognised: Recognised, expected: Expected): FixtureScore {
  const tallies = emptyTallies();
  const misses: string[] = [];
  const count = (measure: Measure, right: boolean, miss: () => string) => {
    tallies[measure].total += 1;
    if (right) tallies[measure].right += 1;
    else misses.push(miss());
  };

  count('name', normalize(recognised.name) === normalize(expected.name), () => `name ${quote(recognised.name)}, want ${quote(expected.name)}`);

  if (expected.email !== null) {
    const want = expected.email.toLowerCase();
    // Why the body's too: an address in a contact section or a sentence is the person's, where it stands.
    const emails = [...recognised.contacts, ...(recognised.bodyContacts ?? [])]
      .filter((contact) => contact.kind === 'email')
      .flatMap((contact) => [contact.text, contact.href ?? ''])
      .map((text) => text.replace(/^mailto:/i, '').trim().toLowerCase());
    count('email', emails.includes(want), () => `email ${quote(expected.email)} not among e-mail contacts`);
  }

  const titles = new Set(recognised.sections.map((section) => normalize(section.title)));
  for (const title of expected.sections) {
    count('sections', titles.has(normalize(title)), () => `section ${quote(title)} missing`);
  }

  const matched = matchEntries(expected.entries, recognised);
  expected.entries.forEach((want, index) => {
    const got = matched.get(index);
    count('entries', got !== undefined, () => `entry ${label(want)} missing`);
    if (!got) return;
    for (const field of FIELDS) {
      const value = recognisedField(got, field);
      count(field, normalize(value) === normalize(want[field]), () => `${label(want)} ${field} ${quote(value)}, want ${quote(want[field])}`);
    }
  });

  return { tallies, misses };
}

/** `right / total` as a percentage, or null when nothing was scored. */
export function percent(tally: Tally): number | null {
  return tally.total === 0 ? null : (100 * tally.right) / tally.total;
}

/** The measures table: one row per measure with right, total and percentage. */
export function formatTable(tallies: Tallies): string {
  const rows = MEASURES.map((measure) => {
    const tally = tallies[measure];
    const share = percent(tally);
    const shown = share === null ? 'n/a' : `${share.toFixed(1)}%`;
    return `${measure.padEnd(13)}${String(tally.right).padStart(5)} /${String(tally.total).padStart(4)}${shown.padStart(9)}`;
  });
  return [`${'measure'.padEnd(13)}${'right'.padStart(5)} /${'all'.padStart(4)}${'share'.padStart(9)}`, ...rows].join('\n');
}
