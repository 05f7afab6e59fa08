/** Which JSON Resume list a résumé section belongs in, from its title and its entries. */
import { KINDS, titleKind, type SectionKind } from '../../model/section-kinds.js';
import type { Section } from '../../model/types.js';

export { KINDS, type SectionKind };

/**
 * The list for `section`: by its title first; otherwise work when its entries name an
 * organisation, projects when it has entries without one, and interests for anything else.
 */
export function sectionKind(section: Section): SectionKind {
  const byTitle = titleKind(section.title ?? '');
  if (byTitle) return byTitle;
  const entries = section.children.filter((child) => child.type === 'entry');
  if (entries.some((entry) => entry.organization)) return 'work';
  return entries.length > 0 ? 'projects' : 'interests';
}
