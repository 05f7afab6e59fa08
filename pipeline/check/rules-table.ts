/** The README's table of `resume check` rules, made from the registry so that the two cannot drift apart. */
import { isBuiltRule, type AnyRule } from './rule.js';

/** A Markdown table: rule id, severity, what it looks for (and whether it needs `--ats`), how to fix it; one row a rule. */
export function rulesTable(rules: readonly AnyRule[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| rule | severity | looks for | fix |',
    '| --- | --- | --- | --- |',
    ...rules.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${cell(rule.description)}${isBuiltRule(rule) ? ' Needs `--ats`.' : ''} | ${cell(rule.fix)} |`),
  ].join('\n');
}
