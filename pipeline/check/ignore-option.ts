/** Reads `--ignore ID` (repeatable, or a comma list) into known rule ids; anything else is a usage error. */
import { UsageError } from '../diagnostics.js';
import { optionValue } from '../option-value.js';
import { RULE_IDS } from './registry.js';

/** The rule ids of every `--ignore` value, matched as every option value is (case aside, with a suggestion). */
export function readIgnoreOption(values: readonly string[]): string[] {
  const ids = values.flatMap((value) => value.split(',')).map((id) => id.trim()).filter((id) => id !== '');
  if (values.length > 0 && ids.length === 0) throw new UsageError('`--ignore` needs a rule id, such as `--ignore bullet-length`');
  return [...new Set(ids.map((id) => optionValue('rule', id, RULE_IDS, `a rule id: ${RULE_IDS.join(', ')}`)))];
}
