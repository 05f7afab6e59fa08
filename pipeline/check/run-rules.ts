/** Runs the rules on one résumé, each problem a message on its vfile with the rule's id and severity. */
import type { VFile } from 'vfile';
import { RULES } from './registry.js';
import type { CheckContext } from './rule.js';

/** The `source` of check messages, as remark-lint's are `remark-lint`. */
export const CHECK_SOURCE = 'resume-check';

/** Run every rule not in `ignored` on `context`, recording what each finds on `file`. */
export function runRules(context: CheckContext, file: VFile, ignored: ReadonlySet<string>): void {
  for (const rule of RULES) {
    if (ignored.has(rule.id)) continue;
    rule.check(context, (reason, place) => {
      const message = file.message(reason, { place, ruleId: rule.id, source: CHECK_SOURCE });
      // vfile's severities: true is an error, false a warning, unset information.
      message.fatal = rule.severity === 'error' ? true : rule.severity === 'warning' ? false : undefined;
    });
  }
}
