/** Every rule of `resume check`, in the order the README's table lists them. */
import type { AnyRule } from './rule.js';
import { ATS_RULES } from './rules/ats.js';
import { CONTACT_RULES } from './rules/contacts.js';
import { DATE_RULES } from './rules/dates.js';
import { LENGTH_RULES } from './rules/length.js';
import { LINK_RULES } from './rules/links.js';
import { STRUCTURE_RULES } from './rules/structure.js';

/** The rules, grouped by what they look at; those on the built files (`--ats`) last. */
export const RULES: readonly AnyRule[] = [...DATE_RULES, ...STRUCTURE_RULES, ...CONTACT_RULES, ...LINK_RULES, ...LENGTH_RULES, ...ATS_RULES];

/** The rule ids, as `--ignore` and front matter `check.ignore` take them. */
export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

/** The rule named `id`, or undefined. */
export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.id === id);
}
