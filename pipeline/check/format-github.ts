/**
 * `resume check --format github`: GitHub Actions workflow commands, so a run or a pull request shows each
 * message on its line (https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions).
 */
import type { VFile } from 'vfile';
import { severityOf, type Severity } from '../format-messages.js';
import { sortedMessages } from './format-json.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** One `::warning file=…,line=…,col=…,title=rule-id::message` line a message. */
export function formatGithub(files: readonly VFile[]): string {
  return files
    .flatMap((file) =>
      sortedMessages(file).map((message) => {
        const properties: Array<[string, string | number | undefined]> = [
          ['file', file.path],
          ['line', message.line],
          ['col', message.line ? (message.column ?? 1) : undefined],
          ['title', message.ruleId],
        ];
        const list = properties.filter(([, value]) => value !== undefined && value !== null).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
        return `::${COMMANDS[severityOf(message)]} ${list.join(',')}::${escapeData(message.reason)}`;
      }),
    )
    .join('\n');
}

// As @actions/core escapes them: a message may not break the line, a property not the list either.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
