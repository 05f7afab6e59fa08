/** What a check of several files comes to: the count of each severity, and whether the run failed. */
import type { VFile } from 'vfile';
import { severityOf, type Severity } from '../format-messages.js';

/** How many messages of each severity `files` hold. */
export function countSeverities(files: readonly VFile[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const message of files.flatMap((file) => file.messages)) counts[severityOf(message)] += 1;
  return counts;
}

/** Whether the check fails (exit 1): an error, or with `strict` a warning too; information never fails. */
export function checkFailed(files: readonly VFile[], strict: boolean): boolean {
  const counts = countSeverities(files);
  return counts.error > 0 || (strict && counts.warning > 0);
}
