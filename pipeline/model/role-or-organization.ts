/** Tells which of two header parts is the role and which the organisation, from the words and links in them. */
import { plainText } from './split-inline.js';
import { hasOrganizationWord, hasRoleWord } from './job-title-words.js';
import type { Inline } from './types.js';

/** The order of role and organisation in a header: `Engineer — Acme` or `Acme — Engineer`. */
export type PairOrder = 'role-first' | 'organization-first';

/**
 * How strongly the words say that `part` is a role (positive) or an organisation (negative):
 * job titles and degrees count for the role; legal forms, kinds of institution and a link for the
 * organisation (a linked part is usually the employer's site).
 */
export function roleEvidence(part: Inline): number {
  const text = plainText(part);
  return (hasRoleWord(text) ? 1 : 0) - (hasOrganizationWord(text) ? 1 : 0) - (isLinked(part) ? 1 : 0);
}

/** The order the evidence in `first` and `second` (in source order) decides, or null when it decides nothing. */
export function pairOrder(first: Inline, second: Inline): PairOrder | null {
  const balance = roleEvidence(first) - roleEvidence(second);
  if (balance === 0) return null;
  return balance > 0 ? 'role-first' : 'organization-first';
}

function isLinked(part: Inline): boolean {
  return part.some((node) => node.type === 'link');
}
