/** `resume check`'s default output: the build's diagnostic lines with rule ids, then a count. */
import type { VFile } from 'vfile';
import { paint } from '../color.js';
import { formatMessages } from '../format-messages.js';
import { countSeverities } from './check-result.js';

/** One line a message (`cv.md:5:1: warning: … [ats-section-title]`), then how many of each severity. */
export function formatText(files: readonly VFile[], color: boolean): string {
  const lines = formatMessages([...files], { ruleIds: true, color });
  const counts = countSeverities(files);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')} and ${plural(counts.info, 'info message')} in ${plural(files.length, 'file')}`;
  return `${lines ? `${lines}\n` : ''}${paint('bold', summary, color)}`;
}
