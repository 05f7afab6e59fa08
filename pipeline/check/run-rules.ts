/** Runs the rules on one résumé, each problem a message on its vfile with the rule's id and severity. */
import type { VFile } from 'vfile';
import { RULES } from './registry.js';
import { isBuiltRule, type AnyRule, type BuiltContext, type CheckContext, type Report } from './rule.js';

/** The `source` of check messages, as remark-lint's are `remark-lint`. */
export const CHECK_SOURCE = 'resume-check';

/** Run every rule on the Markdown not in `ignored` on `context`, recording what each finds on `file`. */
export function runRules(context: CheckContext, file: VFile, ignored: ReadonlySet<string>): void {
  for (const rule of RULES) {
    if (!ignored.has(rule.id) && !isBuiltRule(rule)) rule.check(context, reporter(rule, file));
  }
}

/** Run every rule on the built files (`--ats`) not in `ignored` on `context`, recording what each finds on `file`. */
export function runBuiltRules(context: BuiltContext, file: VFile, ignored: ReadonlySet<string>): void {
  for (const rule of RULES) {
    if (!ignored.has(rule.id) && isBuiltRule(rule)) rule.checkBuilt(context, reporter(rule, file));
  }
}

function reporter(rule: AnyRule, file: VFile): Report {
  return (reason, place) => {
    const message = file.message(reason, { place, ruleId: rule.id, source: CHECK_SOURCE });
    // vfile's severities: true is an error, false a warning, unset information.
    message.fatal = rule.severity === 'error' ? true : rule.severity === 'warning' ? false : undefined;
  };
}
