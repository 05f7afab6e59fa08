/** Validates HTML with html-validate's recommended rules. */
import { HtmlValidate } from 'html-validate';

/** html-validate's findings for `html` as `line:column rule: message` lines; empty when it is valid. */
export async function htmlErrors(html: string): Promise<string[]> {
  const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html, 'resume.html');
  return report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
