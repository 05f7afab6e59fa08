/** Rules about sections and entries: empty, untitled for a parser, doubled, or without dates. */
import type { SectionKind } from '../../model/section-kinds.js';
import { sectionEntries } from '../entry-header.js';
import type { Rule } from '../rule.js';
import { titleKind } from '../../model/section-kinds.js';
import { titleLanguage, unrecognisedKind, usualTitles } from '../section-titles.js';

// Sections whose entries are dated on a résumé; others (skills, projects, awards) often are not.
const DATED_KINDS: ReadonlyArray<SectionKind | null> = ['work', 'education', 'volunteer', null];

const emptySection: Rule = {
  id: 'section-empty',
  severity: 'warning',
  description: 'A section with nothing under its title.',
  fix: 'Write its content or remove the heading.',
  check(context, report) {
    for (const section of context.resume.sections) {
      if (section.children.length > 0) continue;
      report(`The section \`${section.title ?? ''}\` is empty: write its content or remove the heading`, section.position);
    }
  },
};

const entryWithoutDates: Rule = {
  id: 'entry-undated',
  severity: 'warning',
  description: 'A job, degree or volunteer role with no dates in its header.',
  fix: 'Add its dates (`Jan 2020 – present`): parsers count your years of experience from them.',
  check(context, report) {
    for (const section of context.resume.sections) {
      if (!DATED_KINDS.includes(section.title === null ? null : titleKind(section.title))) continue;
      for (const entry of sectionEntries(section)) {
        if (entry.dates) continue;
        report('This entry has no dates: add them to its header (`Jan 2020 – present`, `2016 – 2020`); parsers count your years of experience from them', entry.position);
      }
    }
  },
};

const duplicateSection: Rule = {
  id: 'section-duplicate',
  severity: 'warning',
  description: 'Two sections with the same title.',
  fix: 'Merge them under one heading.',
  check(context, report) {
    const seen = new Map<string, number | null>();
    for (const section of context.resume.sections) {
      if (section.title === null) continue;
      const key = section.title.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
      if (!seen.has(key)) {
        seen.set(key, section.position?.start.line ?? null);
        continue;
      }
      const first = seen.get(key);
      report(`A second section titled \`${section.title}\`${first ? ` (the first is on line ${first})` : ''}: merge the two under one heading`, section.position);
    }
  },
};

const atsSectionTitle: Rule = {
  id: 'ats-section-title',
  severity: 'warning',
  description: 'Jobs or degrees under a title applicant tracking systems do not read as work experience or education (`Labor`, `Stuff I did`), or under no title.',
  fix: 'Rename the section to a usual title: `Experience`, `Work Experience` or `Professional Experience`; `Education`.',
  check(context, report) {
    const language = titleLanguage(context.resume);
    for (const section of context.resume.sections) {
      const entries = sectionEntries(section);
      const kind = unrecognisedKind(section.title, entries);
      // An informal word for work (`Labor`) is one in any language; an unknown title only in a language whose usual titles are known.
      if (!kind || (language === null && (section.title === null || titleKind(section.title) !== 'work'))) continue;
      const titles = usualTitles(kind, language ?? 'en').map((title) => `\`${title}\``);
      const suggestion = titles.length > 1 ? `${titles.slice(0, -1).join(', ')} or ${titles.at(-1)}` : titles[0]!;
      const what = kind === 'work' ? 'jobs' : 'degrees';
      const reading = kind === 'work' ? 'work experience' : 'education';
      const reason =
        section.title === null
          ? `These ${what} have no section title, so applicant tracking systems may not read them as ${reading}: put them under a heading such as ${suggestion}`
          : `\`${section.title}\` is not a title applicant tracking systems read as ${reading}, so the ${what} under it may not count: rename it to ${suggestion}`;
      report(reason, section.title === null ? entries[0]!.position : section.position);
    }
  },
};

/** The rules about sections and entries. */
export const STRUCTURE_RULES: readonly Rule[] = [emptySection, entryWithoutDates, duplicateSection, atsSectionTitle];
