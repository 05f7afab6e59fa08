/** One mapping per JSON Resume list: how an entry and a run of other blocks become its items. */
import type { DatePoint, Entry, Block } from '../../model/types.js';
import type { Json } from './compact.js';
import { contentText, firstLink, keywordsOf, labelledItems, plain, type LabelledItem } from './content-text.js';
import type { SectionKind } from './section-kind.js';

/** How one kind of section maps to JSON Resume items. */
export interface SectionMapping {
  /** The item for one entry. */
  entry(entry: Entry): Json;
  /** The items for blocks outside entries, in a section titled `title`. */
  blocks(blocks: Block[], title: string): Json[];
}

/** An entry's header and content as plain text, dates as ISO 8601. */
interface EntryFields {
  role: string | undefined;
  organization: string | undefined;
  location: string | undefined;
  /** The organisation's link when the organisation is one. */
  url: string | undefined;
  startDate: string | undefined;
  endDate: string | undefined;
  summary: string | undefined;
  bullets: string[];
  /** Role, organisation and place as one line, for lists whose items have a name only. */
  title: string | undefined;
  /** Summary and bullets as one text, for lists whose items have no highlights. */
  text: string | undefined;
}

// Why: "Bachelor of Software Engineering" is a degree and a field; JSON Resume keeps them apart.
const DEGREE = /^(Bachelor|Master|Doctor|PhD|BSc|MSc|BA|MA|BS|MS|Associate)\b(?: of| in)?\s+(.*)$/i;

/** Work and volunteer items share one shape; only the organisation's key differs. */
function roleMapping(organizationKey: 'name' | 'organization'): SectionMapping {
  return {
    entry: (entry) => {
      const f = fields(entry);
      return {
        [organizationKey]: f.organization ?? f.role,
        position: f.organization && f.role,
        location: f.location,
        url: f.url,
        startDate: f.startDate,
        endDate: f.endDate,
        summary: f.summary,
        highlights: f.bullets,
      };
    },
    blocks: (blocks, title) => [{ [organizationKey]: title, ...summaryAndList(blocks, 'highlights') }],
  };
}

/** Each kind's mapping; fields without a place in the schema (a place, a summary) are kept as extra fields. */
export const SECTION_MAPPINGS: Readonly<Record<SectionKind, SectionMapping>> = {
  work: roleMapping('name'),
  volunteer: roleMapping('organization'),
  education: {
    entry: (entry) => {
      const f = fields(entry);
      return {
        institution: f.organization ?? f.role,
        url: f.url,
        ...studyOf(f.organization ? f.role : undefined),
        location: f.location,
        startDate: f.startDate,
        endDate: f.endDate,
        summary: f.summary,
        courses: f.bullets,
      };
    },
    blocks: (blocks, title) => [{ institution: title, ...summaryAndList(blocks, 'courses') }],
  },
  awards: {
    entry: (entry) => {
      const f = fields(entry);
      return { title: f.role ?? f.organization, date: f.startDate, awarder: f.role && f.organization, location: f.location, summary: f.text };
    },
    blocks: (blocks) => labelledItems(blocks).map((item) => ({ title: item.label ?? item.text, summary: item.detail })),
  },
  certificates: {
    entry: (entry) => {
      const f = fields(entry);
      return { name: f.role ?? f.organization, date: f.startDate, issuer: f.role && f.organization, url: f.url ?? firstLink(entry.children), location: f.location, summary: f.text };
    },
    blocks: (blocks) => labelledItems(blocks).map((item) => ({ name: item.label ?? item.text, issuer: item.detail, url: item.url })),
  },
  publications: {
    entry: (entry) => {
      const f = fields(entry);
      return { name: f.role ?? f.organization, publisher: f.role && f.organization, releaseDate: f.startDate, url: f.url ?? firstLink(entry.children), location: f.location, summary: f.text };
    },
    blocks: (blocks) => labelledItems(blocks).map((item) => ({ name: item.label ?? item.text, summary: item.detail, url: item.url })),
  },
  skills: {
    entry: (entry) => {
      const f = fields(entry);
      return { name: f.title, summary: f.summary, keywords: f.bullets };
    },
    blocks: (blocks) => labelledItems(blocks).map((item) => ({ name: item.label ?? item.text, keywords: keywordsOf(item.detail) })),
  },
  languages: {
    entry: (entry) => {
      const f = fields(entry);
      return { language: f.role ?? f.organization, fluency: f.role && f.organization, location: f.location, summary: f.text };
    },
    blocks: (blocks) => labelledItems(blocks).flatMap(languagesOf),
  },
  interests: {
    entry: (entry) => {
      const f = fields(entry);
      return { name: f.title, keywords: [...(f.summary ? [f.summary] : []), ...f.bullets] };
    },
    blocks: (blocks, title) => [{ name: title, keywords: labelledItems(blocks).map((item) => item.text) }],
  },
  references: {
    entry: (entry) => {
      const f = fields(entry);
      return { name: f.title, reference: f.text };
    },
    blocks: (blocks) => labelledItems(blocks).map((item) => ({ name: item.label, reference: item.detail ?? item.text })),
  },
  projects: {
    entry: (entry) => {
      const f = fields(entry);
      return {
        name: f.role ?? f.organization,
        entity: f.role && f.organization,
        location: f.location,
        url: f.url ?? firstLink(entry.children),
        startDate: f.startDate,
        endDate: f.endDate,
        description: f.summary,
        highlights: f.bullets,
      };
    },
    blocks: (blocks) => labelledItems(blocks).map(project),
  },
};

