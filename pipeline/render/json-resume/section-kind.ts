/** Which JSON Resume list a résumé section belongs in, from its title and its entries. */
import type { Section } from '../../model/types.js';

/** The JSON Resume lists that sections map to, in the schema's order. */
export const KINDS = ['work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects'] as const;

export type SectionKind = (typeof KINDS)[number];

// Checked in this order, so "Volunteer work" is volunteer and "Programming languages" is skills.
const BY_TITLE: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['volunteer', /volunt/i],
  ['education', /educat|school|stud(?:y|ies)|academ|degree|universit|qualification/i],
  ['certificates', /certif|licen[cs]e/i],
  ['awards', /award|honou?rs?\b|prizes?\b|achievement/i],
  ['publications', /publication|talks?\b|speaking|presentation|papers?\b|writing/i],
  ['references', /referen/i],
  ['skills', /skill|technolog|tools\b|stack|expertise|competenc|programming/i],
  ['languages', /language/i],
  ['projects', /project|contribution|open[\s-]?source|portfolio/i],
  ['work', /labou?r|experience|work|employment|career|jobs?\b|positions?\b|professional|consult/i],
  ['interests', /interest|hobb/i],
];

/**
 * The list for `section`: by its title first; otherwise work when its entries name an
 * organisation, projects when it has entries without one, and interests for anything else.
 */
export function sectionKind(section: Section): SectionKind {
  const byTitle = BY_TITLE.find(([, pattern]) => pattern.test(section.title));
  if (byTitle) return byTitle[0];
  const entries = section.children.filter((child) => child.type === 'entry');
  if (entries.some((entry) => entry.organization)) return 'work';
  return entries.length > 0 ? 'projects' : 'interests';
}
