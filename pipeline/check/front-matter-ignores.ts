/** The rules a résumé turns off in its front matter (`check: { ignore: [rule-id] }`), unknown ids as positioned errors. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { fail } from '../diagnostics.js';
import { closestMatch } from '../model/closest-match.js';
import { frontMatterOf } from './front-matter-of.js';
import { RULE_IDS } from './registry.js';

/** The known rule ids `tree`'s front matter ignores; each unknown one is an error on `file` at its place. */
export function frontMatterIgnores(tree: Root, file: VFile): string[] {
  const settings = frontMatterOf(tree, file.path).check;
  const ids: string[] = [];
  for (const { id, place } of settings?.ignore ?? []) {
    if (RULE_IDS.includes(id)) {
      ids.push(id);
      continue;
    }
    const near = closestMatch(id.toLowerCase(), RULE_IDS);
    const expected = near ? `did you mean \`${near}\`?` : `expected one of ${RULE_IDS.map((known) => `\`${known}\``).join(', ')}`;
    fail(file, `Unknown rule \`${id}\` in front matter \`check.ignore\`: ${expected}`, place, 'front-matter-check');
  }
  return ids;
}