/**
 * The languages of one item: `English: native`, or a line of several, `Deutsch (Muttersprache),
 * Englisch – C1`, each with its level after a parenthesis or a dash.
 */
function languagesOf(item: LabelledItem): Json[] {
  if (item.label) return [{ language: item.label, fluency: item.detail }];
  return (keywordsOf(item.text) ?? []).map((part) => {
    const leveled = /^(.+?)\s*(?:\((.+)\)|\s[-–—]\s*(.+))$/.exec(part);
    return leveled ? { language: leveled[1], fluency: leveled[2] ?? leveled[3] } : { language: part };
  });
}

/** "I dabble in open source: [github]" → name before the colon, the rest as description, its link as url. */
function project(item: LabelledItem): Json {
  return { name: item.label ?? item.text, description: item.detail, url: item.url };
}

function fields(entry: Entry): EntryFields {
  const role = plain(entry.role);
  const organization = plain(entry.organization);
  const location = plain(entry.location);
  const { summary, bullets } = contentText(entry.children);
  const meaningful = entry.organization?.filter((node) => node.type !== 'text' || node.value.trim() !== '') ?? [];
  const only = meaningful.length === 1 ? meaningful[0] : undefined;
  return {
    role,
    organization,
    location,
    url: only?.type === 'link' && URL.canParse(only.url) ? only.url : undefined,
    startDate: isoDate(entry.dates?.start),
    endDate: isoDate(entry.dates?.end),
    summary,
    bullets,
    title: [role, organization, location].filter(Boolean).join(', ') || undefined,
    text: [summary, ...bullets].filter(Boolean).join('\n') || undefined,
  };
}

/** A run of blocks as one item: its paragraphs as summary, its bullets under `list`. */
function summaryAndList(blocks: Block[], list: string): { [key: string]: Json } {
  const { summary, bullets } = contentText(blocks);
  return { summary, [list]: bullets };
}

/** `Bachelor of X` → studyType and area; any other role is the study type as written. */
function studyOf(role: string | undefined): { studyType: string | undefined; area: string | undefined } {
  const match = role ? DEGREE.exec(role) : null;
  return match ? { studyType: match[1], area: match[2] } : { studyType: role, area: undefined };
}

/** The normalised value when it is an ISO 8601 year or month; `present` is no date (an open end). */
function isoDate(point: DatePoint | null | undefined): string | undefined {
  return point && /^[12]\d{3}(?:-[01]\d)?$/.test(point.value) ? point.value : undefined;
}
